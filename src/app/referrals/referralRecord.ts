// The tenant-scoped load of a referral (issue 16) and the transitions of its status.

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { cases, consultations, referrals } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Action, Actor } from '../../policies/index.ts';
import { assertId } from '../common/errors.ts';
import type { ReferralStatus } from '../common/codes.ts';

export type ReferralRow = typeof referrals.$inferSelect;

/** The steps a referral can take: sent → accepted → done; sent or accepted → declined. Done and declined are final. */
export const TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['accepted', 'declined'],
  accepted: ['done', 'declined'],
  done: [],
  declined: [],
};

/** The referral of the actor's tenant (its company found through its consultation or case), authorized for `action`. */
export async function loadReferral(db: Db, actor: Actor, referralId: unknown, action: Action): Promise<ReferralRow & { companyId: string }> {
  assertId(referralId);
  const [row] = await db
    .select({ r: referrals, consultationCompany: consultations.companyId, caseCompany: cases.companyId })
    .from(referrals)
    .leftJoin(consultations, eq(consultations.id, referrals.consultationId))
    .leftJoin(cases, eq(cases.id, referrals.caseId))
    .where(and(eq(referrals.id, referralId), eq(referrals.tenantId, actor.tenantId)))
    .limit(1);
  const companyId = row?.consultationCompany ?? row?.caseCompany;
  if (row === undefined || companyId == null) throw new NotFoundError();
  authorize(actor, action, { tenantId: row.r.tenantId, companyId });
  return { ...row.r, companyId };
}
