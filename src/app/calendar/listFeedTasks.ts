// Use case: the tasks a user's calendar feed shows (issue 15), for the feed's owner:
//   - an adviser or admin: the open tasks of the cases they handle (cases.adviser_user_id), whoever owns the task, and
//     the open tasks assigned to them personally in other cases;
//   - a company user: the open tasks their company owns (owner 'company') in their company's cases.
// Only open tasks with a due date, of cases that are neither closed nor cancelled; by due date. Tenant-scoped twice
// (task and case), and a company user's cases by company.

import { and, asc, eq, isNotNull, isNull, notInArray, or } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseTasks, cases } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { CANCELLED } from '../cases/codes.ts';

/** A feed is a calendar, not an export: beyond this many entries a client would choke on it anyway. */
export const FEED_MAX_TASKS = 2000;

export interface FeedTask {
  id: string;
  title: string;
  titleEn: string | null;
  owner: string;
  /** YYYY-MM-DD */
  dueOn: string;
  /** the norm of a statutory deadline (e.g. "§ 14a Abs. 3 BQFG"); null for other tasks */
  deadlineRef: string | null;
  caseId: string;
  caseNumber: string;
}

export async function listFeedTasks(db: Db, actor: Actor): Promise<FeedTask[]> {
  authorize(actor, 'calendarFeed.read', actor.role === 'company' ? { tenantId: actor.tenantId, companyId: actor.companyId ?? undefined } : { tenantId: actor.tenantId });
  const whose =
    actor.role === 'company'
      ? and(eq(cases.companyId, actor.companyId!), eq(caseTasks.owner, 'company'))
      : or(eq(cases.adviserUserId, actor.userId), eq(caseTasks.assigneeUserId, actor.userId));
  const rows = await db
    .select({
      id: caseTasks.id,
      title: caseTasks.title,
      titleEn: caseTasks.titleEn,
      owner: caseTasks.owner,
      dueOn: caseTasks.dueOn,
      deadlineRef: caseTasks.deadlineRef,
      caseId: cases.id,
      caseNumber: cases.number,
    })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .where(
      and(
        eq(caseTasks.tenantId, actor.tenantId),
        eq(cases.tenantId, actor.tenantId),
        isNull(caseTasks.doneAt),
        isNotNull(caseTasks.dueOn),
        notInArray(cases.status, ['closed', CANCELLED]),
        whose,
      ),
    )
    .orderBy(asc(caseTasks.dueOn), asc(cases.number), asc(caseTasks.position))
    .limit(FEED_MAX_TASKS);
  return rows.map((r) => ({ ...r, dueOn: r.dueOn! }));
}

