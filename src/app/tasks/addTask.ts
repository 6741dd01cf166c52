// Use case: the office adds a task to a case by hand (one the plan does not have): title, owner, optionally an
// assignee of the owner's side, a due date and a description. A due date given is a date set by hand; without one the
// task has no date. It comes after the case's other tasks.

import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseTasks } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { checkAssignee, loadCase } from './caseTasks.ts';
import { checkTask } from './taskInput.ts';
import type { TaskInput } from './taskInput.ts';

export async function addTask(db: Db, actor: Actor, caseId: unknown, input: TaskInput, now: Date = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'task.manage');
    const { checker, fields } = checkTask(input, true);
    if (!checker.errors.some((e) => e.field === 'owner')) await checkAssignee(tx, c, fields.owner, fields.assigneeUserId, checker);
    checker.done();
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${caseTasks.position}), -1)` })
      .from(caseTasks)
      .where(eq(caseTasks.caseId, c.id));
    const [row] = await tx
      .insert(caseTasks)
      .values({
        tenantId: c.tenantId,
        caseId: c.id,
        planStepId: null,
        title: fields.title,
        description: fields.description,
        owner: fields.owner,
        assigneeUserId: fields.assigneeUserId,
        dueOn: fields.dueOn,
        dueSetByHand: fields.dueOn !== null,
        position: Number(last?.position ?? -1) + 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: caseTasks.id });
    await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'create', entity: 'task', entityId: row!.id, changes: { caseId: c.id, ...fields } });
    return { id: row!.id };
  });
}
