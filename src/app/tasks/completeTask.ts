// Use case: mark a task done (by the actor, now). A company user ticks only the company's own tasks (the policy's
// companyTicksOwnTasks: forbidden otherwise). The dependants' estimates then start from the day it was done. A done
// task marked done again changes nothing and writes nothing.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseTasks } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { loadTask, rescheduleCase } from './caseTasks.ts';

/** Returns the task's case, whether it changed and the ids of the tasks whose estimates moved. */
export async function completeTask(db: Db, actor: Actor, taskId: unknown, now: Date = new Date()): Promise<{ caseId: string; changed: boolean; moved: string[] }> {
  return db.transaction(async (tx) => {
    const { task, case: c } = await loadTask(tx, actor, taskId, 'task.complete');
    if (task.doneAt !== null) return { caseId: c.id, changed: false, moved: [] };
    await tx.update(caseTasks).set({ doneAt: now, doneBy: actor.userId, updatedAt: now }).where(eq(caseTasks.id, task.id));
    await writeAudit(tx, actor, now, {
      tenantId: c.tenantId,
      action: 'update',
      entity: 'task',
      entityId: task.id,
      changes: { doneAt: [null, now.toISOString()], doneBy: [task.doneBy, actor.userId] },
    });
    return { caseId: c.id, changed: true, moved: await rescheduleCase(tx, actor, c, now) };
  });
}
