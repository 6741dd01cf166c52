// Workspace (issue 6): contact persons.
// The allowed codes are listed in src/app/common/codes.ts; the CHECKs repeat them so that the database refuses
// what the application would refuse.

import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { tenants } from './tenants.ts';
import { companies } from './companies.ts';
import { users } from './accounts.ts';

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** role or function in the company, e.g. "Personalleitung" */
    role: text('role'),
    email: text('email'),
    phone: text('phone'),
    /** the account of this person, if they are a company user */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contacts_company_idx').on(t.companyId, t.name), index('contacts_tenant_idx').on(t.tenantId)],
);
