// Cases (issue 14): candidates of a company, the case that follows one hire from advice to integration, its status
// history, official reference numbers, tasks, documents with their files, and notes. Personal data of a candidate
// lives in `candidates` (and their files); erasing a candidate clears those and keeps the case anonymised for the
// statistics. The allowed codes are listed in src/app/cases/codes.ts; the CHECKs repeat them so that the database
// refuses what the application would refuse.

import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { tenants } from './tenants.ts';
import { companies } from './companies.ts';
import { users } from './accounts.ts';
import { consultations } from './consultations.ts';
import { savedChecks } from './checks.ts';

const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A person a company wants to hire. The facts of a pathway check that belong to the person (languages, qualification,
 * experience and the other person facts of CheckInput except birth date and citizenship, which are columns) are kept in
 * `facts`, validated like a check's input, so that a candidate can be checked with one click.
 */
export const candidates = pgTable(
  'candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
    /** null once erased */
    name: text('name'),
    birthDate: date('birth_date', { mode: 'string' }),
    /** ISO 3166-1 alpha-2; "XK" for Kosovo */
    citizenship: text('citizenship'),
    email: text('email'),
    phone: text('phone'),
    /** 'de' | 'en': the language the candidate wants to be written to in */
    preferredLanguage: text('preferred_language'),
    /** languages other than German and English, free text (e.g. "Hindi (Muttersprache), Tamil") */
    otherLanguages: text('other_languages'),
    /**
     * the person's facts of a check: { person: { german, english, ... }, qualification: {...}, experience: [...] }
     * (CheckInput without decisionDate, job, birthDate, citizenship); '{}' until entered, and after erasure
     */
    facts: jsonb('facts').notNull().default(sql`'{}'::jsonb`),
    /** the state of the recognition of the foreign qualification (codes.ts RECOGNITION_STATUSES) */
    recognitionStatus: text('recognition_status').notNull().default('unknown'),
    /** the office's internal notes about the person; never shown to the company */
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** set when the candidate was erased: every personal field above is null, the row stays for the statistics */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    // issue 17, the funder's report (migration 0023; codes: src/app/reports/funderCodes.ts): optional, asked with the
    // consent for reporting; null: not asked yet, 'not_stated': asked, not told. Cleared on erasure.
    reportSex: text('report_sex'),
    reportEmploymentStatus: text('report_employment_status'),
    reportIsced: text('report_isced'),
    reportDisability: text('report_disability'),
    reportForeignOrigin: text('report_foreign_origin'),
  },
  (t) => [
    index('candidates_tenant_company_idx').on(t.tenantId, t.companyId),
    index('candidates_tenant_name_idx').on(t.tenantId, sql`lower(${t.name})`),
    check('candidates_preferred_language_chk', sql`${t.preferredLanguage} is null or ${t.preferredLanguage} in ('de','en')`),
    check('candidates_recognition_status_chk', sql`${t.recognitionStatus} in ('unknown','not_needed','not_started','in_progress','partial','full','refused')`),
    check('candidates_report_sex_chk', sql`${t.reportSex} is null or ${t.reportSex} in ('female','male','non_binary','not_stated')`),
    check(
      'candidates_report_employment_status_chk',
      sql`${t.reportEmploymentStatus} is null or ${t.reportEmploymentStatus} in ('employed','unemployed','long_term_unemployed','inactive','not_stated')`,
    ),
    check('candidates_report_isced_chk', sql`${t.reportIsced} is null or ${t.reportIsced} in ('isced_0_2','isced_3_4','isced_5_8','not_stated')`),
    check('candidates_report_disability_chk', sql`${t.reportDisability} is null or ${t.reportDisability} in ('yes','no','not_stated')`),
    check('candidates_report_foreign_origin_chk', sql`${t.reportForeignOrigin} is null or ${t.reportForeignOrigin} in ('yes','no','not_stated')`),
  ],
);

/**
 * Consent of a candidate, per purpose, as a history: each row is one declaration (given or withdrawn) with the date it
 * was declared and the version of the text the candidate saw. The current state of a purpose is its latest row.
 */
export const candidateConsents = pgTable(
  'candidate_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    /** 'advice' | 'authorities' | 'funder_reporting' */
    purpose: text('purpose').notNull(),
    given: boolean('given').notNull(),
    /** the day the candidate declared it */
    declaredOn: date('declared_on', { mode: 'string' }).notNull(),
    /** the version of the consent text shown, e.g. "2026-12-v1" */
    textVersion: text('text_version').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('candidate_consents_candidate_idx').on(t.candidateId, t.purpose, t.createdAt),
    check('candidate_consents_purpose_chk', sql`${t.purpose} in ('advice','authorities','funder_reporting')`),
  ],
);

