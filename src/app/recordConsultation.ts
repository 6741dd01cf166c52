// Use case: record a consultation of a company, with its referrals to partners and the contact persons who took part.

import type { Db } from '../db/index.ts';
import { auditLog, consultationParticipants, consultationReferrals, consultations } from '../db/schema.ts';
import { authorize } from '../policies/index.ts';
import type { Actor } from '../policies/index.ts';
import { checkConsultation, participantRows } from './consultationInput.ts';
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
    const { fields, partnerIds, participantIds } = await checkConsultation(tx, company.tenantId, company.id, input, actor.role === 'company' ? null : actor.userId);
    const [row] = await tx
      .insert(consultations)
      .values({ tenantId: company.tenantId, companyId: company.id, ...fields, createdAt: now, updatedAt: now })
      .returning({ id: consultations.id });
    if (partnerIds.length > 0) await tx.insert(consultationReferrals).values(partnerIds.map((partnerId) => ({ consultationId: row!.id, partnerId })));
    if (participantIds.length > 0) await tx.insert(consultationParticipants).values(participantRows(row!.id, participantIds));
    await tx.insert(auditLog).values({
      tenantId: company.tenantId,
      actorUserId: actor.userId,
      actor: auditActorOf(actor),
      action: 'create',
      entity: 'consultation',
      entityId: row!.id,
      changes: { companyId: company.id, ...fields, partnerIds, participantIds },
      at: now,
    });
    return { id: row!.id };
  });
}
