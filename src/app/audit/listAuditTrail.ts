// Use case: the audit trail of the tenant for an admin (issue 6), newest first, a page at a time. Filters: entity,
// entityId (the trail of one record), the acting user, action, and a date range (days of the office, Europe/Berlin,
// both included). The trail of one company may include the rows of its contact persons and consultations
// (`related`). Always scoped to the actor's tenant; the acting user's current name is joined where the user still
// exists. Each row says whether its record still exists (pages link to it only then).
//
// `changes` is what the writing use case recorded: for updates the changed fields as { field: [old, new] } (older rows
// of account state changes hold only the new value), for creations the values, for deletions what was removed.
// Keys that look like secrets (hashes, tokens) are dropped here as well, whatever a row holds.

import { and, count, desc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { auditLog, candidates, caseTasks, cases, companies, consultations, contacts, partners, users } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { isUuid, wfe } from '../common/errors.ts';
import { paging } from '../common/paging.ts';
import type { PageOf } from '../common/paging.ts';

/** The entities that audit rows are written about. */
export const AUDIT_ENTITIES = ['tenant', 'user', 'invitation', 'password_reset', 'api_token', 'session', 'company', 'contact', 'consultation', 'partner', 'saved_check',
  // issue 14: candidates, cases and what hangs on a case; a hand-off pack and a document file are audited when read
  'candidate', 'case', 'task', 'case_document', 'document_file', 'case_note', 'handoff',
  // issue 15: a user's personal calendar feed (created, rotated, revoked); a user's reminder choice, the employee's personal link
  'calendar_feed', 'reminder_preference', 'candidate_link',
  // issue 16: the office's own recognition data (one row of its CSV each; the key is the entry's id, not a uuid), and its imports
  'reference_occupation', 'recognition_body', 'competent_body', 'recognition_data',
  // issue 16: a referral to a partner of the network
  'referral'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'login', 'logout', 'read', 'status', 'reference', 'consent', 'check', 'export', 'erase', 'residenceTitle', 'import', 'reset',
  // issue 16: a case's recognition record
  'recognition'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Entities whose trail can include the rows of records belonging to them. */
const RELATED: Partial<Record<AuditEntity, AuditEntity[]>> = { company: ['contact', 'consultation'] };

/** Keys never shown, even if a row should hold them. */
const SECRET_KEY = /hash|secret|^token$/i;

export interface AuditFilter {
  entity?: unknown;
  entityId?: unknown;
  actorUserId?: unknown;
  action?: unknown;
  /** YYYY-MM-DD, first day included */
  from?: unknown;
  /** YYYY-MM-DD, last day included */
  to?: unknown;
  /** with entity=company and an entityId: also the rows of its contacts and consultations ('1', 'true' or true) */
  related?: unknown;
  page?: unknown;
  pageSize?: unknown;
}

export interface AuditEntry {
  id: number;
  at: Date;
  actorUserId: string | null;
  /** the recorded actor text: `user:<id>`, `cli:…`, `anonymous` */
  actor: string;
  /** the acting user's name, if the account still exists */
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, unknown> | null;
  /** whether the record still exists and can be opened (companies not anonymised, contacts, consultations, partners,
   * candidates not erased, cases, tasks) */
  exists: boolean;
}

/** The checked filter: null where not given. */
export interface CheckedAuditFilter {
  entity: AuditEntity | null;
  entityId: string | null;
  actorUserId: string | null;
  action: AuditAction | null;
  from: string | null;
  to: string | null;
  related: boolean;
  page: number;
  pageSize: number;
}

const RANGE_ORDER = 'before the start of the range';

/** Whether a field error says that the range ends before it starts (the dates themselves are valid). */
export function isAuditRangeOrderError(e: { field: string; message: string }): boolean {
  return e.field === 'to' && e.message.endsWith(RANGE_ORDER);
}

/** Strict checks of the filter; every bad value is an error naming its field (WorkspaceInputError). */
export function checkAuditFilter(filter: AuditFilter): CheckedAuditFilter {
  const c = new Checker();
  const entity = c.oneOf('entity', filter.entity, AUDIT_ENTITIES);
  const entityIdText = c.text('entityId', filter.entityId, { max: 100 });
  if (entityIdText !== null && !isUuid(entityIdText)) c.errors.push(wfe('entityId', 'unknown', 'not an id'));
  const actorText = c.text('actorUserId', filter.actorUserId, { max: 100 });
  if (actorText !== null && !isUuid(actorText)) c.errors.push(wfe('actorUserId', 'unknown', 'not an id'));
  const action = c.oneOf('action', filter.action, AUDIT_ACTIONS);
  const from = c.date('from', filter.from);
  const to = c.date('to', filter.to);
  const related = c.oneOf('related', typeof filter.related === 'boolean' ? String(filter.related) : filter.related, ['1', '0', 'true', 'false']);
  const { page, pageSize } = paging(c, filter.page, filter.pageSize);
  c.done();
  const entityId = entityIdText !== null && isUuid(entityIdText) ? entityIdText.toLowerCase() : null;
  const actorUserId = actorText !== null && isUuid(actorText) ? actorText.toLowerCase() : null;
  if (from !== null && to !== null && from > to) c.errors.push(wfe('to', 'date', RANGE_ORDER));
  c.done();
  return { entity, entityId, actorUserId, action, from, to, related: related === '1' || related === 'true', page, pageSize };
}

/** Drops keys that look like secrets, at any depth of plain objects. */
function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !SECRET_KEY.test(k))
      .map(([k, v]) => [k, withoutSecrets(v)]),
  );
}

