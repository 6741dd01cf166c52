// Use case: one task of a case as the API shows it (the view of listCaseTasks): whoever may read the case and list
// its tasks reads it.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseTasks } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { loadTask } from './caseTasks.ts';
import { taskViews } from './listCaseTasks.ts';
import type { TaskView } from './listCaseTasks.ts';

export async function getTask(db: Db, actor: Actor, taskId: unknown, opts: { lang: 'de' | 'en'; today: string }): Promise<TaskView> {
  const { task, case: c } = await loadTask(db, actor, taskId, 'case.read');
  authorize(actor, 'task.list', { tenantId: c.tenantId, companyId: c.companyId });
  const [view] = await taskViews(db, eq(caseTasks.id, task.id), opts);
  return view!;
}
