// Workspace (issue 6): the partner directory; issue 16: the office's partner network (type, region, contact channels,
// what the partner handles and which further-qualification measures it offers, a stable key for the RLP seed).
// The allowed codes are listed in src/app/common/codes.ts; the CHECKs repeat them so that the database refuses
// what the application would refuse.

import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    /** issue 16: the Land the partner works in (ISO 3166-2, e.g. DE-RP); null: nationwide or not said */
    federalState: text('federal_state'),
    /** issue 16: the region within it, free text (a city, a Kreis, "Westpfalz", "landesweit") */
    region: text('region'),
    /** issue 16: a contact or appointment form on the web */
    contactFormUrl: text('contact_form_url'),
    /** issue 16: opening hours or how to reach them (free text) */
    openingHours: text('opening_hours'),
    /** issue 16: what the partner handles, free text */
    handles: text('handles'),
    /** issue 16: the advice topics the partner handles (topic codes) */
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    /** issue 16: the further-qualification measures the partner offers (measure kind codes) */
    offers: text('offers').array().notNull().default(sql`'{}'::text[]`),
    /** issue 16: notes of the office (e.g. the source of a seeded entry, what is still to be verified) */
    notes: text('notes'),
    /** issue 16: a seeded fact not confirmed by a primary source: the product says "zu prüfen" */
    unconfirmed: boolean('unconfirmed').notNull().default(false),
    /** issue 16: the stable key of a seeded entry (src/app/partners/rlpNetwork.ts); null for the office's own */
    seedKey: text('seed_key'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('partners_tenant_name_idx').on(t.tenantId, t.name),
    uniqueIndex('partners_tenant_seed_key_idx').on(t.tenantId, t.seedKey).where(sql`${t.seedKey} is not null`),
    check(
      'partners_type_chk',
      sql`${t.type} in ('ba_employer_service','ba_central_service','immigration_office','immigration_office_central','ihk','hwk','chamber_other','recognition_body','education_provider','iq_counselling','welcome_center','other')`,
    ),
    check(
      'partners_federal_state_chk',
      sql`${t.federalState} is null or ${t.federalState} in ('DE-BW','DE-BY','DE-BE','DE-BB','DE-HB','DE-HH','DE-HE','DE-MV','DE-NI','DE-NW','DE-RP','DE-SL','DE-SN','DE-ST','DE-SH','DE-TH')`,
    ),
    check(
      'partners_topics_chk',
      sql`${t.topics} <@ array['skilled_immigration','residence_law','recognition','further_qualification','integration_management']::text[]`,
    ),
    check(
      'partners_offers_chk',
      sql`${t.offers} <@ array['anpassungsqualifizierung_betrieb','anpassungsqualifizierung_kurs','ausgleichsmassnahme_anpassungslehrgang','eignungspruefung_vorbereitung','kenntnispruefung_vorbereitung','qualifikationsanalyse','berufssprachkurs','fachsprachkurs','integrationskurs']::text[]`,
    ),
  ],
);
