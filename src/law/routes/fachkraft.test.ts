import { test } from 'node:test';
import type { RouteCase } from '../testing/fixtures.ts';
import { checkCase } from '../testing/fixtures.ts';
import { fachkraftAkademisch, fachkraftBerufsausbildung } from './fachkraft.ts';
import { UNPUBLISHED } from '../testing/years.ts';

// Default facts (testing/fixtures.ts): software developer ISCO 2512 born 1996-02-10, comparable foreign degree,
// 52,000 € in Kaiserslautern, decision 2026-04-01.

const engineer47 = { decisionDate: '2026-06-01', person: { birthDate: '1979-01-05' }, qualification: { awardedOn: '2003-07-31' } } as const;

const akademisch: RouteCase[] = [
  {
    name: 'TC-01: in 2026 a developer with a comparable degree gets § 18b with BA approval and no salary threshold',
    expect: { outcome: 'eligible', baApproval: 'required', discretionary: false, salaryThresholdEur: null, conditions: { qualification: true, qualified_employment: true, age_45_salary: true } },
  },
  {
    name: 'TC-04: in 2025 a 38-year-old marketing specialist at 44,000 € gets § 18b; the 45+ rule does not apply',
    facts: { decisionDate: '2025-05-15', person: { birthDate: '1987-01-20' }, qualification: { awardedOn: '2017-03-31' }, job: { isco: '2431', annualGrossSalaryEur: 44_000 } },
    expect: { outcome: 'eligible', salaryThresholdEur: null, conditions: { age_45_salary: true } },
  },
  {
    name: 'TC-05: in 2026 a 47-year-old civil engineer at 50,000 € without pension provision fails § 18b under the 45+ rule (55,770 €)',
    facts: { ...engineer47, job: { isco: '2142', annualGrossSalaryEur: 50_000 } },
    expect: {
      outcome: 'ineligible',
      salaryThresholdEur: 55_770,
      conditions: { age_45_salary: false },
      hints: [{ conditionId: 'age_45_salary', kind: 'salary', target: 55_770 }],
      texts: ['47 Jahre alt', '5.770 € unter der Mindestgrenze für Personen ab 45 Jahren von 55.770 € für 2026'],
    },
  },
  {
    name: 'In 2026 a 47-year-old earning 55,769.99 € is one cent short of the 45+ threshold',
    facts: { ...engineer47, job: { isco: '2142', annualGrossSalaryEur: 55_769.99 } },
    expect: { outcome: 'ineligible', conditions: { age_45_salary: false } },
  },
  {
    name: 'In 2026 a 47-year-old earning exactly 55,770 € meets the 45+ threshold',
    facts: { ...engineer47, job: { isco: '2142', annualGrossSalaryEur: 55_770 } },
    expect: { outcome: 'eligible', salaryThresholdEur: 55_770, conditions: { age_45_salary: true } },
  },
  {
    name: 'A 47-year-old with proven adequate old-age provision is exempt from the 45+ threshold',
    facts: { ...engineer47, person: { birthDate: '1979-01-05', adequatePensionProvision: true }, job: { isco: '2142', annualGrossSalaryEur: 50_000 } },
    expect: { outcome: 'eligible', salaryThresholdEur: null, conditions: { age_45_salary: true } },
  },
  {
    name: 'A 47-year-old below the threshold whose pension provision is not stated is unknown',
    facts: { ...engineer47, person: { birthDate: '1979-01-05', adequatePensionProvision: undefined }, job: { isco: '2142', annualGrossSalaryEur: 50_000 } },
    expect: { outcome: 'unknown', salaryThresholdEur: 55_770, conditions: { age_45_salary: null } },
  },
  {
    name: 'A 47-year-old who already held a residence title for employment is not held to the 45+ rule',
    facts: { ...engineer47, person: { birthDate: '1979-01-05', firstTitleInGermany: false }, job: { isco: '2142', annualGrossSalaryEur: 50_000 } },
    expect: { outcome: 'eligible', salaryThresholdEur: null, conditions: { age_45_salary: true } },
  },
  {
    name: 'On the eve of the 45th birthday the 45+ rule does not yet apply',
    facts: { person: { birthDate: '1981-04-02' }, job: { annualGrossSalaryEur: 50_000 } },
    expect: { outcome: 'eligible', salaryThresholdEur: null, conditions: { age_45_salary: true }, texts: ['44 Jahre alt', '02.04.2026'] },
  },
  {
    name: 'On the 45th birthday the 45+ rule applies (§ 187 (2) BGB)',
    facts: { person: { birthDate: '1981-04-01' }, job: { annualGrossSalaryEur: 50_000 } },
    expect: { outcome: 'ineligible', salaryThresholdEur: 55_770, conditions: { age_45_salary: false } },
  },
  {
    name: 'Someone born on 29 February 1980 turns 45 on 1 March 2025, not on 28 February',
    facts: { decisionDate: '2025-02-28', person: { birthDate: '1980-02-29' }, job: { annualGrossSalaryEur: 50_000 } },
    expect: { outcome: 'eligible', salaryThresholdEur: null },
  },
  {
    name: 'On 1 March 2025 the person born on 29 February 1980 is 45 and held to 53,130 €',
    facts: { decisionDate: '2025-03-01', person: { birthDate: '1980-02-29' }, job: { annualGrossSalaryEur: 50_000 } },
    expect: { outcome: 'ineligible', salaryThresholdEur: 53_130 },
  },
  {
    name: `In ${UNPUBLISHED} the 45+ threshold is not yet published: a person over 45 is unknown on § 18b`,
    facts: { decisionDate: `${UNPUBLISHED}-03-01`, person: { birthDate: '1979-01-05' }, job: { annualGrossSalaryEur: 60_000 } },
    expect: { outcome: 'unknown', salaryThresholdEur: null, conditions: { age_45_salary: null } },
  },
  {
    name: `In ${UNPUBLISHED} a person under 45 is eligible for § 18b: no salary figure is needed below 45`,
    facts: { decisionDate: `${UNPUBLISHED}-03-01` },
    expect: { outcome: 'eligible', salaryThresholdEur: null },
  },
  {
    name: 'A job that is not qualified employment does not qualify for § 18b',
    facts: { job: { qualifiedEmployment: false } },
    expect: { outcome: 'ineligible', conditions: { qualified_employment: false } },
  },
  {
    name: '§ 18b covers any qualified employment since 18 November 2023, even one not matching the degree',
    facts: { decisionDate: '2023-11-18', job: { appropriateToQualification: false, isco: '3313' } },
    expect: { outcome: 'eligible', conditions: { in_force: true, appropriate_employment: 'absent' } },
  },
  {
    name: 'A foreign degree without German assessment does not make a skilled worker under § 18b',
    facts: { qualification: { germanAssessment: 'none' } },
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'A regulated job with the licence missing fails § 18b',
    facts: { job: { regulated: true }, qualification: { licence: 'missing' } },
    expect: { outcome: 'ineligible', conditions: { licence: false } },
  },
  {
    name: 'Without a job offer § 18b is unknown, the degree still checked',
    facts: { job: null },
    expect: { outcome: 'unknown', conditions: { job_offer: null, qualification: true, age_45_salary: true } },
  },
  {
    name: 'Without a job offer a 47-year-old on § 18b is told the 45+ threshold cannot be checked yet',
    facts: { ...engineer47, job: null },
    expect: { outcome: 'unknown', salaryThresholdEur: 55_770, conditions: { job_offer: null, age_45_salary: null } },
  },
];

