import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RouteCase } from '../testing/fixtures.ts';
import { checkCase } from '../testing/fixtures.ts';
import { blaueKarteBerufseinsteiger, blaueKarteEngpass, blaueKarteIt, blaueKarteStandard, newEntrantWindowEnd } from './blueCard.ts';
import { UNPUBLISHED } from '../testing/years.ts';

// Default facts (testing/fixtures.ts): software developer ISCO 2512, comparable foreign degree of 2018-06-30,
// 52,000 € in Kaiserslautern, decision 2026-04-01.

const standard: RouteCase[] = [
  {
    name: 'TC-01: in 2026 a developer with a comparable degree earning 52,000 € gets the standard Blue Card without BA approval',
    expect: { outcome: 'eligible', baApproval: 'not_required', discretionary: false, salaryThresholdEur: 50_700, conditions: { qualification: true, salary: true, job_offer: true, in_force: true } },
  },
  {
    name: 'In 2026 a developer earning 50,699.99 € does not reach the standard Blue Card threshold and is told the target',
    facts: { job: { annualGrossSalaryEur: 50_699.99 } },
    expect: {
      outcome: 'ineligible',
      salaryThresholdEur: 50_700,
      conditions: { salary: false },
      hints: [{ conditionId: 'salary', kind: 'salary', target: 50_700 }],
      texts: ['0,01 € unter der Mindestgrenze von 50.700 € für 2026'],
    },
  },
  { name: 'In 2026 a developer earning exactly 50,700 € reaches the standard threshold', facts: { job: { annualGrossSalaryEur: 50_700 } }, expect: { outcome: 'eligible', conditions: { salary: true } } },
  {
    name: 'TC-02: in 2026 the developer at 47,000 € misses the standard threshold by 3,700 €',
    facts: { job: { annualGrossSalaryEur: 47_000 } },
    expect: { outcome: 'ineligible', texts: ['Das Gehalt von 47.000 € liegt 3.700 € unter der Mindestgrenze von 50.700 € für 2026 (§ 18g Abs. 1 S. 1 AufenthG).'] },
  },
  {
    name: 'In 2025 the standard threshold is 48,300 €: 48,299.99 € fails, 48,300 € passes',
    facts: { decisionDate: '2025-06-01', job: { annualGrossSalaryEur: 48_299.99 } },
    expect: { outcome: 'ineligible', salaryThresholdEur: 48_300 },
  },
  { name: 'In 2025 48,300 € reaches the standard threshold', facts: { decisionDate: '2025-06-01', job: { annualGrossSalaryEur: 48_300 } }, expect: { outcome: 'eligible' } },
  {
    name: 'On 31 December 2026 the 2026 threshold still applies',
    facts: { decisionDate: '2026-12-31' },
    expect: { outcome: 'eligible', salaryThresholdEur: 50_700 },
  },
  {
    name: `On 1 January ${UNPUBLISHED} the threshold is not yet published: the route is unknown and no figure is given`,
    facts: { decisionDate: `${UNPUBLISHED}-01-01`, job: { annualGrossSalaryEur: 80_000 } },
    expect: { outcome: 'unknown', salaryThresholdEur: null, conditions: { salary: null }, texts: [UNPUBLISHED, 'noch nicht veröffentlicht'] },
  },
  {
    name: 'On 18 November 2023, the first day of the reformed Blue Card, the 2023 threshold of 43,800 € applies',
    facts: { decisionDate: '2023-11-18', job: { annualGrossSalaryEur: 43_800 } },
    expect: { outcome: 'eligible', salaryThresholdEur: 43_800, conditions: { in_force: true } },
  },
  {
    name: 'Without a job offer the standard Blue Card is unknown, and the degree is still checked',
    facts: { job: null },
    expect: { outcome: 'unknown', salaryThresholdEur: 50_700, conditions: { job_offer: null, qualification: true, salary: 'absent' } },
  },
  {
    name: 'Without a job offer and without a recognised degree the standard Blue Card is ineligible',
    facts: { job: null, qualification: { germanAssessment: 'none' } },
    expect: { outcome: 'ineligible', conditions: { job_offer: null, qualification: false } },
  },
  {
    name: 'A foreign degree not assessed in Germany does not qualify for the Blue Card',
    facts: { qualification: { germanAssessment: 'none' } },
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'A German degree qualifies without any assessment',
    facts: { qualification: { obtainedIn: 'DE', germanAssessment: 'none' } },
    expect: { outcome: 'eligible', conditions: { qualification: true } },
  },
  {
    name: 'A vocational qualification, even fully equivalent, does not qualify for the standard Blue Card',
    facts: { qualification: { level: 'vocational', germanAssessment: 'equivalent' } },
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'A contract of 5 months is too short for the Blue Card',
    facts: { job: { contractMonths: 5 } },
    expect: { outcome: 'ineligible', conditions: { contract_duration: false } },
  },
  { name: 'A contract of 6 months is long enough for the Blue Card', facts: { job: { contractMonths: 6 } }, expect: { outcome: 'eligible', conditions: { contract_duration: true } } },
  {
    name: 'A job not appropriate to the qualification does not qualify for the Blue Card',
    facts: { job: { appropriateToQualification: false } },
    expect: { outcome: 'ineligible', conditions: { appropriate_employment: false } },
  },
  {
    name: 'A regulated job with the licence missing fails § 18 (2) Nr. 3',
    facts: { job: { regulated: true }, qualification: { licence: 'missing' } },
    expect: { outcome: 'ineligible', conditions: { licence: false } },
  },
  {
    name: 'A regulated job with the licence promised meets § 18 (2) Nr. 3',
    facts: { job: { regulated: true }, qualification: { licence: 'promised' } },
    expect: { outcome: 'eligible', conditions: { licence: true } },
  },
  {
    name: 'A regulated job without information on the licence is unknown',
    facts: { job: { regulated: true }, qualification: { licence: undefined } },
    expect: { outcome: 'unknown', conditions: { licence: null } },
  },
  {
    name: 'TC-05: a 47-year-old at 50,000 € is not held to the 45+ rule on the Blue Card',
    facts: { decisionDate: '2026-06-01', person: { birthDate: '1979-01-05' }, job: { isco: '2142', annualGrossSalaryEur: 50_000 } },
    expect: { outcome: 'ineligible', conditions: { age_45_salary: 'absent', salary: false } },
  },
];

