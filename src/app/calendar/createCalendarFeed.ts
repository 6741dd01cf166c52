// Use case: a new personal calendar feed for the signed-in user (issue 15), an address such as
// https://lotse.example.org/calendar/<token>.ics to subscribe to in Outlook or Thunderbird. The token is the
// credential: it is returned once and only its SHA-256 is stored. A user has at most one active feed: creating one
// while another is active rotates it (the old address stops working in the same transaction). Audited.

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { calendarFeeds, users } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { hashSecret, newSecret } from '../accounts/accounts.ts';
import { writeAudit } from '../common/audit.ts';

export interface CalendarFeedCreated {
  id: string;
  /** the secret of the address: shown once, never again */
  token: string;
  /** the feed it replaced, if one was active */
  replacedId: string | null;
}

export async function createCalendarFeed(db: Db, actor: Actor, now: Date = new Date()): Promise<CalendarFeedCreated> {
  authorize(actor, 'calendarFeed.manage', { tenantId: actor.tenantId });
  const token = newSecret();
  return db.transaction(async (tx) => {
    // the user's row, locked: two concurrent requests rotate one after the other instead of both finding no active feed
    const [owner] = await tx
      .select({ id: users.id, disabledAt: users.disabledAt })
      .from(users)
      .where(and(eq(users.id, actor.userId), eq(users.tenantId, actor.tenantId)))
      .for('update');
    if (owner === undefined || owner.disabledAt !== null) throw new NotFoundError();
    const replaced = await tx
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.userId, owner.id), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id });
    const [row] = await tx
      .insert(calendarFeeds)
      .values({ tenantId: actor.tenantId, userId: owner.id, tokenHash: hashSecret(token), createdAt: now })
      .returning({ id: calendarFeeds.id });
    await writeAudit(
      tx,
      actor,
      now,
      ...replaced.map((r) => ({
        tenantId: actor.tenantId,
        action: 'update',
        entity: 'calendar_feed',
        entityId: r.id,
        changes: { revokedAt: [null, now.toISOString()], replacedBy: row!.id },
      })),
      { tenantId: actor.tenantId, action: 'create', entity: 'calendar_feed', entityId: row!.id, changes: { userId: owner.id } },
    );
    return { id: row!.id, token, replacedId: replaced[0]?.id ?? null };
  });
}
