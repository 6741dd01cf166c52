// Workspace (issue 6): consultations and their referrals and participants.
// The allowed codes are listed in src/app/common/codes.ts; the CHECKs repeat them so that the database refuses
// what the application would refuse.

import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { tenants } from './tenants.ts';
import { companies } from './companies.ts';
import { users } from './accounts.ts';
import { contacts } from './contacts.ts';
import { partners } from './partners.ts';

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
    /** the office's own record of the consultation: internal, never shown to the company (issue 14) */
    record: text('record'),
    /** issue 14: what the company may read of the consultation, written explicitly by the adviser; null: nothing */
    companySummary: text('company_summary'),
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