const shortage: RouteCase[] = [
  {
    name: 'TC-02: in 2026 a developer at 47,000 € gets the shortage-occupation Blue Card with BA approval',
    facts: { job: { annualGrossSalaryEur: 47_000 } },
    expect: { outcome: 'eligible', baApproval: 'required', discretionary: false, salaryThresholdEur: 45_934.2, conditions: { occupation: true, salary: true } },
  },
  {
    name: 'In 2026 45,934.19 € misses the reduced threshold of 45,934.20 € by one cent',
    facts: { job: { annualGrossSalaryEur: 45_934.19 } },
    expect: { outcome: 'ineligible', conditions: { salary: false }, hints: [{ kind: 'salary', target: 45_934.2 }] },
  },
  { name: 'In 2026 exactly 45,934.20 € reaches the reduced threshold', facts: { job: { annualGrossSalaryEur: 45_934.2 } }, expect: { outcome: 'eligible' } },
  {
    name: 'TC-04: in 2025 a marketing specialist (ISCO 2431) is not in a shortage occupation',
    facts: { decisionDate: '2025-05-15', qualification: { awardedOn: '2017-03-31' }, job: { isco: '2431', annualGrossSalaryEur: 44_000 } },
    expect: { outcome: 'ineligible', conditions: { occupation: false, salary: true } },
  },
  {
    name: 'TC-05: in 2026 a 47-year-old civil engineer (ISCO 2142) at 50,000 € gets the shortage Blue Card; the 45+ rule does not apply',
    facts: { decisionDate: '2026-06-01', person: { birthDate: '1979-01-05' }, qualification: { awardedOn: '2003-07-31' }, job: { isco: '2142', annualGrossSalaryEur: 50_000 } },
    expect: { outcome: 'eligible', baApproval: 'required', conditions: { occupation: true, age_45_salary: 'absent' } },
  },
  {
    name: 'TC-03: in 2026 an electrical engineer (ISCO 2151) at 46,500 € is in a shortage occupation',
    facts: { qualification: { awardedOn: '2024-10-01' }, job: { isco: '2151', annualGrossSalaryEur: 46_500 } },
    expect: { outcome: 'eligible', conditions: { occupation: true } },
  },
  {
    name: 'A construction manager (ISCO 1323) is in shortage group 132',
    facts: { job: { isco: '1323', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'eligible', conditions: { occupation: true } },
  },
  {
    name: 'A nurse associate professional (ISCO 3221) is not in the academic nursing group 222',
    facts: { job: { isco: '3221', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'ineligible', conditions: { occupation: false } },
  },
  {
    name: 'In 2024 the reduced threshold is 41,041.80 €',
    facts: { decisionDate: '2024-07-01', job: { annualGrossSalaryEur: 41_041.8 } },
    expect: { outcome: 'eligible', salaryThresholdEur: 41_041.8 },
  },
  {
    name: 'Without a job offer the shortage Blue Card is unknown',
    facts: { job: null },
    expect: { outcome: 'unknown', conditions: { job_offer: null, occupation: 'absent' } },
  },
];

const newEntrant: RouteCase[] = [
  {
    name: 'TC-03: in 2026 an engineer whose degree is 18 months old gets the new-entrant Blue Card with BA approval',
    facts: { qualification: { awardedOn: '2024-10-01' }, job: { isco: '2151', annualGrossSalaryEur: 46_500 } },
    expect: { outcome: 'eligible', baApproval: 'required', salaryThresholdEur: 45_934.2, conditions: { degree_date: true } },
  },
  {
    name: 'On the last day of the 3-year window (degree of 1 April 2023, decision 1 April 2026) a marketing graduate at 46,000 € is a new entrant',
    facts: { qualification: { awardedOn: '2023-04-01' }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'eligible', conditions: { degree_date: true }, texts: ['endet am 01.04.2026'] },
  },
  {
    name: 'On the day after the 3-year window the marketing graduate is no longer a new entrant, and is told when it closed',
    facts: { decisionDate: '2026-04-02', qualification: { awardedOn: '2023-04-01' }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'ineligible', conditions: { degree_date: false }, hints: [{ conditionId: 'degree_date', kind: 'deadline', date: '2026-04-01' }] },
  },
  {
    name: 'A new entrant below the reduced threshold is told the salary needed and the date the window closes',
    facts: { qualification: { awardedOn: '2025-01-15' }, job: { isco: '2431', annualGrossSalaryEur: 40_000 } },
    expect: {
      outcome: 'ineligible',
      conditions: { degree_date: true, salary: false },
      hints: [{ kind: 'salary', target: 45_934.2 }, { kind: 'deadline', date: '2028-01-15' }],
    },
  },
  {
    name: 'TC-04: in 2025 a degree of 2017 is too old for the new-entrant Blue Card',
    facts: { decisionDate: '2025-05-15', qualification: { awardedOn: '2017-03-31' }, job: { isco: '2431', annualGrossSalaryEur: 44_000 } },
    expect: { outcome: 'ineligible', conditions: { degree_date: false } },
  },
  {
    name: 'A degree without a date makes the new-entrant Blue Card unknown',
    facts: { qualification: { awardedOn: undefined }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'unknown', conditions: { degree_date: null } },
  },
];

// § 18g Abs. 1 S. 2 Nr. 2 counts the 3 years to the application: applicationDate differs from decisionDate.
// Degree of 1 April 2023: the window closes on 1 April 2026.
const applicationWindow: RouteCase[] = [
  {
    name: 'Applied on the last day of the window (1 April 2026), decided months later (1 September 2026): still a new entrant, and the text names the application',
    facts: { decisionDate: '2026-09-01', applicationDate: '2026-04-01', qualification: { awardedOn: '2023-04-01' }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: {
      outcome: 'eligible',
      conditions: { degree_date: true },
      texts: ['vor dem Antrag am 01.04.2026', 'before the application on 1 April 2026', 'endet am 01.04.2026'],
      hints: [],
    },
  },
  {
    name: 'Applied on the day after the window (2 April 2026), decided on 1 September 2026: no longer a new entrant',
    facts: { decisionDate: '2026-09-01', applicationDate: '2026-04-02', qualification: { awardedOn: '2023-04-01' }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: {
      outcome: 'ineligible',
      conditions: { degree_date: false },
      hints: [{ conditionId: 'degree_date', kind: 'deadline', date: '2026-04-01' }],
      texts: ['mehr als 3 Jahre vor dem Antrag am 02.04.2026', 'endete am 01.04.2026'],
    },
  },
  {
    name: 'Without an application date the window is counted to the decision date, and the text says so',
    facts: { decisionDate: '2026-04-02', qualification: { awardedOn: '2023-04-01' }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'ineligible', conditions: { degree_date: false }, texts: ['gerechnet zum Tag der Entscheidung, 02.04.2026', 'counted to the decision date, 2 April 2026'] },
  },
  {
    name: 'An application date equal to the decision date gives the same answer as none: open on the last day',
    facts: { decisionDate: '2026-04-01', applicationDate: '2026-04-01', qualification: { awardedOn: '2023-04-01' }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'eligible', conditions: { degree_date: true } },
  },
  {
    name: 'A degree awarded after the application (but before the decision) does not count: it must exist when the application is made',
    facts: { decisionDate: '2026-04-01', applicationDate: '2025-06-30', qualification: { awardedOn: '2025-07-01' }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'ineligible', conditions: { degree_date: false }, texts: ['nach dem Antrag am 30.06.2025'] },
  },
  {
    name: 'A degree awarded on the day of the application counts',
    facts: { decisionDate: '2026-04-01', applicationDate: '2025-07-01', qualification: { awardedOn: '2025-07-01' }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'eligible', conditions: { degree_date: true } },
  },
  {
    name: 'The salary threshold stays that of the decision year: applied in December 2025, decided in 2026, 45,934.20 € apply',
    facts: { decisionDate: '2026-02-01', applicationDate: '2025-12-15', qualification: { awardedOn: '2023-04-01' }, job: { isco: '2431', annualGrossSalaryEur: 45_934.19 } },
    expect: { outcome: 'ineligible', salaryThresholdEur: 45_934.2, conditions: { degree_date: true, salary: false } },
  },
];

// § 18g Abs. 1 S. 5: a tertiary programme equivalent to a degree, at least 3 years, since 18 November 2023.
const TERTIARY = { level: 'vocational', germanAssessment: 'none', tertiaryEquivalent: true, awardedOn: '2020-07-01' } as const;
const tertiary: RouteCase[] = [
  {
    name: 'A degree-equivalent tertiary programme of 3 years meets the Blue Card qualification under § 18g (1) S. 5',
    facts: { qualification: { ...TERTIARY, trainingYears: 3 } },
    expect: { outcome: 'eligible', conditions: { qualification: true }, texts: ['§ 18g Abs. 1 S. 5 AufenthG', 'von 3 Jahren', 'of 3 years'] },
  },
  {
    name: 'A degree-equivalent tertiary programme of 2.9 years is too short',
    facts: { qualification: { ...TERTIARY, trainingYears: 2.9 } },
    expect: { outcome: 'ineligible', conditions: { qualification: false }, texts: ['2,9 Jahre', 'mindestens 3 Jahre'] },
  },
  {
    name: 'A degree-equivalent tertiary programme without its length is unknown',
    facts: { qualification: { ...TERTIARY, trainingYears: undefined } },
    expect: { outcome: 'unknown', conditions: { qualification: null }, texts: ['Dauer ist nicht angegeben'] },
  },
  {
    name: 'On 18 November 2023, the day § 18g (1) S. 5 took effect, the 3-year programme counts',
    facts: { decisionDate: '2023-11-18', qualification: { ...TERTIARY, trainingYears: 3 }, job: { annualGrossSalaryEur: 43_800 } },
    expect: { outcome: 'eligible', conditions: { qualification: true, in_force: true } },
  },
  {
    name: 'On 17 November 2023 the 3-year programme does not count yet, and the text gives the date it will',
    facts: { decisionDate: '2023-11-17', qualification: { ...TERTIARY, trainingYears: 3 }, job: { annualGrossSalaryEur: 60_000 } },
    expect: { outcome: 'ineligible', conditions: { qualification: false }, texts: ['erst ab dem 18.11.2023'] },
  },
  {
    name: 'A vocational qualification without the tertiary answer stays refused, and the text names § 18g (1) S. 5',
    facts: { qualification: { ...TERTIARY, tertiaryEquivalent: undefined, trainingYears: 3 } },
    expect: { outcome: 'ineligible', conditions: { qualification: false }, texts: ['Verlangt ist ein deutscher', '§ 18g Abs. 1 S. 5 AufenthG'] },
  },
  {
    name: 'A vocational qualification answered "not tertiary-equivalent" stays refused',
    facts: { qualification: { ...TERTIARY, tertiaryEquivalent: false, trainingYears: 4 } },
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'A comparable degree wins over the tertiary answer: the condition cites S. 1 as before',
    facts: { qualification: { tertiaryEquivalent: true, trainingYears: 2 } },
    expect: { outcome: 'eligible', conditions: { qualification: true }, texts: ['Fachkraft mit akademischer Ausbildung'] },
  },
];

const tertiaryNewEntrant: RouteCase[] = [
  {
    name: 'A 3-year tertiary programme completed within 3 years before the application opens the new-entrant Blue Card',
    facts: { decisionDate: '2026-09-01', applicationDate: '2026-06-30', qualification: { ...TERTIARY, trainingYears: 3, awardedOn: '2023-07-01' }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'eligible', conditions: { qualification: true, degree_date: true }, texts: ['Der Abschluss der tertiären Ausbildung vom 01.07.2023'] },
  },
  {
    name: 'Applied on the day after its 3-year window, the tertiary programme no longer opens the new-entrant Blue Card',
    facts: { decisionDate: '2026-09-01', applicationDate: '2026-07-02', qualification: { ...TERTIARY, trainingYears: 3, awardedOn: '2023-07-01' }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'ineligible', conditions: { qualification: true, degree_date: false } },
  },
  {
    name: 'A vocational qualification without the tertiary answer has no degree date condition and is refused',
    facts: { qualification: { ...TERTIARY, tertiaryEquivalent: undefined, trainingYears: 3, awardedOn: '2025-07-01' }, job: { isco: '2431', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'ineligible', conditions: { qualification: false, degree_date: 'absent' } },
  },
];

const tertiaryShortage: RouteCase[] = [
  {
    name: 'A 3-year tertiary programme meets the qualification of the shortage-occupation Blue Card (engineer at 46,000 €)',
    facts: { qualification: { ...TERTIARY, trainingYears: 3 }, job: { isco: '2151', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'eligible', conditions: { qualification: true, occupation: true } },
  },
  {
    name: 'A 2.9-year tertiary programme does not',
    facts: { qualification: { ...TERTIARY, trainingYears: 2.9 }, job: { isco: '2151', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
];

const it: RouteCase[] = [
  {
    name: 'TC-06: in 2026 a system administrator without degree with 4 years of IT work in the last 7 at 46,000 € gets the IT Blue Card',
    facts: {
      decisionDate: '2026-02-01',
      qualification: { level: 'none', germanAssessment: 'none', awardedOn: undefined, obtainedIn: undefined, stateRecognisedAbroad: undefined, trainingYears: undefined },
      experience: [{ isco: '2522', from: '2021-11-01', to: '2026-02-01', relatedToQualification: true }],
      job: { isco: '2522', annualGrossSalaryEur: 46_000 },
    },
    expect: { outcome: 'eligible', baApproval: 'required', salaryThresholdEur: 45_934.2, conditions: { experience: true, occupation: true, qualification: true } },
  },
  {
    name: 'Exactly 3 years of IT work ending on the decision date meet § 18g (2)',
    facts: { decisionDate: '2026-02-01', qualification: { level: 'none' }, experience: [{ isco: '2512', from: '2023-02-02', to: '2026-02-01' }], job: { annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'eligible', conditions: { experience: true } },
  },
  {
    name: 'One day short of 3 years of IT work fails § 18g (2) and gives the date the current job completes them',
    facts: { decisionDate: '2026-02-01', qualification: { level: 'none' }, experience: [{ isco: '2512', from: '2023-02-03', to: '2026-02-01' }], job: { annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'ineligible', conditions: { experience: false }, hints: [{ kind: 'experience', date: '2026-02-02', target: 1 }] },
  },
  {
    name: 'TC-07: 2 years and 3 months of IT work are not enough for the IT Blue Card; 9 months are missing',
    facts: {
      decisionDate: '2026-02-01',
      qualification: { level: 'none' },
      experience: [{ isco: '2512', from: '2023-11-01', to: '2026-02-01' }],
      job: { annualGrossSalaryEur: 46_000 },
    },
    expect: { outcome: 'ineligible', conditions: { experience: false }, hints: [{ kind: 'experience', target: 9, date: '2026-10-31' }] },
  },
  {
    name: 'IT work more than 7 years ago does not count for § 18g (2)',
    facts: { qualification: { level: 'none' }, experience: [{ isco: '2512', from: '2012-01-01', to: '2019-03-31' }], job: { annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'ineligible', conditions: { experience: false } },
  },
  {
    name: 'Experience outside IT does not count for § 18g (2)',
    facts: { qualification: { level: 'none' }, experience: [{ isco: '2431', from: '2019-01-01', to: '2026-04-01' }], job: { annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'ineligible', conditions: { experience: false } },
  },
  {
    name: 'An IT manager job (ISCO 1330) is an IT occupation of § 18g (2)',
    facts: { qualification: { level: 'none' }, experience: [{ isco: '1330', from: '2019-01-01', to: '2026-04-01' }], job: { isco: '1330', annualGrossSalaryEur: 46_000 } },
    expect: { outcome: 'eligible', conditions: { occupation: true, experience: true } },
  },
  {
    name: 'A civil engineering job is not an IT occupation, whatever the IT experience',
    facts: { qualification: { level: 'none' }, job: { isco: '2142', annualGrossSalaryEur: 60_000 } },
    expect: { outcome: 'ineligible', conditions: { occupation: false } },
  },
  {
    name: 'Without a job offer the IT Blue Card is unknown, with the experience still checked',
    facts: { qualification: { level: 'none' }, job: null },
    expect: { outcome: 'unknown', conditions: { job_offer: null, experience: true } },
  },
];

for (const [label, rule, cases] of [
  ['18g-standard', blaueKarteStandard, standard],
  ['18g-shortage', blaueKarteEngpass, shortage],
  ['18g-new-entrant', blaueKarteBerufseinsteiger, newEntrant],
  ['18g-it', blaueKarteIt, it],
  ['18g-new-entrant (application date)', blaueKarteBerufseinsteiger, applicationWindow],
  ['18g-standard (tertiary)', blaueKarteStandard, tertiary],
  ['18g-shortage (tertiary)', blaueKarteEngpass, tertiaryShortage],
  ['18g-new-entrant (tertiary)', blaueKarteBerufseinsteiger, tertiaryNewEntrant],
] as const) {
  for (const c of cases) test(`${label}: ${c.name}`, () => void checkCase(rule, c));
}

test('The new-entrant window ends 3 years after the award on the same calendar day, and on 28 February for a 29 February award', () => {
  assert.equal(newEntrantWindowEnd('2023-04-01'), '2026-04-01');
  assert.equal(newEntrantWindowEnd('2024-02-29'), '2027-02-28');
  assert.equal(newEntrantWindowEnd('2023-12-31'), '2026-12-31');
});

test('The unknown tertiary condition names the answer that settles it (Condition.missing)', () => {
  const a = checkCase(blaueKarteStandard, { name: 'no length', facts: { qualification: { ...TERTIARY, trainingYears: undefined } }, expect: { outcome: 'unknown' } });
  assert.deepEqual(a.conditions.find((c) => c.id === 'qualification')?.missing, ['qualification.trainingYears']);
});

test('The IT Blue Card counts its 7-year window to the decision date, not to an earlier application (§ 18g (2) names no reference day)', () => {
  // 3 years of IT work ending on the decision date; the application 2 months earlier does not shorten them
  const facts = { decisionDate: '2026-02-01', applicationDate: '2025-12-01', qualification: { level: 'none' as const }, experience: [{ isco: '2512', from: '2023-02-02', to: '2026-02-01' }], job: { annualGrossSalaryEur: 46_000 } };
  const a = checkCase(blaueKarteIt, { name: 'IT', facts, expect: { outcome: 'eligible', conditions: { experience: true } } });
  assert.equal(a.outcome, 'eligible');
});
