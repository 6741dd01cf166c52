// The Western Balkans quota as dated data (issue 12): after the day the BA stopped approving because the year's
// quota was used up, the quota condition is not met and a deadline hint names the day the next quota opens.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Facts } from '../route.ts';
import { westbalkanregelung } from './westbalkan.ts';
import { valueAt } from '../parameters/parameter.ts';
import { westbalkanQuota, westbalkanQuotaExhausted } from '../parameters/westbalkan.ts';
import { buildFactsE3, tc17Overrides } from '../testing/fixturesE3.ts';

function tc17(decisionDate: string): Facts {
  return buildFactsE3(tc17Overrides({ decisionDate }));
}

test('The yearly quota: 25,000 until 31 May 2024, 50,000 from 1 June 2024, in 2025 and in 2026', () => {
  const rows: Array<[string, number]> = [
    ['2023-11-18', 25_000],
    ['2024-05-31', 25_000],
    ['2024-06-01', 50_000],
    ['2025-12-31', 50_000],
    ['2026-01-01', 50_000],
    ['2026-12-31', 50_000],
  ];
  for (const [date, quota] of rows) assert.equal(valueAt(westbalkanQuota, date)?.value, quota, date);
});

test('The 2025 quota is recorded as used up from 1 December 2025, the exact day flagged UNCONFIRMED; no other year has a day', () => {
  const v = valueAt(westbalkanQuotaExhausted, '2025-06-01');
  assert.equal(v?.value, '2025-12-01');
  assert.equal(v?.unconfirmed, true);
  assert.equal(valueAt(westbalkanQuotaExhausted, '2024-12-31'), undefined);
  assert.equal(valueAt(westbalkanQuotaExhausted, '2026-01-01'), undefined);
});

const TABLE: Array<{ date: string; met: boolean; outcome: string; hintDate?: string }> = [
  { date: '2025-01-01', met: true, outcome: 'eligible' },
  { date: '2025-11-30', met: true, outcome: 'eligible' },
  { date: '2025-12-01', met: false, outcome: 'ineligible', hintDate: '2026-01-01' },
  { date: '2025-12-31', met: false, outcome: 'ineligible', hintDate: '2026-01-01' },
  { date: '2026-01-01', met: true, outcome: 'eligible' },
];

for (const row of TABLE) {
  test(`On ${row.date} the quota condition is ${row.met ? 'met' : 'not met'}${row.hintDate ? ` and the hint points to ${row.hintDate}` : ''}`, () => {
    const a = westbalkanregelung(tc17(row.date), row.date);
    const c = a.conditions.find((x) => x.id === 'quota')!;
    assert.equal(c.met, row.met);
    assert.equal(a.outcome, row.outcome);
    const hint = a.hints.find((h) => h.conditionId === 'quota');
    if (row.hintDate) {
      assert.equal(hint?.kind, 'deadline');
      assert.equal(hint?.date, row.hintDate);
      assert.equal(c.unconfirmed, true);
      assert.match(c.say('de'), /seit dem 01\.12\.2025 \(genauer Tag nicht bestätigt\) keine Zustimmungen/);
      assert.match(c.say('de'), /Kontingent für 2026 öffnet am 01\.01\.2026/);
      assert.match(c.say('en'), /The 2026 quota opens on 1 January 2026/);
    } else {
      assert.equal(hint, undefined);
    }
  });
}

test('Before the exhaustion day the text names it; in a year without a known day it says so', () => {
  const before = westbalkanregelung(tc17('2025-11-30'), '2025-11-30').conditions.find((x) => x.id === 'quota')!;
  assert.match(before.say('de'), /Das Kontingent für 2025 war ab dem 01\.12\.2025 ausgeschöpft/);
  const next = westbalkanregelung(tc17('2026-04-01'), '2026-04-01').conditions.find((x) => x.id === 'quota')!;
  assert.match(next.say('en'), /Whether it is used up is not known for this year/);
});
