// Use case: change a consultation (all fields and the referrals replaced; the audit row holds what changed).

import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { auditLog, consultationReferrals, consultations } from '../db/schema.ts';
import type { Actor } from '../policies/index.ts';
import { CONSULTATION_FIELDS, checkConsultation } from './consultationInput.ts';
import type { ConsultationInput } from './consultationInput.ts';
import { loadConsultation } from './getConsultation.ts';
import { auditActorOf, diff } from './workspace.ts';

export async function updateConsultation(
  db: Db,
  actor: Actor,
  consultationId: unknown,
  input: ConsultationInput,
  now: Date = new Date(),
): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const { c: before } = await loadConsultation(tx, actor, consultationId, 'consultation.update');
    const { fields, partnerIds } = await checkConsultation(tx, before.tenantId, input, before.adviserUserId);
    const oldPartners = (
      await tx.select({ id: consultationReferrals.partnerId }).from(consultationReferrals).where(eq(consultationReferrals.consultationId, before.id))
    )
      .map((r) => r.id)
      .sort();
    const changes = diff({ ...Object.fromEntries(CONSULTATION_FIELDS.map((k) => [k, before[k]])), partnerIds: oldPartners }, { ...fields, partnerIds: [...partnerIds].sort() });
    if (Object.keys(changes).length === 0) return changes;
    await tx.update(consultations).set({ ...fields, updatedAt: now }).where(eq(consultations.id, before.id));
    if (changes.partnerIds !== undefined) {
      await tx.delete(consultationReferrals).where(eq(consultationReferrals.consultationId, before.id));
      if (partnerIds.length > 0) await tx.insert(consultationReferrals).values(partnerIds.map((partnerId) => ({ consultationId: before.id, partnerId })));
    }
    await tx.insert(auditLog).values({
      tenantId: before.tenantId,
      actorUserId: actor.userId,
      actor: auditActorOf(actor),
      action: 'update',
      entity: 'consultation',
      entityId: before.id,
      changes,
      at: now,
    });
    return changes;
  });
}
