// Use case: the due dashboard (issue 15). What is due in the office's open cases, in five groups, each with its count
// and its first items (earliest first), never more: the volume data has 20,000 cases.
//
//   overdue    open tasks whose due date has passed
//   upcoming   open tasks due today or in the next UPCOMING_DAYS days
//   documents  cases whose next step is near (an open task due within the same window, or overdue) and which still
//              miss documents of their checklist (missing or rejected), counted, the first in the plan's order named
//   titles     residence titles due for their extension (from the reminder date on, src/law/residenceTitle.ts) or expired
//   stalled    open cases that silently stall: the board's definition (listCases.ts stalledCondition), so both agree
//
// Scopes: 'mine' (an adviser's: the cases they are in charge of, and tasks assigned to them), 'office' (every case of
// the office), 'company' (a company user's: their company's cases, and of the tasks only the company's own). Staff
// default to 'mine', company users to 'company'; the policy decides who may read which (due.read).

import { and, asc, count, eq, gte, inArray, lt, lte, ne, notInArray, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseDocuments, caseTasks, cases, companies } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { addDays, toDay } from '../../law/dates.ts';
import { reminderHorizon, titleDates } from '../../law/residenceTitle.ts';
import type { TitleRouteId } from '../../law/residenceTitle.ts';
import { CANCELLED } from '../cases/codes.ts';
import { STALLED_DAYS, stalledCondition } from '../cases/listCases.ts';
import { Checker } from '../common/checker.ts';
import { wfe } from '../common/errors.ts';
import { PAGE_SIZE_MAX } from '../common/paging.ts';

export const DUE_GROUPS = ['overdue', 'upcoming', 'documents', 'titles', 'stalled'] as const;
export type DueGroup = (typeof DUE_GROUPS)[number];
export const DUE_SCOPES = ['mine', 'office', 'company'] as const;
export type DueScope = (typeof DUE_SCOPES)[number];
/** "upcoming": due today or within this many days */
export const UPCOMING_DAYS = 14;
/** the items shown per group unless asked otherwise */
export const DUE_LIMIT_DEFAULT = 10;
/**
 * Counting stops here: "more than 1,000 overdue tasks" asks for the same action as the exact figure, and an exact count
 * of the office's whole backlog costs as much as reading it (on the embedded database every other request waits).
 */
export const COUNT_CAP = 1000;
export { STALLED_DAYS };

export interface DueOptions {
  /** 'mine' | 'office' | 'company'; default: 'company' for a company user, 'mine' for staff */
  scope?: unknown;
  /** the office's day */
  today: string;
  /** items per group (1–100), default 10 */
  limit?: unknown;
  /** only this group, paged (page ≥ 1) */
  group?: unknown;
  page?: unknown;
  /** counts stop here (default COUNT_CAP); tests lower it */
  countCap?: number;
}

interface ItemBase {
  caseId: string;
  caseNumber: string;
  candidateName: string | null;
  companyName: string;
  /** the day it is due (a task's, the next step's, the title's last day); null for a stalled case */
  dueOn: string | null;
  /** days since dueOn (today: 0; before it: negative); for a stalled case, days since its status was reached */
  daysOverdue: number;
}

export type DueItem =
  | (ItemBase & { group: 'overdue' | 'upcoming'; task: { id: string; title: string; titleEn: string | null; owner: string } })
  | (ItemBase & { group: 'documents'; documents: { missing: number; firstLabel: string; firstLabelEn: string | null } })
  | (ItemBase & { group: 'titles'; title: { titleRouteId: TitleRouteId; validUntil: string; reminderOn: string | null; expired: boolean } })
  | (ItemBase & { group: 'stalled'; stalled: { reason: 'noDeadline' | 'noChange'; statusSince: string; status: string } });

export interface DueGroupList {
  /** the number of items, at most the count cap */
  total: number;
  /** true when there are more than `total` (the count stopped at the cap) */
  capped: boolean;
  items: DueItem[];
  page: number;
  pageSize: number;
}

export interface DueList {
  scope: DueScope;
  today: string;
  /** the last day counted as upcoming */
  upcomingUntil: string;
  /** only the groups asked for (every group unless `group` was given) */
  groups: Partial<Record<DueGroup, DueGroupList>>;
}

