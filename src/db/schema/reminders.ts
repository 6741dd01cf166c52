// Reminders (issue 15, migration 0016): each user's choice of digest, the log of digests sent (at most once per
// recipient, day and kind) and the employee's (candidate's) personal links. Tokens are stored as SHA-256 only.

import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { bigserial, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { tenants } from './tenants.ts';
import { users } from './accounts.ts';
import { candidates } from './cases.ts';

/** A user's choice of reminder digest; no row: the role's default (src/app/reminders/frequency.ts). */
export const reminderPreferences = pgTable(
  'reminder_preferences',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** 'daily' | 'weekly' (Mondays) | 'off' */
    frequency: text('frequency').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('reminder_preferences_frequency_chk', sql`${t.frequency} in ('daily','weekly','off')`)],
);

/**
 * One row per digest: written before the mail is sent (insert … on conflict do nothing), so that the unique key lets
 * exactly one instance, once, send a recipient's digest of a day. sent_at is set after the mail server accepted it;
 * a row without sent_at and with an error was not delivered and is not tried again (at most once).
 */
export const digestLog = pgTable(
  'digest_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** a user's id (kinds adviser, company) or a candidate's id (kind candidate) */
    recipientId: uuid('recipient_id').notNull(),
    /** 'adviser' | 'company' | 'candidate' */
    kind: text('kind').notNull(),
    /** the day (Europe/Berlin) the digest is for */
    digestDate: date('digest_date', { mode: 'string' }).notNull(),
    /** how many lines it had */
    items: integer('items').notNull(),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [
    uniqueIndex('digest_log_once_uq').on(t.recipientId, t.digestDate, t.kind),
    check('digest_log_kind_chk', sql`${t.kind} in ('adviser','company','candidate')`),
  ],
);

/**
 * The employee's personal link to their next steps (/me/<token>), without an account. The adviser's link has no
 * parent; each reminder mail carries a token of its own, a row whose parent is the adviser's link and which works
 * only while the parent does (not revoked, not expired): the adviser's token is stored as a hash only, so a later
 * mail cannot contain it.
 */
export const candidateLinks = pgTable(
  'candidate_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    /** the adviser's link this mail token belongs to; null: the adviser's link itself */
    parentId: uuid('parent_id').references((): AnyPgColumn => candidateLinks.id, { onDelete: 'cascade' }),
    /** SHA-256 (hex) of the 32 random bytes in the link */
    tokenHash: text('token_hash').notNull(),
    /** the candidate's address when the link was made (the reminders go to the candidate's current address) */
    email: text('email').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('candidate_links_token_uq').on(t.tokenHash), index('candidate_links_candidate_idx').on(t.candidateId)],
);
