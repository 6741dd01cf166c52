// What the task use cases share (issue 14): the tenant-scoped loads of a case and of a task with its case (each
// authorizing the action on it), the check that an assignee belongs to the task's owner side, and the rescheduling of
// a case's estimates after a date changed (a task done, opened again, re-dated), inside the caller's transaction.

import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseTasks, cases, users } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Action, Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { assertId, wfe } from '../common/errors.ts';
import type { Checker } from '../common/checker.ts';
import type { TaskOwner } from '../cases/codes.ts';
import { scheduleTasks } from './schedule.ts';
import { statutoryPeriodOf } from './statutoryPeriods.ts';
import { keptOfficeDurations } from '../cases/officeDurations.ts';
import { officeDurationOf } from '../cases/durationStats.ts';

export type CaseRow = typeof cases.$inferSelect;
export type TaskRow = typeof caseTasks.$inferSelect;

/** The office's day of an instant (Europe/Berlin, where the office works), as YYYY-MM-DD: the day a task was done. */
export function officeDayOf(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The case of the actor's office, or NotFoundError; authorizes `action` on it. */
export async function loadCase(db: Db, actor: Actor, caseId: unknown, action: Action): Promise<CaseRow> {
  assertId(caseId);
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.tenantId, actor.tenantId)))
    .limit(1);
  if (row === undefined) throw new NotFoundError();
  authorize(actor, action, { tenantId: row.tenantId, companyId: row.companyId });
  return row;
}

/** The task of the actor's office with its case, or NotFoundError; authorizes `action` on it (whose task it is counts). */
export async function loadTask(db: Db, actor: Actor, taskId: unknown, action: Action): Promise<{ task: TaskRow; case: CaseRow }> {
  assertId(taskId);
  const [row] = await db
    .select({ task: caseTasks, case: cases })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .where(and(eq(caseTasks.id, taskId), eq(caseTasks.tenantId, actor.tenantId), eq(cases.tenantId, actor.tenantId)))
    .limit(1);
  if (row === undefined) throw new NotFoundError();
  authorize(actor, action, { tenantId: row.case.tenantId, companyId: row.case.companyId, taskOwner: row.task.owner });
  return row;
}

/**
 * Adds an error naming `assigneeUserId` unless the user may carry a task of this owner in this case: an adviser or
 * admin of the office for the adviser's tasks, a (not disabled) user of the case's company for the company's; nobody
 * for the candidate's, who has no account.
 */
export async function checkAssignee(db: Db, c: CaseRow, owner: TaskOwner, assigneeUserId: string | null, checker: Checker): Promise<void> {
  if (assigneeUserId === null) return;
  const [u] = await db
    .select({ role: users.role, companyId: users.companyId })
    .from(users)
    .where(and(eq(users.id, assigneeUserId), eq(users.tenantId, c.tenantId), isNull(users.disabledAt)))
    .limit(1);
  if (u === undefined) {
    checker.errors.push(wfe('assigneeUserId', 'unknown'));
    return;
  }
  const fits = owner === 'adviser' ? u.role === 'adviser' || u.role === 'admin' : owner === 'company' ? u.role === 'company' && u.companyId === c.companyId : false;
  if (!fits) checker.errors.push(wfe('assigneeUserId', 'oneOf', owner === 'candidate' ? 'a task of the candidate has no assignee' : `a user of the ${owner === 'adviser' ? 'office' : 'case’s company'}`));
}

/**
 * Recomputes the estimates of the case's tasks (schedule.ts) and writes those that moved, each with its audit row.
 * Returns the ids of the moved tasks.
 */
export async function rescheduleCase(tx: Db, actor: Actor, c: CaseRow, now: Date): Promise<string[]> {
  const rows = await tx
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, c.id), eq(caseTasks.tenantId, c.tenantId)))
    .orderBy(asc(caseTasks.position), asc(caseTasks.createdAt));
  // issue 15: a plan step the office has its own figure for is planned with the office's median, cut where its
  // statutory period ends (statutoryPeriods.ts); the others keep the duration they were planned with
  const office = await keptOfficeDurations(tx, c.tenantId);
  const estimates = scheduleTasks(
    rows.map((t) => {
      const f = t.planStepId === null ? undefined : officeDurationOf(office, c.procedure, t.planStepId);
      const doneOn = t.doneAt === null ? null : officeDayOf(t.doneAt);
      if (!f) return { ...t, doneOn };
      return { ...t, doneOn, durationDays: f.median, capPeriod: statutoryPeriodOf(c.procedure, t.planStepId!, c.startDate)?.period ?? null };
    }),
    c.startDate,
  );
  const moved: string[] = [];
  for (const t of rows) {
    const e = estimates.get(t.id)!;
    if (e.startOn === t.startOn && e.dueOn === t.dueOn) continue;
    await tx.update(caseTasks).set({ startOn: e.startOn, dueOn: e.dueOn, updatedAt: now }).where(eq(caseTasks.id, t.id));
    const changes: Record<string, [unknown, unknown]> = {};
    if (e.startOn !== t.startOn) changes.startOn = [t.startOn, e.startOn];
    if (e.dueOn !== t.dueOn) changes.dueOn = [t.dueOn, e.dueOn];
    await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'update', entity: 'task', entityId: t.id, changes });
    moved.push(t.id);
  }
  return moved;
}
