// Use case: a calendar client fetches a feed by its secret address (issue 15). No session: the token is the
// credential. A token that is malformed, unknown or revoked, or whose owner is disabled, finds nothing (the page
// answers 404 and cannot tell which). Otherwise the owner's tasks (listFeedTasks, authorized for the owner). The
// fetch is not audited (clients poll every few minutes to hours); the feed's last use is recorded at most once a minute.

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { calendarFeeds, users } from '../../db/schema/index.ts';
import { ForbiddenError, NotFoundError, isRole } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { TOKEN_TOUCH_MS, hashSecret, isSecretShaped } from '../accounts/accounts.ts';
import { listFeedTasks } from './listFeedTasks.ts';
import type { FeedTask } from './listFeedTasks.ts';

export interface CalendarFeed {
  owner: { name: string; role: Actor['role'] };
  tasks: FeedTask[];
}

export async function readCalendarFeed(db: Db, token: unknown, now: Date = new Date()): Promise<CalendarFeed | null> {
  if (!isSecretShaped(token)) return null;
  const [row] = await db
    .select({
      feedId: calendarFeeds.id,
      lastUsedAt: calendarFeeds.lastUsedAt,
      userId: users.id,
      tenantId: users.tenantId,
      role: users.role,
      companyId: users.companyId,
      name: users.name,
      disabledAt: users.disabledAt,
    })
    .from(calendarFeeds)
    .innerJoin(users, and(eq(users.id, calendarFeeds.userId), eq(users.tenantId, calendarFeeds.tenantId)))
    .where(and(eq(calendarFeeds.tokenHash, hashSecret(token)), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  if (row === undefined || row.disabledAt !== null || !isRole(row.role)) return null;
  const owner: Actor = { userId: row.userId, tenantId: row.tenantId, role: row.role, companyId: row.companyId };
  let tasks: FeedTask[];
  try {
    tasks = await listFeedTasks(db, owner);
  } catch (err) {
    // an owner the policy refuses (a company user without a company: inconsistent data) has no feed either
    if (err instanceof ForbiddenError || err instanceof NotFoundError) return null;
    throw err;
  }
  if (row.lastUsedAt === null || now.getTime() - row.lastUsedAt.getTime() >= TOKEN_TOUCH_MS) {
    await db.update(calendarFeeds).set({ lastUsedAt: now }).where(eq(calendarFeeds.id, row.feedId));
  }
  return { owner: { name: row.name, role: row.role }, tasks };
}
