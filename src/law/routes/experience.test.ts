import { test } from 'node:test';
import type { CaseOverrides, RouteCase } from '../testing/fixtures.ts';
import { checkCase } from '../testing/fixtures.ts';
import { berufserfahrung } from './experience.ts';
import { UNPUBLISHED } from '../testing/years.ts';

const noDegree = { level: 'none', germanAssessment: 'none', awardedOn: undefined, obtainedIn: undefined, stateRecognisedAbroad: undefined, trainingYears: undefined } as const;

/** An IT specialist without degree: system administrator (ISCO 2522) since `from`, offered `salary`. */
function itSpecialist(decisionDate: string, from: string, salary: number, extra: CaseOverrides = {}): CaseOverrides {
  return {
    decisionDate,
    qualification: { ...noDegree },
    experience: [{ isco: '2522', from, to: decisionDate }],
    ...extra,
    job: { isco: '2522', annualGrossSalaryEur: salary, ...extra.job },
  };
}

/** The Elektroniker of TC-08/TC-09: 3-year training state-recognised in the Philippines, no German recognition. */
function elektroniker(decisionDate: string, from: string, salary: number, job: CaseOverrides['job'] = {}): CaseOverrides {
  return {
    decisionDate,
    person: { birthDate: '1995-03-03', citizenship: 'PH' },
    qualification: { level: 'vocational', awardedOn: '2016-04-30', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 3, germanAssessment: 'none' },
    experience: [{ isco: '7411', from, to: decisionDate, relatedToQualification: true }],
    job: { isco: '7411', annualGrossSalaryEur: salary, collectiveAgreement: false, ...job },
  };
}

