// Use case: delete a check at once (the result page offers it), for the one who holds its key.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { savedChecks } from '../../db/schema/index.ts';
import type { Principal } from '../../policies/index.ts';
import { mayAccessCheck } from './checkAccess.ts';

/** Deletes one check; returns false when it did not exist for `by`. */
export async function deleteCheck(db: Db, by: Principal, id: string): Promise<boolean> {
  if (!(await mayAccessCheck(db, by, 'check.delete', id))) return false;
  const rows = await db.delete(savedChecks).where(eq(savedChecks.id, id)).returning({ id: savedChecks.id });
  return rows.length === 1;
}