/**
 * A case: one company, one candidate, one job and a chosen route, followed from advice to integration. The number is
 * readable and unique in the office: prefix-year-sequence, e.g. KL-2026-0042 (number_year and number_seq keep the
 * parts, so the next number is max(seq)+1 of the year).
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    numberYear: integer('number_year').notNull(),
    numberSeq: integer('number_seq').notNull(),
    /** the check the case was created from (its facts became the candidate and the job); null once deleted */
    checkId: text('check_id').references(() => savedChecks.id, { onDelete: 'set null' }),
    consultationId: uuid('consultation_id').references(() => consultations.id, { onDelete: 'set null' }),
    /** the adviser in charge */
    adviserUserId: uuid('adviser_user_id').references(() => users.id, { onDelete: 'set null' }),
    // the job
    /** ISCO-08 unit group */
    occupationIsco: text('occupation_isco'),
    jobTitle: text('job_title'),
    annualGrossSalaryEur: integer('annual_gross_salary_eur'),
    /** ISO 3166-2 of the place of work */
    federalState: text('federal_state'),
    municipality: text('municipality'),
    plannedStart: date('planned_start', { mode: 'string' }),
    /** further job facts of a check (collectiveAgreement, contractMonths, ...), validated like CheckInput.job */
    jobFacts: jsonb('job_facts').notNull().default(sql`'{}'::jsonb`),
    // the route
    /** a route id of the contract (e.g. "18b", "18g-standard") */
    routeId: text('route_id').notNull(),
    /** 'regular' | 'accelerated' (§ 81a AufenthG) */
    procedure: text('procedure').notNull().default('regular'),
    /** the day the plan starts from (its tasks' dates are computed from it) */
    startDate: date('start_date', { mode: 'string' }).notNull(),
    // the pipeline
    /** the statuses this case passes through, in order (codes.ts CASE_STATUSES minus those the route does not need) */
    pipeline: text('pipeline').array().notNull(),
    status: text('status').notNull().default('advice'),
    /** the day the current status was reached */
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    cancelReason: text('cancel_reason'),
    /**
     * the plan's milestones when the case was created: [{ id, stepId }] (migration 0014), so that the timeline finds
     * each milestone's task by its plan step without building the plan again
     */
    planMilestones: jsonb('plan_milestones').$type<{ id: string; stepId: string }[]>().notNull().default(sql`'[]'::jsonb`),
    // the residence title held after arrival (issue 15, migration 0015): all null until recorded
    /** the title's route: a check-v1 route id (e.g. "18g-standard" for a Blue Card), or 'other' */
    titleRouteId: text('title_route_id'),
    titleIssuedOn: date('title_issued_on', { mode: 'string' }),
    titleValidUntil: date('title_valid_until', { mode: 'string' }),
    /** the number of the card (eAT document number) */
    titleCardNumber: text('title_card_number'),
    /** Blue Card: the first day of employment under it (the 12 months of § 82 Abs. 1 S. 6 AufenthG run from it) */
    titleEmploymentFrom: date('title_employment_from', { mode: 'string' }),
    // the arrival facts (issue 17, migration 0022): the onboarding plan is computed from them; all null until recorded
    /** day 0 of the onboarding plan: the entry, or moving into the flat */
    arrivalDate: date('arrival_date', { mode: 'string' }),
    /** the last day the national visa is valid */
    visaValidUntil: date('visa_valid_until', { mode: 'string' }),
    /** the actual first day of work */
    workStartOn: date('work_start_on', { mode: 'string' }),
    /** a driving licence of a non-EU/EEA state: true, false, or null (not known) */
    foreignDrivingLicence: boolean('foreign_driving_licence'),
    probationEnd: date('probation_end', { mode: 'string' }),
    languageCourseEnd: date('language_course_end', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('cases_tenant_number_idx').on(t.tenantId, t.number),
    uniqueIndex('cases_tenant_year_seq_idx').on(t.tenantId, t.numberYear, t.numberSeq),
    index('cases_tenant_status_idx').on(t.tenantId, t.status, t.updatedAt),
    index('cases_company_idx').on(t.companyId, t.status),
    index('cases_candidate_idx').on(t.candidateId),
    index('cases_adviser_idx').on(t.tenantId, t.adviserUserId),
    index('cases_title_expiry_idx')
      .on(t.tenantId, t.titleValidUntil)
      .where(sql`${t.titleValidUntil} is not null`),
    index('cases_probation_end_idx')
      .on(t.companyId, t.probationEnd)
      .where(sql`${t.probationEnd} is not null`),
    index('cases_open_since_idx')
      .on(t.tenantId, t.statusSince)
      .where(sql`${t.status} not in ('closed','cancelled')`),
    check('cases_title_dates_chk', sql`${t.titleValidUntil} is null or ${t.titleIssuedOn} is null or ${t.titleValidUntil} >= ${t.titleIssuedOn}`),
    check('cases_title_complete_chk', sql`(${t.titleRouteId} is null) = (${t.titleValidUntil} is null)`),
    check(
      'cases_status_chk',
      sql`${t.status} in ('advice','recognition','ba_approval','visa','entry','residence_permit','integration','closed','cancelled')`,
    ),
    check('cases_procedure_chk', sql`${t.procedure} in ('regular','accelerated')`),
    check('cases_salary_chk', sql`${t.annualGrossSalaryEur} is null or ${t.annualGrossSalaryEur} between 0 and 10000000`),
  ],
);

