import { test } from 'node:test';
import assert from 'node:assert/strict';
import { experienceOn } from './experience.ts';

const it = (from: string, to: string, isco = '2512', relatedToQualification?: boolean) => ({ isco, from, to, relatedToQualification });

test('Exactly 2 years ending on the decision date meet "2 of the last 5 years"; one day less does not', () => {
  const q = { years: 2, withinYears: 5 };
  assert.equal(experienceOn([it('2024-04-02', '2026-04-01')], '2026-04-01', q).met, true);
  const r = experienceOn([it('2024-04-03', '2026-04-01')], '2026-04-01', q);
  assert.equal(r.met, false);
  assert.equal(r.missingDays, 1);
  assert.equal(r.missingMonths, 1);
  assert.equal(r.reachedOn, '2026-04-02');
});

test('Experience older than the window does not count', () => {
  const r = experienceOn([it('2015-01-01', '2020-12-31')], '2026-04-01', { years: 2, withinYears: 5 });
  assert.equal(r.days, 0);
  assert.equal(r.met, false);
  assert.equal(r.reachedOn, null);
});

test('Overlapping jobs count once', () => {
  const r = experienceOn([it('2025-01-01', '2025-12-31'), it('2025-06-01', '2025-12-31')], '2026-04-01', { years: 2, withinYears: 5 });
  assert.equal(r.days, 365);
});

test('Only jobs in the named ISCO groups count', () => {
  const r = experienceOn([it('2020-01-01', '2026-04-01', '2431')], '2026-04-01', { years: 3, withinYears: 7, iscoGroups: ['133', '25'] });
  assert.equal(r.days, 0);
  assert.equal(r.met, false);
});

test('A job not marked as related makes a relatedness requirement unknown rather than failed', () => {
  const r = experienceOn([it('2020-01-01', '2026-04-01')], '2026-04-01', { years: 2, withinYears: 5, relatedToQualification: true });
  assert.equal(r.met, null);
  assert.equal(experienceOn([it('2020-01-01', '2026-04-01', '2512', false)], '2026-04-01', { years: 2, withinYears: 5, relatedToQualification: true }).met, false);
});

test('Only days after the qualification was awarded count when asked', () => {
  const r = experienceOn([it('2022-01-01', '2026-04-01')], '2026-04-01', { years: 2, withinYears: 5, afterQualification: '2025-04-01' });
  assert.equal(r.days, 365);
  assert.equal(r.met, false);
  assert.equal(r.reachedOn, '2027-04-01');
});

test('2 years 3 months of IT work in the last 5 years fall 9 months short of 3 years; the current job completes 3 years on 31 October 2026', () => {
  const r = experienceOn([it('2023-11-01', '2026-02-01')], '2026-02-01', { years: 3, withinYears: 7, iscoGroups: ['25'] });
  assert.equal(r.met, false);
  assert.equal(r.missingMonths, 9);
  assert.equal(r.reachedOn, '2026-10-31');
});

test('Jobs after the decision date do not count yet', () => {
  const r = experienceOn([it('2026-05-01', '2028-01-01')], '2026-04-01', { years: 1, withinYears: 5 });
  assert.equal(r.days, 0);
});
