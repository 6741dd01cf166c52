// Issue 16: the partners ticked in a consultation's form are tracked referrals. recordConsultation and
// updateConsultation call this after writing consultation_referrals (the report's summary counts that table): each
// newly ticked partner gets a referral 'sent' on the consultation's day; an unticked partner's referral goes if it is
// still only 'sent', and is refused (`partnerIds`, 'referralInProgress') once the partner has accepted, completed or
// declined it. Callers authorize the consultation change; the referral actions are authorized here as well.

import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { referrals } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';
import { writeAudit } from '../common/audit.ts';

export async function syncConsultationReferrals(
  tx: Db,
  actor: Actor,
  consultation: { id: string; tenantId: string; companyId: string; date: string },
  partnerIds: string[],
  now: Date,
): Promise<void> {
  const existing = await tx
    .select({ id: referrals.id, partnerId: referrals.partnerId, status: referrals.status })
    .from(referrals)
    .where(eq(referrals.consultationId, consultation.id));
  const target = { tenantId: consultation.tenantId, companyId: consultation.companyId };
  const removed = existing.filter((r) => !partnerIds.includes(r.partnerId));
  const added = partnerIds.filter((p) => !existing.some((r) => r.partnerId === p));
  if (removed.length > 0) {
    authorize(actor, 'referral.update', target);
    if (removed.some((r) => r.status !== 'sent')) throw new WorkspaceInputError([wfe('partnerIds', 'referralInProgress')]);
    await tx.delete(referrals).where(and(eq(referrals.consultationId, consultation.id), inArray(referrals.id, removed.map((r) => r.id))));
    for (const r of removed) {
      await writeAudit(tx, actor, now, { tenantId: consultation.tenantId, action: 'delete', entity: 'referral', entityId: r.id, changes: { partnerId: r.partnerId, consultationId: consultation.id, status: r.status } });
    }
  }
  if (added.length > 0) {
    authorize(actor, 'referral.create', target);
    const rows = await tx
      .insert(referrals)
      .values(
        added.map((partnerId) => ({
          tenantId: consultation.tenantId,
          partnerId,
          consultationId: consultation.id,
          status: 'sent',
          sentOn: consultation.date,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning({ id: referrals.id, partnerId: referrals.partnerId });
    for (const r of rows) {
      await writeAudit(tx, actor, now, {
        tenantId: consultation.tenantId,
        action: 'create',
        entity: 'referral',
        entityId: r.id,
        changes: { partnerId: r.partnerId, consultationId: consultation.id, sentOn: consultation.date, status: 'sent' },
      });
    }
  }
}
