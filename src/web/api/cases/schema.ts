// The schemas of /api/v1/cases: the bodies (create, change, status, reference, note), the list's query, a case in the
// list, a case with its history, references, notes and timeline. The job's fields are declared once beside the use
// cases (src/app/cases/caseInput.ts CASE_JOB_SCHEMA), which check them with the same declaration.

import { Type } from '@sinclair/typebox';
import { CASE_JOB_SCHEMA } from '../../../app/cases/caseInput.ts';
import { residenceTitleOf } from '../../../app/cases/recordResidenceTitle.ts';
import { RESIDENCE_TITLE_SCHEMA } from '../../../app/cases/residenceTitleSchema.ts';
import { titleDates } from '../../../law/residenceTitle.ts';
import { ALL_CASE_STATUSES, PROCEDURES, REFERENCE_KINDS } from '../../../app/cases/codes.ts';
import { GERMAN_ASSESSMENTS, QUALIFICATION_LEVELS } from '../../../app/cases/createCase.ts';
import type { CaseView, NoteView } from '../../../app/cases/getCase.ts';
import type { CaseCard } from '../../../app/cases/listCases.ts';
import { fieldSchema } from '../../../app/common/fields.ts';
import { LONG_TEXT_MAX, TEXT_MAX } from '../../../app/common/codes.ts';
import { ROUTE_IDS } from '../../../law/types.ts';
import { Enum, IsoDate, PageQuery, Uuid } from '../common/schema.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Str = Type.String();
const NullStr = Nullable(Str);

const jobFields = Object.fromEntries(Object.entries(CASE_JOB_SCHEMA).map(([name, f]) => [name, fieldSchema(f)]));
const adviser = { adviserUserId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: 'the adviser in charge (an active admin or adviser of the office); null: none' })) };

export const CaseCreateBody = Type.Object(
  {
    checkId: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{22}$', description: 'a saved, complete check of the office: its facts become the candidate and the job; the check stays linked' })),
    consultationId: Type.Optional(Type.Union([Uuid], { description: 'a consultation of the office: its company is the case’s' })),
    companyId: Type.Optional(Type.Union([Uuid], { description: 'the company (required without a check or consultation that names one)' })),
    candidateId: Type.Optional(Type.Union([Uuid], { description: 'an existing candidate of the company' })),
    candidateName: Type.Optional(Type.String({ maxLength: TEXT_MAX, description: 'the name of a new candidate (without candidateId)' })),
    routeId: Type.Optional(Type.Union([Enum(ROUTE_IDS)], { description: 'the route; default with a check: the route its plan opens on' })),
    procedure: Type.Optional(Enum(PROCEDURES)),
    startDate: Type.Optional(Type.Union([IsoDate], { description: 'the day the plan starts from; default today' })),
    qualificationLevel: Type.Optional(Type.Union([Enum(QUALIFICATION_LEVELS)], { description: 'without a check and without the candidate’s facts: the qualification the plan is built for' })),
    germanAssessment: Type.Optional(Enum(GERMAN_ASSESSMENTS)),
    ...adviser,
    ...jobFields,
  },
  { additionalProperties: false },
);

const titleFields = Object.fromEntries(Object.entries(RESIDENCE_TITLE_SCHEMA).map(([name, f]) => [name, fieldSchema(f)]));
const ResidenceTitleBody = Type.Object(titleFields, {
  additionalProperties: false,
  description: 'the residence title after arrival: titleRouteId and validUntil are required; every field empty or null removes it',
});

export const CasePatchBody = Type.Object(
  { ...adviser, ...jobFields, residenceTitle: Type.Optional(Type.Union([ResidenceTitleBody, Type.Null()], { description: 'issue 15: record, change (all fields replace the recorded ones) or remove (null) the residence title' })) },
  { additionalProperties: false },
);

const ResidenceTitleSchema = Type.Object(
  {
    titleRouteId: Str,
    issuedOn: NullStr,
    validUntil: Str,
    cardNumber: NullStr,
    employmentFrom: NullStr,
    reminderOn: Type.Union([Str, Type.Null()], { description: 'Lotse’s reminder of the extension (3 months before expiry; a planning value, not a statutory date)' }),
    applyBy: Type.String({ description: 'the last day to apply for the extension so that the title continues (§ 81 Abs. 4 S. 1 AufenthG)' }),
    blueCardNotice: Type.Object(
      { status: Type.Union([Type.Literal('not_applicable'), Type.Literal('unknown'), Type.Literal('known')]), until: NullStr, ref: NullStr },
      { description: 'Blue Card: the last day on which a change of employer must be notified (§ 82 Abs. 1 S. 6 AufenthG); unknown: to be verified' },
    ),
  },
  { $id: 'ResidenceTitle', title: 'ResidenceTitle' },
);

export const StatusBody = Type.Object(
  {
    status: Enum(ALL_CASE_STATUSES),
    changedOn: Type.Optional(Type.Union([IsoDate], { description: 'the day the status was reached; default today; not in the future, not before the previous change' })),
    reason: Type.Optional(Type.String({ maxLength: LONG_TEXT_MAX, description: 'required to cancel' })),
  },
  { additionalProperties: false },
);

