// Use case: one company with its contacts and its consultation history (newest first), for the company page and the
// API. A company user reads only their own company; an anonymised (deleted) company is not found.

import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies, consultationParticipants, consultationReferrals, consultations, contacts, partners, users } from '../../db/schema/index.ts';
import { ForbiddenError, NotFoundError, authorize, can } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { assertId } from '../common/errors.ts';

export type CompanyRow = typeof companies.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;

/**
 * A consultation as the office's staff read it. `record` (the office's own notes) and `outcome` (the office's
 * assessment of the result) are internal; `companySummary` is the one text written for the company (issue 14).
 */
export interface ConsultationView {
  internal: true;
  id: string;
  companyId: string;
  date: string;
  channel: string;
  durationMinutes: number | null;
  adviserUserId: string | null;
  adviserName: string | null;
  topics: string[];
  occupations: string[];
  record: string | null;
  companySummary: string | null;
  outcome: string | null;
  followUpDate: string | null;
  /** when the follow-up was marked done (ISO timestamp), and by whom; null while open or without a follow-up */
  followUpDoneAt: string | null;
  followUpDoneByName: string | null;
  kind: string;
  accessRoute: string | null;
  referrals: { partnerId: string; name: string; type: string }[];
  /** the contact persons who took part, by name; contactId and name are null for a contact deleted since */
  participants: { contactId: string | null; name: string | null }[];
  /** further people who took part but are not recorded as contact persons */
  otherParticipants: number | null;
}

/**
 * A consultation as a company's own user reads it (issue 14): when, how, what about, which kind, and only the summary
 * the adviser wrote for the company. Internal: the record, the outcome (the office's assessment), the follow-up (the
 * office's Wiedervorlage), the duration, the access route and the occupations asked about (the office's statistics),
 * the adviser and the participants (not needed to read the summary; kept out so that the view is exactly what the
 * issue lists). Referrals to partners stay visible: a referral is something the office gave the company (which body
 * to turn to, e.g. the chamber's recognition counselling), not an assessment of it, and the company must know where it
 * was sent; only the partner's name and type are shown, never the office's notes on the partner.
 */
export interface CompanyConsultationView {
  internal: false;
  id: string;
  companyId: string;
  date: string;
  channel: string;
  kind: string;
  topics: string[];
  companySummary: string | null;
  referrals: { partnerId: string; name: string; type: string }[];
}

export type ConsultationEntry = ConsultationView | CompanyConsultationView;

/** The view without the internal fields (built field by field, so that a field added later stays internal). */
export function companyView(v: ConsultationView): CompanyConsultationView {
  const { id, companyId, date, channel, kind, topics, companySummary, referrals } = v;
  return { internal: false, id, companyId, date, channel, kind, topics, companySummary, referrals };
}

/**
 * The consultations as the actor may read them: whole for whoever may read the office's internal notes
 * ('note.readInternal' on the consultation's company), else each reduced to the company's view.
 */
export function consultationsFor(actor: Actor, views: ConsultationView[]): ConsultationEntry[] {
  return views.map((v) => (can(actor, 'note.readInternal', { tenantId: actor.tenantId, companyId: v.companyId }) ? v : companyView(v)));
}

/** The whole view, for the office's own pages (editing): a reduced view here means the caller skipped its authorization. */
export function internalView(v: ConsultationEntry): ConsultationView {
  if (!v.internal) throw new ForbiddenError();
  return v;
}

/** The company row of the actor's tenant, not anonymised, or NotFoundError. Authorizes `action` on it. */
export async function loadCompany(db: Db, actor: Actor, companyId: unknown, action: Parameters<typeof authorize>[1]): Promise<CompanyRow> {
  assertId(companyId);
  const [row] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.id, companyId), eq(companies.tenantId, actor.tenantId), isNull(companies.anonymisedAt)))
    .limit(1);
  if (row === undefined) throw new NotFoundError();
  authorize(actor, action, { tenantId: row.tenantId, companyId: row.id });
  return row;
}

