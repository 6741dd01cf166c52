// Use cases: the cases of the office for the board (one column per status, each paged on its own) and for the API (one
// list, paged), with the same filters: status, adviser, company, route, stalled. A company user sees only their own
// company's cases (companyScope).
//
// Stalled: an open case (neither closed nor cancelled) on which nothing has moved for STALLED_DAYS days (no status
// change and no task done), or which has no open task with a due date (nobody waits for anything).

import { and, count, desc, eq, inArray, isNull, lt, notInArray, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseTasks, cases, companies, users } from '../../db/schema/index.ts';
import { authorize, companyScope } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { ROUTE_IDS } from '../../law/types.ts';
import { Checker } from '../common/checker.ts';
import { paging } from '../common/paging.ts';
import type { PageOf } from '../common/paging.ts';
import { ALL_CASE_STATUSES, CANCELLED } from './codes.ts';
import type { CaseStatus } from './codes.ts';

export const STALLED_DAYS = 28;

export interface CaseFilter {
  status?: unknown;
  adviserUserId?: unknown;
  companyId?: unknown;
  routeId?: unknown;
  /** 'yes' / true: only stalled cases */
  stalled?: unknown;
  page?: unknown;
  pageSize?: unknown;
}

export interface CaseCard {
  id: string;
  number: string;
  status: CaseStatus;
  statusSince: string;
  routeId: string;
  companyId: string;
  companyName: string;
  candidateId: string;
  candidateName: string | null;
  adviserUserId: string | null;
  adviserName: string | null;
  jobTitle: string | null;
  plannedStart: string | null;
  updatedAt: Date;
}

interface Parsed {
  where: SQL[];
  status: CaseStatus | null;
  page: number;
  pageSize: number;
  filter: { adviserUserId: string | null; companyId: string | null; routeId: string | null; stalled: boolean };
}

function daysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The filter checked (errors name the field) and as conditions, the tenant and the company scope first. */
function parse(actor: Actor, filter: CaseFilter, today: string): Parsed {
  authorize(actor, 'case.list', { tenantId: actor.tenantId, companyId: companyScope(actor) });
  const c = new Checker();
  const status = c.oneOf('status', filter.status, ALL_CASE_STATUSES);
  const [adviserUserId = null] = c.ids('adviserUserId', filter.adviserUserId);
  const [companyId = null] = c.ids('companyId', filter.companyId);
  const routeId = c.oneOf('routeId', filter.routeId, ROUTE_IDS);
  const stalledRaw = c.oneOf('stalled', typeof filter.stalled === 'boolean' ? String(filter.stalled) : filter.stalled, ['yes', 'no', 'true', 'false']);
  const stalled = stalledRaw === 'yes' || stalledRaw === 'true';
  const { page, pageSize } = paging(c, filter.page, filter.pageSize);
  c.done();
  const where: SQL[] = [eq(cases.tenantId, actor.tenantId)];
  const scope = companyScope(actor);
  if (scope !== null) where.push(eq(cases.companyId, scope));
  if (status !== null) where.push(eq(cases.status, status));
  if (adviserUserId !== null) where.push(eq(cases.adviserUserId, adviserUserId));
  if (companyId !== null) where.push(eq(cases.companyId, companyId));
  if (routeId !== null) where.push(eq(cases.routeId, routeId));
  if (stalled) where.push(stalledCondition(today));
  return { where, status, page, pageSize, filter: { adviserUserId, companyId, routeId, stalled } };
}

/** Open, and nothing moved for STALLED_DAYS days or nothing is waited for. */
export function stalledCondition(today: string): SQL {
  const since = daysBefore(today, STALLED_DAYS);
  // each test a scalar subquery (LIMIT 1): the planner probes the case's tasks per case (an index lookup) instead of first
  // hashing every open task of the office, so that a list that stops after its first rows (the due dashboard's capped
  // count, issue 15) stops early
  const recentlyDone = sql`((select 1 from ${caseTasks} where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.doneAt} >= ${since}::date limit 1) is not null)`;
  const openWithDue = sql`((select 1 from ${caseTasks} where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.doneAt} is null and ${caseTasks.dueOn} is not null limit 1) is not null)`;
  return and(
    notInArray(cases.status, ['closed', CANCELLED]),
    or(and(lt(cases.statusSince, since), sql`not ${recentlyDone}`), sql`not ${openWithDue}`),
  )!;
}

