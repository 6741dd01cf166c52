// The check facts split into a candidate and a job and joined again give the input back; what a candidate lacks for a
// check is named; a current job (no end) counts to the day of each check.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckInput } from '../../law/types.ts';
import { buildInput } from '../../law/testing/fixtures.ts';
import { PERSONAS } from '../../law/testing/personas.ts';
import { joinCheckInput, splitCheckInput } from './checkFacts.ts';

const PROFILES: Record<string, CheckInput> = {
  ...Object.fromEntries(Object.entries(PERSONAS).map(([k, f]) => [k, f()])),
  fixture: buildInput(),
  noJob: buildInput({ job: null, means: { monthlyNetEur: 1100 } }),
  ict: buildInput({ job: { ict: { role: 'specialist', monthsWithGroup: 12, transferMonths: 24, sendingEntityOutsideEu: true }, municipality: undefined } }),
  partnership: { ...buildInput(), recognitionPartnership: { agreementSigned: true, employerSuitable: true }, chancenkarte: { partnerApplies: false } },
};

for (const [name, input] of Object.entries(PROFILES)) {
  test(`${name}: split, then joined on the same day, is the input again`, () => {
    const { candidate, job } = splitCheckInput(input);
    const joined = joinCheckInput(candidate, job, input.decisionDate);
    assert.ok(joined.ok);
    assert.deepEqual(JSON.parse(JSON.stringify(joined.input)), JSON.parse(JSON.stringify(input)));
  });
}

test('a candidate without birth date, citizenship, languages or qualification lacks exactly those', () => {
  assert.deepEqual(joinCheckInput({ birthDate: null, citizenship: null, facts: {} }, null, '2026-12-04'), {
    ok: false,
    missing: ['birthDate', 'citizenship', 'person', 'qualification'],
  });
  const { candidate } = splitCheckInput(buildInput());
  assert.deepEqual(joinCheckInput({ ...candidate, citizenship: null }, null, '2026-12-04'), { ok: false, missing: ['citizenship'] });
});

test('a current job (no end) counts to the day of the check; a job without salary or Land is no job offer', () => {
  const { candidate, job } = splitCheckInput(buildInput());
  const facts = { ...candidate.facts, experience: [{ isco: '2512', from: '2018-09-01' }] };
  const joined = joinCheckInput({ ...candidate, facts }, { ...job!, annualGrossSalaryEur: null }, '2027-01-15');
  assert.ok(joined.ok);
  assert.deepEqual(joined.input.experience, [{ isco: '2512', from: '2018-09-01', to: '2027-01-15' }]);
  assert.equal(joined.input.job, undefined);
});