const OPEN = ['closed', CANCELLED];

const days = (from: string, to: string) => toDay(to) - toDay(from);

export async function listDueItems(db: Db, actor: Actor, options: DueOptions): Promise<DueList> {
  const c = new Checker();
  const scope = c.oneOf('scope', options.scope, DUE_SCOPES) ?? (actor.role === 'company' ? 'company' : 'mine');
  const today = c.date('today', options.today, { required: true });
  const limit = c.integer('limit', options.limit, 1, PAGE_SIZE_MAX) ?? DUE_LIMIT_DEFAULT;
  const only = c.oneOf('group', options.group, DUE_GROUPS);
  const page = c.integer('page', options.page, 1, 1_000_000) ?? 1;
  // the company scope is a company user's own; staff choose theirs or the office's
  if (scope === 'company' && actor.role !== 'company') c.errors.push(wfe('scope', 'oneOf', 'mine, office'));
  c.done();
  authorize(actor, 'due.read', { tenantId: actor.tenantId, companyId: scope === 'company' ? actor.companyId : null });

  const upcomingUntil = addDays(today!, UPCOMING_DAYS);
  const caseScope: SQL[] = [eq(cases.tenantId, actor.tenantId)];
  if (scope === 'company') caseScope.push(eq(cases.companyId, actor.companyId!));
  if (scope === 'mine') caseScope.push(eq(cases.adviserUserId, actor.userId));
  const offset = only === null ? 0 : (page - 1) * limit;
  const groups: DueList['groups'] = {};
  const want = (g: DueGroup) => only === null || only === g;
  const ctx: Ctx = { db, actor, scope, today: today!, upcomingUntil, caseScope, limit, offset, page, cap: options.countCap ?? COUNT_CAP };
  if (want('overdue')) groups.overdue = await taskGroup(ctx, 'overdue');
  if (want('upcoming')) groups.upcoming = await taskGroup(ctx, 'upcoming');
  if (want('documents')) groups.documents = await documentGroup(ctx);
  if (want('titles')) groups.titles = await titleGroup(ctx);
  if (want('stalled')) groups.stalled = await stalledGroup(ctx);
  return { scope, today: today!, upcomingUntil, groups };
}

interface Ctx {
  db: Db;
  actor: Actor;
  scope: DueScope;
  today: string;
  upcomingUntil: string;
  caseScope: SQL[];
  limit: number;
  offset: number;
  page: number;
  cap: number;
}

/** The rows of the query `make(limit)` builds, counted up to the cap (one more row tells that there are more). */
async function cappedCount(x: Ctx, make: (limit: number) => FromSource): Promise<{ total: number; capped: boolean }> {
  const [{ n } = { n: 0 }] = await x.db.select({ n: count() }).from(make(x.cap + 1));
  return { total: Math.min(n, x.cap), capped: n > x.cap };
}
type FromSource = Parameters<ReturnType<Db['select']>['from']>[0];

const caseColumns = { caseId: cases.id, caseNumber: cases.number, candidateName: candidates.name, companyName: companies.name };

/** An open task of the case with a due date up to `until` (a probe: LIMIT 1 keeps it one index lookup per case). */
const dueBy = (until: string) =>
  sql`exists (select 1 from ${caseTasks} where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.doneAt} is null and ${caseTasks.dueOn} <= ${until} limit 1)`;
const missingDocs = sql`${caseDocuments.caseId} = ${cases.id} and ${caseDocuments.status} in ('missing','rejected')`;
const anyMissing = sql`exists (select 1 from ${caseDocuments} where ${missingDocs} limit 1)`;

