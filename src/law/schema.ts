// JSON Schemas of contract v1 (../shared/contract/check-v1.md), built with TypeBox: pure data.
// CheckInputSchema mirrors CheckInput in types.ts exactly (schema.test.ts proves that both ways);
// CheckResultSchema describes the response, including Lotse's added fields.
// Used by validate.ts (CLI and HTTP) and published in the OpenAPI document by the JSON API.
// Formats are expressed as patterns, never as `format`, so every validator checks them the same way.

import { Type } from '@sinclair/typebox';
import { Kind, TypeRegistry } from '@sinclair/typebox';
import type { Static, TUnsafe } from '@sinclair/typebox';
import { CEFR_LEVELS, ROUTE_IDS } from './types.ts';

/** YYYY-MM-DD with a month 01–12 and a day 01–31; validate.ts also rejects days the month does not have. */
export const ISO_DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
/** ISO 3166-1 alpha-2 shape: two capital letters ("XK" for Kosovo is accepted like any other pair). */
export const COUNTRY_PATTERN = '^[A-Z]{2}$';
/** ISCO-08 unit group: exactly four digits. */
export const ISCO_PATTERN = '^\\d{4}$';
/** ISO 3166-2 codes of the 16 German Länder. */
export const FEDERAL_STATES = [
  'DE-BW', 'DE-BY', 'DE-BE', 'DE-BB', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-MV',
  'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-SH', 'DE-TH',
] as const;
export const FEDERAL_STATE_PATTERN = `^DE-(${FEDERAL_STATES.map((s) => s.slice(3)).join('|')})$`;

/** Sane upper bounds: far above any real case, low enough to catch unit mistakes (cents for euro). */
export const LIMITS = {
  annualGrossSalaryEur: 10_000_000,
  monthlyNetEur: 1_000_000,
  months: 1200,
  lawfulStayMonthsLast5Years: 60,
  trainingYears: 20,
  experienceEntries: 100,
  municipalityLength: 200,
} as const;

// ---- building blocks ----

export const STRING_ENUM_KIND = 'StringEnum';
if (!TypeRegistry.Has(STRING_ENUM_KIND)) {
  TypeRegistry.Set<{ enum: readonly string[] }>(
    STRING_ENUM_KIND,
    (schema, value) => typeof value === 'string' && schema.enum.includes(value),
  );
}

export const strictObject = { additionalProperties: false } as const;

export function isoDate(description: string) {
  return Type.String({ pattern: ISO_DATE_PATTERN, description: `${description} ISO date YYYY-MM-DD.` });
}

/**
 * A string enumeration as plain JSON Schema (`{ type: "string", enum: [...] }`), which OpenAPI 3.0 renders
 * as a list of values; TypeBox's own Union of Literals would become an anyOf of single-value enums.
 * The kind is registered below so that TypeBox's compiler and Value functions can check it.
 */
export function stringEnum<const T extends readonly string[]>(values: T, description: string): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ [Kind]: STRING_ENUM_KIND, type: 'string', enum: [...values], description });
}

export function amount(maximum: number, description: string) {
  return Type.Number({ minimum: 0, maximum, description });
}

export const cefr = (description: string) =>
  stringEnum(CEFR_LEVELS, `${description} CEFR level; "none" if the person does not speak it at all.`);

// ---- CheckInput ----

export const PersonSchema = Type.Object(
  {
    birthDate: isoDate('Date of birth.'),
    citizenship: Type.String({
      pattern: COUNTRY_PATTERN,
      description: 'Citizenship as an ISO 3166-1 alpha-2 country code in capitals, e.g. "IN"; "XK" for Kosovo.',
    }),
    german: cefr('Command of German.'),
    english: cefr('Command of English.'),
    firstTitleInGermany: Type.Optional(
      Type.Boolean({
        description: 'Whether this is the first residence title for employment in Germany. Default: true.',
      }),
    ),
    adequatePensionProvision: Type.Optional(
      Type.Boolean({
        description:
          'Proven adequate old-age provision, relevant for applicants aged 45 or over (§ 18 Abs. 2 Nr. 5 AufenthG). Absent: unknown.',
      }),
    ),
    lawfulStayMonthsLast5Years: Type.Optional(
      amount(
        LIMITS.lawfulStayMonthsLast5Years,
        'Months of uninterrupted lawful stay in Germany within the last 5 years, tourist stays excluded. Absent: unknown.',
      ),
    ),
    asylblgBenefitsLast24Months: Type.Optional(
      Type.Boolean({
        description:
          'Whether the person received benefits under the Asylum Seekers Benefits Act (AsylbLG) in the last 24 months. Absent: unknown.',
      }),
    ),
  },
  { ...strictObject, description: 'The person who is to come to work in Germany.' },
);

