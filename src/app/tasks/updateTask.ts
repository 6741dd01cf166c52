// Use case: the office changes a task: its title, whose task it is and who carries it, its due date, its description.
// Only the fields given change. A due date given is set by hand and kept from then on; an empty one gives a plan
// task back to the estimate. A changed date moves the estimates of the later tasks of the case, in the same
// transaction. An assignee must belong to the task's owner side (checkAssignee); a new title replaces the plan's
// titles in both languages.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseTasks } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { diff, writeAudit } from '../common/audit.ts';
import { checkAssignee, loadTask, rescheduleCase } from './caseTasks.ts';
import { checkTask } from './taskInput.ts';
import type { TaskInput } from './taskInput.ts';
import type { TaskOwner } from '../cases/codes.ts';

/** Returns the task's case, the changed fields (empty: nothing written) and the ids of the other tasks whose estimates moved. */
export async function updateTask(
  db: Db,
  actor: Actor,
  taskId: unknown,
  input: TaskInput,
  now: Date = new Date(),
): Promise<{ caseId: string; changes: Record<string, [unknown, unknown]>; moved: string[] }> {
  return db.transaction(async (tx) => {
    const { task, case: c } = await loadTask(tx, actor, taskId, 'task.manage');
    const { checker, fields } = checkTask(input, false);
    const owner = fields.owner ?? (task.owner as TaskOwner);
    const assignee = fields.assigneeUserId !== undefined ? fields.assigneeUserId : task.assigneeUserId;
    // the assignee is checked against the owner the task will have, when either of them is part of the change
    const bad = (f: string) => checker.errors.some((e) => e.field === f);
    if ((fields.owner !== undefined || fields.assigneeUserId !== undefined) && !bad('owner') && !bad('assigneeUserId')) {
      await checkAssignee(tx, c, owner, assignee, checker);
    }
    checker.done();
    const next: Partial<typeof caseTasks.$inferInsert> = {};
    // the form shows an English reader the plan's English title: sent back unchanged, it is no new title
    if (fields.title !== undefined && fields.title !== task.title && fields.title !== task.titleEn) Object.assign(next, { title: fields.title, titleEn: null });
    if (fields.description !== undefined) next.description = fields.description;
    if (fields.owner !== undefined) next.owner = fields.owner;
    if (fields.assigneeUserId !== undefined) next.assigneeUserId = fields.assigneeUserId;
    if (fields.dueOn !== undefined) {
      if (fields.dueOn !== null) Object.assign(next, { dueOn: fields.dueOn, dueSetByHand: true });
      // back to the estimate (the rescheduling below computes it); a task added by hand has none
      else Object.assign(next, { dueSetByHand: false, ...(task.planStepId === null ? { dueOn: null } : {}) });
    }
    const changes = diff(task as unknown as Record<string, unknown>, next);
    if (Object.keys(changes).length === 0) return { caseId: c.id, changes, moved: [] };
    await tx.update(caseTasks).set({ ...next, updatedAt: now }).where(eq(caseTasks.id, task.id));
    await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'update', entity: 'task', entityId: task.id, changes });
    const moved = 'dueOn' in changes || 'dueSetByHand' in changes ? await rescheduleCase(tx, actor, c, now) : [];
    return { caseId: c.id, changes, moved: moved.filter((id) => id !== task.id) };
  });
}