async function taskGroup(x: Ctx, group: 'overdue' | 'upcoming'): Promise<DueGroupList> {
  const where: SQL[] = [
    eq(caseTasks.tenantId, x.actor.tenantId),
    sql`${caseTasks.doneAt} is null`,
    ...(group === 'overdue' ? [lt(caseTasks.dueOn, x.today)] : [gte(caseTasks.dueOn, x.today), lte(caseTasks.dueOn, x.upcomingUntil)]),
    eq(cases.tenantId, x.actor.tenantId),
    notInArray(cases.status, OPEN),
  ];
  if (x.scope === 'company') where.push(eq(cases.companyId, x.actor.companyId!), eq(caseTasks.owner, 'company'));
  // an adviser's own: the tasks of the cases they are in charge of, and those assigned to them on any case
  // (as a set of case ids: an OR across the two tables would make the count visit every open task of the office twice)
  if (x.scope === 'mine') {
    const own = x.db.select({ id: cases.id }).from(cases).where(and(eq(cases.tenantId, x.actor.tenantId), eq(cases.adviserUserId, x.actor.userId)));
    where.push(or(inArray(caseTasks.caseId, own), eq(caseTasks.assigneeUserId, x.actor.userId))!);
  }
  const cond = and(...where);
  const { total, capped } = await cappedCount(x, (n) =>
    x.db.select({ one: sql`1`.as('one') }).from(caseTasks).innerJoin(cases, eq(cases.id, caseTasks.caseId)).where(cond).limit(n).as('c'),
  );
  const rows =
    total === 0
      ? []
      : await x.db
          .select({ ...caseColumns, taskId: caseTasks.id, title: caseTasks.title, titleEn: caseTasks.titleEn, owner: caseTasks.owner, dueOn: caseTasks.dueOn })
          .from(caseTasks)
          .innerJoin(cases, eq(cases.id, caseTasks.caseId))
          .innerJoin(candidates, eq(candidates.id, cases.candidateId))
          .innerJoin(companies, eq(companies.id, cases.companyId))
          .where(cond)
          .orderBy(asc(caseTasks.dueOn), asc(cases.number), asc(caseTasks.position), asc(caseTasks.id))
          .limit(x.limit)
          .offset(x.offset);
  return {
    total,
    capped,
    page: x.page,
    pageSize: x.limit,
    items: rows.map((r) => ({
      group,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      candidateName: r.candidateName,
      companyName: r.companyName,
      dueOn: r.dueOn,
      daysOverdue: days(r.dueOn!, x.today),
      task: { id: r.taskId, title: r.title, titleEn: r.titleEn, owner: r.owner },
    })),
  };
}

/**
 * Open cases whose next step is near (an open task due by the end of the upcoming window) and which miss documents.
 * Counted over the cases (two probes each, up to the cap); listed by walking the open tasks in due order, so that the
 * first time a case appears is its next step's date: no aggregate over every open task of the office.
 */
async function documentGroup(x: Ctx): Promise<DueGroupList> {
  const cond = and(...x.caseScope, notInArray(cases.status, OPEN), dueBy(x.upcomingUntil), anyMissing);
  const { total, capped } = await cappedCount(x, (n) => x.db.select({ one: sql`1`.as('one') }).from(cases).where(cond).limit(n).as('c'));
  const wanted = x.offset + x.limit;
  const taskCond = and(
    eq(caseTasks.tenantId, x.actor.tenantId),
    sql`${caseTasks.doneAt} is null`,
    lte(caseTasks.dueOn, x.upcomingUntil),
    ...x.caseScope,
    notInArray(cases.status, OPEN),
    anyMissing,
  );
  // a case's next step is its first open task in due order; fetch more tasks until enough cases are found
  const firstDue = new Map<string, string>();
  for (let fetch = wanted * 4; total > 0; fetch *= 4) {
    const tasks = await x.db
      .select({ caseId: caseTasks.caseId, dueOn: caseTasks.dueOn })
      .from(caseTasks)
      .innerJoin(cases, eq(cases.id, caseTasks.caseId))
      .where(taskCond)
      .orderBy(asc(caseTasks.dueOn), asc(cases.number))
      .limit(fetch);
    firstDue.clear();
    for (const t of tasks) if (!firstDue.has(t.caseId)) firstDue.set(t.caseId, t.dueOn!);
    if (firstDue.size >= wanted || tasks.length < fetch) break;
  }
  const pageIds = [...firstDue.keys()].slice(x.offset, wanted);
  const rows =
    pageIds.length === 0
      ? []
      : await x.db
          .select({
            ...caseColumns,
            missing: sql<number>`(select count(*) from ${caseDocuments} where ${missingDocs})`.mapWith(Number),
            first: sql<unknown>`(select json_build_array(${caseDocuments.label}, ${caseDocuments.labelEn}) from ${caseDocuments} where ${missingDocs} order by ${caseDocuments.position}, ${caseDocuments.id} limit 1)`,
          })
          .from(cases)
          .innerJoin(candidates, eq(candidates.id, cases.candidateId))
          .innerJoin(companies, eq(companies.id, cases.companyId))
          .where(inArray(cases.id, pageIds));
  const byId = new Map(rows.map((r) => [r.caseId, r]));
  return {
    total,
    capped,
    page: x.page,
    pageSize: x.limit,
    items: pageIds.map((id) => {
      const r = byId.get(id)!;
      const dueOn = firstDue.get(id)!;
      const first = (typeof r.first === 'string' ? JSON.parse(r.first) : r.first) as [string, string | null];
      return {
        group: 'documents' as const,
        caseId: r.caseId,
        caseNumber: r.caseNumber,
        candidateName: r.candidateName,
        companyName: r.companyName,
        dueOn,
        daysOverdue: days(dueOn, x.today),
        documents: { missing: r.missing, firstLabel: first[0], firstLabelEn: first[1] },
      };
    }),
  };
}

