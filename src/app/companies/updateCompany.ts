// Use case: change a company's data. Every field is replaced (the forms and the API send the whole company);
// the audit row holds only what changed, as { field: [old, new] }.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { COMPANY_FIELDS, checkCompany } from './companyInput.ts';
import type { CompanyInput } from './companyInput.ts';
import { loadCompany } from './getCompany.ts';
import { diff, writeAudit } from '../common/audit.ts';

/** Returns the changed fields (empty when nothing changed; then nothing is written). */
export async function updateCompany(
  db: Db,
  actor: Actor,
  companyId: unknown,
  input: CompanyInput,
  now: Date = new Date(),
): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const before = await loadCompany(tx, actor, companyId, 'company.update');
    const fields = checkCompany(input);
    const changes = diff(Object.fromEntries(COMPANY_FIELDS.map((k) => [k, before[k]])), { ...fields });
    if (Object.keys(changes).length === 0) return changes;
    await tx.update(companies).set({ ...fields, updatedAt: now }).where(eq(companies.id, before.id));
    await writeAudit(tx, actor, now, {
      tenantId: before.tenantId,
      action: 'update',
      entity: 'company',
      entityId: before.id,
      changes,
    });
    return changes;
  });
}
