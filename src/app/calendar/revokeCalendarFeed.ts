// Use case: the signed-in user revokes their calendar feed (issue 15): its address answers 404 from now on. Audited.
// Returns false when no feed was active.

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { calendarFeeds } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';

export async function revokeCalendarFeed(db: Db, actor: Actor, now: Date = new Date()): Promise<boolean> {
  authorize(actor, 'calendarFeed.manage', { tenantId: actor.tenantId });
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.userId, actor.userId), eq(calendarFeeds.tenantId, actor.tenantId), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id });
    await writeAudit(
      tx,
      actor,
      now,
      ...revoked.map((r) => ({ tenantId: actor.tenantId, action: 'update', entity: 'calendar_feed', entityId: r.id, changes: { revokedAt: [null, now.toISOString()] } })),
    );
    return revoked.length > 0;
  });
}
