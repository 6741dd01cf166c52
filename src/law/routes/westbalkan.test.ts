import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Facts } from '../route.ts';
import { westbalkanregelung } from './westbalkan.ts';
import { evaluate } from '../check.ts';
import { buildInputE3 } from '../testing/fixturesE3.ts';
import type { CaseOverridesE3, RouteExpectation } from '../testing/fixturesE3.ts';
import { buildFactsE3, project, tc17Overrides } from '../testing/fixturesE3.ts';
import { PUBLISHED, UNPUBLISHED } from '../testing/years.ts';

/** TC-17: a Kosovo national without formal qualification, offered 32,000 € as a construction worker (ISCO 9313) in 2026. */
function tc17(o: CaseOverridesE3 = {}): Facts {
  return buildFactsE3(tc17Overrides(o));
}

interface Case {
  name: string;
  facts: Facts;
  expect: RouteExpectation;
}

const cases: Case[] = [
  {
    name: 'TC-17: in 2026 a Kosovar construction worker without qualification can come under the Western Balkans rule, with BA approval, priority check and quota',
    facts: tc17(),
    expect: {
      outcome: 'eligible',
      baApproval: 'required',
      priorityCheck: true,
      discretionary: true,
      salaryThresholdEur: null,
      conditions: { citizenship: true, asylblg: true, not_regulated: true, quota: true },
      unconfirmed: ['not_regulated', 'quota'],
    },
  },
  ...(['AL', 'BA', 'ME', 'MK', 'RS'] as const).map((cc) => ({
    name: `A national of ${cc} is covered`,
    facts: tc17({ person: { birthDate: '1995-03-01', citizenship: cc, asylblgBenefitsLast24Months: false } }),
    expect: { outcome: 'eligible', conditions: { citizenship: true } } as RouteExpectation,
  })),
  {
    name: 'A national of India is not covered',
    facts: tc17({ person: { birthDate: '1995-03-01', citizenship: 'IN', asylblgBenefitsLast24Months: false } }),
    expect: { outcome: 'ineligible', conditions: { citizenship: false } },
  },
  {
    name: 'AsylbLG benefits within the last 24 months exclude the rule',
    facts: tc17({ person: { birthDate: '1995-03-01', citizenship: 'XK', asylblgBenefitsLast24Months: true } }),
    expect: { outcome: 'ineligible', conditions: { asylblg: false } },
  },
  {
    name: 'Without a statement on AsylbLG benefits the rule is unknown',
    facts: tc17({ omitPerson: ['asylblgBenefitsLast24Months'] }),
    expect: { outcome: 'unknown', conditions: { asylblg: null } },
  },
  {
    name: 'A regulated job is not covered (flagged for verification)',
    facts: tc17({ job: { isco: '2221', annualGrossSalaryEur: 40_000, regulated: true } }),
    expect: { outcome: 'ineligible', conditions: { not_regulated: false }, unconfirmed: ['not_regulated'] },
  },
  {
    name: 'A job not stated to be regulated is taken as not regulated, as in the other routes',
    facts: tc17({ job: { isco: '9313', annualGrossSalaryEur: 32_000, regulated: undefined } }),
    expect: { outcome: 'eligible', conditions: { not_regulated: true } },
  },
  {
    name: 'Without a job offer the rule is unknown',
    facts: tc17({ job: null }),
    expect: { outcome: 'unknown', conditions: { job_offer: null, citizenship: true } },
  },
  {
    name: 'In 2025 the quota of 50,000 is confirmed',
    facts: tc17({ decisionDate: '2025-04-01' }),
    expect: { outcome: 'eligible', conditions: { quota: true }, unconfirmed: ['not_regulated'] },
  },
  {
    name: 'On the day before the 45th birthday no salary minimum applies',
    facts: tc17({ person: { birthDate: '1981-04-02', citizenship: 'XK', asylblgBenefitsLast24Months: false } }),
    expect: { outcome: 'eligible', salaryThresholdEur: null, conditions: { age_45_salary: true }, unconfirmed: ['not_regulated', 'quota'] },
  },
  {
    name: 'On the 45th birthday a first title needs 55 % of the BBG (55,770 € in 2026) unless pension provision is proven: 32,000 € fail',
    facts: tc17({ person: { birthDate: '1981-04-01', citizenship: 'XK', asylblgBenefitsLast24Months: false, adequatePensionProvision: false } }),
    expect: {
      outcome: 'ineligible',
      salaryThresholdEur: 55_770,
      conditions: { age_45_salary: false },
      // the BMI notice BAnz AT 04.01.2024 B2 names § 26 Abs. 2 BeschV: the rule's reach is confirmed from 2024
      unconfirmed: [],
      hints: [{ conditionId: 'age_45_salary', kind: 'salary', target: 55_770 }],
    },
  },
  {
    name: 'In December 2023 (before the notice Lotse holds for the reach of § 1 (2) BeschV) the 45+ rule is applied but flagged unconfirmed',
    facts: tc17({
      decisionDate: '2023-12-01',
      person: { birthDate: '1976-04-01', citizenship: 'XK', asylblgBenefitsLast24Months: false, adequatePensionProvision: false },
    }),
    expect: { outcome: 'ineligible', salaryThresholdEur: 48_180, conditions: { age_45_salary: false }, unconfirmed: ['age_45_salary'] },
  },
  {
    name: 'At 45, 55,770 € meet the 2026 minimum exactly',
    facts: tc17({
      person: { birthDate: '1981-04-01', citizenship: 'XK', asylblgBenefitsLast24Months: false, adequatePensionProvision: false },
      job: { isco: '9313', annualGrossSalaryEur: 55_770, regulated: false },
    }),
    expect: { outcome: 'eligible', conditions: { age_45_salary: true } },
  },
  {
    name: 'At 45, 55,769 € are one euro short of the 2026 minimum',
    facts: tc17({
      person: { birthDate: '1981-04-01', citizenship: 'XK', asylblgBenefitsLast24Months: false, adequatePensionProvision: false },
      job: { isco: '9313', annualGrossSalaryEur: 55_769, regulated: false },
    }),
    expect: { outcome: 'ineligible', conditions: { age_45_salary: false } },
  },
  {
    name: 'At 45 with proven adequate pension provision the salary minimum does not apply',
    facts: tc17({ person: { birthDate: '1981-04-01', citizenship: 'XK', asylblgBenefitsLast24Months: false, adequatePensionProvision: true } }),
    expect: { outcome: 'eligible', salaryThresholdEur: null, conditions: { age_45_salary: true } },
  },
  {
    name: 'At 45 without a statement on pension provision a low salary leaves the rule unknown',
    facts: tc17({ person: { birthDate: '1981-04-01', citizenship: 'XK', asylblgBenefitsLast24Months: false }, omitPerson: ['adequatePensionProvision'] }),
    expect: { outcome: 'unknown', conditions: { age_45_salary: null } },
  },
  {
    name: 'At 45 the rule applies only to a first title in Germany',
    facts: tc17({ person: { birthDate: '1981-04-01', citizenship: 'XK', asylblgBenefitsLast24Months: false, firstTitleInGermany: false } }),
    expect: { outcome: 'eligible', salaryThresholdEur: null },
  },
  {
    name: `In ${UNPUBLISHED} the 45+ minimum is not published yet: unknown, never the ${PUBLISHED} figure`,
    facts: tc17({
      decisionDate: `${UNPUBLISHED}-04-01`,
      person: { birthDate: '1981-04-01', citizenship: 'XK', asylblgBenefitsLast24Months: false, adequatePensionProvision: false },
    }),
    expect: { outcome: 'unknown', salaryThresholdEur: null, conditions: { age_45_salary: null } },
  },
];