const elektroniker = {
  decisionDate: '2025-10-01',
  person: { birthDate: '1993-05-05', citizenship: 'PH', german: 'B1' },
  qualification: { level: 'vocational', awardedOn: '2013-06-30', trainingYears: 3, germanAssessment: 'equivalent' },
  experience: [{ isco: '7411', from: '2013-08-01', to: '2025-10-01', relatedToQualification: true }],
  job: { isco: '7411', annualGrossSalaryEur: 38_000 },
} as const;

const berufsausbildung: RouteCase[] = [
  {
    name: 'TC-10: a 32-year-old Elektroniker with full equivalence gets § 18a at 38,000 € with BA approval and no salary threshold',
    facts: { ...elektroniker, experience: [...elektroniker.experience] },
    expect: { outcome: 'eligible', baApproval: 'required', discretionary: false, salaryThresholdEur: null, conditions: { qualification: true } },
  },
  {
    name: 'An Elektroniker with only a partial-recognition notice is not a skilled worker under § 18a',
    facts: { ...elektroniker, experience: [...elektroniker.experience], qualification: { ...elektroniker.qualification, germanAssessment: 'partial' } },
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'TC-08/TC-09: a training state-recognised in the Philippines without German recognition does not qualify for § 18a',
    facts: { decisionDate: '2026-09-01', qualification: { level: 'vocational', trainingYears: 3, germanAssessment: 'none' }, job: { isco: '7411', annualGrossSalaryEur: 40_000, collectiveAgreement: true } },
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'A 3-year German vocational training qualifies for § 18a without any recognition procedure',
    facts: { qualification: { level: 'vocational', obtainedIn: 'DE', trainingYears: 3, germanAssessment: 'none' }, job: { isco: '7411', annualGrossSalaryEur: 36_000 } },
    expect: { outcome: 'eligible', conditions: { qualification: true } },
  },
  {
    name: 'A degree holder is not a skilled worker with vocational training under § 18a',
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'A 46-year-old Elektroniker at 38,000 € on a first title fails § 18a under the 45+ rule in 2025 (53,130 €)',
    facts: { ...elektroniker, experience: [...elektroniker.experience], person: { ...elektroniker.person, birthDate: '1979-05-05' } },
    expect: { outcome: 'ineligible', salaryThresholdEur: 53_130, conditions: { age_45_salary: false }, hints: [{ kind: 'salary', target: 53_130 }] },
  },
];

// § 18g Abs. 1 S. 5 AufenthG equates a degree-equivalent tertiary programme with a degree for the Blue Card only.
const tertiaryNot18b: RouteCase[] = [
  {
    name: 'A degree-equivalent tertiary programme of 3 years (vocational, not assessed) does not make the person an academic Fachkraft for § 18b',
    facts: { qualification: { level: 'vocational', germanAssessment: 'none', tertiaryEquivalent: true, trainingYears: 3 } },
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'Nor does a 4-year one',
    facts: { qualification: { level: 'vocational', germanAssessment: 'none', tertiaryEquivalent: true, trainingYears: 4 } },
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
];
for (const c of tertiaryNot18b) test(`18b: ${c.name}`, () => void checkCase(fachkraftAkademisch, c));
for (const c of akademisch) test(`18b: ${c.name}`, () => void checkCase(fachkraftAkademisch, c));
for (const c of berufsausbildung) test(`18a: ${c.name}`, () => void checkCase(fachkraftBerufsausbildung, c));
