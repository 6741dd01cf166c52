// Use case: start a pathway check. Anyone may; a visitor's check is anonymous (kept CHECK_RETENTION_DAYS after its
// last change), a signed-in user's belongs to their tenant and, for a company user, to their company.

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies, savedChecks } from '../../db/schema/index.ts';
import { NotFoundError, authorize, isVisitor } from '../../policies/index.ts';
import type { Principal } from '../../policies/index.ts';
import { newCheckId } from './checkKeys.ts';

/** Returns the new check's id (its key). */
export async function startCheck(db: Db, by: Principal, input: { companyId?: string | null } = {}): Promise<string> {
  const owner = isVisitor(by) ? { tenantId: null, companyId: null } : { tenantId: by.tenantId, companyId: input.companyId ?? by.companyId };
  if (owner.tenantId !== null && owner.companyId !== null) {
    // the company must be one of the actor's tenant: any other does not exist for them
    const [company] = await db
      .select({ id: companies.id })
      .from(companies)
      .where(and(eq(companies.id, owner.companyId), eq(companies.tenantId, owner.tenantId)))
      .limit(1);
    if (!company) throw new NotFoundError();
  }
  authorize(by, 'check.create', owner);
  const id = newCheckId();
  await db.insert(savedChecks).values({ id, answers: {}, ...owner });
  return id;
}