export const ReferenceParams = Type.Object({ id: Type.String(), kind: Enum(REFERENCE_KINDS) }, { additionalProperties: false });
export const ReferenceBody = Type.Object(
  {
    referenceNumber: Type.Optional(Type.Union([Type.String({ maxLength: TEXT_MAX }), Type.Null()])),
    decidedOn: Type.Optional(Type.Union([IsoDate, Type.Null()], { description: 'the day of the official decision; not in the future' })),
  },
  { additionalProperties: false },
);

export const NoteBody = Type.Object(
  {
    body: Type.String({ maxLength: LONG_TEXT_MAX }),
    visibleToCompany: Type.Optional(Type.Boolean({ description: 'default false: internal to the office' })),
  },
  { additionalProperties: false },
);

export const CaseQuery = Type.Object(
  {
    status: Type.Optional(Enum(ALL_CASE_STATUSES)),
    adviserUserId: Type.Optional(Uuid),
    companyId: Type.Optional(Uuid),
    routeId: Type.Optional(Enum(ROUTE_IDS)),
    stalled: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')], { description: 'only open cases without a status change or a task done for 28 days, or without an open task with a due date' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const CaseSummarySchema = Type.Object(
  {
    id: Str,
    number: Str,
    status: Str,
    statusSince: Str,
    routeId: Str,
    companyId: Str,
    companyName: Str,
    candidateId: Str,
    candidateName: NullStr,
    adviserUserId: NullStr,
    adviserName: NullStr,
    jobTitle: NullStr,
    plannedStart: NullStr,
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'CaseSummary', title: 'CaseSummary' },
);

const NoteSchema = Type.Object({ id: Str, body: Str, visibleToCompany: Type.Boolean(), authorName: NullStr, createdAt: Type.String({ format: 'date-time' }) }, { $id: 'CaseNote', title: 'CaseNote' });
export { NoteSchema };
export const ReferenceSchema = Type.Object({ kind: Str, referenceNumber: NullStr, decidedOn: NullStr }, { $id: 'CaseReference', title: 'CaseReference' });

export const CaseSchema = Type.Object(
  {
    id: Str,
    number: Str,
    status: Str,
    statusSince: Str,
    cancelReason: NullStr,
    pipeline: Type.Array(Str),
    routeId: Str,
    procedure: Str,
    startDate: Str,
    companyId: Str,
    companyName: Str,
    candidateId: Str,
    candidateName: NullStr,
    adviserUserId: NullStr,
    adviserName: NullStr,
    checkId: NullStr,
    consultationId: NullStr,
    jobTitle: NullStr,
    occupationIsco: NullStr,
    annualGrossSalaryEur: Type.Union([Type.Integer(), Type.Null()]),
    federalState: NullStr,
    municipality: NullStr,
    plannedStart: NullStr,
    history: Type.Array(Type.Object({ fromStatus: NullStr, toStatus: Str, changedOn: Str, reason: NullStr, changedByName: NullStr })),
    references: Type.Array(ReferenceSchema),
    notes: Type.Array(NoteSchema, { description: 'for a company user only the notes visible to the company' }),
    timeline: Type.Array(Type.Object({ status: Str, planned: NullStr, actual: NullStr }), { description: 'per status of the pipeline: the day the plan expects it, the day it was reached' }),
    milestones: Type.Array(Type.Object({ id: Str, planned: NullStr, done: NullStr }), { description: 'the plan’s milestones: the due date of each one’s task, the day it was done' }),
    tasks: Type.Object({ total: Type.Integer(), done: Type.Integer() }),
    residenceTitle: Type.Union([ResidenceTitleSchema, Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Case', title: 'Case' },
);

export function caseSummaryJson(c: CaseCard) {
  return { ...c, updatedAt: c.updatedAt.toISOString() };
}

export function noteJson(n: NoteView) {
  return { ...n, createdAt: n.createdAt.toISOString() };
}

export function caseJson(v: CaseView) {
  const c = v.case;
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    statusSince: c.statusSince,
    cancelReason: c.cancelReason,
    pipeline: c.pipeline,
    routeId: c.routeId,
    procedure: c.procedure,
    startDate: c.startDate,
    companyId: c.companyId,
    companyName: v.companyName,
    candidateId: c.candidateId,
    candidateName: v.candidateName,
    adviserUserId: c.adviserUserId,
    adviserName: v.adviserName,
    checkId: c.checkId,
    consultationId: c.consultationId,
    jobTitle: c.jobTitle,
    occupationIsco: c.occupationIsco,
    annualGrossSalaryEur: c.annualGrossSalaryEur,
    federalState: c.federalState,
    municipality: c.municipality,
    plannedStart: c.plannedStart,
    history: v.history,
    references: v.references,
    notes: v.notes.map(noteJson),
    timeline: v.timeline,
    milestones: v.milestones,
    tasks: v.tasks,
    residenceTitle: residenceTitleJson(v.case),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function residenceTitleJson(c: CaseView['case']) {
  const t = residenceTitleOf(c);
  if (t === null) return null;
  const d = titleDates(t);
  const n = d.blueCardNotice;
  return {
    ...t,
    reminderOn: d.reminderOn,
    applyBy: d.applyBy.date,
    blueCardNotice: { status: n.status, until: n.status === 'known' ? n.until : null, ref: n.status === 'not_applicable' ? null : n.ref },
  };
}
