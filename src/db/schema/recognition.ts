// Issue 16: an office's own recognition data (decision 023). The built-in reference occupations, competent bodies
// and the competent body per Land are pure data in src/law/recognition; an office adds its own entries and overrides
// built-in ones here, one row per row of its CSV import (src/app/recognition/csvColumns.ts): a reference occupation
// (key: its id), a body (key: its id) or the competent body of an occupation in a Land (key: "<occupation id>/<land>",
// land DE-XX or * for every Land). `fields` holds the row's cells as the CSV schema checked them; every read checks
// them again with the same schema before the finder sees them.

import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

export const referenceOccupationOverrides = pgTable(
  'reference_occupation_overrides',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    /** the row's cells by CSV header */
    fields: jsonb('fields').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** the admin who imported the row last (kept as a plain id: the audit trail names them) */
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ name: 'reference_occupation_overrides_pk', columns: [t.tenantId, t.kind, t.key] }),
    check('reference_occupation_overrides_kind_chk', sql`${t.kind} in ('occupation','body','competence')`),
    check('reference_occupation_overrides_key_chk', sql`length(${t.key}) between 1 and 100`),
  ],
);
