// Companies: the employers a service office advises.

import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { tenants } from './tenants.ts';

export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    street: text('street'),
    postcode: text('postcode'),
    city: text('city'),
    /** ISO 3166-2, e.g. DE-RP */
    federalState: text('federal_state'),
    municipality: text('municipality'),
    /** micro < 10, small < 50, medium < 250, large */
    sizeClass: text('size_class'),
    /** number of employees, when known; the size class follows from it */
    headcount: integer('headcount'),
    /** WZ 2008 section letter */
    wzSection: text('wz_section'),
    website: text('website'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** set when the company was deleted: its personal data is gone, the row stays for the anonymous statistics */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
  },
  (t) => [
    index('companies_tenant_idx').on(t.tenantId),
    index('companies_tenant_name_idx').on(t.tenantId, sql`lower(${t.name})`),
    check('companies_headcount_chk', sql`${t.headcount} is null or ${t.headcount} >= 0`),
    check('companies_size_class_chk', sql`${t.sizeClass} is null or ${t.sizeClass} in ('micro','small','medium','large')`),
  ],
);
