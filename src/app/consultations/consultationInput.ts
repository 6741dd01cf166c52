// The fields of a consultation as the use cases accept them, checked against the tenant's advisers and partners and
// the company's contact persons.

import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { contacts, partners, users } from '../../db/schema/index.ts';
import { ACCESS_ROUTES, CHANNELS, KINDS, LONG_TEXT_MAX, TOPICS } from '../shared/codes.ts';
import { Checker } from '../shared/checker.ts';
import { WorkspaceInputError, wfe } from '../shared/errors.ts';
import type { AccessRoute, Channel, ConsultationKind, Topic } from '../shared/codes.ts';

export interface ConsultationInput {
  date?: unknown;
  channel?: unknown;
  durationMinutes?: unknown;
  /** default: the acting user */
  adviserUserId?: unknown;
  topics?: unknown;
  occupations?: unknown;
  record?: unknown;
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
  'outcome',
  'followUpDate',
  'kind',
  'accessRoute',
  'otherParticipants',
] as const;

/** The most further participants one consultation may record (an event). */
export const OTHER_PARTICIPANTS_MAX = 10_000;

export async function checkConsultation(
  db: Db,
  tenantId: string,
  companyId: string,
  input: ConsultationInput,
  defaultAdviser: string | null,
): Promise<{ fields: ConsultationFields; partnerIds: string[]; participantIds: string[] }> {
  const c = new Checker();
  const date = c.date('date', input.date, { required: true });
  const followUpDate = c.date('followUpDate', input.followUpDate);
  if (date !== null && followUpDate !== null && followUpDate < date) c.errors.push(wfe('followUpDate', 'followUpBeforeDate'));
  const topics = c.list('topics', input.topics, TOPICS);
  if (topics.length === 0 && !c.errors.some((e) => e.field === 'topics')) c.errors.push(wfe('topics', 'topicsRequired'));
  const adviser = input.adviserUserId === undefined || input.adviserUserId === '' ? (defaultAdviser === null ? [] : [defaultAdviser]) : c.ids('adviserUserId', input.adviserUserId);
  const partnerIds = c.ids('partnerIds', input.partnerIds);
  const participantIds = c.ids('participantIds', input.participantIds);
  const fields: ConsultationFields = {
    date: date ?? '',
    channel: c.oneOf('channel', input.channel, CHANNELS, { required: true }) ?? 'on_site',
    durationMinutes: c.integer('durationMinutes', input.durationMinutes, 1, 1440),
    adviserUserId: adviser[0] ?? null,
    topics,
    occupations: c.isco('occupations', input.occupations),
    record: c.text('record', input.record, { max: LONG_TEXT_MAX }),
    outcome: c.text('outcome', input.outcome, { max: LONG_TEXT_MAX }),
    followUpDate,
    kind: c.oneOf('kind', input.kind, KINDS, { required: true }) ?? 'first',
    accessRoute: c.oneOf('accessRoute', input.accessRoute, ACCESS_ROUTES),
    otherParticipants: c.integer('otherParticipants', input.otherParticipants, 0, OTHER_PARTICIPANTS_MAX),
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
