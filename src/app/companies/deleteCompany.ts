// Use case: delete a company. The funder's report must keep counting what the office did, so the company is not
// removed but anonymised (docs/decisions/007-company-deletion.md):
//   - its name becomes "Gelöschtes Unternehmen", street, postcode, city, website and notes are erased; what the report
//     groups by stays: Land, municipality, headcount/size class, WZ section;
//   - its contact persons are deleted, and the accounts of its company users with them (sessions, tokens cascade),
//     and open invitations to it;
//   - its consultations stay (date, channel, duration, topics, occupations, kind, access route, referrals, adviser),
//     but their free-text record and outcome, which may name people, are erased;
//   - the `changes` of earlier audit rows about the company and its contacts and consultations, which hold the erased
//     personal data, are replaced by {"erased": true}; who did what when stays.
// The anonymised company is "not found" for every page and API call from then on.

import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { auditLog, companies, consultations, contacts, invitations, users } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { loadCompany } from './getCompany.ts';
import { writeAudit } from '../common/audit.ts';

export const ANONYMISED_COMPANY_NAME = 'Gelöschtes Unternehmen';

export async function deleteCompany(db: Db, actor: Actor, companyId: unknown, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const company = await loadCompany(tx, actor, companyId, 'company.delete');
    const contactIds = (await tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.companyId, company.id))).map((r) => r.id);
    const consultationIds = (
      await tx.select({ id: consultations.id }).from(consultations).where(eq(consultations.companyId, company.id))
    ).map((r) => r.id);
    await tx.delete(contacts).where(eq(contacts.companyId, company.id));
    const removedUsers = await tx
      .delete(users)
      .where(and(eq(users.companyId, company.id), eq(users.tenantId, company.tenantId)))
      .returning({ id: users.id });
    await tx.delete(invitations).where(eq(invitations.companyId, company.id));
    await tx.update(consultations).set({ record: null, outcome: null, updatedAt: now }).where(eq(consultations.companyId, company.id));
    await tx
      .update(companies)
      .set({ name: ANONYMISED_COMPANY_NAME, street: null, postcode: null, city: null, website: null, notes: null, anonymisedAt: now, updatedAt: now })
      .where(eq(companies.id, company.id));
    const entities = [and(eq(auditLog.entity, 'company'), eq(auditLog.entityId, company.id))];
    if (contactIds.length > 0) entities.push(and(eq(auditLog.entity, 'contact'), inArray(auditLog.entityId, contactIds)));
    if (consultationIds.length > 0) entities.push(and(eq(auditLog.entity, 'consultation'), inArray(auditLog.entityId, consultationIds)));
    await tx
      .update(auditLog)
      .set({ changes: { erased: true } })
      .where(and(eq(auditLog.tenantId, company.tenantId), or(...entities)));
    await writeAudit(tx, actor, now, {
      tenantId: company.tenantId,
      action: 'delete',
      entity: 'company',
      entityId: company.id,
      changes: {
        anonymised: true,
        contactsDeleted: contactIds.length,
        usersDeleted: removedUsers.length,
        consultationsKept: consultationIds.length,
      },
    });
  });
}
