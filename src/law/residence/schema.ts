// JSON Schemas of contract residence-v1 (../shared/contract/residence-v1.md), built with TypeBox like the check's
// (../schema.ts, whose building blocks and qualification, experience and job schemas are reused): pure data.
// ResidenceInputSchema mirrors ResidenceInput (schema.test.ts proves it); ResidenceResultSchema describes the response.

import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { ROUTE_IDS } from '../types.ts';
import {
  COUNTRY_PATTERN,
  ExperienceEntrySchema,
  ISO_DATE_PATTERN,
  JobSchema,
  LIMITS,
  QualificationSchema,
  TextSchema,
  amount,
  cefr,
  isoDate,
  strictObject,
  stringEnum,
} from '../schema.ts';
import { FAMILY_RELATIONS, MOVE_IDS, PAST_TITLE_IDS, TITLE_IDS } from './types.ts';

export const RESIDENCE_LIMITS = { periods: 200, family: 50, refLength: 100 } as const;

const country = (description: string) => Type.String({ pattern: COUNTRY_PATTERN, description: `${description} ISO 3166-1 alpha-2 country code in capitals, e.g. "IN".` });
const pastTitle = stringEnum(PAST_TITLE_IDS, 'The title of the period: a check-v1 route id, "18d" (research), "study", "training", "settlement" or "other".');
const until = Type.Optional(
  Type.Union([isoDate('Last day of the period (inclusive).'), Type.Null()], { description: 'Last day of the period (inclusive); absent or null: ongoing on decisionDate.' }),
);

export const ResidencePeriodSchema = Type.Object(
  { titleId: pastTitle, from: isoDate('First day of the period.'), to: until },
  { ...strictObject, description: 'One period in Germany with a residence title, national visa included (§ 6 Abs. 3 AufenthG).' },
);

export const EmploymentPeriodSchema = Type.Object(
  {
    titleId: pastTitle,
    from: isoDate('First day of the employment.'),
    to: until,
    pensionInsured: Type.Boolean({ description: 'Whether compulsory contributions to the statutory pension insurance were paid.' }),
  },
  { ...strictObject, description: 'One employment in Germany and the title it was done under.' },
);

export const FamilyMemberSchema = Type.Object(
  {
    ref: Type.String({ minLength: 1, maxLength: RESIDENCE_LIMITS.refLength, description: "The caller's label, echoed in the family move's memberRef." }),
    relation: stringEnum(FAMILY_RELATIONS, 'Relation to the person: spouse, child, parent or parent_in_law.'),
    birthDate: isoDate('Date of birth.'),
    citizenship: country('Citizenship as an'),
    german: Type.Optional(cefr('Command of German.')),
    marriedOn: Type.Optional(isoDate('Spouse: the day of the marriage.')),
    unmarried: Type.Optional(Type.Boolean({ description: 'Child: unmarried. Default: true.' })),
    movesWithParent: Type.Optional(Type.Boolean({ description: 'Child aged 16 or older: joins together with the parent(s).' })),
    spouseLivesPermanentlyInGermany: Type.Optional(Type.Boolean({ description: 'Parent-in-law: the spouse lives permanently in Germany.' })),
  },
  { ...strictObject, description: 'A family member who is to join.' },
);

