import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Facts } from '../route.ts';
import { anerkennungspartnerschaft, qualifizierungsmassnahme } from './recognition.ts';
import type { CaseOverridesE3, RouteExpectation } from '../testing/fixturesE3.ts';
import { buildFactsE3, project } from '../testing/fixturesE3.ts';

/**
 * TC-08: an Elektroniker (ISCO 7411) with a 3-year training from the Philippines, state-recognised there,
 * no German recognition, German A2, offered 40,000 € by an employer without a collective agreement (2026).
 */
function tc08(o: CaseOverridesE3 = {}): Facts {
  return buildFactsE3({
    decisionDate: '2026-03-02',
    person: { birthDate: '1994-08-20', citizenship: 'PH', german: 'A2', english: 'B1' },
    qualification: {
      level: 'vocational',
      awardedOn: '2015-06-30',
      obtainedIn: 'abroad',
      stateRecognisedAbroad: true,
      trainingYears: 3,
      germanAssessment: 'none',
    },
    experience: [{ isco: '7411', from: '2023-09-01', to: '2026-03-02', relatedToQualification: true }],
    job: { isco: '7411', annualGrossSalaryEur: 40_000, collectiveAgreement: false },
    recognitionPartnership: { agreementSigned: true, employerSuitable: true },
    ...o,
  });
}

/**
 * TC-11: an Elektroniker with a partial-equivalence notice (in-company adaptation needed), German A2, age 32;
 * the employer offers the measure with a job at 38,000 € (2025).
 */
function tc11(o: CaseOverridesE3 = {}): Facts {
  return buildFactsE3({
    decisionDate: '2025-05-15',
    person: { birthDate: '1993-01-15', citizenship: 'PH', german: 'A2', english: 'none' },
    qualification: {
      level: 'vocational',
      awardedOn: '2014-06-30',
      obtainedIn: 'abroad',
      stateRecognisedAbroad: true,
      trainingYears: 3,
      germanAssessment: 'partial',
    },
    experience: [{ isco: '7411', from: '2015-01-01', to: '2025-05-15', relatedToQualification: true }],
    job: { isco: '7411', annualGrossSalaryEur: 38_000 },
    ...o,
  });
}

interface Case {
  name: string;
  facts: Facts;
  expect: RouteExpectation;
}

const partnershipCases: Case[] = [
  {
    name: 'TC-08: a Philippine Elektroniker with German A2, a signed agreement and a suitable employer can use the recognition partnership, with BA approval',
    facts: tc08(),
    expect: {
      outcome: 'eligible',
      baApproval: 'required',
      priorityCheck: false,
      discretionary: true,
      salaryThresholdEur: null,
      conditions: { qualification: true, language: true, qualified_employment: true, agreement: true, employer_suitable: true },
    },
  },
  {
    name: 'TC-09 (§ 16d part): with a collectively bound employer the recognition partnership remains open',
    facts: tc08({ job: { isco: '7411', annualGrossSalaryEur: 40_000, collectiveAgreement: true } }),
    expect: { outcome: 'eligible', baApproval: 'required' },
  },
  {
    name: 'TC-08 with German A1 fails the A2 requirement; the hint asks for A2',
    facts: tc08({ person: { birthDate: '1994-08-20', citizenship: 'PH', german: 'A1', english: 'B1' } }),
    expect: { outcome: 'ineligible', conditions: { language: false }, hints: [{ conditionId: 'language', kind: 'language', target: 'A2' }] },
  },
  {
    name: 'TC-08 without statements on the agreement and the employer is unknown',
    facts: buildFactsE3({
      decisionDate: '2026-03-02',
      person: { german: 'A2' },
      qualification: { level: 'vocational', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 3, germanAssessment: 'none' },
    }),
    expect: { outcome: 'unknown', conditions: { agreement: null, employer_suitable: null } },
  },
  {
    name: 'Without a signed agreement the recognition partnership is not possible',
    facts: tc08({ recognitionPartnership: { agreementSigned: false, employerSuitable: true } }),
    expect: { outcome: 'ineligible', conditions: { agreement: false, employer_suitable: true } },
  },
  {
    name: 'An employer unsuitable for training rules the recognition partnership out',
    facts: tc08({ recognitionPartnership: { agreementSigned: true, employerSuitable: false } }),
    expect: { outcome: 'ineligible', conditions: { employer_suitable: false } },
  },
  {
    name: 'Without a job offer the recognition partnership is unknown',
    facts: tc08({ job: null }),
    expect: { outcome: 'unknown', conditions: { job_offer: null } },
  },
  {
    name: 'On 29 February 2024 the recognition partnership did not exist yet',
    facts: tc08({ decisionDate: '2024-02-29' }),
    expect: { outcome: 'ineligible', conditions: { in_force: false }, hints: [{ conditionId: 'in_force', kind: 'deadline', date: '2024-03-01' }] },
  },
  {
    name: 'On 1 March 2024 the recognition partnership is available',
    facts: tc08({ decisionDate: '2024-03-01' }),
    expect: { outcome: 'eligible' },
  },
  {
    name: 'A 1-year training is not a qualification the recognition partnership accepts',
    facts: tc08({ qualification: { level: 'vocational', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 1, germanAssessment: 'none' } }),
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'A training whose length is not stated leaves the qualification unknown',
    facts: tc08({
      qualification: { level: 'vocational', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: undefined, germanAssessment: 'none' },
    }),
    expect: { outcome: 'unknown', conditions: { qualification: null } },
  },
  {
    name: 'A helper job outside a regulated profession is not the qualified employment required as a rule',
    facts: tc08({ job: { isco: '9313', annualGrossSalaryEur: 30_000, qualifiedEmployment: false, regulated: false } }),
    expect: { outcome: 'ineligible', conditions: { qualified_employment: false } },
  },
  {
    name: 'A helper job in a regulated profession is allowed until the licence to practise is granted',
    facts: tc08({ job: { isco: '5321', annualGrossSalaryEur: 30_000, qualifiedEmployment: false, regulated: true } }),
    expect: { outcome: 'eligible', conditions: { qualified_employment: true } },
  },
];

