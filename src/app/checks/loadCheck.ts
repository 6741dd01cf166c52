// Use case: load a check by its key, for the one who holds it.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { savedChecks } from '../../db/schema/index.ts';
import type { Principal } from '../../policies/index.ts';
import { mayAccessCheck } from './checkAccess.ts';
import type { StoredCheck } from './checkKeys.ts';

/** The check, or undefined when it does not exist for `by`. */
export async function loadCheck(db: Db, by: Principal, id: string): Promise<StoredCheck | undefined> {
  if (!(await mayAccessCheck(db, by, 'check.read', id))) return undefined;
  const rows = await db
    .select({ id: savedChecks.id, answers: savedChecks.answers, step: savedChecks.step, input: savedChecks.input })
    .from(savedChecks)
    .where(eq(savedChecks.id, id))
    .limit(1);
  return rows[0];
}
