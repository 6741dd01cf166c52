// Tenants (service offices) and process-wide settings.

import { boolean, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';

/** Process-wide settings shared by every instance (e.g. the cookie-signing secret). */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});

/** A tenant is one service office. */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** demo data loaded by `npm run seed`; the seed refuses to run next to real data */
  isDemo: boolean('is_demo').notNull().default(false),
  /** issue 14: the prefix of the office's case numbers (two to six capital letters), e.g. "KL" gives KL-2026-0042 */
  casePrefix: text('case_prefix').notNull().default('LO'),
  createdAt: createdAt(),
});