export const QualificationSchema = Type.Object(
  {
    level: stringEnum(
      ['none', 'vocational', 'academic'] as const,
      'Highest formal qualification: none, vocational training, or an academic degree.',
    ),
    awardedOn: Type.Optional(isoDate('Date the qualification was obtained.')),
    obtainedIn: Type.Optional(
      stringEnum(['DE', 'abroad'] as const, 'Where the qualification was obtained: in Germany ("DE") or "abroad".'),
    ),
    stateRecognisedAbroad: Type.Optional(
      Type.Boolean({ description: 'Whether the qualification is state-recognised in the country where it was obtained.' }),
    ),
    trainingYears: Type.Optional(
      amount(LIMITS.trainingYears, 'Formal length of the training or study programme in years, e.g. 3.5.'),
    ),
    tertiaryEquivalent: Type.Optional(
      Type.Boolean({
        description:
          'Whether the qualification is a tertiary education programme equivalent to a university degree, at a level assigned to at least ISCED 2011 level 6 or EQF level 6 (§ 18g Abs. 1 S. 5 AufenthG, EU Blue Card only); its length is trainingYears (at least 3 years are required). Absent: no.',
      }),
    ),
    ahk: Type.Optional(
      Type.Boolean({
        description: 'Whether the vocational qualification was awarded by a German chamber of commerce abroad (AHK).',
      }),
    ),
    germanAssessment: stringEnum(
      ['none', 'comparable', 'equivalent', 'partial'] as const,
      'German assessment of the qualification. "comparable": anabin H+ with "entspricht"/"gleichwertig" or a ZAB statement of comparability (academic); ' +
        '"equivalent": full equivalence notice from the competent German body; "partial": notice that adaptation or compensation measures are needed (Defizitbescheid); "none": no assessment.',
    ),
    licence: Type.Optional(
      stringEnum(
        ['not_needed', 'granted', 'promised', 'missing'] as const,
        'Licence to practise (Berufsausübungserlaubnis) for regulated professions.',
      ),
    ),
  },
  { ...strictObject, description: 'The person’s formal qualification and its recognition in Germany.' },
);

export const ExperienceEntrySchema = Type.Object(
  {
    isco: Type.String({ pattern: ISCO_PATTERN, description: 'Occupation as an ISCO-08 unit group, 4 digits, e.g. "2512".' }),
    from: isoDate('First day of the job.'),
    to: isoDate('Last day of the job; may equal decisionDate for a current job.'),
    relatedToQualification: Type.Optional(
      Type.Boolean({ description: 'Whether the job was related to the person’s qualification.' }),
    ),
  },
  { ...strictObject, description: 'One period of professional experience.' },
);

export const IctSchema = Type.Object(
  {
    role: stringEnum(
      ['manager', 'specialist', 'trainee'] as const,
      'Role in the intra-corporate transfer: manager, specialist or trainee.',
    ),
    monthsWithGroup: amount(LIMITS.months, 'Months the person has worked for the corporate group before the transfer.'),
    transferMonths: amount(LIMITS.months, 'Planned length of the transfer to Germany in months.'),
    sendingEntityOutsideEu: Type.Boolean({
      description: 'Whether the sending company of the group is established outside the European Union.',
    }),
  },
  { ...strictObject, description: 'Intra-corporate transfer (ICT card, § 19 AufenthG); absent: not a transfer.' },
);

export const JobSchema = Type.Object(
  {
    isco: Type.String({ pattern: ISCO_PATTERN, description: 'Occupation of the job offered, ISCO-08 unit group, 4 digits, e.g. "2512".' }),
    annualGrossSalaryEur: amount(LIMITS.annualGrossSalaryEur, 'Gross annual salary offered, in euro.'),
    collectiveAgreement: Type.Optional(
      Type.Boolean({ description: 'Whether the employer is bound by a collective agreement and pays its terms.' }),
    ),
    qualifiedEmployment: Type.Optional(
      Type.Boolean({ description: 'Whether the job is a qualified employment (needs at least two years of training). Default: true.' }),
    ),
    appropriateToQualification: Type.Optional(
      Type.Boolean({ description: 'Whether the job is appropriate to the person’s qualification (Blue Card). Default: true.' }),
    ),
    contractMonths: Type.Optional(
      Type.Union([amount(LIMITS.months, 'Length of the employment contract in months.'), Type.Null()], {
        description: 'Length of the employment contract in months; null or absent: open-ended.',
      }),
    ),
    regulated: Type.Optional(
      Type.Boolean({ description: 'Whether the job needs a licence to practise (regulated profession).' }),
    ),
    federalState: Type.String({
      pattern: FEDERAL_STATE_PATTERN,
      description: `Federal state of the place of work, ISO 3166-2 code: one of ${FEDERAL_STATES.join(', ')}.`,
    }),
    municipality: Type.Optional(
      Type.String({ minLength: 1, maxLength: LIMITS.municipalityLength, description: 'Municipality of the place of work, e.g. "Kaiserslautern".' }),
    ),
    ict: Type.Optional(IctSchema),
  },
  { ...strictObject, description: 'The concrete job offer; absent: no job offer yet.' },
);

