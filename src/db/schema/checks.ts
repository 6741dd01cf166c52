// Pathway checks on the web (issue 5): the questionnaire's answers, kept server-side under an opaque id so that a
// check can be resumed and shared by link without an account.

import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { tenants } from './tenants.ts';
import { companies } from './companies.ts';

export const savedChecks = pgTable(
  'saved_checks',
  {
    /** opaque, unguessable id (128 random bits, base64url): the capability to read and change the check */
    id: text('id').primaryKey(),
    /** the answers so far, per questionnaire page; validated on every write */
    answers: jsonb('answers').notNull().default(sql`'{}'::jsonb`),
    /** the last page the user saved */
    step: text('step'),
    /** set once the questionnaire is complete: the CheckInput built from the answers */
    input: jsonb('input'),
    /**
     * issue 12: the ticked documents of the plan's checklist, per route: { [routeId]: documentId[] }; written by
     * src/app/checks/saveDocumentTicks.ts, which validates both
     */
    documentTicks: jsonb('document_ticks').notNull().default(sql`'{}'::jsonb`),
    /** set when a signed-in user ran the check (later issues) */
    tenantId: uuid('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_checks_updated_idx').on(t.updatedAt)],
);
