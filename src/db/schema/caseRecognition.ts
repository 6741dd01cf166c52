// Issue 16: the recognition record of a case (migration 0020): the reference occupation, the competent body, the dates,
// the notice's outcome and the substantial differences it names (text and tags), and the facts the proposals of further
// qualification need. The codes are src/law/recognition/measures.ts's (NOTICE_OUTCOMES, DEFICIT_TAGS) and the CEFR
// levels; the CHECKs repeat them so that the database refuses what the application would refuse.

import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { tenants } from './tenants.ts';
import { cases } from './cases.ts';

export const caseRecognitions = pgTable(
  'case_recognitions',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    /** an id of the recognition catalogue's reference occupations (src/law/recognition), e.g. 'elektroniker-betriebstechnik' */
    referenceOccupationId: text('reference_occupation_id'),
    competentBody: text('competent_body'),
    appliedOn: date('applied_on', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    outcome: text('outcome').notNull().default('pending'),
    /** the reference occupation is regulated; null: not known */
    regulated: boolean('regulated'),
    germanLevel: text('german_level'),
    residesInGermany: boolean('resides_in_germany'),
    /** the substantial differences as the notice states them */
    deficits: text('deficits'),
    deficitTags: text('deficit_tags').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_recognitions_tenant_outcome_idx').on(t.tenantId, t.outcome),
    check('case_recognitions_outcome_chk', sql`${t.outcome} in ('pending','full','partial','none','not_required')`),
    check('case_recognitions_german_level_chk', sql`${t.germanLevel} is null or ${t.germanLevel} in ('none','A1','A2','B1','B2','C1','C2')`),
    check(
      'case_recognitions_deficit_tags_chk',
      sql`${t.deficitTags} <@ array['fachtheorie','fachpraxis','berufserfahrung','rechtsvorschriften_de','arbeitssicherheit','normen_vde','fachsprache','deutsch','dokumente_fehlen','sonstiges']::text[]`,
    ),
    check('case_recognitions_dates_chk', sql`${t.decidedOn} is null or ${t.appliedOn} is null or ${t.decidedOn} >= ${t.appliedOn}`),
  ],
);