export const CheckInputSchema = Type.Object(
  {
    decisionDate: isoDate(
      'The day the authority decides; selects the law and the thresholds in force. 2023-11-18 or later.',
    ),
    applicationDate: Type.Optional(
      isoDate(
        'The day the application for the residence title is (or will be) made; not after decisionDate. Periods the statute counts to the application use it (the 3-year new-entrant window of § 18g Abs. 1 S. 2 Nr. 2 AufenthG). Default: decisionDate.',
      ),
    ),
    person: PersonSchema,
    qualification: QualificationSchema,
    experience: Type.Array(ExperienceEntrySchema, {
      maxItems: LIMITS.experienceEntries,
      description: 'Professional experience, one entry per job; may be empty.',
    }),
    job: Type.Optional(JobSchema),
    means: Type.Optional(
      Type.Object(
        { monthlyNetEur: amount(LIMITS.monthlyNetEur, 'Secured net means per month, in euro.') },
        { ...strictObject, description: 'Secured means of subsistence (Chancenkarte, § 16d AufenthG); absent: unknown.' },
      ),
    ),
    recognitionPartnership: Type.Optional(
      Type.Object(
        {
          agreementSigned: Type.Boolean({
            description: 'Whether the person and the employer have signed a recognition partnership agreement.',
          }),
          employerSuitable: Type.Boolean({ description: 'Whether the employer is suitable for the recognition partnership.' }),
        },
        { ...strictObject, description: 'Recognition partnership, § 16d Abs. 3 AufenthG; absent: none.' },
      ),
    ),
    chancenkarte: Type.Optional(
      Type.Object(
        {
          partnerApplies: Type.Optional(
            Type.Boolean({
              description: 'Whether a spouse or partner who meets the requirements applies for a Chancenkarte too.',
            }),
          ),
        },
        { ...strictObject, description: 'Facts only the Chancenkarte (§ 20a AufenthG) asks for.' },
      ),
    ),
  },
  {
    ...strictObject,
    $id: 'CheckInput',
    title: 'CheckInput',
    description: 'Facts for the pathway check, contract v1. Dates are ISO YYYY-MM-DD; money is euro, gross per year unless named otherwise.',
  },
);

// ---- CheckResult ----

export const TextSchema = Type.Object(
  {
    de: Type.String({ description: 'German.' }),
    en: Type.String({ description: 'English.' }),
  },
  { ...strictObject, description: 'A text in German and English.' },
);

export const ConditionSchema = Type.Object(
  {
    id: Type.String({ description: 'Stable id of the condition, e.g. "salary", "qualification", "in_force", "job_offer".' }),
    met: Type.Union([Type.Boolean(), Type.Null()], {
      description: 'true: met; false: not met; null: unknown (a fact is missing or the figure for the year is not published).',
    }),
    text: TextSchema,
    ref: Type.String({ description: 'Statute citation, e.g. "§ 18g Abs. 1 S. 1 AufenthG".' }),
    unconfirmed: Type.Optional(
      Type.Boolean({ description: 'The condition rests on a fact the reference marks unconfirmed; an adviser should verify it.' }),
    ),
    missing: Type.Optional(
      Type.Array(Type.String(), {
        description:
          'For an unknown condition: the answers that would settle it, as dotted paths of CheckInput (e.g. "qualification.awardedOn"). Absent when no answer would (the figure for the date is not published).',
      }),
    ),
  },
  { ...strictObject, description: 'One requirement of a route and whether the facts meet it.' },
);

const InputChangeSchema = Type.Object(
  {
    field: Type.String({ description: 'Dotted path of CheckInput, e.g. "job.annualGrossSalaryEur".' }),
    value: Type.Union([Type.Number(), Type.String(), Type.Boolean()], { description: 'The new value.' }),
  },
  { ...strictObject, description: 'One change of the input.' },
);

