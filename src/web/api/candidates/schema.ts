// The schemas of /api/v1/candidates: the body (create adds companyId), the facts of a check (the contract's own
// schemas, src/law/schema.ts: the person without birth date and citizenship, which are the candidate's fields; a work
// experience entry without `to` is the current job), the list's query, the candidate, a consent, the erasure.

import { Type } from '@sinclair/typebox';
import type { TSchema } from '@sinclair/typebox';
import type { CandidateRow, CandidateView } from '../../../app/candidates/getCandidate.ts';
import type { CandidateListItem } from '../../../app/candidates/listCandidates.ts';
import { CONSENT_PURPOSES, RECOGNITION_STATUSES } from '../../../app/cases/codes.ts';
import { TEXT_MAX, LONG_TEXT_MAX } from '../../../app/common/codes.ts';
import { EMPLOYMENT_STATUSES, ISCED_LEVELS, REPORT_SEXES, YES_NO_NOT_STATED } from '../../../app/reports/funderCodes.ts';
import { CheckInputSchema, ExperienceEntrySchema, PersonSchema, QualificationSchema } from '../../../law/schema.ts';
import { Enum, IsoDate, PageQuery, Uuid } from '../common/schema.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Optional(Type.Union([t, Type.Null()]));
const strict = { additionalProperties: false } as const;

const { birthDate: _b, citizenship: _c, ...personFacts } = PersonSchema.properties;
void [_b, _c];

export const CandidateFactsSchema = Type.Object(
  {
    person: Type.Optional(Type.Object(personFacts, { ...strict, description: 'Languages and the other person facts of a check (contract v1), without birthDate and citizenship.' })),
    qualification: Type.Optional(QualificationSchema),
    experience: Type.Optional(
      Type.Array(
        Type.Object(
          { ...ExperienceEntrySchema.properties, to: Type.Optional(ExperienceEntrySchema.properties.to) },
          { ...strict, description: 'One job; without `to` the current job, counted to the day of each check.' },
        ),
        { maxItems: 100 },
      ),
    ),
    means: CheckInputSchema.properties.means,
    recognitionPartnership: CheckInputSchema.properties.recognitionPartnership,
    chancenkarte: CheckInputSchema.properties.chancenkarte,
  },
  {
    ...strict,
    description:
      'The person’s facts of a pathway check (contract v1), so that the candidate can be checked with one click. Any part may be left out; what a check still needs is named when it is run.',
  },
);

const fields = {
  name: Type.String({ minLength: 1, maxLength: TEXT_MAX }),
  birthDate: Nullable(IsoDate),
  citizenship: Nullable(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2, "XK" for Kosovo' })),
  email: Nullable(Type.String({ maxLength: 254 })),
  phone: Nullable(Type.String({ maxLength: 50 })),
  preferredLanguage: Nullable(Enum(['de', 'en'])),
  otherLanguages: Nullable(Type.String({ maxLength: TEXT_MAX, description: 'languages other than German and English, free text' })),
  recognitionStatus: Type.Optional(Enum(RECOGNITION_STATUSES)),
  notes: Nullable(Type.String({ maxLength: LONG_TEXT_MAX, description: 'the office’s internal notes; never shown to company users' })),
  facts: Type.Optional(CandidateFactsSchema),
  // issue 17: the reporting fields for the funder (optional; null or left out: not asked; 'not_stated': asked, not told)
  reportSex: Nullable(Enum(REPORT_SEXES)),
  reportEmploymentStatus: Nullable(Enum(EMPLOYMENT_STATUSES)),
  reportIsced: Nullable(Enum(ISCED_LEVELS)),
  reportDisability: Nullable(Enum(YES_NO_NOT_STATED)),
  reportForeignOrigin: Nullable(Enum(YES_NO_NOT_STATED)),
};

/** The body of PUT (the whole candidate; fields left out become empty; the company stays). */
export const CandidateBody = Type.Object(fields, strict);
export const CandidateCreateBody = Type.Object({ companyId: Uuid, ...fields }, strict);

export const CandidateQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'part of the name or e-mail address' })),
    companyId: Type.Optional(Uuid),
    ...PageQuery,
  },
  strict,
);

