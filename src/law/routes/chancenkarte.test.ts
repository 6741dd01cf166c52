import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckInput } from '../types.ts';
import type { Facts } from '../route.ts';
import { applyDefaults } from '../route.ts';
import { chancenkarteFachkraft, chancenkartePunkte } from './chancenkarte.ts';
import { evaluate } from '../check.ts';
import type { CaseOverridesE3, RouteExpectation } from '../testing/fixturesE3.ts';
import { buildFactsE3, project } from '../testing/fixturesE3.ts';
import { both } from '../decision.ts';

/** A Chancenkarte applicant abroad with no job offer, single, never in Germany, 1,091 € a month secured (2025). */
function applicant(o: CaseOverridesE3 = {}): Facts {
  return buildFactsE3({
    decisionDate: '2025-03-10',
    job: null,
    means: { monthlyNetEur: 1_091 },
    chancenkarte: { partnerApplies: false },
    ...o,
  });
}

/** TC-12: IT graduate, 30, English C1, German A2, 3 years of related experience, state-recognised degree not assessed in Germany. */
function tc12(o: CaseOverridesE3 = {}): Facts {
  return applicant({
    person: { birthDate: '1994-05-01', german: 'A2', english: 'C1', lawfulStayMonthsLast5Years: 0 },
    qualification: {
      level: 'academic',
      awardedOn: '2021-07-01',
      obtainedIn: 'abroad',
      stateRecognisedAbroad: true,
      trainingYears: 4,
      germanAssessment: 'none',
    },
    experience: [{ isco: '2512', from: '2022-03-01', to: '2025-03-10', relatedToQualification: true }],
    ...o,
  });
}

/** TC-13: 41, 3-year vocational training state-recognised at home, German B1, 6 years of related experience, no shortage occupation. */
function tc13(o: CaseOverridesE3 = {}, qualification: Partial<CheckInput['qualification']> = {}, isco = '7411'): Facts {
  return applicant({
    person: { birthDate: '1983-09-01', german: 'B1', english: 'none', lawfulStayMonthsLast5Years: 0 },
    qualification: {
      level: 'vocational',
      awardedOn: '2012-07-01',
      obtainedIn: 'abroad',
      stateRecognisedAbroad: true,
      trainingYears: 3,
      germanAssessment: 'none',
      ...qualification,
    },
    experience: [{ isco, from: '2019-01-01', to: '2025-03-10', relatedToQualification: true }],
    ...o,
  });
}

/**
 * German B1 (2) and 5 of the last 7 years of related experience (3, a job since 2018 that runs to the decision date):
 * 5 points before age points; decision 15 June 2025 unless given.
 */
function ageCase(birthDate: string, decisionDate = '2025-06-15'): Facts {
  return applicant({
    decisionDate,
    person: { birthDate, german: 'B1', english: 'none', lawfulStayMonthsLast5Years: 0 },
    qualification: {
      level: 'vocational',
      awardedOn: '2015-07-01',
      obtainedIn: 'abroad',
      stateRecognisedAbroad: true,
      trainingYears: 3,
      germanAssessment: 'none',
    },
    experience: [{ isco: '7411', from: '2018-01-01', to: decisionDate, relatedToQualification: true }],
  });
}

/** Contract example 08, verbatim. */
const EXAMPLE_08: CheckInput = {
  decisionDate: '2025-03-10',
  person: {
    birthDate: '1998-11-11',
    citizenship: 'EG',
    german: 'none',
    english: 'none',
    firstTitleInGermany: true,
    adequatePensionProvision: false,
    lawfulStayMonthsLast5Years: 0,
    asylblgBenefitsLast24Months: false,
  },
  qualification: {
    level: 'academic',
    awardedOn: '2021-06-30',
    obtainedIn: 'abroad',
    stateRecognisedAbroad: true,
    trainingYears: 4,
    germanAssessment: 'comparable',
    licence: 'not_needed',
  },
  experience: [],
  means: { monthlyNetEur: 1200 },
};

interface Case {
  name: string;
  facts: Facts;
  expect: RouteExpectation;
}