export const HintSchema = Type.Object(
  {
    conditionId: Type.String({ description: 'The condition this hint would satisfy.' }),
    kind: stringEnum(
      ['salary', 'experience', 'language', 'deadline', 'age', 'means', 'points', 'other'] as const,
      'What kind of fact would have to change.',
    ),
    text: TextSchema,
    target: Type.Optional(
      Type.Union([Type.Number(), Type.String()], {
        description: 'The target figure: a salary in euro, a CEFR level, a number of months or points.',
      }),
    ),
    date: Type.Optional(
      Type.String({ pattern: ISO_DATE_PATTERN, description: 'The date on which the condition will be (or stops being) met, where time decides.' }),
    ),
    change: Type.Optional(
      Type.Array(InputChangeSchema, { description: 'The change of the input the hint proposes; applied to the input, the check bears it out.' }),
    ),
    alsoNeeded: Type.Optional(
      Type.Array(Type.String(), {
        description: 'Ids of the conditions that would still not be met after the change; empty or absent: the change alone opens the route.',
      }),
    ),
  },
  { ...strictObject, description: 'The smallest change of one fact that would make the route eligible.' },
);

const RouteIdSchema = stringEnum(ROUTE_IDS, 'Route id (contract v1), listed in preference order.');

const NextStepSchema = Type.Object(
  {
    id: Type.String({ description: 'Stable id, e.g. "degree_assessment".' }),
    title: TextSchema,
    text: TextSchema,
    links: Type.Array(Type.Object({ title: TextSchema, url: Type.String() }, strictObject)),
    costEur: Type.Optional(Type.Number({ description: 'The fee in euro where one is published.' })),
    duration: Type.Optional({ ...TextSchema, description: 'How long it usually takes.' }),
    routes: Type.Array(RouteIdSchema, { description: 'The routes it would decide.' }),
  },
  { ...strictObject, description: 'A step that would settle open questions.' },
);

export const RouteAssessmentSchema = Type.Object(
  {
    id: RouteIdSchema,
    outcome: stringEnum(
      ['eligible', 'ineligible', 'unknown'] as const,
      'eligible: every modelled requirement is met; ineligible: at least one is not met; unknown: none failed, but at least one depends on a fact not given.',
    ),
    baApproval: stringEnum(
      ['required', 'not_required'] as const,
      'Whether the approval of the Federal Employment Agency (Zustimmung der Bundesagentur für Arbeit) is required.',
    ),
    priorityCheck: Type.Boolean({ description: 'Whether a labour-market priority check (Vorrangprüfung) applies.' }),
    discretionary: Type.Boolean({ description: 'Whether the decision is discretionary ("kann"/"soll") or subject to a quota.' }),
    salaryThresholdEur: Type.Union([Type.Number(), Type.Null()], {
      description: 'Minimum gross annual salary that applied on decisionDate, after any exemption; null if none applies or the figure is not published.',
    }),
    points: Type.Optional(Type.Number({ description: 'Chancenkarte points (points route only).' })),
    conditions: Type.Array(ConditionSchema, { description: 'The route’s requirements.' }),
    title: TextSchema,
    ref: Type.String({ description: 'Statute citation of the route itself.' }),
    hints: Type.Array(HintSchema, {
      description: 'Smallest changes that would make the route eligible; empty when eligible or when no number decides.',
    }),
    notForPerson: Type.Optional({
      ...TextSchema,
      description: 'Present when the route cannot concern this person at all: the one-line reason.',
    }),
    baApprovalNote: Type.Optional({
      ...TextSchema,
      description: 'When baApproval is "required" but an exception may apply that the input does not ask about: the exception ("required unless …").',
    }),
  },
  { ...strictObject, description: 'The assessment of one route.' },
);

export const CheckResultSchema = Type.Object(
  {
    decisionDate: Type.String({ pattern: ISO_DATE_PATTERN, description: 'The decision date of the input.' }),
    lawVersion: Type.String({ description: 'Identifies the parameter set used, e.g. "2026-01-01".' }),
    recommended: Type.Union([RouteIdSchema, Type.Null()], {
      description: 'The first eligible route in preference order; null if none is eligible.',
    }),
    routes: Type.Array(RouteAssessmentSchema, {
      minItems: ROUTE_IDS.length,
      maxItems: ROUTE_IDS.length,
      description: 'Every route exactly once: eligible ones first in preference order, then unknown, then ineligible.',
    }),
    likely: Type.Optional({ ...RouteIdSchema, description: 'When no route is eligible: the route most likely to open.' }),
    nextSteps: Type.Optional(Type.Array(NextStepSchema, { description: 'Steps that would settle what is open, most useful first.' })),
  },
  { ...strictObject, $id: 'CheckResult', title: 'CheckResult', description: 'Result of the pathway check, contract v1.' },
);

export type CheckInputFromSchema = Static<typeof CheckInputSchema>;
export type CheckResultFromSchema = Static<typeof CheckResultSchema>;