function changesOf(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return { value };
  return withoutSecrets(value) as Record<string, unknown>;
}

/** Ids of the rows' records that still exist, per entity (tenant-scoped). */
async function existing(db: Db, tenantId: string, rows: { entity: string; entityId: string | null }[]): Promise<Set<string>> {
  const idsOf = (entity: string) => [...new Set(rows.filter((r) => r.entity === entity && isUuid(r.entityId)).map((r) => r.entityId!))];
  const out = new Set<string>();
  const companyIds = idsOf('company');
  if (companyIds.length > 0) {
    const found = await db
      .select({ id: companies.id })
      .from(companies)
      .where(and(eq(companies.tenantId, tenantId), inArray(companies.id, companyIds), isNull(companies.anonymisedAt)));
    for (const r of found) out.add(`company:${r.id}`);
  }
  const contactIds = idsOf('contact');
  if (contactIds.length > 0) {
    const found = await db
      .select({ id: contacts.id })
      .from(contacts)
      .innerJoin(companies, eq(companies.id, contacts.companyId))
      .where(and(eq(contacts.tenantId, tenantId), inArray(contacts.id, contactIds), isNull(companies.anonymisedAt)));
    for (const r of found) out.add(`contact:${r.id}`);
  }
  const consultationIds = idsOf('consultation');
  if (consultationIds.length > 0) {
    const found = await db
      .select({ id: consultations.id })
      .from(consultations)
      .innerJoin(companies, eq(companies.id, consultations.companyId))
      .where(and(eq(consultations.tenantId, tenantId), inArray(consultations.id, consultationIds), isNull(companies.anonymisedAt)));
    for (const r of found) out.add(`consultation:${r.id}`);
  }
  // issue 14: a candidate until erased; a case and a task while they exist
  const candidateIds = idsOf('candidate');
  if (candidateIds.length > 0) {
    const found = await db
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.tenantId, tenantId), inArray(candidates.id, candidateIds), isNull(candidates.erasedAt)));
    for (const r of found) out.add(`candidate:${r.id}`);
  }
  const caseIds = idsOf('case');
  if (caseIds.length > 0) {
    const found = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.tenantId, tenantId), inArray(cases.id, caseIds)));
    for (const r of found) out.add(`case:${r.id}`);
  }
  const taskIds = idsOf('task');
  if (taskIds.length > 0) {
    const found = await db.select({ id: caseTasks.id }).from(caseTasks).where(and(eq(caseTasks.tenantId, tenantId), inArray(caseTasks.id, taskIds)));
    for (const r of found) out.add(`task:${r.id}`);
  }
  const partnerIds = idsOf('partner');
  if (partnerIds.length > 0) {
    const found = await db
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.tenantId, tenantId), inArray(partners.id, partnerIds)));
    for (const r of found) out.add(`partner:${r.id}`);
  }
  return out;
}

