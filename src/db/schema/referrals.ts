// Issue 16: a referral of a consultation or a case to a partner, tracked with its status (sent → accepted → done, or
// declined), the dates of each step, the outcome, and a follow-up (Wiedervorlage) like a consultation's.
// Exactly one source: the consultation or the case. A consultation refers to a partner at most once (the pair is also
// kept in consultation_referrals, which the report's summary counts; see docs/decisions/022).

import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { tenants } from './tenants.ts';
import { users } from './accounts.ts';
import { partners } from './partners.ts';
import { consultations } from './consultations.ts';
import { cases } from './cases.ts';

export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull().references(() => partners.id, { onDelete: 'restrict' }),
    consultationId: uuid('consultation_id').references(() => consultations.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    /** what the referral is for (free text) */
    purpose: text('purpose'),
    /** the further-qualification measure it is for (a measure kind code), if any */
    measureKind: text('measure_kind'),
    status: text('status').notNull().default('sent'),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    doneOn: date('done_on', { mode: 'string' }),
    declinedOn: date('declined_on', { mode: 'string' }),
    /** what came back from the partner */
    outcome: text('outcome'),
    followUpDate: date('follow_up_date', { mode: 'string' }),
    followUpDoneAt: timestamp('follow_up_done_at', { withTimezone: true }),
    followUpDoneBy: uuid('follow_up_done_by').references(() => users.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('referrals_tenant_sent_idx').on(t.tenantId, t.sentOn),
    index('referrals_partner_idx').on(t.partnerId),
    index('referrals_case_idx').on(t.caseId),
    uniqueIndex('referrals_consultation_partner_idx').on(t.consultationId, t.partnerId).where(sql`${t.consultationId} is not null`),
    index('referrals_follow_up_open_idx')
      .on(t.tenantId, t.followUpDate)
      .where(sql`${t.followUpDate} is not null and ${t.followUpDoneAt} is null`),
    check('referrals_source_chk', sql`(${t.consultationId} is null) <> (${t.caseId} is null)`),
    check('referrals_status_chk', sql`${t.status} in ('sent','accepted','done','declined')`),
    check(
      'referrals_measure_kind_chk',
      sql`${t.measureKind} is null or ${t.measureKind} in ('anpassungsqualifizierung_betrieb','anpassungsqualifizierung_kurs','ausgleichsmassnahme_anpassungslehrgang','eignungspruefung_vorbereitung','kenntnispruefung_vorbereitung','qualifikationsanalyse','berufssprachkurs','fachsprachkurs','integrationskurs')`,
    ),
    check(
      'referrals_dates_chk',
      sql`(${t.acceptedOn} is null or ${t.acceptedOn} >= ${t.sentOn}) and (${t.doneOn} is null or ${t.doneOn} >= ${t.sentOn}) and (${t.declinedOn} is null or ${t.declinedOn} >= ${t.sentOn})`,
    ),
    check(
      'referrals_status_dates_chk',
      sql`(${t.status} <> 'done' or ${t.doneOn} is not null) and (${t.status} <> 'declined' or ${t.declinedOn} is not null) and (${t.status} <> 'accepted' or ${t.acceptedOn} is not null)`,
    ),
  ],
);
