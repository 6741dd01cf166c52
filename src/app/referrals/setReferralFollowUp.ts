// Use case (issue 16): mark a referral's follow-up (Wiedervorlage) done, or open again – like a consultation's
// (src/app/followUps). No change, no write and no audit row. A referral without a follow-up date is bad input naming
// `followUpDate`.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { referrals } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';
import { writeAudit } from '../common/audit.ts';
import { loadReferral } from './referralRecord.ts';

export async function setReferralFollowUp(db: Db, actor: Actor, referralId: unknown, done: boolean, now: Date = new Date()): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const r = await loadReferral(tx, actor, referralId, 'referral.update');
    if (r.followUpDate === null) throw new WorkspaceInputError([wfe('followUpDate', 'noFollowUp')]);
    if ((r.followUpDoneAt !== null) === done) return {};
    const next = done ? { followUpDoneAt: now, followUpDoneBy: actor.userId } : { followUpDoneAt: null, followUpDoneBy: null };
    const changes: Record<string, [unknown, unknown]> = {
      followUpDoneAt: [r.followUpDoneAt?.toISOString() ?? null, next.followUpDoneAt?.toISOString() ?? null],
      followUpDoneBy: [r.followUpDoneBy, next.followUpDoneBy],
    };
    await tx.update(referrals).set(next).where(eq(referrals.id, r.id));
    await writeAudit(tx, actor, now, { tenantId: r.tenantId, action: 'update', entity: 'referral', entityId: r.id, changes });
    return changes;
  });
}
