// Use case: remove a contact person. The audit row keeps only the company and the fact, not the person's data; the
// `changes` of earlier audit rows about the contact are erased with it (data protection: a deleted person is gone).

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { auditLog, contacts } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { loadContact } from './updateContact.ts';
import { writeAudit } from '../common/audit.ts';

export async function deleteContact(db: Db, actor: Actor, contactId: unknown, now: Date = new Date()): Promise<{ companyId: string }> {
  return db.transaction(async (tx) => {
    const contact = await loadContact(tx, actor, contactId, 'contact.delete');
    await tx.delete(contacts).where(eq(contacts.id, contact.id));
    await tx
      .update(auditLog)
      .set({ changes: { erased: true } })
      .where(and(eq(auditLog.tenantId, contact.tenantId), eq(auditLog.entity, 'contact'), eq(auditLog.entityId, contact.id)));
    await writeAudit(tx, actor, now, {
      tenantId: contact.tenantId,
      action: 'delete',
      entity: 'contact',
      entityId: contact.id,
      changes: { companyId: contact.companyId },
    });
    return { companyId: contact.companyId };
  });
}