export const ResidenceInputSchema = Type.Object(
  {
    decisionDate: isoDate('The day the authority decides; selects the law in force. 2024-03-01 or later.'),
    person: Type.Object(
      {
        birthDate: isoDate('Date of birth.'),
        citizenship: country('Citizenship as an'),
        german: cefr('Proven command of German (certificate).'),
        english: cefr('Command of English.'),
        orientationTestPassed: Type.Optional(
          Type.Boolean({ description: '"Leben in Deutschland" test or integration course passed: basic knowledge of the legal and social order. Absent: unknown.' }),
        ),
        lawfulResidenceSince: Type.Optional(isoDate('Start of the current uninterrupted lawful habitual residence in Germany (naturalisation).')),
      },
      { ...strictObject, description: 'The person who lives in Germany on a residence title for employment.' },
    ),
    currentTitle: Type.Object(
      {
        id: stringEnum(TITLE_IDS, 'The title now held, as a check-v1 route id (not 19-ict or 19c1-westbalkan).'),
        issuedOn: isoDate('Issue date of the card or visa now held.'),
        validUntil: isoDate('Last day of validity.'),
        employerRestriction: Type.Optional(Type.Boolean({ description: 'The supplementary sheet limits employment to a named employer. Absent: unknown.' })),
        jobMeetsTitleConditions: Type.Optional(
          Type.Boolean({ description: "The current job still meets this title's conditions on decisionDate (Blue Card: the salary threshold of the decision year). Absent: unknown." }),
        ),
      },
      { ...strictObject, description: 'The residence title now held.' },
    ),
    residenceHistory: Type.Array(ResidencePeriodSchema, {
      maxItems: RESIDENCE_LIMITS.periods,
      description: 'Every period in Germany with a residence title, oldest first; the last entry is the current title and covers decisionDate.',
    }),
    employment: Type.Array(EmploymentPeriodSchema, { maxItems: RESIDENCE_LIMITS.periods, description: 'Employment in Germany; may be empty.' }),
    additionalPensionMonths: Type.Optional(amount(LIMITS.months, 'Months of voluntary contributions or comparable provision not covered by `employment`.')),
    qualification: Type.Optional(QualificationSchema),
    experience: Type.Optional(Type.Array(ExperienceEntrySchema, { maxItems: LIMITS.experienceEntries, description: 'Professional experience (purpose change only).' })),
    newJob: Type.Optional({ ...JobSchema, description: 'Purpose change only: a concrete job offer, as the job of check-v1.' }),
    household: Type.Optional(
      Type.Object(
        {
          meansSecured: Type.Optional(Type.Boolean({ description: 'The livelihood of the person and the family, health insurance included, is secured without public funds.' })),
          livingSpaceSufficient: Type.Optional(Type.Boolean({ description: 'There is sufficient living space for everyone who lives or will live in the household.' })),
        },
        { ...strictObject, description: 'The household; absent facts are unknown.' },
      ),
    ),
    family: Type.Array(FamilyMemberSchema, { maxItems: RESIDENCE_LIMITS.family, description: 'Family members who are to join; may be empty.' }),
  },
  {
    ...strictObject,
    $id: 'ResidenceInput',
    title: 'ResidenceInput',
    description: 'Facts for the residence lifecycle check, contract residence-v1. Dates are ISO YYYY-MM-DD.',
  },
);

const MoveConditionSchema = Type.Object(
  {
    id: Type.String({ description: 'Stable id, e.g. "german", "blue_card_months", "pension_months".' }),
    kind: stringEnum(['time', 'fact'] as const, 'time: a count of months or years that waiting can fill; fact: anything else.'),
    met: Type.Union([Type.Boolean(), Type.Null()], { description: 'true: met; false: not met; null: unknown.' }),
    text: TextSchema,
    ref: Type.String({ description: 'Statute citation to the sentence, e.g. "§ 18c Abs. 2 S. 1 AufenthG".' }),
    unconfirmed: Type.Optional(Type.Boolean({ description: 'The rule or its citation is unconfirmed; to be verified.' })),
  },
  { ...strictObject, description: 'One condition of a move.' },
);

const MoveHintSchema = Type.Object(
  { de: Type.String(), en: Type.String(), ref: Type.Optional(Type.String({ description: 'Statute citation.' })) },
  { ...strictObject, description: 'A duty, deadline or alternative; never changes the outcome.' },
);

export const MoveAssessmentSchema = Type.Object(
  {
    id: stringEnum(MOVE_IDS, 'The move.'),
    memberRef: Type.Optional(Type.String({ description: 'Family moves: the ref of the family member.' })),
    outcome: stringEnum(['open', 'not_yet', 'closed', 'unknown'] as const, 'closed: a fact condition fails; not_yet: a time condition fails; unknown: a condition is unknown; open: all met.'),
    earliestDate: Type.Union([Type.String({ pattern: ISO_DATE_PATTERN }), Type.Null()], {
      description: 'not_yet only: the first day on which every time condition is met if the facts stay as they are.',
    }),
    discretionary: Type.Boolean({ description: '"kann" decision: open means the statutory conditions are met, the authority still decides.' }),
    procedure: Type.Optional(
      Type.Union([stringEnum(['none', 'notify', 'permission'] as const, 'What a change of employer needs.'), Type.Null()], { description: 'employer-change only; null: unknown.' }),
    ),
    targetRoute: Type.Optional(Type.Union([stringEnum(ROUTE_IDS, 'A check-v1 route.'), Type.Null()], { description: 'purpose-change-employment only: the first eligible route.' })),
    conditions: Type.Array(MoveConditionSchema),
    hints: Type.Array(MoveHintSchema),
    title: TextSchema,
  },
  { ...strictObject, description: 'The assessment of one move.' },
);

export const ResidenceResultSchema = Type.Object(
  {
    decisionDate: Type.String({ pattern: ISO_DATE_PATTERN, description: 'The decision date of the input.' }),
    lawVersion: Type.String({ description: 'Identifies the parameter set used, e.g. "2026-01-01".' }),
    moves: Type.Array(MoveAssessmentSchema, { description: 'Every non-family move once, in the contract order; then one family move per family entry, in input order.' }),
  },
  { ...strictObject, $id: 'ResidenceResult', title: 'ResidenceResult', description: 'Result of the residence lifecycle check, contract residence-v1.' },
);

export type ResidenceInputFromSchema = Static<typeof ResidenceInputSchema>;
export type ResidenceResultFromSchema = Static<typeof ResidenceResultSchema>;
