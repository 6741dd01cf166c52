// Types of the process plan (issue 5): ordered steps from a start date to the first working day, for the
// regular visa procedure or the accelerated procedure of § 81a AufenthG. Pure data, no I/O.

import type { GermanAssessment, QualificationLevel, RouteId, Text } from '../types.ts';
import type { Reference } from '../parameters/parameter.ts';

/** Who acts in a step (issue 5). */
export const ACTORS = ['company', 'candidate', 'recognition-body', 'ba', 'immigration-office', 'mission'] as const;
export type Actor = (typeof ACTORS)[number];

/** Who provides a document: an actor, or the landlord (Wohnungsgeberbestätigung, § 19 BMG). */
export type DocumentProvider = Actor | 'landlord';

export type Payer = 'company' | 'candidate' | 'either';

export type Procedure = 'regular' | 'accelerated';

export type Lang = 'de' | 'en';

/** A period as the statute states it; working days are Monday to Friday (public holidays are not modelled). */
export interface Period {
  n: number;
  unit: 'days' | 'weeks' | 'months' | 'workingDays';
}

/** Duration figures in calendar days. `estimate`: Lotse's planning assumption, not a published figure. */
export interface DurationValue {
  minDays: number;
  typicalDays: number;
  maxDays: number;
  /** the upper figure is a deadline set by statute (norm and period then given) */
  statutory: boolean;
  norm?: string;
  period?: Period;
  estimate: boolean;
  /** what the deadline is about, where the step's title does not say it */
  deadlineText?: Text;
}

/** A fee in euro: fixed (min = max), a range, or unknown (null). */
export type FeeValue = { minEur: number; maxEur: number; typicalEur?: number } | null;

export type AuthorityKind =
  | 'immigration-office-81a'
  | 'immigration-office'
  | 'ba'
  | 'recognition-academic'
  | 'recognition-ihk'
  | 'recognition-hwk'
  | 'recognition-engineer'
  | 'recognition-other'
  | 'mission'
  | 'registration-office';

export interface KnownAuthority {
  known: true;
  /** stable id, e.g. "zab-kl" (Zentrale Ausländerbehörde Kaiserslautern) vs "kmk-zab" (ZAB at the KMK) */
  id: string;
  kind: AuthorityKind;
  name: Text;
  seat?: string;
  url?: string;
  reference: Reference;
  lastVerified: string;
  /** the facts mark the authority's competence or name UNCONFIRMED */
  unconfirmed?: boolean;
  note?: Text;
}

/** An authority the facts do not name for this place: rendered as "ask the service office". */
export interface UnknownAuthority {
  known: false;
  kind: AuthorityKind;
  /** what the authority does, e.g. "the Ausländerbehörde of the place of residence" */
  role: Text;
  /** always ends with the advice to ask the service office; may name a probable body */
  note: Text;
}

export type Authority = KnownAuthority | UnknownAuthority;

export interface PlanDocument {
  id: string;
  label: Text;
  providedBy: DocumentProvider;
  note?: Text;
  /** the company signs this document */
  signedByCompany?: boolean;
}

export interface PlanDeadline {
  period: Period;
  /** calendar-day equivalent of the period, for the schedule */
  days: number;
  statutory: true;
  /** statute citation, e.g. "§ 14a Abs. 3 BQFG" */
  ref: string;
  reference: Reference;
  text: Text;
  /** the date the period ends, counted from the step's typical start */
  date: string;
}

export interface PlanFee {
  /** null: the amount is not known (the facts mark it UNCONFIRMED) */
  eur: { min: number; max: number; typical?: number } | null;
  payer: Payer;
  /** the facts disagree or are silent on who owes the fee (e.g. § 81a) */
  payerUnconfirmed?: boolean;
  /** the amount is UNCONFIRMED */
  unconfirmed?: boolean;
  /** legal basis, e.g. "§ 47 Abs. 1 Nr. 15 AufenthV" */
  norm: string;
  reference: Reference;
  lastVerified: string;
  parameterId: string;
  note?: Text;
}

