// Use case: a task as the office's edit form needs it: the task, its case, and the users it can be assigned to (the
// office's advisers and admins, the case company's users; not disabled), by name.

import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { users } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { loadTask } from './caseTasks.ts';
import type { CaseRow, TaskRow } from './caseTasks.ts';

export interface Assignable {
  id: string;
  name: string;
  /** the owner side the user can carry tasks of */
  side: 'adviser' | 'company';
}

export async function getTaskForEdit(db: Db, actor: Actor, taskId: unknown): Promise<{ task: TaskRow; case: CaseRow; assignable: Assignable[] }> {
  const { task, case: c } = await loadTask(db, actor, taskId, 'task.manage');
  const rows = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.tenantId, c.tenantId),
        isNull(users.disabledAt),
        or(eq(users.role, 'adviser'), eq(users.role, 'admin'), and(eq(users.role, 'company'), eq(users.companyId, c.companyId))),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
  return { task, case: c, assignable: rows.map((u) => ({ id: u.id, name: u.name, side: u.role === 'company' ? 'company' : 'adviser' })) };
}