const qualificationCases: Case[] = [
  {
    name: 'TC-11: with a partial-equivalence notice, German A2 and an employer running the measure in-company, § 16d (1) applies with BA approval',
    facts: tc11(),
    expect: {
      outcome: 'eligible',
      baApproval: 'required',
      priorityCheck: false,
      discretionary: true,
      salaryThresholdEur: null,
      conditions: { partial_recognition: true, language: true, measure: true, means: true },
      unconfirmed: [],
    },
  },
  {
    name: 'TC-11 can also use the recognition partnership when the agreement is signed',
    facts: tc11({ recognitionPartnership: { agreementSigned: true, employerSuitable: true } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: 'TC-10: a full equivalence notice is no ground for a qualification measure',
    facts: tc11({
      qualification: { level: 'vocational', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 3, germanAssessment: 'equivalent' },
    }),
    expect: { outcome: 'ineligible', conditions: { partial_recognition: false } },
  },
  {
    name: 'TC-09 (§ 16d part): the Elektroniker of a collectively bound employer has no German notice, so there is no qualification measure',
    facts: tc08({ job: { isco: '7411', annualGrossSalaryEur: 40_000, collectiveAgreement: true } }),
    expect: { outcome: 'ineligible', conditions: { partial_recognition: false } },
  },
  {
    name: 'German A1 falls short of the A2 required as a rule; the hint asks for A2',
    facts: tc11({ person: { birthDate: '1993-01-15', german: 'A1' } }),
    expect: { outcome: 'ineligible', conditions: { language: false }, hints: [{ conditionId: 'language', kind: 'language', target: 'A2' }] },
  },
  {
    name: 'In-company pay of 1,133 € a month meets the 2025 figure',
    facts: tc11({ job: { isco: '7411', annualGrossSalaryEur: 13_596 } }),
    expect: { outcome: 'eligible', conditions: { means: true } },
  },
  {
    name: 'In-company pay of 1,132 € a month is one euro short, and no other means are stated',
    facts: tc11({ job: { isco: '7411', annualGrossSalaryEur: 13_584 } }),
    expect: { outcome: 'unknown', conditions: { means: null }, hints: [{ conditionId: 'means', kind: 'means', target: 1_091 }] },
  },
  {
    name: 'In-company pay of 1,132 € a month topped up by 1,091 € net of other secured means is enough',
    facts: tc11({ job: { isco: '7411', annualGrossSalaryEur: 13_584 }, means: { monthlyNetEur: 1_091 } }),
    expect: { outcome: 'eligible', conditions: { means: true } },
  },
  {
    name: 'Without an employer a course-based measure is assumed: no BA approval, but the place in the measure must still be shown',
    facts: tc11({ job: null, means: { monthlyNetEur: 1_091 } }),
    expect: { outcome: 'unknown', baApproval: 'not_required', conditions: { measure: null, means: true } },
  },
  {
    name: 'For a course-based measure in 2025, 1,090 € net a month is one euro short',
    facts: tc11({ job: null, means: { monthlyNetEur: 1_090 } }),
    expect: { outcome: 'ineligible', conditions: { means: false }, hints: [{ conditionId: 'means', kind: 'means', target: 1_091 }] },
  },
  {
    name: 'In 2026 the § 16d figures are not confirmed: the means are unknown and flagged for verification',
    facts: tc11({ decisionDate: '2026-05-15', experience: [] }),
    expect: { outcome: 'unknown', conditions: { means: null }, unconfirmed: ['means'] },
  },
  {
    name: 'In 2024 the § 16d figures are not confirmed either',
    facts: tc11({ decisionDate: '2024-05-15', experience: [] }),
    expect: { outcome: 'unknown', conditions: { means: null }, unconfirmed: ['means'] },
  },
];

for (const c of partnershipCases) {
  test(`16d3-partnership: ${c.name}`, () => {
    assert.deepEqual(project(anerkennungspartnerschaft(c.facts, c.facts.decisionDate), c.expect), c.expect);
  });
}

for (const c of qualificationCases) {
  test(`16d1-qualification: ${c.name}`, () => {
    assert.deepEqual(project(qualifizierungsmassnahme(c.facts, c.facts.decisionDate), c.expect), c.expect);
  });
}

test('The measure condition says which kind of measure was assumed and why', () => {
  const inCompany = qualifizierungsmassnahme(tc11(), '2025-05-15').conditions.find((c) => c.id === 'measure')!;
  assert.match(inCompany.say('en'), /taken to be mainly in-company/);
  assert.equal(inCompany.ref, '§ 16d Abs. 1 S. 2 Nr. 3 AufenthG');
  const course = qualifizierungsmassnahme(tc11({ job: null }), '2025-05-15').conditions.find((c) => c.id === 'measure')!;
  assert.match(course.say('de'), /schulische oder kursförmige Maßnahme angenommen/);
});

test('The 2026 § 16d means text names the last confirmed 2025 figures', () => {
  const c = qualifizierungsmassnahme(tc11({ decisionDate: '2026-05-15' }), '2026-05-15').conditions.find((x) => x.id === 'means')!;
  assert.match(
    c.say('de'),
    /zuletzt veröffentlicht für 2025: 1\.133 € brutto monatlich bei betrieblichen, 1\.091 € netto monatlich bei schulischen Maßnahmen; Quelle: Deutsche Botschaft Jakarta/,
  );
});