const cases: RouteCase[] = [
  {
    name: 'TC-06: in 2026 a system administrator without degree with 4 years of IT work at 46,000 € meets § 6 BeschV (45,630 €)',
    facts: itSpecialist('2026-02-01', '2021-11-01', 46_000),
    expect: { outcome: 'eligible', baApproval: 'required', discretionary: true, salaryThresholdEur: 45_630, conditions: { qualification: true, experience: true, salary: true, not_regulated: true } },
  },
  {
    name: 'TC-07: in 2026 an IT specialist with 2 years 3 months of IT work at 45,700 € meets § 6 BeschV',
    facts: itSpecialist('2026-02-01', '2023-11-01', 45_700),
    expect: { outcome: 'eligible', salaryThresholdEur: 45_630 },
  },
  {
    name: 'In 2026 45,629.99 € misses the § 6 BeschV threshold by one cent, with the target and the collective-agreement alternative as hints',
    facts: itSpecialist('2026-02-01', '2023-11-01', 45_629.99),
    expect: { outcome: 'ineligible', conditions: { salary: false }, hints: [{ conditionId: 'salary', kind: 'salary', target: 45_630 }, { conditionId: 'salary', kind: 'other' }] },
  },
  {
    name: 'In 2026 exactly 45,630 € reaches the § 6 BeschV threshold',
    facts: itSpecialist('2026-02-01', '2023-11-01', 45_630),
    expect: { outcome: 'eligible' },
  },
  {
    name: 'A salary below 45 % with no statement about a collective agreement is unknown',
    facts: itSpecialist('2026-02-01', '2023-11-01', 40_000, { job: { collectiveAgreement: undefined } }),
    expect: { outcome: 'unknown', conditions: { salary: null } },
  },
  {
    name: 'Exactly 2 years of experience ending on the decision date meet "2 of the last 5 years"',
    facts: itSpecialist('2026-04-01', '2024-04-02', 46_000),
    expect: { outcome: 'eligible', conditions: { experience: true } },
  },
  {
    name: 'One day short of 2 years fails, with the date the current job completes them',
    facts: itSpecialist('2026-04-01', '2024-04-03', 46_000),
    expect: { outcome: 'ineligible', conditions: { experience: false }, hints: [{ conditionId: 'experience', kind: 'experience', target: 1, date: '2026-04-02' }] },
  },
  {
    name: 'TC-08: in 2026 an Elektroniker with 2.5 years of experience at 40,000 € from an employer without collective agreement fails the 45,630 € threshold',
    facts: elektroniker('2026-09-01', '2024-03-01', 40_000),
    expect: { outcome: 'ineligible', salaryThresholdEur: 45_630, conditions: { qualification: true, experience: true, salary: false }, hints: [{ kind: 'salary', target: 45_630 }] },
  },
  {
    name: 'TC-09: the same Elektroniker at 40,000 € from an employer bound by a collective agreement meets § 6 BeschV; no threshold applies',
    facts: elektroniker('2026-09-01', '2024-03-01', 40_000, { collectiveAgreement: true }),
    expect: { outcome: 'eligible', salaryThresholdEur: null, conditions: { salary: true }, texts: ['tarifgebunden', '§ 6 Abs. 1 S. 2 BeschV'] },
  },
  {
    name: 'Experience in another field (software development) does not qualify an Elektroniker for the job',
    facts: { ...elektroniker('2026-09-01', '2024-03-01', 46_000), experience: [{ isco: '2512', from: '2020-01-01', to: '2026-09-01' }] },
    expect: { outcome: 'ineligible', conditions: { experience: false } },
  },
  {
    name: 'Experience in the same ISCO minor group (7412 for a 7411 job) counts',
    facts: { ...elektroniker('2026-09-01', '2024-03-01', 46_000), experience: [{ isco: '7412', from: '2024-01-01', to: '2026-09-01' }] },
    expect: { outcome: 'eligible', conditions: { experience: true } },
  },
  {
    name: 'A vocational training of 1 year does not meet the qualification requirement outside IT',
    facts: { ...elektroniker('2026-09-01', '2024-03-01', 46_000), qualification: { level: 'vocational', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 1, germanAssessment: 'none' } },
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'An AHK qualification meets the qualification requirement',
    facts: { ...elektroniker('2026-09-01', '2024-03-01', 46_000), qualification: { level: 'vocational', ahk: true, germanAssessment: 'none' } },
    expect: { outcome: 'eligible', conditions: { qualification: true } },
  },
  {
    name: 'A training whose state recognition is not stated leaves the route unknown',
    facts: { ...elektroniker('2026-09-01', '2024-03-01', 46_000), qualification: { level: 'vocational', obtainedIn: 'abroad', stateRecognisedAbroad: undefined, trainingYears: 3, germanAssessment: 'none' } },
    expect: { outcome: 'unknown', conditions: { qualification: null } },
  },
  {
    name: 'Without any qualification a non-IT job does not qualify',
    facts: { ...elektroniker('2026-09-01', '2024-03-01', 46_000), qualification: { ...noDegree } },
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'A regulated profession is excluded from the experience route',
    facts: elektroniker('2026-09-01', '2024-03-01', 46_000, { regulated: true }),
    expect: { outcome: 'ineligible', conditions: { not_regulated: false } },
  },
  {
    name: 'TC-19: on 15 February 2024 an IT specialist with 2 years of experience at 45,000 € fails the old § 6 BeschV (3 of 7 years, 54,360 €, German B1)',
    facts: itSpecialist('2024-02-15', '2022-02-16', 45_000),
    expect: {
      outcome: 'ineligible',
      salaryThresholdEur: 54_360,
      conditions: { experience: false, salary: false, language: false, qualification: 'absent' },
      hints: [{ kind: 'salary', target: 54_360 }, { kind: 'language', target: 'B1' }, { kind: 'experience' }],
    },
  },
  {
    name: 'TC-19 dated: on 29 February 2024, the last day of the old rule, the same IT specialist still fails',
    facts: itSpecialist('2024-02-29', '2022-02-16', 45_000),
    expect: { outcome: 'ineligible', salaryThresholdEur: 54_360 },
  },
  {
    name: 'TC-19 dated: on 1 March 2024 the same IT specialist at 45,000 € meets the new § 6 BeschV (40,770 €)',
    facts: itSpecialist('2024-03-01', '2022-02-16', 45_000),
    expect: { outcome: 'eligible', salaryThresholdEur: 40_770, conditions: { language: 'absent' } },
  },
  {
    name: 'On 29 February 2024 an IT specialist with 3 years, German B1 and 54,360 € meets the old § 6 BeschV',
    facts: itSpecialist('2024-02-29', '2021-03-01', 54_360, { person: { german: 'B1' } }),
    expect: { outcome: 'eligible', conditions: { experience: true, salary: true, language: true, occupation: true } },
  },
  {
    name: 'Under the old § 6 BeschV a non-IT job is excluded',
    facts: { ...elektroniker('2024-01-15', '2019-01-01', 60_000), person: { german: 'B1' } },
    expect: { outcome: 'ineligible', conditions: { occupation: false } },
  },
  {
    name: 'Under the old § 6 BeschV a collective agreement does not lift the 60 % threshold',
    facts: itSpecialist('2024-02-15', '2020-01-01', 45_000, { person: { german: 'B1' }, job: { collectiveAgreement: true } }),
    expect: { outcome: 'ineligible', salaryThresholdEur: 54_360, conditions: { salary: false } },
  },
  {
    name: 'A 47-year-old IT specialist at 46,000 € on a first title fails the 55 % rule of § 1 (2) BeschV, which reaches § 6 BeschV since 01.03.2024',
    facts: itSpecialist('2026-02-01', '2021-11-01', 46_000, { person: { birthDate: '1978-06-01' } }),
    expect: { outcome: 'ineligible', salaryThresholdEur: 55_770, conditions: { age_45_salary: false, salary: true }, texts: ['Angabe ungesichert'] },
  },
  {
    name: 'Without a job offer the experience route is unknown; enough experience cannot yet be tied to a job',
    facts: { ...itSpecialist('2026-02-01', '2021-11-01', 46_000), job: null },
    expect: { outcome: 'unknown', salaryThresholdEur: 45_630, conditions: { job_offer: null, experience: null, qualification: null } },
  },
  {
    name: 'Without a job offer and with too little experience the experience route is ineligible',
    facts: { ...itSpecialist('2026-02-01', '2025-06-01', 46_000), job: null },
    expect: { outcome: 'ineligible', conditions: { experience: false } },
  },
  {
    name: `On 1 January ${UNPUBLISHED} the § 6 BeschV threshold is not yet published: unknown`,
    facts: itSpecialist(`${UNPUBLISHED}-01-01`, '2021-11-01', 50_000),
    expect: { outcome: 'unknown', salaryThresholdEur: null, conditions: { salary: null } },
  },
  {
    name: `In ${UNPUBLISHED} the collective-agreement exemption still decides: eligible without a published figure`,
    facts: elektroniker(`${UNPUBLISHED}-01-01`, '2024-03-01', 40_000, { collectiveAgreement: true }),
    expect: { outcome: 'eligible', salaryThresholdEur: null },
  },
];

for (const c of cases) test(`19c2-experience: ${c.name}`, () => void checkCase(berufserfahrung, c));