/** Consultations with adviser names and referrals, newest first. */
export async function consultationViews(db: Db, where: ReturnType<typeof eq>): Promise<ConsultationView[]> {
  const rows = await db
    .select({ c: consultations, adviserName: users.name })
    .from(consultations)
    .leftJoin(users, eq(users.id, consultations.adviserUserId))
    .where(where)
    .orderBy(desc(consultations.date), desc(consultations.createdAt));
  return withReferrals(db, rows);
}

/** Adds the referrals and the participants (live contacts by name first, then deleted ones) to consultation rows. */
export async function withReferrals(db: Db, rows: { c: typeof consultations.$inferSelect; adviserName: string | null }[]): Promise<ConsultationView[]> {
  const ids = rows.map((r) => r.c.id);
  const refs =
    ids.length === 0
      ? []
      : await db
          .select({ consultationId: consultationReferrals.consultationId, partnerId: partners.id, name: partners.name, type: partners.type })
          .from(consultationReferrals)
          .innerJoin(partners, eq(partners.id, consultationReferrals.partnerId))
          .where(inArray(consultationReferrals.consultationId, ids))
          .orderBy(partners.name);
  const people =
    ids.length === 0
      ? []
      : await db
          .select({ consultationId: consultationParticipants.consultationId, contactId: contacts.id, name: contacts.name })
          .from(consultationParticipants)
          .leftJoin(contacts, eq(contacts.id, consultationParticipants.contactId))
          .where(inArray(consultationParticipants.consultationId, ids))
          .orderBy(sql`${contacts.name} asc nulls last`, consultationParticipants.personKey);
  const doneBy = [...new Set(rows.map((r) => r.c.followUpDoneBy).filter((id): id is string => id !== null))];
  const doneByNames = new Map(
    doneBy.length === 0 ? [] : (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, doneBy))).map((u) => [u.id, u.name]),
  );
  return rows.map(({ c, adviserName }) => ({
    internal: true as const,
    id: c.id,
    companyId: c.companyId,
    date: c.date,
    channel: c.channel,
    durationMinutes: c.durationMinutes,
    adviserUserId: c.adviserUserId,
    adviserName,
    topics: c.topics,
    occupations: c.occupations,
    record: c.record,
    companySummary: c.companySummary,
    outcome: c.outcome,
    followUpDate: c.followUpDate,
    followUpDoneAt: c.followUpDoneAt?.toISOString() ?? null,
    followUpDoneByName: c.followUpDoneBy === null ? null : (doneByNames.get(c.followUpDoneBy) ?? null),
    kind: c.kind,
    accessRoute: c.accessRoute,
    referrals: refs.filter((r) => r.consultationId === c.id).map(({ partnerId, name, type }) => ({ partnerId, name, type })),
    participants: people.filter((p) => p.consultationId === c.id).map(({ contactId, name }) => ({ contactId, name })),
    otherParticipants: c.otherParticipants,
  }));
}

/** The contact persons of a company (by name), to choose a consultation's participants from. */
export async function companyContacts(db: Db, actor: Actor, company: CompanyRow): Promise<ContactRow[]> {
  authorize(actor, 'contact.list', { tenantId: company.tenantId, companyId: company.id });
  return db
    .select()
    .from(contacts)
    .where(and(eq(contacts.companyId, company.id), eq(contacts.tenantId, company.tenantId)))
    .orderBy(contacts.name);
}

export async function getCompany(
  db: Db,
  actor: Actor,
  companyId: unknown,
): Promise<{ company: CompanyRow; contacts: ContactRow[]; consultations: ConsultationEntry[] }> {
  const company = await loadCompany(db, actor, companyId, 'company.read');
  const target = { tenantId: company.tenantId, companyId: company.id };
  const contactRows = can(actor, 'contact.list', target)
    ? await db.select().from(contacts).where(eq(contacts.companyId, company.id)).orderBy(contacts.name)
    : [];
  const history = can(actor, 'consultation.list', target) ? consultationsFor(actor, await consultationViews(db, eq(consultations.companyId, company.id))) : [];
  return { company, contacts: contactRows, consultations: history };
}