/** Every change of a case's status, with the day it happened (which may be earlier than when it was recorded). */
export const caseStatusChanges = pgTable(
  'case_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** null for the first status of a new case */
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    /** the day the status was reached */
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    reason: text('reason'),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('case_status_changes_case_idx').on(t.caseId, t.changedOn),
    // issue 17 (migration 0023): the funder's report finds the cases opened, closed and arrived in a period
    index('case_status_changes_tenant_to_idx').on(t.tenantId, t.toStatus, t.changedOn),
  ],
);

/**
 * The official reference numbers of a case, one per official step: the recognition file number, the BA's approval
 * number, the visa application number, the immigration office's file number; with the date of the official decision.
 */
export const caseReferences = pgTable(
  'case_references',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    /** 'recognition' | 'ba_approval' | 'visa' | 'immigration_office' */
    kind: text('kind').notNull(),
    referenceNumber: text('reference_number'),
    decidedOn: date('decided_on', { mode: 'string' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.kind] }),
    check('case_references_kind_chk', sql`${t.kind} in ('recognition','ba_approval','visa','immigration_office')`),
  ],
);

/**
 * The tasks of a case: those of the chosen route's plan (plan_step_id set) and those added by hand. A task's due date
 * is an estimate computed from the case's start date, the plan's durations and the dependencies, until someone sets it
 * (due_set_by_hand); a changed date moves the estimates of the tasks that depend on it.
 */
export const caseTasks = pgTable(
  'case_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** the plan step's id (e.g. "ba-approval"); null for a task added by hand */
    planStepId: text('plan_step_id'),
    title: text('title').notNull(),
    /** the English title of a plan task (a hand-written task has only `title`) */
    titleEn: text('title_en'),
    description: text('description'),
    /** 'adviser' | 'company' | 'candidate' */
    owner: text('owner').notNull(),
    /** a particular user of the owner side, when assigned */
    assigneeUserId: uuid('assignee_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** the plan step ids this task waits for */
    dependsOn: text('depends_on').array().notNull().default(sql`'{}'::text[]`),
    /** typical duration in calendar days (from the plan's parameters) */
    durationDays: integer('duration_days').notNull().default(0),
    /** statutory deadline text and norm, where the step has one (e.g. "§ 14a Abs. 3 BQFG") */
    deadlineRef: text('deadline_ref'),
    startOn: date('start_on', { mode: 'string' }),
    dueOn: date('due_on', { mode: 'string' }),
    dueSetByHand: boolean('due_set_by_hand').notNull().default(false),
    position: integer('position').notNull().default(0),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('case_tasks_case_idx').on(t.caseId, t.position),
    index('case_tasks_open_due_idx')
      .on(t.tenantId, t.dueOn)
      .where(sql`${t.doneAt} is null`),
    index('case_tasks_assignee_due_idx')
      .on(t.assigneeUserId, t.dueOn)
      .where(sql`${t.doneAt} is null`),
    index('case_tasks_open_dated_idx')
      .on(t.caseId)
      .where(sql`${t.doneAt} is null and ${t.dueOn} is not null`),
    index('case_tasks_done_idx')
      .on(t.caseId, t.doneAt)
      .where(sql`${t.doneAt} is not null`),
    check('case_tasks_owner_chk', sql`${t.owner} in ('adviser','company','candidate')`),
    check('case_tasks_duration_chk', sql`${t.durationDays} between 0 and 3650`),
  ],
);

/** The checklist of a case: one row per document the plan asks for (or added by hand), with its review status. */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** the plan's document id (e.g. "passport"); null for one added by hand */
    planDocumentId: text('plan_document_id'),
    label: text('label').notNull(),
    labelEn: text('label_en'),
    /** who provides it: a plan actor ('company', 'candidate', ...) or 'landlord' */
    providedBy: text('provided_by'),
    /** 'missing' | 'uploaded' | 'checked' | 'rejected' */
    status: text('status').notNull().default('missing'),
    rejectReason: text('reject_reason'),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('case_documents_case_idx').on(t.caseId, t.position),
    uniqueIndex('case_documents_case_plan_idx')
      .on(t.caseId, t.planDocumentId)
      .where(sql`${t.planDocumentId} is not null`),
    index('case_documents_missing_idx')
      .on(t.caseId, t.position)
      .where(sql`${t.status} in ('missing','rejected')`),
    check('case_documents_status_chk', sql`${t.status} in ('missing','uploaded','checked','rejected')`),
  ],
);

