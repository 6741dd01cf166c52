// Use case: change a consultation (all fields, the referrals and the participants replaced; the audit row holds what
// changed). Participants whose contact person has been deleted since stay: the form cannot offer them any more, and
// they still count as persons reached. A changed follow-up date opens the follow-up again.

import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { consultationParticipants, consultationReferrals, consultations } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { CONSULTATION_FIELDS, checkConsultation, participantRows } from './consultationInput.ts';
import type { ConsultationInput } from './consultationInput.ts';
import { loadConsultation } from './getConsultation.ts';
import { diff, writeAudit } from '../common/audit.ts';
import { syncConsultationReferrals } from '../referrals/consultationTicks.ts';

export async function updateConsultation(
  db: Db,
  actor: Actor,
  consultationId: unknown,
  input: ConsultationInput,
  now: Date = new Date(),
): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const { c: before } = await loadConsultation(tx, actor, consultationId, 'consultation.update');
    const { fields, partnerIds, participantIds } = await checkConsultation(tx, before.tenantId, before.companyId, input, before.adviserUserId);
    const oldPartners = (
      await tx.select({ id: consultationReferrals.partnerId }).from(consultationReferrals).where(eq(consultationReferrals.consultationId, before.id))
    )
      .map((r) => r.id)
      .sort();
    const liveParticipants = and(eq(consultationParticipants.consultationId, before.id), isNotNull(consultationParticipants.contactId));
    const oldParticipants = (await tx.select({ id: consultationParticipants.contactId }).from(consultationParticipants).where(liveParticipants))
      .map((r) => r.id!)
      .sort();
    const changes = diff(
      { ...Object.fromEntries(CONSULTATION_FIELDS.map((k) => [k, before[k]])), partnerIds: oldPartners, participantIds: oldParticipants },
      { ...fields, partnerIds: [...partnerIds].sort(), participantIds: [...participantIds].sort() },
    );
    if (Object.keys(changes).length === 0) return changes;
    // a new follow-up date is a new follow-up: open again, whatever became of the old one
    const reopen = changes.followUpDate !== undefined && before.followUpDoneAt !== null;
    if (reopen) {
      changes.followUpDoneAt = [before.followUpDoneAt!.toISOString(), null];
      changes.followUpDoneBy = [before.followUpDoneBy, null];
    }
    await tx
      .update(consultations)
      .set({ ...fields, ...(reopen ? { followUpDoneAt: null, followUpDoneBy: null } : {}), updatedAt: now })
      .where(eq(consultations.id, before.id));
    if (changes.partnerIds !== undefined) {
      await tx.delete(consultationReferrals).where(eq(consultationReferrals.consultationId, before.id));
      if (partnerIds.length > 0) await tx.insert(consultationReferrals).values(partnerIds.map((partnerId) => ({ consultationId: before.id, partnerId })));
      // issue 16: each ticked partner is a tracked referral
      await syncConsultationReferrals(tx, actor, { id: before.id, tenantId: before.tenantId, companyId: before.companyId, date: fields.date }, partnerIds, now);
    }
    if (changes.participantIds !== undefined) {
      await tx.delete(consultationParticipants).where(liveParticipants);
      if (participantIds.length > 0) await tx.insert(consultationParticipants).values(participantRows(before.id, participantIds));
    }
    await writeAudit(tx, actor, now, {
      tenantId: before.tenantId,
      action: 'update',
      entity: 'consultation',
      entityId: before.id,
      changes,
    });
    return changes;
  });
}