/** The condition for the record's own rows and, for a company with `related`, its contacts' and consultations'. */
function recordCondition(tenantId: string, entity: AuditEntity | null, entityId: string, related: boolean): SQL {
  const own = entity === null ? eq(auditLog.entityId, entityId) : and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId))!;
  const relatedEntities = entity !== null && related ? RELATED[entity] : undefined;
  if (relatedEntities === undefined) return own;
  // Records of the company: those in the tables now, and those whose rows name the company (deleted contacts and
  // consultations: their creation and deletion rows hold companyId).
  const named = sql`select a.entity_id from ${auditLog} a where a.tenant_id = ${tenantId} and a.entity in ('contact', 'consultation') and a.changes ->> 'companyId' = ${entityId}`;
  const current = sql`select c.id::text from ${contacts} c where c.company_id = ${entityId} and c.tenant_id = ${tenantId} union all select k.id::text from ${consultations} k where k.company_id = ${entityId} and k.tenant_id = ${tenantId}`;
  return or(own, and(inArray(auditLog.entity, relatedEntities), sql`${auditLog.entityId} in (${named} union ${current})`))!;
}

export async function listAuditTrail(db: Db, actor: Actor, filter: AuditFilter = {}): Promise<PageOf<AuditEntry> & { filter: CheckedAuditFilter }> {
  authorize(actor, 'audit.read', { tenantId: actor.tenantId });
  const f = checkAuditFilter(filter);
  const where: SQL[] = [eq(auditLog.tenantId, actor.tenantId)];
  if (f.entityId !== null) where.push(recordCondition(actor.tenantId, f.entity, f.entityId, f.related));
  else if (f.entity !== null) where.push(eq(auditLog.entity, f.entity));
  if (f.actorUserId !== null) where.push(eq(auditLog.actorUserId, f.actorUserId));
  if (f.action !== null) where.push(eq(auditLog.action, f.action));
  // days of the office: [from 00:00, to + 1 day 00:00) in Europe/Berlin
  if (f.from !== null) where.push(gte(auditLog.at, sql`(${f.from}::date)::timestamp at time zone 'Europe/Berlin'`));
  if (f.to !== null) where.push(lt(auditLog.at, sql`((${f.to}::date) + 1)::timestamp at time zone 'Europe/Berlin'`));
  const cond = and(...where);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(auditLog).where(cond);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUserId: auditLog.actorUserId,
      actor: auditLog.actor,
      actorName: users.name,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
    })
    .from(auditLog)
    .leftJoin(users, and(eq(users.id, auditLog.actorUserId), eq(users.tenantId, auditLog.tenantId)))
    .where(cond)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const alive = await existing(db, actor.tenantId, rows);
  const items = rows.map((r) => ({
    ...r,
    changes: changesOf(r.changes),
    exists: r.entityId !== null && alive.has(`${r.entity}:${r.entityId}`),
  }));
  return { items, total, page: f.page, pageSize: f.pageSize, filter: f };
}

/** The names of the tenant's deleted partners, from the rows of their deletion (which keep name and type), so that
 * the trail can still name them, also in the referrals of older consultation rows. */
export async function deletedPartnerNames(db: Db, actor: Actor): Promise<Map<string, string>> {
  authorize(actor, 'audit.read', { tenantId: actor.tenantId });
  const rows = await db
    .select({ id: auditLog.entityId, name: sql<string | null>`${auditLog.changes} ->> 'name'` })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, actor.tenantId), eq(auditLog.entity, 'partner'), eq(auditLog.action, 'delete')));
  return new Map(rows.filter((r): r is { id: string; name: string } => r.id !== null && r.name !== null).map((r) => [r.id, r.name]));
}
