// Use case: the signed-in user's active calendar feed, for the account page (never the token: only its hash is kept).

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { calendarFeeds } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';

export interface CalendarFeedStatus {
  id: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export async function getCalendarFeed(db: Db, actor: Actor): Promise<CalendarFeedStatus | null> {
  authorize(actor, 'calendarFeed.manage', { tenantId: actor.tenantId });
  const [row] = await db
    .select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, actor.userId), eq(calendarFeeds.tenantId, actor.tenantId), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return row ?? null;
}
