// Use case: the office deletes a task it added by hand. A plan task stays (its steps are what the route needs; it can
// be re-dated, reassigned or ticked instead): refused with PlanTaskError, nothing changed.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseTasks } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { loadTask } from './caseTasks.ts';

/** A task of the route's plan cannot be deleted. HTTP 409. */
export class PlanTaskError extends Error {
  readonly statusCode = 409;
  constructor() {
    super('Only a task added by hand can be deleted; a task of the plan can be re-dated, reassigned or marked done.');
    this.name = 'PlanTaskError';
  }
}

export async function deleteTask(db: Db, actor: Actor, taskId: unknown, now: Date = new Date()): Promise<{ caseId: string }> {
  return db.transaction(async (tx) => {
    const { task, case: c } = await loadTask(tx, actor, taskId, 'task.manage');
    if (task.planStepId !== null) throw new PlanTaskError();
    await tx.delete(caseTasks).where(eq(caseTasks.id, task.id));
    await writeAudit(tx, actor, now, {
      tenantId: c.tenantId,
      action: 'delete',
      entity: 'task',
      entityId: task.id,
      changes: { caseId: c.id, title: task.title, owner: task.owner, dueOn: task.dueOn },
    });
    return { caseId: c.id };
  });
}
