import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DaySpan, Interval } from './dates.ts';
import { addDays, addYears, coveredDays, fromDay, requiredDays, toDay } from './dates.ts';
import { reachedIfCurrentJobContinues } from './experience.ts';

const spans = (ivs: readonly Interval[]): DaySpan[] => ivs.map((iv) => ({ from: toDay(iv.from), to: toDay(iv.to) }));

/** The definition, walked day by day: how experienceOn found the day before it solved for it. */
function reachedByWalking(sure: readonly Interval[], decisionDate: string, years: number, withinYears: number): string | null {
  const current = sure.filter((iv) => iv.to === decisionDate);
  if (current.length === 0) return null;
  const others = sure.filter((iv) => iv.to !== decisionDate);
  const limit = addDays(addYears(decisionDate, years), 1);
  for (let d = addDays(decisionDate, 1); d <= limit; d = addDays(d, 1)) {
    const extended = [...others, ...current.map((iv) => ({ from: iv.from, to: d }))];
    if (coveredDays(extended, addDays(addYears(d, -withinYears), 1), d) >= requiredDays(d, years)) return d;
  }
  return null;
}

/** Up to 6 jobs in the 9 years up to the decision date, some of them running up to it; decision dates near 29 February. */
const caseArb = fc
  .record({
    decision: fc.oneof(
      fc.integer({ min: toDay('2023-11-18'), max: toDay('2029-12-31') }),
      fc.tuple(fc.constantFrom('2024-02-29', '2028-02-29', '2025-02-28', '2025-03-01', '2027-02-28'), fc.integer({ min: -3, max: 3 })).map(([d, n]) => toDay(d) + n),
    ),
    years: fc.constantFrom(1, 2, 3, 5),
    extraWindow: fc.oneof(fc.constantFrom(0, 1, 2, 3, 4), fc.integer({ min: -2, max: 6 })),
    jobs: fc.array(
      fc.record({ start: fc.integer({ min: 0, max: 9 * 366 }), length: fc.integer({ min: 0, max: 6 * 366 }), current: fc.boolean() }),
      { maxLength: 6 },
    ),
  })
  .map(({ decision, years, extraWindow, jobs }) => {
    const decisionDate = fromDay(decision);
    const sure: Interval[] = jobs.map(({ start, length, current }) => {
      const from = decision - start;
      return { from: fromDay(from), to: fromDay(current ? decision : Math.min(decision, from + length)) };
    });
    return { decisionDate, sure, years, withinYears: years + extraWindow };
  });

test('the day the requirement is met if the current job continues equals the day found by walking the days', () => {
  fc.assert(
    fc.property(caseArb, ({ decisionDate, sure, years, withinYears }) => {
      assert.equal(reachedIfCurrentJobContinues(spans(sure), decisionDate, { years, withinYears }), reachedByWalking(sure, decisionDate, years, withinYears));
    }),
    { numRuns: 3_000 },
  );
});

test('an earlier job sliding out of the window holds the day back: the count stands still while it slides out', () => {
  // 2 of the last 5 years on 1 March 2026: a year's job until 1 March 2022 (365 days) and the current job since
  // 1 September 2025 (182 days). Each further day of the current job is matched by a day of the old job leaving the
  // window until 1 March 2027; from then on only the current job counts, and it completes 2 years on 31 August 2027.
  const sure = [
    { from: '2021-03-02', to: '2022-03-01' },
    { from: '2025-09-01', to: '2026-03-01' },
  ];
  assert.equal(reachedIfCurrentJobContinues(spans(sure), '2026-03-01', { years: 2, withinYears: 5 }), '2027-08-31');
  assert.equal(reachedByWalking(sure, '2026-03-01', 2, 5), '2027-08-31');
  assert.equal(reachedIfCurrentJobContinues(spans([{ from: '2025-01-01', to: '2025-12-31' }]), '2026-03-01', { years: 2, withinYears: 5 }), null);
});
