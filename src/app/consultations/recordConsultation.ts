// Use case: record a consultation of a company, with its referrals to partners and the contact persons who took part.
// The call back that a follow-up asked for closes it: `completeFollowUpIds` names open follow-ups of the same company
// to mark done in the same transaction (each with its own audit row).

import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { consultationParticipants, consultationReferrals, consultations } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { checkConsultation, participantRows } from './consultationInput.ts';
import type { ConsultationInput } from './consultationInput.ts';
import { setFollowUpState } from '../followUps/followUpState.ts';
import { loadCompany } from '../companies/getCompany.ts';
import { Checker } from '../common/checker.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';
import { writeAudit } from '../common/audit.ts';
import { syncConsultationReferrals } from '../referrals/consultationTicks.ts';

export interface RecordConsultationInput extends ConsultationInput {
  /** consultations of the same company whose follow-up this consultation settles */
  completeFollowUpIds?: unknown;
}

export async function recordConsultation(
  db: Db,
  actor: Actor,
  companyId: unknown,
  input: RecordConsultationInput,
  now: Date = new Date(),
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const company = await loadCompany(tx, actor, companyId, 'company.read');
    authorize(actor, 'consultation.create', { tenantId: company.tenantId, companyId: company.id });
    const { fields, partnerIds, participantIds } = await checkConsultation(tx, company.tenantId, company.id, input, actor.role === 'company' ? null : actor.userId);
    const ids = new Checker();
    const settles = ids.ids('completeFollowUpIds', input.completeFollowUpIds);
    ids.done();
    if (settles.length > 0) authorize(actor, 'consultation.update', { tenantId: company.tenantId, companyId: company.id });
    const followUps =
      settles.length === 0
        ? []
        : await tx
            .select({
              id: consultations.id,
              tenantId: consultations.tenantId,
              followUpDoneAt: consultations.followUpDoneAt,
              followUpDoneBy: consultations.followUpDoneBy,
            })
            .from(consultations)
            .where(
              and(
                inArray(consultations.id, settles),
                eq(consultations.tenantId, company.tenantId),
                eq(consultations.companyId, company.id),
                isNotNull(consultations.followUpDate),
              ),
            );
    if (followUps.length !== settles.length) throw new WorkspaceInputError([wfe('completeFollowUpIds', 'unknown')]);
    const [row] = await tx
      .insert(consultations)
      .values({ tenantId: company.tenantId, companyId: company.id, ...fields, createdAt: now, updatedAt: now })
      .returning({ id: consultations.id });
    if (partnerIds.length > 0) await tx.insert(consultationReferrals).values(partnerIds.map((partnerId) => ({ consultationId: row!.id, partnerId })));
    if (participantIds.length > 0) await tx.insert(consultationParticipants).values(participantRows(row!.id, participantIds));
    // issue 16: each ticked partner is a tracked referral
    await syncConsultationReferrals(tx, actor, { id: row!.id, tenantId: company.tenantId, companyId: company.id, date: fields.date }, partnerIds, now);
    await writeAudit(tx, actor, now, {
      tenantId: company.tenantId,
      action: 'create',
      entity: 'consultation',
      entityId: row!.id,
      changes: { companyId: company.id, ...fields, partnerIds, participantIds },
    });
    for (const f of followUps) await setFollowUpState(tx, actor, f, true, now);
    return { id: row!.id };
  });
}
