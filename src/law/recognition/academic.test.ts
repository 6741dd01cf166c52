// anabin / ZAB → germanAssessment (legal-facts.md §§ 4.3, 4.4), as a table.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueAt } from '../parameters/parameter.ts';
import { feeZabStatement } from '../parameters/plan/fees.ts';
import { assessAcademicDegree, ZAB_URL } from './academic.ts';
import type { AcademicDegreeInput, GermanAssessment } from './types.ts';

const DATE = '2026-12-05';

const TABLE: Array<{ input: AcademicDegreeInput; assessment: GermanAssessment; settled: boolean; zabNext: boolean }> = [
  { input: { institutionStatus: 'H+', degreeRating: 'entspricht' }, assessment: 'comparable', settled: true, zabNext: false },
  { input: { institutionStatus: 'H+', degreeRating: 'gleichwertig' }, assessment: 'comparable', settled: true, zabNext: false },
  { input: { institutionStatus: 'H+', degreeRating: 'nicht_gleichwertig' }, assessment: 'none', settled: false, zabNext: true },
  { input: { institutionStatus: 'H+', degreeRating: 'not_listed' }, assessment: 'none', settled: false, zabNext: true },
  { input: { institutionStatus: 'H+/-', degreeRating: 'entspricht' }, assessment: 'none', settled: false, zabNext: true },
  { input: { institutionStatus: 'H+/-', degreeRating: 'not_listed' }, assessment: 'none', settled: false, zabNext: true },
  { input: { institutionStatus: 'H-', degreeRating: 'entspricht' }, assessment: 'none', settled: true, zabNext: false },
  { input: { institutionStatus: 'H-', degreeRating: 'not_listed' }, assessment: 'none', settled: true, zabNext: false },
  { input: { institutionStatus: 'unknown', degreeRating: 'not_listed' }, assessment: 'none', settled: false, zabNext: true },
  { input: { institutionStatus: 'unknown', degreeRating: 'not_listed', zabStatement: 'none' }, assessment: 'none', settled: false, zabNext: true },
  // a ZAB statement assesses the individual degree and goes before anabin
  { input: { institutionStatus: 'unknown', degreeRating: 'not_listed', zabStatement: 'comparable' }, assessment: 'comparable', settled: true, zabNext: false },
  { input: { institutionStatus: 'H+/-', degreeRating: 'not_listed', zabStatement: 'equivalent' }, assessment: 'comparable', settled: true, zabNext: false },
  { input: { institutionStatus: 'H+', degreeRating: 'entspricht', zabStatement: 'not_comparable' }, assessment: 'none', settled: true, zabNext: false },
  { input: { institutionStatus: 'H-', degreeRating: 'not_listed', zabStatement: 'comparable' }, assessment: 'comparable', settled: true, zabNext: false },
];

for (const row of TABLE) {
  const { institutionStatus, degreeRating, zabStatement } = row.input;
  test(`anabin ${institutionStatus} / ${degreeRating}${zabStatement ? ` / ZAB ${zabStatement}` : ''} → ${row.assessment}`, () => {
    const a = assessAcademicDegree(row.input, DATE);
    assert.equal(a.germanAssessment, row.assessment);
    assert.equal(a.settled, row.settled);
    assert.ok(a.explanation.de.length > 20 && a.explanation.en.length > 20);
    assert.equal(a.nextStep !== undefined, row.zabNext);
    if (a.nextStep) {
      assert.equal(a.nextStep.id, 'zab-statement');
      assert.equal(a.nextStep.link.url, ZAB_URL);
      assert.ok(a.nextStep.duration.de && a.nextStep.duration.en);
    }
  });
}

test('The ZAB next step carries the fee of the dated plan parameter, not a figure of its own', () => {
  const a = assessAcademicDegree({ institutionStatus: 'unknown', degreeRating: 'not_listed' }, DATE);
  const fee = valueAt(feeZabStatement, DATE)!.value!;
  assert.deepEqual(a.nextStep!.fee.eur, { min: fee.minEur, max: fee.maxEur });
  assert.equal(a.nextStep!.fee.parameterId, feeZabStatement.id);
  assert.ok(a.nextStep!.fee.text.de.includes(String(fee.minEur)));
});

test('Before the fee parameter applies, the fee is unknown rather than guessed', () => {
  const a = assessAcademicDegree({ institutionStatus: 'unknown', degreeRating: 'not_listed' }, '2020-01-01');
  assert.equal(a.nextStep!.fee.eur, null);
  assert.equal(a.nextStep!.fee.unconfirmed, true);
});
