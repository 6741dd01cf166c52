// The one schema of Lotse (Drizzle pg-core). It runs unchanged on embedded PGlite and on PostgreSQL.
// Change it, then run `npm run db:generate` to write the next SQL migration into ./drizzle.

import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

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
  createdAt: createdAt(),
});

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
    /** WZ 2008 section letter */
    wzSection: text('wz_section'),
    website: text('website'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('companies_tenant_idx').on(t.tenantId),
    check('companies_size_class_chk', sql`${t.sizeClass} is null or ${t.sizeClass} in ('micro','small','medium','large')`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    /** set for role "company": the company whose data the user may see */
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    /** argon2id PHC string; null until an invited user sets a password */
    passwordHash: text('password_hash'),
    createdAt: createdAt(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('users_email_uq').on(sql`lower(${t.email})`),
    index('users_tenant_idx').on(t.tenantId),
    check('users_role_chk', sql`${t.role} in ('admin','adviser','company')`),
    check('users_company_role_chk', sql`(${t.role} = 'company') = (${t.companyId} is not null)`),
  ],
);

/** Who changed what, when: written in the same transaction as the change. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    /** null for operator actions from the CLI */
    actorUserId: uuid('actor_user_id'),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    changes: jsonb('changes'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_tenant_at_idx').on(t.tenantId, t.at)],
);
