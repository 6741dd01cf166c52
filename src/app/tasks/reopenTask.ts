// Use case: open a done task again (a tick by mistake). Whoever may tick the task may take the tick back; the
// dependants' estimates go back to waiting for it. An open task opened again changes nothing and writes nothing.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseTasks } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { loadTask, rescheduleCase } from './caseTasks.ts';

/** Returns the task's case, whether it changed and the ids of the tasks whose estimates moved. */
export async function reopenTask(db: Db, actor: Actor, taskId: unknown, now: Date = new Date()): Promise<{ caseId: string; changed: boolean; moved: string[] }> {
  return db.transaction(async (tx) => {
    const { task, case: c } = await loadTask(tx, actor, taskId, 'task.complete');
    if (task.doneAt === null) return { caseId: c.id, changed: false, moved: [] };
    await tx.update(caseTasks).set({ doneAt: null, doneBy: null, updatedAt: now }).where(eq(caseTasks.id, task.id));
    await writeAudit(tx, actor, now, {
      tenantId: c.tenantId,
      action: 'update',
      entity: 'task',
      entityId: task.id,
      changes: { doneAt: [task.doneAt.toISOString(), null], doneBy: [task.doneBy, null] },
    });
    return { caseId: c.id, changed: true, moved: await rescheduleCase(tx, actor, c, now) };
  });
}
