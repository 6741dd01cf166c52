// The questionnaire's steps, the typed answers of each page, and field errors with bilingual messages. Pure; in the
// app layer since issue 14, so that a use case can fill a check's answers (answersFromInput.ts); the questionnaire's
// pages read it through src/web/check/answers/model.ts.

import type { Cefr, GermanAssessment, QualificationLevel, Text } from '../../law/types.ts';

export const STEPS = ['occupation', 'job', 'person', 'qualification', 'experience', 'review'] as const;
export type StepId = (typeof STEPS)[number];
export type DataStepId = Exclude<StepId, 'review'>;
export const DATA_STEPS: readonly DataStepId[] = ['occupation', 'job', 'person', 'qualification', 'experience'];

export function isStep(s: string): s is StepId {
  return (STEPS as readonly string[]).includes(s);
}

export interface OccupationAnswers {
  occupationId: string;
}
export interface JobAnswers {
  hasOffer: boolean;
  salaryEur?: number;
  collectiveAgreement?: boolean;
  contract?: 'open' | 'fixed';
  contractMonths?: number;
  federalState: string;
  municipality?: string;
  decisionDate: string;
  /** the day the application will be made; absent: the decision date (§ 18g Abs. 1 S. 2 Nr. 2 AufenthG counts to it) */
  applicationDate?: string;
}
export interface PersonAnswers {
  citizenship: string;
  birthDate: string;
  german: Cefr;
  english: Cefr;
  firstTitle: boolean;
  meansMonthlyNetEur?: number;
}
export interface QualificationAnswers {
  level: QualificationLevel;
  obtainedIn?: 'abroad' | 'DE';
  stateRecognised?: boolean;
  awardedOn?: string;
  trainingYears?: number;
  /** a tertiary programme equivalent to a degree, at least 3 years (§ 18g Abs. 1 S. 5 AufenthG); absent: not answered */
  tertiaryEquivalent?: boolean;
  assessment: GermanAssessment;
  engineerTitle?: boolean;
}
export interface ExperienceEntryAnswers {
  isco: string;
  from: string;
  /** absent: still working there (counted to the decision date) */
  to?: string;
  related: boolean;
}
export interface ExperienceAnswers {
  entries: ExperienceEntryAnswers[];
}

export interface Answers {
  occupation?: OccupationAnswers;
  job?: JobAnswers;
  person?: PersonAnswers;
  qualification?: QualificationAnswers;
  experience?: ExperienceAnswers;
}

export interface FieldError {
  /** the form field's name (and id of its control) */
  field: string;
  message: Text;
}

/** Raw form values as entered, for re-rendering a form. */
export type FormValues = Record<string, string>;

export type ParseResult<T> = { ok: true; value: T; values: FormValues } | { ok: false; errors: FieldError[]; values: FormValues };

export const MAX_EXPERIENCE_ROWS = 3;
export const MAX_FIELD_LENGTH = 200;

/** The form fields of each page, in order (also the order of the error summary). */
export const FIELDS: Record<DataStepId, readonly string[]> = {
  occupation: ['occupation'],
  job: ['hasOffer', 'salary', 'collectiveAgreement', 'contract', 'contractMonths', 'federalState', 'municipality', 'decisionDate', 'applicationDate'],
  person: ['citizenship', 'birthDate', 'german', 'english', 'firstTitle', 'means'],
  qualification: ['level', 'obtainedIn', 'stateRecognised', 'awardedOn', 'trainingYears', 'tertiaryEquivalent', 'assessment', 'engineerTitle'],
  experience: Array.from({ length: MAX_EXPERIENCE_ROWS }, (_, i) => [`exp${i}_isco`, `exp${i}_from`, `exp${i}_to`, `exp${i}_related`]).flat(),
};

export const tx = (de: string, en: string): Text => ({ de, en });
