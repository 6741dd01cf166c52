// The fields of a consultation as the use cases accept them, checked against the tenant's advisers and partners and
// the company's contact persons.

import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { contacts, partners, users } from '../../db/schema/index.ts';
import { Checker } from '../common/checker.ts';
import { checkField } from '../common/fields.ts';
import { CONSULTATION_SCHEMA as S } from './consultationSchema.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';
import type { AccessRoute, Channel, ConsultationKind, Topic } from '../common/codes.ts';

export interface ConsultationInput {
  date?: unknown;
  channel?: unknown;
  durationMinutes?: unknown;
  /** default: the acting user */
  adviserUserId?: unknown;
  topics?: unknown;
  occupations?: unknown;
  record?: unknown;
  /** what the company may read of the consultation; everything else is internal to the office */
  companySummary?: unknown;
  outcome?: unknown;
  followUpDate?: unknown;
  kind?: unknown;
  accessRoute?: unknown;
  /** partners the company was referred to */
  partnerIds?: unknown;
  /** contact persons of the same company who took part */
  participantIds?: unknown;
  /** further people who took part but are not recorded as contact persons (e.g. at an event) */
  otherParticipants?: unknown;
}

export interface ConsultationFields {
  date: string;
  channel: Channel;
  durationMinutes: number | null;
  adviserUserId: string | null;
  topics: Topic[];
  occupations: string[];
  record: string | null;
  companySummary: string | null;
  outcome: string | null;
  followUpDate: string | null;
  kind: ConsultationKind;
  accessRoute: AccessRoute | null;
  otherParticipants: number | null;
}

export const CONSULTATION_FIELDS = [
  'date',
  'channel',
  'durationMinutes',
  'adviserUserId',
  'topics',
  'occupations',
  'record',
  'companySummary',
  'outcome',
  'followUpDate',
  'kind',
  'accessRoute',
  'otherParticipants',
] as const;


export async function checkConsultation(
  db: Db,
  tenantId: string,
  companyId: string,
  input: ConsultationInput,
  defaultAdviser: string | null,
): Promise<{ fields: ConsultationFields; partnerIds: string[]; participantIds: string[] }> {
  const c = new Checker();
  // each field as CONSULTATION_SCHEMA declares it (the API's body schema is made from the same declaration)
  const field = <T>(name: keyof typeof S, value: unknown) => checkField(c, S, name, value) as T;
  const date = field<string | null>('date', input.date);
  const followUpDate = field<string | null>('followUpDate', input.followUpDate);
  if (date !== null && followUpDate !== null && followUpDate < date) c.errors.push(wfe('followUpDate', 'followUpBeforeDate'));
  const topics = field<Topic[]>('topics', input.topics);
  if (topics.length === 0 && !c.errors.some((e) => e.field === 'topics')) c.errors.push(wfe('topics', 'topicsRequired'));
  const adviser = input.adviserUserId === undefined || input.adviserUserId === '' ? (defaultAdviser === null ? [] : [defaultAdviser]) : field<string[]>('adviserUserId', input.adviserUserId);
  const partnerIds = field<string[]>('partnerIds', input.partnerIds);
  const participantIds = field<string[]>('participantIds', input.participantIds);
  const fields: ConsultationFields = {
    date: date ?? '',
    channel: field<Channel | null>('channel', input.channel) ?? 'on_site',
    durationMinutes: field<number | null>('durationMinutes', input.durationMinutes),
    adviserUserId: adviser[0] ?? null,
    topics,
    occupations: field<string[]>('occupations', input.occupations),
    record: field<string | null>('record', input.record),
    companySummary: field<string | null>('companySummary', input.companySummary),
    outcome: field<string | null>('outcome', input.outcome),
    followUpDate,
    kind: field<ConsultationKind | null>('kind', input.kind) ?? 'first',
    accessRoute: field<AccessRoute | null>('accessRoute', input.accessRoute),
    otherParticipants: field<number | null>('otherParticipants', input.otherParticipants),
  };
  c.done();
  const errors = [];
  if (fields.adviserUserId !== null) {
    const [u] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, fields.adviserUserId), eq(users.tenantId, tenantId), ne(users.role, 'company')))
      .limit(1);
    if (u === undefined) errors.push(wfe('adviserUserId', 'unknown'));
  }
  if (partnerIds.length > 0) {
    const found = await db
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.tenantId, tenantId), inArray(partners.id, partnerIds)));
    if (found.length !== partnerIds.length) errors.push(wfe('partnerIds', 'unknown'));
  }
  if (participantIds.length > 0) {
    const found = await db
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.tenantId, tenantId), eq(contacts.companyId, companyId), inArray(contacts.id, participantIds)));
    if (found.length !== participantIds.length) errors.push(wfe('participantIds', 'unknown'));
  }
  if (errors.length > 0) throw new WorkspaceInputError(errors);
  return { fields, partnerIds, participantIds };
}

/** The participant rows of a consultation: the person key is the contact's id now, and stays when the contact goes. */
export function participantRows(consultationId: string, contactIds: string[]) {
  return contactIds.map((id) => ({ consultationId, personKey: id, contactId: id }));
}
