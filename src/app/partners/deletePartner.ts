// Use case: remove a partner organisation from the directory.
//
// A partner named in referrals of consultations is not deleted: the referrals would go with it (ON DELETE CASCADE)
// and the report's referral figures of past periods would change without anyone noticing. Such a partner is refused
// with PartnerInUseError (HTTP 409), which says in how many consultations it is named; the adviser can correct it
// instead, or remove it from those consultations first. An unused partner is deleted with an audit row that keeps its
// name and type (an organisation, not a person), so the audit trail can still say which partner went.

import { and, count, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { consultationReferrals, partners, referrals } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { loadPartner } from './updatePartner.ts';
import { writeAudit } from '../common/audit.ts';

/** The partner is named in referrals of `consultations` consultations: nothing was deleted. HTTP 409. */
export class PartnerInUseError extends Error {
  readonly statusCode = 409;
  constructor(
    readonly consultations: number,
    /** issue 16: the cases referred to the partner */
    readonly cases = 0,
  ) {
    super(`The partner is named in referrals of ${consultations} consultation(s) and ${cases} case(s); it is kept so that the report's referral figures stay as they are.`);
    this.name = 'PartnerInUseError';
  }
}

export async function deletePartner(db: Db, actor: Actor, partnerId: unknown, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const partner = await loadPartner(tx, actor, partnerId);
    // the row lock makes a referral written concurrently wait, or this delete see it
    await tx.select({ id: partners.id }).from(partners).where(eq(partners.id, partner.id)).for('update');
    const [used] = await tx.select({ n: count() }).from(consultationReferrals).where(eq(consultationReferrals.partnerId, partner.id));
    // issue 16: the tracked referrals of cases (those of consultations are the pairs counted above)
    const [ofCases] = await tx.select({ n: count() }).from(referrals).where(and(eq(referrals.partnerId, partner.id), isNotNull(referrals.caseId)));
    if ((used?.n ?? 0) > 0 || (ofCases?.n ?? 0) > 0) throw new PartnerInUseError(used?.n ?? 0, ofCases?.n ?? 0);
    await tx.delete(partners).where(eq(partners.id, partner.id));
    await writeAudit(tx, actor, now, {
      tenantId: partner.tenantId,
      action: 'delete',
      entity: 'partner',
      entityId: partner.id,
      changes: { name: partner.name, type: partner.type },
    });
  });
}
