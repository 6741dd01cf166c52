// Issue 16: an office's own recognition data (decision 023). The built-in reference occupations and competent bodies
// are pure data in src/law/recognition; an office adds its own entries and overrides built-in ones here, one row per
// CSV row of the import (src/app/recognition/csvColumns.ts): a reference occupation in one Land (`land` a DE-XX code)
// or without a Land (`land` = '', the occupation's data that holds in every Land). `fields` holds the row's values as
// the CSV schema checked them; every read checks them again with the same schema before the engine sees them.

import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

export const referenceOccupationOverrides = pgTable(
  'reference_occupation_overrides',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    /** the reference occupation's id (a slug; a built-in id overrides the built-in entry) */
    occupationId: text('occupation_id').notNull(),
    /** the Land (ISO 3166-2, e.g. DE-RP), or '' for the row that holds in every Land */
    land: text('land').notNull(),
    fields: jsonb('fields').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** the admin who imported the row last (null once their account is gone) */
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ name: 'reference_occupation_overrides_pk', columns: [t.tenantId, t.occupationId, t.land] }),
    check('reference_occupation_overrides_id_chk', sql`${t.occupationId} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.occupationId}) <= 80`),
    check('reference_occupation_overrides_land_chk', sql`${t.land} = '' or ${t.land} ~ '^DE-(BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH)$'`),
  ],
);
