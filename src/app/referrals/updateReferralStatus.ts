// Use case (issue 16): a referral takes its next step – accepted, done or declined – on a day (default: today), with
// what came back (the outcome) and, if wanted, a new follow-up date. The steps are sent → accepted → done, and sent or
// accepted → declined; any other is bad input naming `status` ('transition'). Giving the current status again changes
// only the outcome and the follow-up date. A referral that is done or declined settles its open follow-up.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { referrals } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { checkField } from '../common/fields.ts';
import { wfe } from '../common/errors.ts';
import { diff, writeAudit } from '../common/audit.ts';
import type { ReferralStatus } from '../common/codes.ts';
import { REFERRAL_STATUS_SCHEMA as S } from './referralSchema.ts';
import { TRANSITIONS, loadReferral } from './referralRecord.ts';

export interface ReferralStatusInput {
  status?: unknown;
  on?: unknown;
  outcome?: unknown;
  /** absent: the follow-up date stays; '' or null: none */
  followUpDate?: unknown;
}

const DATE_OF = { accepted: 'acceptedOn', done: 'doneOn', declined: 'declinedOn' } as const;

export async function updateReferralStatus(
  db: Db,
  actor: Actor,
  referralId: unknown,
  input: ReferralStatusInput,
  today: string,
  now: Date = new Date(),
): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const before = await loadReferral(tx, actor, referralId, 'referral.update');
    const c = new Checker();
    const field = <T>(name: keyof typeof S, value: unknown) => checkField(c, S, name, value) as T;
    const status = field<ReferralStatus | null>('status', input.status);
    const on = field<string | null>('on', input.on) ?? today;
    const outcome = field<string | null>('outcome', input.outcome);
    const followUpDate = input.followUpDate === undefined ? before.followUpDate : field<string | null>('followUpDate', input.followUpDate);
    const current = before.status as ReferralStatus;
    if (status !== null && status !== current && !TRANSITIONS[current].includes(status)) c.errors.push(wfe('status', 'transition', `${current} → ${status}`));
    if (status !== null && status !== current && on < before.sentOn) c.errors.push(wfe('on', 'beforeSent'));
    if (followUpDate !== null && followUpDate !== before.followUpDate && followUpDate < before.sentOn) c.errors.push(wfe('followUpDate', 'beforeSent'));
    c.done();
    const next: Partial<typeof referrals.$inferInsert> = { outcome, followUpDate };
    if (status !== null && status !== current) {
      next.status = status;
      next[DATE_OF[status as keyof typeof DATE_OF]] = on;
    }
    const closing = next.status === 'done' || next.status === 'declined';
    const newFollowUp = followUpDate !== before.followUpDate;
    if (closing && before.followUpDate !== null && before.followUpDoneAt === null && !newFollowUp) {
      next.followUpDoneAt = now;
      next.followUpDoneBy = actor.userId;
    } else if (newFollowUp) {
      // a new follow-up date is a new follow-up: open again
      next.followUpDoneAt = null;
      next.followUpDoneBy = null;
    }
    const keys = Object.keys(next) as (keyof typeof next)[];
    const show = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
    const changes = diff(
      Object.fromEntries(keys.map((k) => [k, show(before[k as keyof typeof before])])),
      Object.fromEntries(keys.map((k) => [k, show(next[k])])),
    );
    if (Object.keys(changes).length === 0) return changes;
    await tx.update(referrals).set({ ...next, updatedAt: now }).where(eq(referrals.id, before.id));
    await writeAudit(tx, actor, now, { tenantId: before.tenantId, action: next.status ? 'status' : 'update', entity: 'referral', entityId: before.id, changes });
    return changes;
  });
}