export const ConsentBody = Type.Object(
  {
    purpose: Enum(CONSENT_PURPOSES),
    given: Type.Boolean({ description: 'true: given; false: withdrawn or refused' }),
    declaredOn: IsoDate,
    textVersion: Type.String({ minLength: 1, maxLength: 50, description: 'the version of the consent text the candidate saw' }),
  },
  strict,
);

export const EraseBody = Type.Object({ confirm: Type.Boolean({ description: 'must be true: erasure cannot be undone' }) }, strict);

const NullableString = Type.Union([Type.String(), Type.Null()]);
const ConsentState = Type.Object({
  purpose: Type.String(),
  current: Type.Union([Type.Object({ given: Type.Boolean(), declaredOn: Type.String(), textVersion: Type.String() }), Type.Null()]),
});

export const CandidateListItemSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  companyId: Type.String({ format: 'uuid' }),
  companyName: Type.String(),
  name: Type.String(),
  birthDate: NullableString,
  citizenship: NullableString,
  email: NullableString,
  recognitionStatus: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const CandidateSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    companyId: Type.String({ format: 'uuid' }),
    companyName: Type.String(),
    name: Type.String(),
    birthDate: NullableString,
    citizenship: NullableString,
    email: NullableString,
    phone: NullableString,
    preferredLanguage: NullableString,
    otherLanguages: NullableString,
    recognitionStatus: Type.String(),
    notes: Type.Union([Type.String(), Type.Null()], { description: 'null for company users' }),
    facts: Type.Unknown({ description: 'CandidateFacts (see the request body)' }),
    reportSex: NullableString,
    reportEmploymentStatus: NullableString,
    reportIsced: NullableString,
    reportDisability: NullableString,
    reportForeignOrigin: NullableString,
    consents: Type.Array(ConsentState, { description: 'the current state of each purpose: its latest declaration' }),
    consentHistory: Type.Array(Type.Object({ purpose: Type.String(), given: Type.Boolean(), declaredOn: Type.String(), textVersion: Type.String(), recordedAt: Type.String({ format: 'date-time' }) })),
    cases: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), number: Type.String(), status: Type.String(), routeId: Type.String() })),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Candidate', title: 'Candidate' },
);

export const EraseResultSchema = Type.Object({
  cases: Type.Integer({ description: 'cases kept anonymised' }),
  files: Type.Integer({ description: 'document files deleted' }),
  checks: Type.Integer({ description: 'saved checks deleted' }),
  filesNotRemoved: Type.Integer({ description: 'files whose stored bytes could not be removed (logged for the operator)' }),
});

export function candidateListJson(c: CandidateListItem) {
  return { ...c, updatedAt: c.updatedAt.toISOString() };
}

export function candidateJson(v: CandidateView) {
  const c: CandidateRow = v.candidate;
  return {
    id: c.id,
    companyId: c.companyId,
    companyName: v.companyName,
    name: c.name ?? '',
    birthDate: c.birthDate,
    citizenship: c.citizenship,
    email: c.email,
    phone: c.phone,
    preferredLanguage: c.preferredLanguage,
    otherLanguages: c.otherLanguages,
    recognitionStatus: c.recognitionStatus,
    notes: c.notes,
    facts: c.facts,
    reportSex: c.reportSex,
    reportEmploymentStatus: c.reportEmploymentStatus,
    reportIsced: c.reportIsced,
    reportDisability: c.reportDisability,
    reportForeignOrigin: c.reportForeignOrigin,
    consents: v.consents,
    consentHistory: v.consentHistory.map((h) => ({ purpose: h.purpose, given: h.given, declaredOn: h.declaredOn, textVersion: h.textVersion, recordedAt: h.createdAt.toISOString() })),
    cases: v.cases.map((k) => ({ id: k.id, number: k.number, status: k.status, routeId: k.routeId })),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
