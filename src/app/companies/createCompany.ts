// Use case: an adviser (or admin) records a company. A company with the same name and postcode is probably the same
// company: the first attempt answers DuplicateCompanyError with the candidates; `confirmDuplicate` creates it anyway.

import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { checkCompany } from './companyInput.ts';
import type { CompanyInput } from './companyInput.ts';
import { DuplicateCompanyError } from '../common/errors.ts';
import { writeAudit } from '../common/audit.ts';

export async function createCompany(
  db: Db,
  actor: Actor,
  input: CompanyInput & { confirmDuplicate?: boolean },
  now: Date = new Date(),
): Promise<{ id: string }> {
  authorize(actor, 'company.create', { tenantId: actor.tenantId });
  const fields = checkCompany(input);
  return db.transaction(async (tx) => {
    if (input.confirmDuplicate !== true) {
      const duplicates = await tx
        .select({ id: companies.id, name: companies.name, postcode: companies.postcode, city: companies.city })
        .from(companies)
        .where(
          and(
            eq(companies.tenantId, actor.tenantId),
            isNull(companies.anonymisedAt),
            sql`lower(${companies.name}) = lower(${fields.name})`,
            sql`${companies.postcode} is not distinct from ${fields.postcode}`,
          ),
        )
        .limit(10);
      if (duplicates.length > 0) throw new DuplicateCompanyError(duplicates);
    }
    const [row] = await tx
      .insert(companies)
      .values({ tenantId: actor.tenantId, ...fields, createdAt: now, updatedAt: now })
      .returning({ id: companies.id });
    await writeAudit(tx, actor, now, {
      tenantId: actor.tenantId,
      action: 'create',
      entity: 'company',
      entityId: row!.id,
      changes: fields,
    });
    return { id: row!.id };
  });
}