for (const c of cases) {
  test(`19c1-westbalkan: ${c.name}`, () => {
    assert.deepEqual(project(westbalkanregelung(c.facts, c.facts.decisionDate), c.expect), c.expect);
  });
}

test('The AsylbLG text names the start of the 24-month window: 1 April 2024 for a decision on 1 April 2026', () => {
  const c = westbalkanregelung(tc17(), '2026-04-01').conditions.find((x) => x.id === 'asylblg')!;
  assert.match(c.say('de'), /seit dem 01\.04\.2024/);
  assert.match(c.say('en'), /since 1 April 2024/);
  const c2 = westbalkanregelung(tc17({ decisionDate: '2026-04-02' }), '2026-04-02').conditions.find((x) => x.id === 'asylblg')!;
  assert.match(c2.say('de'), /seit dem 02\.04\.2024/);
});

test('The quota text shows 25,000 on 31 May 2024 and 50,000 from 1 June 2024', () => {
  const before = westbalkanregelung(tc17({ decisionDate: '2024-05-31' }), '2024-05-31').conditions.find((x) => x.id === 'quota')!;
  const after = westbalkanregelung(tc17({ decisionDate: '2024-06-01' }), '2024-06-01').conditions.find((x) => x.id === 'quota')!;
  assert.match(before.say('de'), /höchstens 25\.000 Zustimmungen/);
  assert.match(after.say('de'), /höchstens 50\.000 Zustimmungen/);
  assert.equal(after.unconfirmed, undefined);
});

test('TC-17 through the whole engine: the Western Balkans rule is the recommended route for the Kosovar construction worker', () => {
  const input = buildInputE3(tc17Overrides());
  const result = evaluate(input);
  assert.equal(result.recommended, '19c1-westbalkan');
  const wb = result.routes.find((r) => r.id === '19c1-westbalkan')!;
  assert.equal(wb.priorityCheck, true);
});