async function titleGroup(x: Ctx): Promise<DueGroupList> {
  // a title is due from its reminder date on: exactly those valid until the horizon (src/law/residenceTitle.ts)
  const cond = and(...x.caseScope, ne(cases.status, CANCELLED), lte(cases.titleValidUntil, reminderHorizon(x.today)));
  const { total, capped } = await cappedCount(x, (n) => x.db.select({ one: sql`1`.as('one') }).from(cases).where(cond).limit(n).as('c'));
  const rows =
    total === 0
      ? []
      : await x.db
          .select({ ...caseColumns, titleRouteId: cases.titleRouteId, validUntil: cases.titleValidUntil })
          .from(cases)
          .innerJoin(candidates, eq(candidates.id, cases.candidateId))
          .innerJoin(companies, eq(companies.id, cases.companyId))
          .where(cond)
          .orderBy(asc(cases.titleValidUntil), asc(cases.number))
          .limit(x.limit)
          .offset(x.offset);
  return {
    total,
    capped,
    page: x.page,
    pageSize: x.limit,
    items: rows.map((r) => {
      const validUntil = r.validUntil!;
      const titleRouteId = r.titleRouteId as TitleRouteId;
      return {
        group: 'titles' as const,
        caseId: r.caseId,
        caseNumber: r.caseNumber,
        candidateName: r.candidateName,
        companyName: r.companyName,
        dueOn: validUntil,
        daysOverdue: days(validUntil, x.today),
        title: { titleRouteId, validUntil, reminderOn: titleDates({ titleRouteId, issuedOn: null, validUntil }).reminderOn, expired: validUntil < x.today },
      };
    }),
  };
}

async function stalledGroup(x: Ctx): Promise<DueGroupList> {
  const cond = and(...x.caseScope, stalledCondition(x.today));
  const { total, capped } = await cappedCount(x, (n) => x.db.select({ one: sql`1`.as('one') }).from(cases).where(cond).limit(n).as('c'));
  const openWithDue = sql<boolean>`exists (select 1 from ${caseTasks} where ${caseTasks.caseId} = ${cases.id} and ${caseTasks.doneAt} is null and ${caseTasks.dueOn} is not null)`;
  const rows =
    total === 0
      ? []
      : await x.db
          .select({ ...caseColumns, statusSince: cases.statusSince, status: cases.status, waiting: openWithDue })
          .from(cases)
          .innerJoin(candidates, eq(candidates.id, cases.candidateId))
          .innerJoin(companies, eq(companies.id, cases.companyId))
          .where(cond)
          .orderBy(asc(cases.statusSince), asc(cases.number))
          .limit(x.limit)
          .offset(x.offset);
  return {
    total,
    capped,
    page: x.page,
    pageSize: x.limit,
    items: rows.map((r) => ({
      group: 'stalled' as const,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      candidateName: r.candidateName,
      companyName: r.companyName,
      dueOn: null,
      daysOverdue: days(r.statusSince, x.today),
      stalled: { reason: r.waiting ? ('noChange' as const) : ('noDeadline' as const), statusSince: r.statusSince, status: r.status },
    })),
  };
}