const cardColumns = {
  id: cases.id,
  number: cases.number,
  status: cases.status,
  statusSince: cases.statusSince,
  routeId: cases.routeId,
  companyId: cases.companyId,
  companyName: companies.name,
  candidateId: cases.candidateId,
  candidateName: candidates.name,
  adviserUserId: cases.adviserUserId,
  adviserName: users.name,
  jobTitle: cases.jobTitle,
  plannedStart: cases.plannedStart,
  updatedAt: cases.updatedAt,
};

async function cards(db: Db, where: SQL | undefined, limit: number, offset: number): Promise<CaseCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(cases)
    .innerJoin(companies, eq(companies.id, cases.companyId))
    .innerJoin(candidates, eq(candidates.id, cases.candidateId))
    .leftJoin(users, eq(users.id, cases.adviserUserId))
    .where(where)
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({ ...r, status: r.status as CaseStatus }));
}

/** The cases as one list, the most recently changed first (the API). */
export async function listCases(db: Db, actor: Actor, filter: CaseFilter = {}, today: string = new Date().toISOString().slice(0, 10)): Promise<PageOf<CaseCard>> {
  const p = parse(actor, filter, today);
  const cond = and(...p.where);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(cases).where(cond);
  return { items: await cards(db, cond, p.pageSize, (p.page - 1) * p.pageSize), total, page: p.page, pageSize: p.pageSize };
}

export interface BoardColumn {
  status: CaseStatus;
  items: CaseCard[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The board: one column per status (or only the filtered one), each with its own page (`pages[status]`, default 1).
 * One count query for all columns, one query per column that has cases.
 */
export async function caseBoard(
  db: Db,
  actor: Actor,
  filter: Omit<CaseFilter, 'page'> & { pages?: Partial<Record<string, unknown>> } = {},
  today: string = new Date().toISOString().slice(0, 10),
): Promise<{ columns: BoardColumn[]; filter: Parsed['filter'] }> {
  const p = parse(actor, { ...filter, page: undefined }, today);
  const pageChecker = new Checker();
  const pages = new Map<CaseStatus, number>();
  for (const s of ALL_CASE_STATUSES) pages.set(s, pageChecker.integer(`page_${s}`, filter.pages?.[s], 1, 1_000_000) ?? 1);
  pageChecker.done();
  const cond = and(...p.where);
  const totals = new Map(
    (await db.select({ status: cases.status, n: count() }).from(cases).where(cond).groupBy(cases.status)).map((r) => [r.status, r.n]),
  );
  const statuses = p.status !== null ? [p.status] : ALL_CASE_STATUSES;
  const columns: BoardColumn[] = [];
  for (const status of statuses) {
    const total = totals.get(status) ?? 0;
    const page = pages.get(status)!;
    const items = total === 0 ? [] : await cards(db, and(cond, eq(cases.status, status)), p.pageSize, (page - 1) * p.pageSize);
    columns.push({ status, items, total, page, pageSize: p.pageSize });
  }
  return { columns, filter: p.filter };
}

/** The office's advisers (admins and advisers, active), for the board's filter and the case form. */
export async function listCaseAdvisers(db: Db, actor: Actor): Promise<{ id: string; name: string }[]> {
  authorize(actor, 'case.list', { tenantId: actor.tenantId, companyId: companyScope(actor) });
  if (companyScope(actor) !== null) return [];
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.tenantId, actor.tenantId), inArray(users.role, ['admin', 'adviser']), isNull(users.disabledAt)))
    .orderBy(users.name);
}
