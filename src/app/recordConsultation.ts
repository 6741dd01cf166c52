// Use case: record a consultation of a company, with its referrals to partners.

import type { Db } from '../db/index.ts';
import { auditLog, consultationReferrals, consultations } from '../db/schema.ts';
import { authorize } from '../policies/index.ts';
import type { Actor } from '../policies/index.ts';
import { checkConsultation } from './consultationInput.ts';
import type { ConsultationInput } from './consultationInput.ts';
import { loadCompany } from './getCompany.ts';
import { auditActorOf } from './workspace.ts';

export async function recordConsultation(
  db: Db,
  actor: Actor,
  companyId: unknown,
  input: ConsultationInput,
  now: Date = new Date(),
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const company = await loadCompany(tx, actor, companyId, 'company.read');
    authorize(actor, 'consultation.create', { tenantId: company.tenantId, companyId: company.id });
    const { fields, partnerIds } = await checkConsultation(tx, company.tenantId, input, actor.role === 'company' ? null : actor.userId);
    const [row] = await tx
      .insert(consultations)
      .values({ tenantId: company.tenantId, companyId: company.id, ...fields, createdAt: now, updatedAt: now })
      .returning({ id: consultations.id });
    if (partnerIds.length > 0) await tx.insert(consultationReferrals).values(partnerIds.map((partnerId) => ({ consultationId: row!.id, partnerId })));
    await tx.insert(auditLog).values({
      tenantId: company.tenantId,
      actorUserId: actor.userId,
      actor: auditActorOf(actor),
      action: 'create',
      entity: 'consultation',
      entityId: row!.id,
      changes: { companyId: company.id, ...fields, partnerIds },
      at: now,
    });
    return { id: row!.id };
  });
}
