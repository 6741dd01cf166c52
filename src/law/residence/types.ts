// Contract residence-v1 (../shared/contract/residence-v1.md), as TypeScript types: the residence lifecycle check for a
// person already in Germany on a residence title for employment. Fields of the contract must not be renamed or change
// meaning; fields marked "added" are Lotse's own.

import type { CheckInput, Cefr, RouteId, Text } from '../types.ts';

/** A check-v1 route id names the title held; ICT and Western Balkans titles are out of scope. */
export const TITLE_IDS = [
  '18g-standard',
  '18g-shortage',
  '18g-new-entrant',
  '18g-it',
  '18b',
  '18a',
  '19c2-experience',
  '16d3-partnership',
  '16d1-qualification',
  '20a-skilled',
  '20a-points',
] as const satisfies readonly RouteId[];
export type TitleId = (typeof TITLE_IDS)[number];

/** Titles of past periods: a current title, or a research title (§ 18d), study, training, a settlement permit, other. */
export const PAST_TITLE_IDS = [...TITLE_IDS, '18d', 'study', 'training', 'settlement', 'other'] as const;
export type PastTitle = (typeof PAST_TITLE_IDS)[number];

export const FAMILY_RELATIONS = ['spouse', 'child', 'parent', 'parent_in_law'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

export interface Period {
  titleId: PastTitle;
  from: string;
  /** absent or null: ongoing on decisionDate */
  to?: string | null;
}

export interface EmploymentPeriod extends Period {
  /** compulsory contributions to the statutory pension insurance were paid */
  pensionInsured: boolean;
}

export interface FamilyMember {
  /** caller's label, echoed in memberRef */
  ref: string;
  relation: FamilyRelation;
  birthDate: string;
  citizenship: string;
  german?: Cefr;
  /** spouse */
  marriedOn?: string;
  /** child, default true */
  unmarried?: boolean;
  /** child aged 16+: joins together with the parent(s) */
  movesWithParent?: boolean;
  /** parent_in_law */
  spouseLivesPermanentlyInGermany?: boolean;
}

export interface ResidenceInput {
  /** the day the authority decides; selects the law in force (2024-03-01 or later) */
  decisionDate: string;
  person: {
    birthDate: string;
    /** ISO 3166-1 alpha-2 */
    citizenship: string;
    german: Cefr;
    english: Cefr;
    /** "Leben in Deutschland" test or integration course passed: basic knowledge of the legal and social order */
    orientationTestPassed?: boolean;
    /** start of the current uninterrupted lawful habitual residence in Germany (naturalisation) */
    lawfulResidenceSince?: string;
  };
  currentTitle: {
    id: TitleId;
    /** issue date of the card or visa now held */
    issuedOn: string;
    validUntil: string;
    /** the supplementary sheet limits employment to a named employer */
    employerRestriction?: boolean;
    /** the current job still meets this title's conditions on decisionDate */
    jobMeetsTitleConditions?: boolean;
  };
  /** every period in Germany with a residence title, national visa included (§ 6 (3) AufenthG), oldest first; the last is the current title */
  residenceHistory: Period[];
  /** employment in Germany */
  employment: EmploymentPeriod[];
  /** voluntary contributions or comparable provision not covered by `employment` */
  additionalPensionMonths?: number;
  /** obtainedIn "DE" shortens § 18c (1); used for the purpose change */
  qualification?: CheckInput['qualification'];
  /** purpose change only */
  experience?: CheckInput['experience'];
  /** purpose change only: a concrete job offer */
  newJob?: CheckInput['job'];
  household?: {
    /** livelihood of the person and the family (incl. health insurance) secured without public funds */
    meansSecured?: boolean;
    /** for everyone who lives or will live in the household */
    livingSpaceSufficient?: boolean;
  };
  family: FamilyMember[];
}

export const MOVE_IDS = [
  'settlement-18c1',
  'settlement-18c2',
  'settlement-9',
  'eu-long-term-9a',
  'employer-change',
  'extension',
  'purpose-change-employment',
  'naturalisation-time',
  'family-spouse',
  'family-child',
  'family-parent',
] as const;
export type MoveId = (typeof MOVE_IDS)[number];

export type MoveOutcome = 'open' | 'not_yet' | 'closed' | 'unknown';

export interface MoveCondition {
  /** stable, e.g. "german", "blue_card_months", "pension_months" */
  id: string;
  /** time: a count of months or years that waiting can fill */
  kind: 'time' | 'fact';
  met: boolean | null;
  /** one sentence, with the numbers used ("22 of 27 months") */
  text: Text;
  /** to the sentence, e.g. "§ 18c Abs. 2 S. 1 AufenthG" */
  ref: string;
  /** true where the rule or its citation is UNCONFIRMED */
  unconfirmed?: boolean;
}

export interface MoveHint {
  de: string;
  en: string;
  ref?: string;
}

export interface MoveAssessment {
  id: MoveId;
  /** family moves: the `ref` of the family member */
  memberRef?: string;
  outcome: MoveOutcome;
  /** not_yet only: first day on which every time condition is met if the facts stay as they are */
  earliestDate: string | null;
  /** "kann" decision: open means the statutory conditions are met, the authority still decides */
  discretionary: boolean;
  /** employer-change only */
  procedure?: 'none' | 'notify' | 'permission' | null;
  /** purpose-change-employment only: first eligible check-v1 route */
  targetRoute?: RouteId | null;
  conditions: MoveCondition[];
  /** duties, deadlines, alternatives; never change the outcome */
  hints: MoveHint[];
  title: Text;
}

export interface ResidenceResult {
  decisionDate: string;
  /** identifies the parameter set used */
  lawVersion: string;
  /** every non-family move once, in the order of MOVE_IDS; then one family move per `family` entry, in input order */
  moves: MoveAssessment[];
}