const skilledCases: Case[] = [
  {
    name: 'Contract example 08: in 2025 a graduate with a comparable degree, no German, no job offer and 1,200 € a month gets the skilled-worker Chancenkarte without BA approval',
    facts: applyDefaults(EXAMPLE_08),
    expect: {
      outcome: 'eligible',
      baApproval: 'not_required',
      priorityCheck: false,
      discretionary: true,
      salaryThresholdEur: null,
      conditions: { fachkraft: true, means: true },
    },
  },
  {
    name: 'TC-14: in 2025 an anabin H+ "entspricht" graduate without German or English and 1,091 € a month is eligible as a skilled worker',
    facts: applicant({ person: { german: 'none', english: 'none' } }),
    expect: { outcome: 'eligible', conditions: { fachkraft: true, means: true }, unconfirmed: [] },
  },
  {
    name: 'On 31 May 2024 the Chancenkarte did not exist yet',
    facts: applicant({ decisionDate: '2024-05-31', means: { monthlyNetEur: 1_027 } }),
    expect: { outcome: 'ineligible', conditions: { in_force: false }, hints: [{ conditionId: 'in_force', kind: 'deadline', date: '2024-06-01' }] },
  },
  {
    name: 'On 1 June 2024 a skilled worker with 1,027 € a month is eligible',
    facts: applicant({ decisionDate: '2024-06-01', means: { monthlyNetEur: 1_027 } }),
    expect: { outcome: 'eligible', conditions: { fachkraft: true, means: true } },
  },
  {
    name: 'In 2024 1,026 € a month is one euro short of 1,027 €',
    facts: applicant({ decisionDate: '2024-09-01', means: { monthlyNetEur: 1_026 } }),
    expect: { outcome: 'ineligible', conditions: { means: false }, hints: [{ conditionId: 'means', kind: 'means', target: 1_027 }] },
  },
  {
    name: 'In 2025 1,090 € a month is one euro short of 1,091 €',
    facts: applicant({ means: { monthlyNetEur: 1_090 } }),
    expect: { outcome: 'ineligible', conditions: { means: false }, hints: [{ conditionId: 'means', kind: 'means', target: 1_091 }] },
  },
  {
    name: 'In 2025 exactly 1,091 € a month is enough',
    facts: applicant({ means: { monthlyNetEur: 1_091 } }),
    expect: { outcome: 'eligible', conditions: { means: true } },
  },
  {
    name: 'In 2026 the means figure is not confirmed, so even 5,000 € a month leaves the route unknown and flagged for verification',
    facts: applicant({ decisionDate: '2026-02-01', means: { monthlyNetEur: 5_000 } }),
    expect: { outcome: 'unknown', conditions: { fachkraft: true, means: null }, unconfirmed: ['means'] },
  },
  {
    name: 'Without any statement of means the route is unknown and the hint names 1,091 € a month',
    facts: buildFactsE3({ decisionDate: '2025-03-10', job: null }),
    expect: { outcome: 'unknown', conditions: { means: null }, hints: [{ conditionId: 'means', kind: 'means', target: 1_091 }] },
  },
  {
    name: 'A vocational qualification from abroad without a German equivalence notice is not a skilled worker',
    facts: tc13(),
    expect: { outcome: 'ineligible', conditions: { fachkraft: false, means: true } },
  },
  {
    name: 'A vocational qualification from abroad with a full equivalence notice is a skilled worker',
    facts: tc13({}, { germanAssessment: 'equivalent' }),
    expect: { outcome: 'eligible', conditions: { fachkraft: true } },
  },
];

