// Calendars (issue 15): a user's personal calendar feed, an .ics address whose secret token is the credential
// (src/app/calendar). Only the token's SHA-256 is stored; at most one active feed per user (migration 0017).

import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { tenants } from './tenants.ts';
import { users } from './accounts.ts';

export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 (hex) of the 32 random bytes in the feed's address */
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    /** the last fetch by a calendar client (touched at most every few minutes) */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    /** set when the user revoked the address or replaced it by a new one */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_uq').on(t.tokenHash),
    uniqueIndex('calendar_feeds_user_active_uq').on(t.userId).where(sql`${t.revokedAt} is null`),
  ],
);
