import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lawVersionAt } from './index.ts';
import { allParameters, valueAt } from './parameter.ts';
import { bbg } from './bbg.ts';
import { salaryThreshold, thresholdEur } from '../salary.ts';
import { isIsoDate } from '../dates.ts';
import { UNPUBLISHED } from '../testing/years.ts';

// The minimum salaries as the BMI published them (legal-facts.md § 2; Bundesanzeiger notices). The engine
// computes them as round(BBG × pct, 2); this table is the independent check. Add next year's line here.
const PUBLISHED: Array<{ date: string; standard: number; reduced: number; experience: number; age45: number }> = [
  { date: '2023-11-18', standard: 43_800, reduced: 39_682.8, experience: 52_560, age45: 48_180 },
  { date: '2024-01-01', standard: 45_300, reduced: 41_041.8, experience: 54_360, age45: 49_830 },
  { date: '2024-03-01', standard: 45_300, reduced: 41_041.8, experience: 40_770, age45: 49_830 },
  { date: '2025-01-01', standard: 48_300, reduced: 43_759.8, experience: 43_470, age45: 53_130 },
  { date: '2026-01-01', standard: 50_700, reduced: 45_934.2, experience: 45_630, age45: 55_770 },
];

for (const row of PUBLISHED) {
  test(`The computed thresholds in force on ${row.date} match the figures the BMI published`, () => {
    assert.equal(thresholdEur(salaryThreshold('blueCardStandard', row.date)), row.standard);
    assert.equal(thresholdEur(salaryThreshold('blueCardReduced', row.date)), row.reduced);
    assert.equal(thresholdEur(salaryThreshold('experience', row.date)), row.experience);
    assert.equal(thresholdEur(salaryThreshold('age45', row.date)), row.age45);
  });
}

test(`No threshold is published for the year after the last published one: every kind is unknown on 1 January ${UNPUBLISHED}`, () => {
  for (const kind of ['blueCardStandard', 'blueCardReduced', 'experience', 'age45'] as const) {
    assert.equal(salaryThreshold(kind, `${UNPUBLISHED}-01-01`).status, 'not_published', kind);
  }
});

test('Each BBG value holds for exactly its calendar year', () => {
  for (const v of bbg.values) {
    const year = v.validFrom.slice(0, 4);
    assert.equal(v.validFrom, `${year}-01-01`);
    assert.equal(v.validUntil, `${year}-12-31`);
  }
  assert.equal(valueAt(bbg, '2026-12-31')?.value, 101_400);
  assert.equal(valueAt(bbg, `${UNPUBLISHED}-01-01`), undefined);
});

test('Every parameter value carries a reference title and URL, a verification date and valid dates', () => {
  const params = allParameters();
  assert.ok(params.length >= 8, `expected the registered parameters, got ${params.length}`);
  for (const p of params) {
    assert.ok(p.values.length > 0, `${p.id} has no values`);
    let previous = '';
    for (const v of p.values) {
      const where = `${p.id} @ ${v.validFrom}`;
      assert.ok(v.reference?.title?.trim(), `${where}: reference title missing`);
      assert.match(v.reference?.url ?? '', /^https?:\/\/\S+$/, `${where}: reference url missing or invalid`);
      assert.ok(isIsoDate(v.lastVerified), `${where}: lastVerified missing`);
      assert.ok(isIsoDate(v.validFrom), `${where}: validFrom invalid`);
      if (v.validUntil !== undefined) assert.ok(isIsoDate(v.validUntil) && v.validUntil >= v.validFrom, `${where}: validUntil invalid`);
      assert.ok(v.validFrom > previous, `${where}: values not in ascending order`);
      previous = v.validFrom;
      for (const r of v.alsoSee ?? []) assert.ok(r.title.trim() && /^https?:\/\//.test(r.url), `${where}: alsoSee entry incomplete`);
    }
  }
});

test('The law version is the latest validFrom in force on the date', () => {
  assert.equal(lawVersionAt('2026-04-01') >= '2026-01-01', true);
  assert.equal(lawVersionAt('2026-04-01') <= '2026-04-01', true);
  assert.equal(lawVersionAt('2024-02-29') <= '2024-02-29', true);
  assert.equal(lawVersionAt('2024-03-01') >= '2024-03-01', true);
  assert.equal(lawVersionAt('2023-11-18'), '2023-11-18');
  // in the first unpublished year no BBG is in force: the version cannot be a date of that year unless some other value is
  const vNext = lawVersionAt(`${UNPUBLISHED}-06-01`);
  const hasNextYearValue = allParameters().some((p) => {
    const v = valueAt(p, `${UNPUBLISHED}-06-01`);
    return v !== undefined && v.validFrom >= `${UNPUBLISHED}-01-01`;
  });
  assert.equal(vNext >= `${UNPUBLISHED}-01-01`, hasNextYearValue);
});
