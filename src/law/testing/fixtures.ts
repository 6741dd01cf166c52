// Test fixtures for the law tests: a complete, valid CheckInput with sensible defaults, changed per case.
// Only test files import this module.

import type { CheckInput, ExperienceEntry, RouteAssessment } from '../types.ts';
import { explainRoute } from '../decision.ts';
import type { Facts, RouteRule } from '../route.ts';
import { applyDefaults } from '../route.ts';

type Job = NonNullable<CheckInput['job']>;

export interface CaseOverrides {
  decisionDate?: string;
  /** absent: the contract's default (decisionDate) */
  applicationDate?: string;
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
  if (o.applicationDate !== undefined) input.applicationDate = o.applicationDate;
  if (o.means) input.means = o.means;
  return input;
}

/** buildInput with the contract defaults applied, as the route rules receive it. */
export function buildFacts(o: CaseOverrides = {}): Facts {
  return applyDefaults(buildInput(o));
}

export interface RouteCase {
  /** a sentence: "In 2026 a developer earning 50,699.99 € does not reach the standard Blue Card threshold" */
  name: string;
  facts?: CaseOverrides;
  expect: {
    outcome: RouteAssessment['outcome'];
    baApproval?: RouteAssessment['baApproval'];
    discretionary?: boolean;
    salaryThresholdEur?: number | null;
    /** condition id -> expected met; a condition expected as "absent" must not be there */
    conditions?: Record<string, boolean | null | 'absent'>;
    /** hints that must be present (matched on the fields given) */
    hints?: Array<{ conditionId?: string; kind?: string; target?: number | string; date?: string }>;
    /** the condition texts (de or en) must contain these strings */
    texts?: string[];
  };
}

/** Evaluate one law-test case with a route rule; throws an error listing every mismatch and the conditions. */
export function checkCase(rule: RouteRule, c: RouteCase): RouteAssessment {
  const input = buildInput(c.facts);
  const a = explainRoute(rule(applyDefaults(input), input.decisionDate));
  const problems: string[] = [];
  const e = c.expect;
  if (a.outcome !== e.outcome) problems.push(`outcome: expected ${e.outcome}, got ${a.outcome}`);
  if (e.baApproval !== undefined && a.baApproval !== e.baApproval) problems.push(`baApproval: expected ${e.baApproval}, got ${a.baApproval}`);
  if (e.discretionary !== undefined && a.discretionary !== e.discretionary) problems.push(`discretionary: expected ${e.discretionary}, got ${a.discretionary}`);
  if (e.salaryThresholdEur !== undefined && a.salaryThresholdEur !== e.salaryThresholdEur) {
    problems.push(`salaryThresholdEur: expected ${e.salaryThresholdEur}, got ${a.salaryThresholdEur}`);
  }
  for (const [id, met] of Object.entries(e.conditions ?? {})) {
    const found = a.conditions.find((x) => x.id === id);
    if (met === 'absent') {
      if (found) problems.push(`condition ${id}: expected absent, present`);
    } else if (!found) problems.push(`condition ${id}: missing`);
    else if (found.met !== met) problems.push(`condition ${id}: expected met=${met}, got ${found.met}`);
  }
  for (const h of e.hints ?? []) {
    const ok = a.hints.some((x) => Object.entries(h).every(([k, v]) => (x as unknown as Record<string, unknown>)[k] === v));
    if (!ok) problems.push(`hint ${JSON.stringify(h)}: not found in ${JSON.stringify(a.hints.map(({ text: _t, ...rest }) => rest))}`);
  }
  const all = a.conditions.map((x) => `${x.text.de}\n${x.text.en}`).join('\n');
  for (const s of e.texts ?? []) if (!all.includes(s)) problems.push(`text: "${s}" not found`);
  for (const x of a.conditions) {
    if (!x.ref.trim() || !x.text.de.trim() || !x.text.en.trim()) problems.push(`condition ${x.id}: empty ref or text`);
  }
  if (problems.length > 0) {
    const detail = a.conditions.map((x) => `  ${x.id} ${x.met}: ${x.text.en}`).join('\n');
    throw new Error(`${a.id} on ${input.decisionDate}:\n- ${problems.join('\n- ')}\nconditions:\n${detail}`);
  }
  return a;
}
