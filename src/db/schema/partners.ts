// Workspace (issue 6): the partner directory.
// The allowed codes are listed in src/app/common/codes.ts; the CHECKs repeat them so that the database refuses
// what the application would refuse.

import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { tenants } from './tenants.ts';

export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    type: text('type').notNull(),
    contactName: text('contact_name'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    address: text('address'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('partners_tenant_name_idx').on(t.tenantId, t.name),
    check(
      'partners_type_chk',
      sql`${t.type} in ('employment_agency','immigration_office','ihk','hwk','education_provider','recognition_body','other')`,
    ),
  ],
);
