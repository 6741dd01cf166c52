// Test fixtures for the law tests: a complete, valid CheckInput with sensible defaults, changed per case.
// Only test files import this module.

import type { CheckInput, ExperienceEntry, RouteAssessment } from '../types.ts';
import type { Facts } from '../route.ts';
import { applyDefaults } from '../route.ts';

type Job = NonNullable<CheckInput['job']>;

export interface CaseOverrides {
  decisionDate?: string;
  person?: Partial<CheckInput['person']>;
  qualification?: Partial<CheckInput['qualification']>;
  experience?: ExperienceEntry[];
  /** null: no job offer */
  job?: Partial<Job> | null;
  means?: CheckInput['means'];
}

/**
 * A software developer (ISCO 2512), born 1996-02-10, with a comparable foreign degree awarded 2018-06-30,
 * working since 2018-09-01 until the decision date, offered 52,000 € in Kaiserslautern; decision 2026-04-01.
 */
export function buildInput(o: CaseOverrides = {}): CheckInput {
  const decisionDate = o.decisionDate ?? '2026-04-01';
  const input: CheckInput = {
    decisionDate,
    person: {
      birthDate: '1996-02-10',
      citizenship: 'IN',
      german: 'none',
      english: 'B2',
      firstTitleInGermany: true,
      adequatePensionProvision: false,
      lawfulStayMonthsLast5Years: 0,
      asylblgBenefitsLast24Months: false,
      ...o.person,
    },
    qualification: {
      level: 'academic',
      awardedOn: '2018-06-30',
      obtainedIn: 'abroad',
      stateRecognisedAbroad: true,
      trainingYears: 4,
      germanAssessment: 'comparable',
      licence: 'not_needed',
      ...o.qualification,
    },
    experience: o.experience ?? [{ isco: '2512', from: '2018-09-01', to: decisionDate, relatedToQualification: true }],
  };
  if (o.job !== null) {
    input.job = {
      isco: '2512',
      annualGrossSalaryEur: 52_000,
      collectiveAgreement: false,
      qualifiedEmployment: true,
      appropriateToQualification: true,
      contractMonths: null,
      regulated: false,
      federalState: 'DE-RP',
      municipality: 'Kaiserslautern',
      ...o.job,
    };
  }
  if (o.means) input.means = o.means;
  return input;
}

/** buildInput with the contract defaults applied, as the route rules receive it. */
export function buildFacts(o: CaseOverrides = {}): Facts {
  return applyDefaults(buildInput(o));
}

/** The condition with `id`, or a thrown error naming the conditions present (clear failure in tests). */
export function conditionOf(a: RouteAssessment, id: string): RouteAssessment['conditions'][number] {
  const c = a.conditions.find((x) => x.id === id);
  if (!c) throw new Error(`${a.id}: no condition "${id}" (have: ${a.conditions.map((x) => x.id).join(', ')})`);
  return c;
}
