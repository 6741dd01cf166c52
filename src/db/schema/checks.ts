// Pathway checks on the web (issue 5): the questionnaire's answers, kept server-side under an opaque id so that a
// check can be resumed and shared by link without an account.

import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
     * issue 13: the fingerprint of `input`, kept by the database itself (md5 of jsonb's canonical text; null while
     * the questionnaire is not complete). A rendered result is valid for the input it was rendered from: the result
     * cache (check_results) compares this column, so a page load never reads the input itself to validate it.
     */
    inputHash: text('input_hash').generatedAlwaysAs(sql`md5(input::text)`),
    /**
     * issue 12: the ticked documents of the plan's checklist, per route: { [routeId]: documentId[] }; written by
     * src/app/checks/saveDocumentTicks.ts, which validates both
     */
    documentTicks: jsonb('document_ticks').notNull().default(sql`'{}'::jsonb`),
    /** set when a signed-in user ran the check (later issues) */
    tenantId: uuid('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    /**
     * issue 14: the candidate the check was run for (src/app/candidates/checkCandidate.ts), so that erasing the
     * candidate finds the checks that hold their facts. The foreign key (on delete set null) is declared in migration
     * 0013 only: a reference here would make this file and cases.ts import each other.
     */
    candidateId: uuid('candidate_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_checks_updated_idx').on(t.updatedAt), index('saved_checks_candidate_idx').on(t.candidateId)],
);

/**
 * issue 13: the evaluated, rendered result page of a saved check, per language, so that showing it again needs neither
 * the engine nor the renderer. In the database (not in a process's memory) so that several instances share it. A row
 * is valid only for the key it was rendered under: the check's input (its hash, which covers every answer and the
 * decision date), the language, the law data's version and the application's version (src/app/checks/resultVersion.ts);
 * a row under another key is replaced by the next rendering. Deleted with its check (personal data).
 * Written and read only by src/app/checks/storeCheckResult.ts and readCheckResult.ts.
 */
export const checkResults = pgTable(
  'check_results',
  {
    checkId: text('check_id')
      .notNull()
      .references(() => savedChecks.id, { onDelete: 'cascade' }),
    /** 'de' | 'en' */
    lang: text('lang').notNull(),
    /** saved_checks.input_hash of the input the result was rendered from */
    inputHash: text('input_hash').notNull(),
    /** the law data's version (a hash of every dated parameter) the engine decided with */
    lawVersion: text('law_version').notNull(),
    /** the version of the code that decided and rendered it */
    appVersion: text('app_version').notNull(),
    /** the page as an anonymous visitor gets it at /checks/:id, byte for byte */
    html: text('html').notNull(),
    /** where the page's own content (inside the shell: header, navigation, footer) starts and ends in `html` */
    contentStart: integer('content_start').notNull(),
    contentEnd: integer('content_end').notNull(),
    /** the strong ETag of `html` (quoted) */
    etag: text('etag').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.checkId, t.lang] })],
);
