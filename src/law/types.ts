// Contract v1 of the pathway check (../shared/contract/check-v1.md), as TypeScript types.
// Fields of the contract must not be renamed or change meaning; fields marked "added" are Lotse's own.

export const CEFR_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type Cefr = (typeof CEFR_LEVELS)[number];

/** Route ids in the contract's preference order: `recommended` is the first eligible one. */
export const ROUTE_IDS = [
  '18g-standard',
  '18g-shortage',
  '18g-new-entrant',
  '18g-it',
  '18b',
  '18a',
  '19-ict',
  '19c2-experience',
  '16d3-partnership',
  '16d1-qualification',
  '19c1-westbalkan',
  '20a-skilled',
  '20a-points',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

export type QualificationLevel = 'none' | 'vocational' | 'academic';
export type GermanAssessment = 'none' | 'comparable' | 'equivalent' | 'partial';
export type Licence = 'not_needed' | 'granted' | 'promised' | 'missing';
export type IctRole = 'manager' | 'specialist' | 'trainee';

export interface ExperienceEntry {
  /** ISCO-08 unit group, 4 digits */
  isco: string;
  from: string;
  /** may equal decisionDate for a current job */
  to: string;
  relatedToQualification?: boolean;
}

export interface CheckInput {
  decisionDate: string;
  /**
   * added (issue 12): the day the application is (or will be) made; default: decisionDate. Periods the statute
   * counts to the application use it (the new-entrant window of § 18g Abs. 1 S. 2 Nr. 2 AufenthG).
   */
  applicationDate?: string;
  person: {
    birthDate: string;
    /** ISO 3166-1 alpha-2; "XK" for Kosovo */
    citizenship: string;
    german: Cefr;
    english: Cefr;
    firstTitleInGermany?: boolean;
    adequatePensionProvision?: boolean;
    lawfulStayMonthsLast5Years?: number;
    asylblgBenefitsLast24Months?: boolean;
  };
  qualification: {
    level: QualificationLevel;
    awardedOn?: string;
    obtainedIn?: 'DE' | 'abroad';
    stateRecognisedAbroad?: boolean;
    trainingYears?: number;
    /**
     * added (issue 12): the qualification is a tertiary programme equivalent to a university degree at ISCED 2011
     * level 6 or EQF level 6 (§ 18g Abs. 1 S. 5 AufenthG); its length is trainingYears
     */
    tertiaryEquivalent?: boolean;
    ahk?: boolean;
    germanAssessment: GermanAssessment;
    licence?: Licence;
  };
  experience: ExperienceEntry[];
  job?: {
    isco: string;
    annualGrossSalaryEur: number;
    collectiveAgreement?: boolean;
    qualifiedEmployment?: boolean;
    appropriateToQualification?: boolean;
    contractMonths?: number | null;
    regulated?: boolean;
    /** ISO 3166-2, e.g. "DE-RP" */
    federalState: string;
    municipality?: string;
    ict?: {
      role: IctRole;
      monthsWithGroup: number;
      transferMonths: number;
      sendingEntityOutsideEu: boolean;
    };
  };
  means?: { monthlyNetEur: number };
  recognitionPartnership?: {
    agreementSigned: boolean;
    employerSuitable: boolean;
  };
  chancenkarte?: {
    partnerApplies?: boolean;
  };
}

export interface Text {
  de: string;
  en: string;
}

export type Outcome = 'eligible' | 'ineligible' | 'unknown';

export interface Condition {
  /** stable id, e.g. "salary", "qualification", "experience", "in_force", "job_offer" */
  id: string;
  /** null: unknown (a fact is missing, or the law's figure for the date is not published) */
  met: boolean | null;
  text: Text;
  /** statute citation to the sentence, e.g. "§ 18g Abs. 1 S. 1 AufenthG" */
  ref: string;
  /** added: the condition rests on a fact the reference marks UNCONFIRMED; an adviser should verify it */
  unconfirmed?: boolean;
  /**
   * added (issue 12): for an unknown condition, the answers that would settle it, as dotted paths of CheckInput
   * ("qualification.awardedOn", "job", "means.monthlyNetEur"). Absent when no answer would settle it (the law's
   * figure for the date is not published).
   */
  missing?: string[];
}

/** added (issue 12): one change of the input, as a dotted path of CheckInput and the new value. */
export interface InputChange {
  field: string;
  value: number | string | boolean;
}

/** added: the smallest change of one fact that would make an ineligible route eligible */
export interface Hint {
  /** the condition this hint would satisfy */
  conditionId: string;
  kind: 'salary' | 'experience' | 'language' | 'deadline' | 'age' | 'means' | 'points' | 'other';
  text: Text;
  /** the target figure: a salary in euro, a CEFR level, a number of months or points */
  target?: number | string;
  /** the date on which the condition will be (or stops being) met, where time decides */
  date?: string;
  /** added (issue 12): the change of the input the hint proposes; applied to the input, evaluate() bears it out */
  change?: InputChange[];
  /**
   * added (issue 12): conditions (ids) that would still not be met after the change. Empty or absent: the change
   * alone makes the route eligible (a real near miss).
   */
  alsoNeeded?: string[];
}

export interface RouteAssessment {
  id: RouteId;
  outcome: Outcome;
  baApproval: 'required' | 'not_required';
  priorityCheck: boolean;
  discretionary: boolean;
  salaryThresholdEur: number | null;
  points?: number;
  conditions: Condition[];
  title: Text;
  /** added: statute citation of the route itself */
  ref: string;
  /** added: smallest changes that would make the route eligible (empty when eligible or when no number decides) */
  hints: Hint[];
  /**
   * added (issue 12): present when the route cannot concern this person at all (another nationality, no sending
   * company abroad, an offer that already opens a work route): the one-line reason. Such routes are shown folded.
   */
  notForPerson?: Text;
  /**
   * added (issue 12): when baApproval is "required" but the law knows an exception the contract has no input for,
   * what that exception is ("required unless …").
   */
  baApprovalNote?: Text;
}

/** added (issue 12): a step that would settle open questions, e.g. having a foreign degree assessed. */
export interface NextStep {
  /** stable id, e.g. "degree_assessment" */
  id: string;
  title: Text;
  text: Text;
  links: { title: Text; url: string }[];
  /** the fee in euro where one is published */
  costEur?: number;
  /** how long it usually takes, in words */
  duration?: Text;
  /** the routes it would decide */
  routes: RouteId[];
}

export interface CheckResult {
  decisionDate: string;
  lawVersion: string;
  recommended: RouteId | null;
  routes: RouteAssessment[];
  /**
   * added (issue 12): when no route is eligible, the route most likely to open (an unknown route whose open
   * questions an answer or a step can settle), else absent.
   */
  likely?: RouteId;
  /** added (issue 12): steps that would settle what is open, most useful first */
  nextSteps?: NextStep[];
}
