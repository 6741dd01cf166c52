// Use case: add a contact person to a company.

import type { Db } from '../../db/index.ts';
import { contacts } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { checkContact } from './contactInput.ts';
import type { ContactInput } from './contactInput.ts';
import { loadCompany } from './getCompany.ts';
import { writeAudit } from '../common/audit.ts';

export async function createContact(db: Db, actor: Actor, companyId: unknown, input: ContactInput, now: Date = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const company = await loadCompany(tx, actor, companyId, 'company.read');
    authorize(actor, 'contact.create', { tenantId: company.tenantId, companyId: company.id });
    const fields = await checkContact(tx, company.tenantId, company.id, input);
    const [row] = await tx
      .insert(contacts)
      .values({ tenantId: company.tenantId, companyId: company.id, ...fields, createdAt: now, updatedAt: now })
      .returning({ id: contacts.id });
    await writeAudit(tx, actor, now, {
      tenantId: company.tenantId,
      action: 'create',
      entity: 'contact',
      entityId: row!.id,
      changes: { companyId: company.id, ...fields },
    });
    return { id: row!.id };
  });
}
