// Use case: the office's open follow-ups (Wiedervorlagen), the earliest due first: every consultation with a follow-up
// date that nobody has marked done yet, of companies that still exist. Filters by adviser and by a last due date; the
// counts of overdue and today's follow-ups (for the same adviser filter, whatever the last due date) come with it.
// A worklist of the office: company users are refused (403), whatever their company.

import { and, asc, count, eq, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies, consultations, users } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { paging } from '../common/paging.ts';
import type { PageOf } from '../common/paging.ts';

export interface FollowUpFilter {
  /** only the follow-ups of this adviser's consultations */
  adviserUserId?: unknown;
  /** only those of this company */
  companyId?: unknown;
  /** only those due on or before this day (ISO date); absent: all open ones */
  until?: unknown;
  page?: unknown;
  pageSize?: unknown;
}

export interface FollowUpItem {
  consultationId: string;
  companyId: string;
  companyName: string;
  /** the day of the consultation that set the follow-up */
  consultationDate: string;
  followUpDate: string;
  kind: string;
  topics: string[];
  adviserUserId: string | null;
  adviserName: string | null;
  outcome: string | null;
}

export interface FollowUpList extends PageOf<FollowUpItem> {
  /** the office's day the counts refer to */
  today: string;
  /** open follow-ups due before today */
  overdue: number;
  /** open follow-ups due today */
  dueToday: number;
}

export async function listFollowUps(db: Db, actor: Actor, filter: FollowUpFilter, today: string): Promise<FollowUpList> {
  authorize(actor, 'followUp.list', { tenantId: actor.tenantId });
  const c = new Checker();
  const adviser = c.ids('adviserUserId', filter.adviserUserId)[0] ?? null;
  const companyId = c.ids('companyId', filter.companyId)[0] ?? null;
  const until = c.date('until', filter.until);
  const { page, pageSize } = paging(c, filter.page, filter.pageSize);
  c.done();
  const open: SQL[] = [
    eq(consultations.tenantId, actor.tenantId),
    isNotNull(consultations.followUpDate),
    isNull(consultations.followUpDoneAt),
    isNull(companies.anonymisedAt),
  ];
  if (adviser !== null) open.push(eq(consultations.adviserUserId, adviser));
  if (companyId !== null) open.push(eq(consultations.companyId, companyId));
  const [counts = { total: 0, overdue: 0, dueToday: 0 }] = await db
    .select({
      total: until === null ? count() : sql<number>`count(*) filter (where ${lte(consultations.followUpDate, until)})`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${lt(consultations.followUpDate, today)})`.mapWith(Number),
      dueToday: sql<number>`count(*) filter (where ${eq(consultations.followUpDate, today)})`.mapWith(Number),
    })
    .from(consultations)
    .innerJoin(companies, eq(companies.id, consultations.companyId))
    .where(and(...open));
  const where = until === null ? and(...open) : and(...open, lte(consultations.followUpDate, until));
  const rows = await db
    .select({
      consultationId: consultations.id,
      companyId: consultations.companyId,
      companyName: companies.name,
      consultationDate: consultations.date,
      followUpDate: consultations.followUpDate,
      kind: consultations.kind,
      topics: consultations.topics,
      adviserUserId: consultations.adviserUserId,
      adviserName: users.name,
      outcome: consultations.outcome,
    })
    .from(consultations)
    .innerJoin(companies, eq(companies.id, consultations.companyId))
    .leftJoin(users, eq(users.id, consultations.adviserUserId))
    .where(where)
    .orderBy(asc(consultations.followUpDate), asc(companies.name), asc(consultations.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return {
    items: rows.map((r) => ({ ...r, followUpDate: r.followUpDate! })),
    total: counts.total,
    page,
    pageSize,
    today,
    overdue: counts.overdue,
    dueToday: counts.dueToday,
  };
}
