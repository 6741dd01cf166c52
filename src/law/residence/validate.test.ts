// Validation of a ResidenceInput: the contract's invalid-input rules, each error naming the field; the schema mirrors
// the type; the results match the published result schema; the dated parameters are complete.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { Static } from '@sinclair/typebox';
import { isIsoDate } from '../dates.ts';
import { valueStatus } from '../parameters/parameter.ts';
import { checkResidence } from './check.ts';
import { RESIDENCE_PARAMETERS } from './parameters.ts';
import type { ResidenceInputSchema } from './schema.ts';
import { ResidenceResultSchema } from './schema.ts';
import type { ResidenceInput, ResidenceResult } from './types.ts';
import { validateResidenceInput } from './validate.ts';
import { blueCardHolder, skilledWorker, vary } from './testing.ts';

// the schema's type and the contract's type are the same, both ways
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const INPUT_SAME: Same<Static<typeof ResidenceInputSchema>, ResidenceInput> = true;
const RESULT_SAME: Same<Static<typeof ResidenceResultSchema>, ResidenceResult> = true;
void [INPUT_SAME, RESULT_SAME];

const INVALID: Array<[name: string, change: (x: Record<string, unknown> & ResidenceInput) => void, path: string, message: RegExp]> = [
  ['decisionDate the day before 2024-03-01', (x) => void (x.decisionDate = '2024-02-29'), '/decisionDate', /2024-03-01 or later.*2024-02-29 is before that/],
  ['decisionDate not a real day', (x) => void (x.decisionDate = '2026-02-30'), '/decisionDate', /not a real calendar date/],
  ['an empty history', (x) => void (x.residenceHistory = []), '/residenceHistory', /must not be empty/],
  ['a history ending in another title', (x) => void (x.residenceHistory[0]!.titleId = '18b'), '/residenceHistory/0/titleId', /current title "18g-standard"/],
  ['a last period starting after the decision', (x) => void (x.residenceHistory[0]!.from = '2026-11-17'), '/residenceHistory/0/from', /covers that day/],
  ['a last period ending before the decision', (x) => void (x.residenceHistory[0]!.to = '2026-11-15'), '/residenceHistory/0/to', /covers that day/],
  ['a period ending before it begins', (x) => void (x.residenceHistory.unshift({ titleId: 'study', from: '2020-01-01', to: '2019-12-31' })), '/residenceHistory/0/to', /not be before from/],
  ['an employment ending before it begins', (x) => void (x.employment[0]!.to = '2025-01-14'), '/employment/0/to', /not be before from/],
  ['an ICT card as current title', (x) => void ((x.currentTitle as { id: string }).id = '19-ict'), '/currentTitle/id', /must be one of/],
  ['a Western Balkans title', (x) => void ((x.currentTitle as { id: string }).id = '19c1-westbalkan'), '/currentTitle/id', /must be one of/],
  ['an unknown past title', (x) => void ((x.residenceHistory[0] as { titleId: string }).titleId = 'tourist'), '/residenceHistory/0/titleId', /must be one of/],
  ['validUntil before issuedOn', (x) => void (x.currentTitle.validUntil = '2025-02-28'), '/currentTitle/validUntil', /not be before issuedOn/],
  ['a missing family list', (x) => void delete (x as Partial<ResidenceInput>).family, '/family', /is required/],
  ['an unknown relation', (x) => void (x.family = [{ ref: 'x', relation: 'cousin' as 'child', birthDate: '2000-01-01', citizenship: 'IN' }]), '/family/0/relation', /must be one of/],
  ['an unknown field', (x) => void (x.extra = true), '/extra', /unknown property/],
  ['negative voluntary months', (x) => void (x.additionalPensionMonths = -1), '/additionalPensionMonths', /at least 0/],
  ['a new job in no German state', (x) => void (x.newJob = { isco: '2512', annualGrossSalaryEur: 50000, federalState: 'DE-XX' }), '/newJob/federalState', /federal state/],
  ['experience ending before it begins (a check-v1 rule)', (x) => void (x.experience = [{ isco: '2512', from: '2020-01-01', to: '2019-01-01' }]), '/experience/0/from', /must not be after to/],
  ['a qualification awarded after the decision (a check-v1 rule)', (x) => void (x.qualification!.awardedOn = '2027-01-01'), '/qualification/awardedOn', /must not be after decisionDate/],
];

for (const [name, change, path, message] of INVALID) {
  test(`Invalid: ${name} names ${path}`, () => {
    const input = vary(blueCardHolder(), change as (x: ResidenceInput) => void);
    const r = validateResidenceInput(input);
    assert.equal(r.ok, false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.path === path);
    assert.ok(e, `${path} in ${JSON.stringify(r.errors)}`);
    assert.match(e.message, message);
  });
}

test('Valid: the test inputs, an expired title (valid input), a history oldest first with a gap, and anything but an object is named', () => {
  for (const input of [blueCardHolder(), skilledWorker(), vary(skilledWorker(), (x) => void (x.currentTitle.validUntil = '2026-01-01'))]) {
    const r = validateResidenceInput(input);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  }
  for (const x of [null, [], 'x', 1]) {
    const r = validateResidenceInput(x);
    assert.equal(r.ok, false);
  }
});

test('Every result matches the published result schema', () => {
  const check = TypeCompiler.Compile(ResidenceResultSchema);
  const family = [
    { ref: 'w', relation: 'spouse' as const, birthDate: '1995-03-03', citizenship: 'IN', marriedOn: '2020-01-01' },
    { ref: 'c', relation: 'child' as const, birthDate: '2010-01-01', citizenship: 'IN' },
    { ref: 'p', relation: 'parent_in_law' as const, birthDate: '1960-01-01', citizenship: 'IN' },
  ];
  for (const input of [blueCardHolder(), skilledWorker(), vary(skilledWorker('2029-02-01'), (x) => void (x.family = family))]) {
    const r = checkResidence(input);
    assert.ok(check.Check(r), [...check.Errors(r)].map((e) => `${e.path}: ${e.message}`).join('; '));
  }
});

test('Every residence parameter value has a statute reference, a verification date and, where the contract says so, unconfirmed status', () => {
  const unconfirmed = new Set<string>();
  for (const p of RESIDENCE_PARAMETERS) {
    assert.equal(p.scope, 'residence', p.id);
    for (const v of p.values) {
      assert.match(v.reference.url, /^https:\/\/www\.gesetze-im-internet\.de\//, `${p.id}: the primary reference is the statute`);
      assert.ok(isIsoDate(v.lastVerified), p.id);
      if (valueStatus(v, '2026-12-04') === 'unconfirmed') unconfirmed.add(p.id);
    }
  }
  assert.deepEqual([...unconfirmed].sort(), ['aufenthg.18c.2.months', 'aufenthg.36.3.until', 'aufenthg.9c.pensionMonthsCap']);
});