const pointsCases: Case[] = [
  {
    name: 'TC-12: in 2025 a 30-year-old IT graduate with English C1 and German A2 scores 7 points and is eligible at the authority’s discretion',
    facts: tc12(),
    expect: {
      outcome: 'eligible',
      points: 7,
      baApproval: 'not_required',
      discretionary: true,
      salaryThresholdEur: null,
      conditions: { qualification: true, language: true, points: true, means: true },
      unconfirmed: ['points'],
    },
  },
  {
    name: 'TC-12 without the shortage point (marketing, ISCO 2431) still reaches exactly 6 points',
    facts: tc12({ experience: [{ isco: '2431', from: '2022-03-01', to: '2025-03-10', relatedToQualification: true }] }),
    expect: { outcome: 'eligible', points: 6, conditions: { points: true } },
  },
  {
    name: 'TC-13: in 2025 a 41-year-old with German B1 and 6 of the last 7 years of experience scores only 5 points',
    facts: tc13(),
    expect: {
      outcome: 'ineligible',
      points: 5,
      conditions: { qualification: true, language: true, points: false, means: true },
      hints: [
        { conditionId: 'points', kind: 'points', target: 6 },
        { conditionId: 'points', kind: 'language', target: 'B2' },
        { conditionId: 'points', kind: 'language', target: 'C1' },
        { conditionId: 'points', kind: 'other' },
      ],
    },
  },
  {
    name: 'TC-13 with a partial-recognition notice scores 9 points',
    facts: tc13({}, { germanAssessment: 'partial' }),
    expect: { outcome: 'eligible', points: 9, conditions: { qualification: true, points: true } },
  },
  {
    name: 'TC-13 in a shortage occupation (ISCO 2151) scores exactly 6 points',
    facts: tc13({}, {}, '2151'),
    expect: { outcome: 'eligible', points: 6, conditions: { points: true } },
  },
  {
    name: 'TC-13 with a partner who applies too scores exactly 6 points',
    facts: tc13({ chancenkarte: { partnerApplies: true } }),
    expect: { outcome: 'eligible', points: 6 },
  },
  {
    name: 'TC-13 with 6 months of lawful stay in Germany scores exactly 6 points',
    facts: tc13({ person: { birthDate: '1983-09-01', german: 'B1', english: 'none', lawfulStayMonthsLast5Years: 6 } }),
    expect: { outcome: 'eligible', points: 6 },
  },
  {
    name: 'TC-13 with 5 months of lawful stay in Germany stays at 5 points',
    facts: tc13({ person: { birthDate: '1983-09-01', german: 'B1', english: 'none', lawfulStayMonthsLast5Years: 5 } }),
    expect: { outcome: 'ineligible', points: 5 },
  },
  {
    name: 'TC-13 without a statement about a partner is unknown: a partner applying would make the 6th point',
    facts: tc13({ chancenkarte: {} }),
    expect: { outcome: 'unknown', points: 5, conditions: { points: null } },
  },
  {
    name: 'On the day before the 35th birthday the age gives 2 points (7 in total)',
    facts: ageCase('1990-06-16'),
    expect: { outcome: 'eligible', points: 7 },
  },
  {
    name: 'On the 35th birthday the age gives 1 point (6 in total)',
    facts: ageCase('1990-06-15'),
    expect: { outcome: 'eligible', points: 6 },
  },
  {
    name: 'On the day before the 40th birthday the age still gives 1 point (6 in total)',
    facts: ageCase('1985-06-16'),
    expect: { outcome: 'eligible', points: 6 },
  },
  {
    name: 'On the 40th birthday the age gives no point (5 in total)',
    facts: ageCase('1985-06-15'),
    expect: { outcome: 'ineligible', points: 5, conditions: { points: false } },
  },
  {
    name: 'Someone born on 29 February turns 35 on 1 March in a common year: 2 age points on 28 February 2029, 1 on 1 March',
    facts: ageCase('1994-02-29', '2029-02-28'),
    expect: { points: 7 },
  },
  {
    name: 'Someone born on 29 February has 1 age point on 1 March 2029',
    facts: ageCase('1994-02-29', '2029-03-01'),
    expect: { points: 6 },
  },
  {
    name: 'German B2 gives 3 points, not 3 + 2 + 1 (Nr. 2 to 4 exclude each other)',
    facts: tc12({ person: { birthDate: '1994-05-01', german: 'C2', english: 'none', lawfulStayMonthsLast5Years: 0 } }),
    expect: { points: 8 },
  },
  {
    name: '5 years of experience give 3 points, not 3 + 2 (Nr. 6 and 7 are alternatives)',
    facts: tc13({ person: { birthDate: '1995-01-01', german: 'none', english: 'B2', lawfulStayMonthsLast5Years: 0 } }),
    expect: { points: 5 },
  },
  {
    name: 'Experience not related to the qualification gives no points',
    facts: tc12({ experience: [{ isco: '2431', from: '2022-03-01', to: '2025-03-10', relatedToQualification: false }] }),
    expect: { outcome: 'ineligible', points: 4, conditions: { points: false } },
  },
  {
    name: 'Experience before the qualification was awarded gives no points',
    facts: tc12({
      qualification: {
        level: 'academic',
        awardedOn: '2024-07-01',
        obtainedIn: 'abroad',
        stateRecognisedAbroad: true,
        trainingYears: 4,
        germanAssessment: 'none',
      },
      experience: [{ isco: '2431', from: '2019-01-01', to: '2025-03-10', relatedToQualification: true }],
    }),
    expect: { outcome: 'ineligible', points: 4 },
  },
  {
    name: 'Experience whose relation to the qualification is not stated leaves 6 points open, so the route is unknown',
    facts: tc12({ experience: [{ isco: '2431', from: '2022-03-01', to: '2025-03-10' }] }),
    expect: { outcome: 'unknown', points: 4, conditions: { points: null } },
  },
  {
    name: 'A 1-year vocational training does not meet the entry requirement of a state-recognised qualification',
    facts: tc13({}, { trainingYears: 1 }),
    expect: { conditions: { qualification: false } },
  },
  {
    name: 'A qualification not state-recognised at home fails the entry requirement unless the partial-recognition points are scored',
    facts: tc13({}, { stateRecognisedAbroad: false }),
    expect: { outcome: 'ineligible', conditions: { qualification: false } },
  },
  {
    name: 'With a partial-recognition notice the proof of state recognition at home is not needed',
    facts: tc13({}, { stateRecognisedAbroad: false, germanAssessment: 'partial' }),
    expect: { outcome: 'eligible', points: 9, conditions: { qualification: true } },
  },
  {
    name: 'English B1 and no German fail the language entry requirement; the hint asks for German A1',
    facts: tc12({ person: { birthDate: '1994-05-01', german: 'none', english: 'B1', lawfulStayMonthsLast5Years: 0 } }),
    expect: { outcome: 'ineligible', conditions: { language: false }, hints: [{ conditionId: 'language', kind: 'language', target: 'A1' }] },
  },
  {
    name: 'German A1 alone meets the language entry requirement but gives no points',
    facts: tc12({ person: { birthDate: '1994-05-01', german: 'A1', english: 'none', lawfulStayMonthsLast5Years: 0 } }),
    expect: { conditions: { language: true }, points: 5 },
  },
  {
    name: 'English B2 alone meets the language entry requirement',
    facts: tc12({ person: { birthDate: '1994-05-01', german: 'none', english: 'B2', lawfulStayMonthsLast5Years: 0 } }),
    expect: { conditions: { language: true }, points: 5 },
  },
  {
    name: 'A 30-year-old with German A2, English C1 and 1 year 10 months of related work gets 4 points; the hints name German B2 and the day 2 years are complete',
    facts: tc12({ experience: [{ isco: '2431', from: '2023-05-11', to: '2025-03-10', relatedToQualification: true }] }),
    expect: {
      outcome: 'ineligible',
      points: 4,
      hints: [
        { conditionId: 'points', kind: 'language', target: 'B2' },
        { conditionId: 'points', kind: 'experience', date: '2025-05-10' },
      ],
    },
  },
  {
    name: 'Contract example 08: no German, no English and 2 points fail the points route',
    facts: applyDefaults(EXAMPLE_08),
    expect: { outcome: 'ineligible', points: 2, conditions: { language: false, points: false } },
  },
  {
    name: 'On 31 May 2024 the points route did not exist yet',
    facts: tc12({ decisionDate: '2024-05-31', experience: [{ isco: '2512', from: '2021-08-01', to: '2024-05-31', relatedToQualification: true }] }),
    expect: { outcome: 'ineligible', conditions: { in_force: false } },
  },
  {
    name: 'On 1 June 2024 the same IT graduate scores 7 points with 1,027 € a month',
    facts: tc12({
      decisionDate: '2024-06-01',
      means: { monthlyNetEur: 1_027 },
      experience: [{ isco: '2512', from: '2021-08-01', to: '2024-06-01', relatedToQualification: true }],
    }),
    expect: { outcome: 'eligible', points: 7 },
  },
  {
    name: 'TC-08 and TC-09 (Chancenkarte part; the collective agreement plays no role): in 2025 a Philippine Elektroniker, 3-year training, 2.5 years of experience, German A2, age 29, scores 5 points and needs one more',
    facts: applicant({
      person: { birthDate: '1995-08-20', citizenship: 'PH', german: 'A2', english: 'B1', lawfulStayMonthsLast5Years: 0 },
      qualification: {
        level: 'vocational',
        awardedOn: '2017-06-30',
        obtainedIn: 'abroad',
        stateRecognisedAbroad: true,
        trainingYears: 3,
        germanAssessment: 'none',
      },
      experience: [{ isco: '7411', from: '2022-09-10', to: '2025-03-10', relatedToQualification: true }],
    }),
    expect: {
      outcome: 'ineligible',
      points: 5,
      conditions: { qualification: true, language: true, points: false },
      hints: [
        { conditionId: 'points', kind: 'language', target: 'B1' },
        { conditionId: 'points', kind: 'language', target: 'C1' },
      ],
    },
  },
];