export const MILESTONE_IDS = [
  'recognition-decision',
  'ba-approval',
  'pre-approval',
  'visa-appointment',
  'visa-issued',
  'entry',
  'anmeldung',
  'first-working-day',
  'residence-permit',
] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];

export interface PlanStep {
  id: string;
  actor: Actor;
  title: Text;
  description: Text;
  documents: PlanDocument[];
  /** the authority that acts or decides in this step, resolved for the place of work; absent for steps among private parties */
  authority?: Authority;
  deadline?: PlanDeadline;
  duration: {
    min: number;
    typical: number;
    max: number;
    estimate: boolean;
    unconfirmed?: boolean;
    parameterId: string;
    reference: Reference;
    /** the parameter's note for advisers (English), e.g. why a figure is UNCONFIRMED */
    note?: string;
  };
  fee?: PlanFee;
  dependsOn: string[];
  /** typical schedule (ISO dates): the step starts when every step it depends on has ended */
  start: string;
  end: string;
  /** end date with every duration at its minimum / maximum */
  earliestEnd: string;
  latestEnd: string;
  milestone?: MilestoneId;
  /** the step is the target milestone's step or one it depends on (the target: first working day; entry for the Chancenkarte) */
  leadsToTarget: boolean;
  /** statute citation of the step, where one applies */
  ref?: string;
}

export interface Milestone {
  id: MilestoneId;
  stepId: string;
  title: Text;
  /** typical date */
  date: string;
  earliest: string;
  latest: string;
}

export interface MoneyRange {
  min: number;
  max: number;
}

export interface PlanTotals {
  /** calendar days from the start date to the target milestone */
  durationDays: { min: number; typical: number; max: number };
  targetMilestone: MilestoneId;
  fees: {
    total: MoneyRange;
    byPayer: Record<Payer, MoneyRange>;
    /** steps whose fee amount is unknown: not included in the sums */
    unknown: Array<{ stepId: string; title: Text }>;
    /** some summed fee or payer rests on an UNCONFIRMED fact */
    unconfirmed: boolean;
  };
}

export interface CompanySignature {
  documentId: string;
  stepId: string;
  label: Text;
  note?: Text;
}

export interface PlanWarning {
  id: string;
  text: Text;
  unconfirmed: boolean;
}

export interface Plan {
  routeId: RouteId;
  procedure: Procedure;
  federalState: string;
  municipality?: string;
  startDate: string;
  /** statute citation of the route */
  routeRef: string;
  steps: PlanStep[];
  milestones: Milestone[];
  totals: PlanTotals;
  companySigns: CompanySignature[];
  /** Chancenkarte only: the means to prove (§ 20a Abs. 4 S. 1 AufenthG) at the start date */
  means?: { monthlyNetEur: number | null; yearlyEur: number | null; unconfirmed: boolean; reference: Reference };
  warnings: PlanWarning[];
}

export interface PlanInput {
  routeId: RouteId;
  procedure: Procedure;
  /** ISO 3166-2 of the place of work, e.g. "DE-RP" */
  federalState: string;
  /** place of work (town or district), e.g. "Kaiserslautern" */
  municipality?: string;
  qualification: {
    level: QualificationLevel;
    germanAssessment: GermanAssessment;
    /** the German reference occupation is an IHK or a Handwerk (HWK) occupation */
    chamber?: 'IHK' | 'HWK';
    /** the candidate wants to use the protected title "Ingenieur/in" */
    engineerTitle?: boolean;
  };
  /**
   * Academic routes: false when anabin already shows the institution as H+ and the degree as
   * "entspricht"/"gleichwertig", so no ZAB statement is needed. Absent: the plan includes the ZAB statement.
   */
  needsRecognition?: boolean;
  /** ISO date the user picks; the plan starts on this day */
  startDate: string;
}
