// The one schema of Lotse (Drizzle pg-core). It runs unchanged on embedded PGlite and on PostgreSQL.
// Change it, then run `npm run db:generate` to write the next SQL migration into ./drizzle.

import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
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

// ---------------------------------------------------------------------------------------------------------------
// Pathway checks on the web (issue 5): the questionnaire's answers, kept server-side under an opaque id so that a
// check can be resumed and shared by link without an account.

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
    /** set when a signed-in user ran the check (later issues) */
    tenantId: uuid('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_checks_updated_idx').on(t.updatedAt)],
);

// ---------------------------------------------------------------------------------------------------------------
// Accounts (issue 6): sessions, invitations, password resets, API tokens, login throttling.
// Secrets are never stored: only the SHA-256 of the random token that the cookie, link or bearer header carries.

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 (hex) of the 32 random bytes in the cookie */
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** absolute expiry; the idle expiry is last_seen_at + the idle timeout */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name'),
    role: text('role').notNull(),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    /** null when created by the operator CLI */
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('invitations_token_uq').on(t.tokenHash),
    index('invitations_tenant_idx').on(t.tenantId),
    check('invitations_role_chk', sql`${t.role} in ('admin','adviser','company')`),
    check('invitations_company_role_chk', sql`(${t.role} = 'company') = (${t.companyId} is not null)`),
  ],
);

export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);

/**
 * Password-reset requests waiting to be handled (issue 10): the request only stores the address and answers, the
 * same for every address; looking the account up, the one-time link and the mail come after the response
 * (src/app/deliverPasswordResets.ts), on whichever instance claims the row first.
 */
export const passwordResetRequests = pgTable('password_reset_requests', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  email: text('email').notNull(),
  /** the base URL of the link in the mail (PUBLIC_URL, or the origin of the request) */
  publicUrl: text('public_url').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
});

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** the first characters of the token, shown in lists so that a user can tell tokens apart */
    prefix: text('prefix').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/**
 * Failed and successful logins, for throttling per account and address, per address, per account and known device,
 * and per account from unknown devices (shared by all instances; docs/decisions/008-login-throttling.md).
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    success: boolean('success').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** SHA-256 of the id in the browser's valid device cookie for this account; null: an unknown device */
    device: text('device'),
  },
  (t) => [index('login_attempts_email_at_idx').on(t.email, t.at), index('login_attempts_ip_at_idx').on(t.ip, t.at)],
);

// ---------------------------------------------------------------------------------------------------------------
// Workspace (issue 6): contact persons, the partner directory, consultations and their referrals.
// The allowed codes are listed in src/app/workspace.ts; the CHECKs below repeat them so that the database refuses
// what the application would refuse.

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

export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
    /** the day of the consultation (ISO date) */
    date: date('date', { mode: 'string' }).notNull(),
    channel: text('channel').notNull(),
    durationMinutes: integer('duration_minutes'),
    adviserUserId: uuid('adviser_user_id').references(() => users.id, { onDelete: 'set null' }),
    topics: text('topics').array().notNull(),
    /** ISCO-08 codes of the occupations asked about */
    occupations: text('occupations').array().notNull().default(sql`'{}'::text[]`),
    record: text('record'),
    outcome: text('outcome'),
    followUpDate: date('follow_up_date', { mode: 'string' }),
    /** when the follow-up (Wiedervorlage) was marked done, and by whom; both null while it is open */
    followUpDoneAt: timestamp('follow_up_done_at', { withTimezone: true }),
    followUpDoneBy: uuid('follow_up_done_by').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    accessRoute: text('access_route'),
    /** further people who took part but are not recorded as contact persons (e.g. at an event); counted in the
     * report's "persons reached" as additional, not necessarily distinct, persons */
    otherParticipants: integer('other_participants'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('consultations_tenant_date_idx').on(t.tenantId, t.date),
    index('consultations_company_date_idx').on(t.companyId, t.date),
    // the open follow-ups of an office, by due date (the Wiedervorlagen list)
    index('consultations_follow_up_open_idx')
      .on(t.tenantId, t.followUpDate)
      .where(sql`${t.followUpDate} is not null and ${t.followUpDoneAt} is null`),
    check('consultations_channel_chk', sql`${t.channel} in ('on_site','phone','video','email','event')`),
    check('consultations_kind_chk', sql`${t.kind} in ('first','follow_up')`),
    check(
      'consultations_access_route_chk',
      sql`${t.accessRoute} is null or ${t.accessRoute} in ('own_initiative','chamber','employment_agency','event','recommendation','internet','other')`,
    ),
    check(
      'consultations_topics_chk',
      sql`cardinality(${t.topics}) >= 1 and ${t.topics} <@ array['skilled_immigration','residence_law','recognition','further_qualification','integration_management']::text[]`,
    ),
    check('consultations_duration_chk', sql`${t.durationMinutes} is null or ${t.durationMinutes} between 1 and 1440`),
    check('consultations_other_participants_chk', sql`${t.otherParticipants} is null or ${t.otherParticipants} between 0 and 10000`),
  ],
);

export const consultationReferrals = pgTable(
  'consultation_referrals',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull().references(() => partners.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.partnerId] }), index('consultation_referrals_partner_idx').on(t.partnerId)],
);

/**
 * The company's contact persons who took part in a consultation. `person_key` is the contact's id at the time of
 * recording and deliberately no foreign key: it outlives the contact's deletion and the company's anonymisation as an
 * anonymous pseudonym, so that the report keeps counting distinct persons reached. `contact_id` is the live link to
 * the contact (null once the contact is deleted).
 */
export const consultationParticipants = pgTable(
  'consultation_participants',
  {
    consultationId: uuid('consultation_id').notNull().references(() => consultations.id, { onDelete: 'cascade' }),
    personKey: uuid('person_key').notNull(),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.consultationId, t.personKey] }),
    index('consultation_participants_person_idx').on(t.personKey),
    index('consultation_participants_contact_idx').on(t.contactId),
  ],
);