for (const c of skilledCases) {
  test(`20a-skilled: ${c.name}`, () => {
    const a = chancenkarteFachkraft(c.facts, c.facts.decisionDate);
    assert.deepEqual(project(a, c.expect), c.expect);
    assert.equal(a.points, undefined);
  });
}

for (const c of pointsCases) {
  test(`20a-points: ${c.name}`, () => {
    assert.deepEqual(project(chancenkartePunkte(c.facts, c.facts.decisionDate), c.expect), c.expect);
  });
}

test('The points text lists every scored criterion with its points', () => {
  const a = chancenkartePunkte(tc12(), '2025-03-10');
  const text = both(a.conditions.find((c) => c.id === 'points')!.say);
  assert.match(
    text.en,
    /^7 points \(at least 6 required\): German A2 \(1\), English C1 \(1\), 2 years of experience in the last 5 \(2\), shortage occupation \(1\), age under 35 \(2\)\./,
  );
  assert.match(text.de, /^7 Punkte \(mindestens 6 nötig\)/);
  assert.match(text.en, /to be verified/);
});

test('The 2026 means text names the last confirmed figure and the amount stated', () => {
  const a = chancenkarteFachkraft(applicant({ decisionDate: '2026-02-01', means: { monthlyNetEur: 1_200 } }), '2026-02-01');
  const text = both(a.conditions.find((c) => c.id === 'means')!.say);
  assert.match(text.de, /zuletzt veröffentlicht: 1\.091 € netto monatlich für 2025; Quelle: Deutsche Botschaft Jakarta/);
  assert.match(text.en, /last published: €1,091 net a month for 2025; source: /);
  assert.match(text.de, /Angegeben sind 1\.200 €/);
  assert.match(text.en, /not confirmed/);
});

test('Hints are dropped once the points route is eligible', () => {
  assert.deepEqual(chancenkartePunkte(tc12(), '2025-03-10').hints, []);
});

test('Contract example 08 through the whole engine: the skilled-worker Chancenkarte is recommended; the points route carries its points', () => {
  const result = evaluate(EXAMPLE_08);
  assert.equal(result.recommended, '20a-skilled');
  assert.equal(result.routes.find((r) => r.id === '20a-points')!.points, 2);
  assert.equal(result.routes.find((r) => r.id === '18g-standard')!.outcome, 'unknown');
});
