// The counting rules of contract residence-v1: month periods (§§ 187 Abs. 2, 188 Abs. 2, 3 BGB), chains, contribution
// months (§ 191 BGB) and the day a count is reached; both sides of every boundary.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../dates.ts';
import { chainCovering, chainMonths, chainReachesOn, completeMonths, contributionMonths, contributionsReachOn, monthsReachedOn } from './counting.ts';

const MONTHS: Array<[from: string, until: string, months: number]> = [
  // the contract's example: employment from 2025-01-15 reaches 21 months on 2026-10-15
  ['2025-01-15', '2026-10-14', 20],
  ['2025-01-15', '2026-10-15', 21],
  // month end: a month from 31 January is complete at the end of February's last day
  ['2024-01-31', '2024-02-29', 0],
  ['2024-01-31', '2024-03-01', 1],
  ['2023-01-31', '2023-02-28', 0],
  ['2023-01-31', '2023-03-01', 1],
  ['2024-01-31', '2024-04-30', 2],
  ['2024-01-31', '2024-05-01', 3],
  // 29 February: a year later is complete at the end of 28 February
  ['2024-02-29', '2025-02-28', 11],
  ['2024-02-29', '2025-03-01', 12],
  ['2024-05-02', '2027-05-01', 35],
  ['2024-05-02', '2027-05-02', 36],
  ['2025-01-15', '2025-01-15', 0],
];

for (const [from, until, months] of MONTHS) {
  test(`From ${from}, ${months} complete months on ${until}`, () => {
    assert.equal(completeMonths(from, until), months);
  });
}

test('The day a month count is reached is the first day after the period (the condition is met from then)', () => {
  assert.equal(monthsReachedOn('2025-01-15', 21), '2026-10-15');
  assert.equal(monthsReachedOn('2024-01-31', 1), '2024-03-01');
  assert.equal(monthsReachedOn('2024-01-31', 13), '2025-03-01');
  for (const [from, , months] of MONTHS) {
    const day = monthsReachedOn(from, months);
    assert.equal(completeMonths(from, day), months, `${from} + ${months}`);
  }
});

test('A chain joins periods that meet or overlap; a gap of one day restarts it', () => {
  const meet = [
    { from: '2020-01-01', to: '2021-12-31' },
    { from: '2022-01-01', to: null },
  ];
  assert.deepEqual(chainCovering(meet, '2026-01-01'), { from: '2020-01-01', to: null, previousEnd: null });
  const overlap = [
    { from: '2020-01-01', to: '2022-03-31' },
    { from: '2022-01-01', to: null },
  ];
  assert.equal(chainCovering(overlap, '2026-01-01')?.from, '2020-01-01');
  const gap = [
    { from: '2020-01-01', to: '2021-12-30' },
    { from: '2022-01-01', to: null },
  ];
  assert.deepEqual(chainCovering(gap, '2026-01-01'), { from: '2022-01-01', to: null, previousEnd: '2021-12-30' });
  assert.equal(chainCovering(gap, '2021-12-31'), null);
});

test('A chain counts up to the day before the decision; one that ends is reached only if it lasts', () => {
  const chain = { from: '2024-05-02', to: null, previousEnd: null };
  assert.equal(chainMonths(chain, '2026-11-02'), 30);
  assert.equal(chainReachesOn(chain, 36), '2027-05-02');
  const ending = { from: '2024-05-02', to: '2027-04-30', previousEnd: null };
  assert.equal(chainReachesOn(ending, 36), null);
  assert.equal(chainReachesOn({ ...ending, to: '2027-05-01' }, 36), '2027-05-02');
});

test('Contribution months: one period in complete months; several add their remaining days at 30 days a month (§ 191 BGB)', () => {
  // one period: 35 months and 30 days are 35 months
  assert.equal(contributionMonths([{ from: '2025-01-15', to: null }], '2028-01-14'), 35);
  assert.equal(contributionMonths([{ from: '2025-01-15', to: null }], '2028-01-15'), 36);
  // two periods: 1 month + 20 days and 1 month + 9 days: 2 months and 29 days
  const two = [
    { from: '2024-01-01', to: '2024-02-20' },
    { from: '2024-04-01', to: '2024-05-09' },
  ];
  assert.equal(contributionMonths(two, '2025-01-01'), 2);
  // one day more in the second period: 30 remaining days make a month
  const twoPlus = [two[0]!, { from: '2024-04-01', to: '2024-05-10' }];
  assert.equal(contributionMonths(twoPlus, '2025-01-01'), 3);
  // overlapping periods count each day once
  assert.equal(contributionMonths([{ from: '2024-01-01', to: '2024-12-31' }, { from: '2024-06-01', to: '2024-12-31' }], '2025-06-01'), 12);
  // voluntary contributions are added
  assert.equal(contributionMonths([{ from: '2024-01-01', to: '2024-12-31' }], '2025-06-01', 7), 19);
  // a period that begins on the decision day or later does not count yet
  assert.equal(contributionMonths([{ from: '2025-06-01', to: null }], '2025-06-01'), 0);
});

test('The day contributions reach a number: the first day it holds, null if no period goes on', () => {
  const ongoing = [{ from: '2025-01-15', to: null }];
  assert.equal(contributionsReachOn(ongoing, '2026-11-16', 36), '2028-01-15');
  assert.equal(contributionsReachOn(ongoing, '2026-11-16', 21), '2026-11-16');
  const ended = [{ from: '2025-01-15', to: '2026-06-30' }];
  assert.equal(contributionsReachOn(ended, '2026-11-16', 36), null);
  // a past period plus an ongoing one
  const both = [
    { from: '2022-01-01', to: '2022-12-31' },
    { from: '2024-01-01', to: null },
  ];
  const day = contributionsReachOn(both, '2024-06-01', 36)!;
  assert.equal(contributionMonths(both, day), 36);
  assert.ok(contributionMonths(both, addDays(day, -1)) < 36, `not reached the day before ${day}`);
});
