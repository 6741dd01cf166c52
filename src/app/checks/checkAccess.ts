// Loads what the policy needs to know about a check (its tenant and company) and asks it (src/policies/checks.ts).

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { savedChecks } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Action, Principal } from '../../policies/index.ts';
import { isCheckId } from './checkKeys.ts';

/** The policy's decision on a check whose tenant and company were loaded by the caller (see mayAccessCheck). */
export function mayAccessLoadedCheck(by: Principal, action: Action, id: string, row: { tenantId: string | null; companyId: string | null }): boolean {
  try {
    authorize(by, action, { tenantId: row.tenantId, companyId: row.companyId, key: id });
    return true;
  } catch (err) {
    if (err instanceof NotFoundError) return false;
    throw err;
  }
}

/** True when the principal may do `action` with the check; false when the check does not exist for them (an invalid
 * key, no such check, or one whose key they do not hold). Throws ForbiddenError when they may see it but not do this. */
export async function mayAccessCheck(db: Db, by: Principal, action: Action, id: string): Promise<boolean> {
  if (!isCheckId(id)) return false;
  const [row] = await db
    .select({ tenantId: savedChecks.tenantId, companyId: savedChecks.companyId })
    .from(savedChecks)
    .where(eq(savedChecks.id, id))
    .limit(1);
  if (!row) return false;
  return mayAccessLoadedCheck(by, action, id, row);
}
