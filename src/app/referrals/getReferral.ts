// Use case (issue 16): one referral with its partner and source, as the lists show it, and the steps it can take next.

import type { Db } from '../../db/index.ts';
import type { Actor } from '../../policies/index.ts';
import type { ReferralStatus } from '../common/codes.ts';
import { listReferrals } from './listReferrals.ts';
import type { ReferralItem } from './listReferrals.ts';
import { TRANSITIONS, loadReferral } from './referralRecord.ts';

export async function getReferral(db: Db, actor: Actor, referralId: unknown): Promise<ReferralItem & { next: readonly ReferralStatus[] }> {
  const r = await loadReferral(db, actor, referralId, 'referral.list');
  const source = r.caseId !== null ? { caseId: r.caseId } : { consultationId: r.consultationId };
  const item = (await listReferrals(db, actor, { ...source, partnerId: r.partnerId })).find((x) => x.id === r.id)!;
  return { ...item, next: TRANSITIONS[item.status] };
}