/** The uploaded files of a case's document (the latest is the current one); the bytes live in the storage (src/storage). */
export const documentFiles = pgTable(
  'document_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    caseDocumentId: uuid('case_document_id')
      .notNull()
      .references(() => caseDocuments.id, { onDelete: 'cascade' }),
    /** where the storage keeps the bytes (opaque to everyone but the storage) */
    storageKey: text('storage_key').notNull(),
    /** hex SHA-256 of the content */
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** decided by sniffing the content: 'application/pdf' | 'image/jpeg' | 'image/png' */
    mediaType: text('media_type').notNull(),
    /** the name it was uploaded under, without any path (for the download's Content-Disposition) */
    originalName: text('original_name').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('document_files_document_idx').on(t.caseDocumentId, t.createdAt),
    check('document_files_media_type_chk', sql`${t.mediaType} in ('application/pdf','image/jpeg','image/png')`),
    check('document_files_size_chk', sql`${t.sizeBytes} > 0`),
  ],
);

/** Notes on a case. Internal to the office unless `visible_to_company` is set. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    visibleToCompany: boolean('visible_to_company').notNull().default(false),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.createdAt)],
);

/**
 * The office's own durations per plan step (issue 15, src/app/cases/officeDurations.ts), kept for every instance: the
 * figures as computed at `computed_at`; deleted when a case of the office is closed or reopened (migration 0018).
 */
export const officeDurationFigures = pgTable('office_duration_figures', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  figures: jsonb('figures').notNull(),
});

/**
 * The family of the person of a case (issue 17): spouse, children, parents or parents-in-law, whether they join now or
 * later and in the joint § 81a procedure. Personal data: deleted when the candidate is erased.
 */
export const caseFamilyMembers = pgTable(
  'case_family_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** 'spouse' | 'child' | 'parent' | 'parent_in_law' */
    relation: text('relation').notNull(),
    name: text('name'),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    /** ISO 3166-1 alpha-2, if recorded */
    citizenship: text('citizenship'),
    /** 'now' (moves with the person) | 'later' */
    joining: text('joining').notNull().default('now'),
    /** included in the employer's accelerated procedure (§ 81a Abs. 4 AufenthG) */
    jointProcedure: boolean('joint_procedure').notNull().default(false),
    /** 'none' | CEFR level; null: not known */
    german: text('german'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('case_family_members_case_idx').on(t.caseId, t.birthDate),
    check('case_family_members_relation_chk', sql`${t.relation} in ('spouse','child','parent','parent_in_law')`),
    check('case_family_members_joining_chk', sql`${t.joining} in ('now','later')`),
    check('case_family_members_german_chk', sql`${t.german} is null or ${t.german} in ('none','A1','A2','B1','B2','C1','C2')`),
  ],
);

/**
 * The own integration steps (issue 17) as changes to the defaults (src/app/integration/defaultTemplates.ts): a row
 * without a company is the office's (replacing the default of the same key, or a step of its own); a row with a company
 * is that company's adaptation of the office's step of the same key, or its own step. `disabled` drops the step.
 */
export const integrationTemplates = pgTable(
  'integration_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    /** stable: the onboarding tasks' plan step id is `onboarding-tpl:<key>` */
    key: text('key').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    description: text('description'),
    /** 'adviser' | 'company' | 'candidate' */
    owner: text('owner').notNull(),
    /** 'arrival' | 'work_start' */
    anchor: text('anchor').notNull(),
    offsetMonths: integer('offset_months').notNull().default(0),
    offsetDays: integer('offset_days').notNull().default(0),
    disabled: boolean('disabled').notNull().default(false),
    position: integer('position').notNull().default(0),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('integration_templates_office_key_idx')
      .on(t.tenantId, t.key)
      .where(sql`${t.companyId} is null`),
    uniqueIndex('integration_templates_company_key_idx')
      .on(t.tenantId, t.companyId, t.key)
      .where(sql`${t.companyId} is not null`),
    check('integration_templates_owner_chk', sql`${t.owner} in ('adviser','company','candidate')`),
    check('integration_templates_anchor_chk', sql`${t.anchor} in ('arrival','work_start')`),
    check('integration_templates_offset_chk', sql`${t.offsetMonths} between 0 and 120 and ${t.offsetDays} between -365 and 3650`),
  ],
);
