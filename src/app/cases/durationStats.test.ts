// The office's duration figures, pure (issue 15): the statistics (as percentile_cont computes them), the threshold, the
// planned duration, the statutory cap on a median and the statutory periods read off the engine's plans.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PlanError, buildPlan } from '../../law/plan/buildPlan.ts';
import { ROUTE_IDS } from '../../law/types.ts';
import { addDays } from '../../law/dates.ts';
import { MIN_CASES, OFFICE_STEPS, durationKey, officeFigure, percentile, plannedDays, summarize } from './durationStats.ts';
import type { OfficeDuration } from './durationStats.ts';
import { planTaskRows } from '../tasks/planTasks.ts';
import { scheduleTasks } from '../tasks/schedule.ts';
import { collectStepPeriods, statutoryPeriodOf } from '../tasks/statutoryPeriods.ts';

test('summarize: n, median, quartiles (linear interpolation), min and max', () => {
  const table: Array<[string, number[], { n: number; median: number; q1: number; q3: number; min: number; max: number } | null]> = [
    ['no values', [], null],
    ['one value', [41], { n: 1, median: 41, q1: 41, q3: 41, min: 41, max: 41 }],
    ['odd n: the middle value, whatever the order', [75, 28, 41, 30, 50], { n: 5, median: 41, q1: 30, q3: 50, min: 28, max: 75 }],
    ['even n: the mean of the two middle values', [10, 20, 30, 40], { n: 4, median: 25, q1: 17.5, q3: 32.5, min: 10, max: 40 }],
    ['even n with a half day', [10, 11], { n: 2, median: 10.5, q1: 10.25, q3: 10.75, min: 10, max: 11 }],
    ['ties count each case', [7, 7, 7, 30, 30, 90], { n: 6, median: 18.5, q1: 7, q3: 30, min: 7, max: 90 }],
    ['all the same', [14, 14, 14, 14, 14], { n: 5, median: 14, q1: 14, q3: 14, min: 14, max: 14 }],
    ['zero days (decided on the day it could start)', [0, 0, 3, 5, 9], { n: 5, median: 3, q1: 0, q3: 5, min: 0, max: 9 }],
  ];
  for (const [name, days, expected] of table) assert.deepEqual(summarize(days), expected, name);
});

test('percentile: both ends and a point between ranks; bad arguments refused', () => {
  const s = [1, 2, 4, 8];
  assert.equal(percentile(s, 0), 1);
  assert.equal(percentile(s, 1), 8);
  assert.equal(percentile(s, 0.5), 3);
  assert.equal(percentile(s, 1 / 3), 2);
  assert.throws(() => percentile([], 0.5), RangeError);
  assert.throws(() => percentile(s, 1.01), RangeError);
  assert.throws(() => percentile(s, -0.01), RangeError);
});

test(`officeFigure: shown from ${MIN_CASES} cases on, rounded to whole days, only for the measured steps`, () => {
  const at = (n: number, median = 41.5) => ({ n, median, q1: 30.25, q3: 60.75, min: 28, max: 75 });
  const table: Array<[string, string, ReturnType<typeof at> | null, Partial<OfficeDuration> | null]> = [
    ['no cases', 'visa-decision', null, null],
    [`${MIN_CASES - 1} cases: below the threshold`, 'visa-decision', at(MIN_CASES - 1), null],
    [`${MIN_CASES} cases: shown`, 'visa-decision', at(MIN_CASES), { n: MIN_CASES, median: 42, q1: 30, q3: 61, min: 28, max: 75 }],
    ['a median just below half a day rounds down', 'residence-permit', at(12, 41.49), { median: 41 }],
    ['a step outside the measured ones (the contract)', 'employment-contract', at(50), null],
  ];
  for (const [name, step, summary, expected] of table) {
    const f = officeFigure(step, 'regular', summary);
    if (expected === null) assert.equal(f, null, name);
    else {
      assert.ok(f, name);
      for (const [k, v] of Object.entries(expected)) assert.equal(f[k as keyof OfficeDuration], v, `${name}: ${k}`);
      assert.equal(f.stepId, step);
    }
  }
});

test('plannedDays: the office median where there is a figure, else the plan’s typical duration', () => {
  const f: OfficeDuration = { stepId: 'visa-decision', procedure: 'regular', n: 12, median: 41, min: 28, max: 75, q1: 30, q3: 60 };
  assert.equal(plannedDays(42, f), 41);
  assert.equal(plannedDays(42, undefined), 42);
});

test('every measured step is a step of some plan the engine builds (a renamed step would silently lose its figures)', () => {
  const ids = new Set<string>();
  for (const routeId of ROUTE_IDS) {
    for (const procedure of ['regular', 'accelerated'] as const) {
      for (const [level, chamber] of [['academic', undefined], ['vocational', 'IHK'], ['none', undefined]] as const) {
        for (const germanAssessment of ['none', 'partial'] as const) {
          try {
            const plan = buildPlan({ routeId, procedure, federalState: 'DE-RP', qualification: { level, germanAssessment, ...(chamber ? { chamber } : {}) }, startDate: '2026-12-04' });
            for (const st of plan.steps) ids.add(st.id);
          } catch (err) {
            if (!(err instanceof PlanError)) throw err;
          }
        }
      }
    }
  }
  assert.deepEqual(OFFICE_STEPS.filter((s) => !ids.has(s)), []);
});

test('statutory periods: one period per procedure and step in all the engine’s plans (no conflicts)', () => {
  const { periods, conflicts } = collectStepPeriods('2026-12-04');
  assert.deepEqual(conflicts, []);
  const table: Array<[string, string, { n: number; unit: string } | undefined]> = [
    ['regular', 'recognition-decision', { n: 3, unit: 'months' }],
    ['accelerated', 'recognition-decision', { n: 2, unit: 'months' }],
    ['regular', 'ba-approval', { n: 2, unit: 'weeks' }],
    ['accelerated', 'ba-approval', { n: 1, unit: 'weeks' }],
    ['accelerated', 'visa-decision', { n: 3, unit: 'weeks' }],
    ['regular', 'visa-decision', undefined],
    ['regular', 'residence-permit', undefined],
  ];
  for (const [procedure, step, expected] of table) {
    assert.deepEqual(periods.get(`${procedure}:${step}`)?.period, expected, `${procedure} ${step}`);
    assert.deepEqual(statutoryPeriodOf(procedure, step, '2026-12-04')?.period, expected, `${procedure} ${step} (kept)`);
  }
});

// A § 18a plan in the regular procedure whose recognition procedure runs (an IHK occupation, not yet assessed), with a
// BA approval and the visa steps.
const PLAN = buildPlan({ routeId: '18a', procedure: 'regular', federalState: 'DE-RP', qualification: { level: 'vocational', germanAssessment: 'none', chamber: 'IHK' }, startDate: '2026-12-01' });
const figure = (stepId: string, median: number): [string, OfficeDuration] => [durationKey('regular', stepId), { stepId, procedure: 'regular', n: 8, median, min: 1, max: 400, q1: 1, q3: 400 }];

test('planTaskRows: without figures the plan’s dates; with figures the medians, capped by the statutory period, and the later steps move', () => {
  const c = { id: 'c', tenantId: 't' };
  const plain = planTaskRows(c, PLAN);
  assert.deepEqual(planTaskRows(c, PLAN, new Map()), plain, 'no figures: the plan as before');
  for (const [r, s] of plain.map((r, i) => [r, PLAN.steps[i]!] as const)) {
    assert.equal(r.startOn, s.start);
    assert.equal(r.dueOn, s.end);
  }
  const decision = PLAN.steps.find((s) => s.id === 'recognition-decision')!;
  assert.ok(decision.deadline, 'the recognition decision has a statutory period');
  const visa = PLAN.steps.find((s) => s.id === 'visa-decision')!;
  const row = (rows: ReturnType<typeof planTaskRows>, id: string) => rows.find((r) => r.planStepId === id)!;

  // a visa decision median of 60 days (the plan's typical: 42): the visa decision ends 18 days later, and every step
  // after it with it; the steps before it stay
  const slower = planTaskRows(c, PLAN, new Map([figure('visa-decision', visa.duration.typical + 18)]));
  assert.equal(row(slower, 'visa-decision').dueOn, addDays(visa.end, 18));
  assert.equal(row(slower, 'visa-decision').durationDays, visa.duration.typical + 18);
  assert.equal(row(slower, 'entry').startOn, addDays(PLAN.steps.find((s) => s.id === 'entry')!.start, 18));
  assert.equal(row(slower, 'recognition-decision').dueOn, decision.end);

  // a recognition median of 400 days: capped where the 3 months of § 6 Abs. 3 BQFG end (the deadline's date)
  const capped = planTaskRows(c, PLAN, new Map([figure('recognition-decision', 400)]));
  assert.equal(row(capped, 'recognition-decision').dueOn, decision.deadline.date);
  // a median below the typical one: ends earlier, the steps after it move earlier
  const faster = planTaskRows(c, PLAN, new Map([figure('recognition-decision', 30)]));
  assert.equal(row(faster, 'recognition-decision').dueOn, addDays(decision.start, 30));
  assert.ok(row(faster, 'visa-decision').dueOn! < visa.end, 'the visa decision moves earlier');
  // figures of the other procedure do not apply
  const other = planTaskRows(c, PLAN, new Map([[durationKey('accelerated', 'visa-decision'), { ...figure('visa-decision', 200)[1], procedure: 'accelerated' }]]));
  assert.deepEqual(other, plain);
});

test('scheduleTasks: a cap period cuts the duration on its calendar date; without one the duration holds', () => {
  const t = { id: 'a', planStepId: 'a', dependsOn: [], startOn: null, dueOn: null, dueSetByHand: false, doneOn: null };
  const table: Array<[string, number, { n: number; unit: 'months' | 'weeks' } | null, string]> = [
    ['80 days: within the 3 months from 1 Feb (they end on 1 May)', 80, { n: 3, unit: 'months' }, '2027-04-22'],
    ['95 days capped at 3 months (1 May)', 95, { n: 3, unit: 'months' }, '2027-05-01'],
    ['89 days end exactly on 1 May, the cap', 89, { n: 3, unit: 'months' }, '2027-05-01'],
    ['90 days: one past the cap, cut to 1 May', 90, { n: 3, unit: 'months' }, '2027-05-01'],
    ['no cap: 95 days', 95, null, '2027-05-07'],
  ];
  for (const [name, durationDays, capPeriod, due] of table) {
    assert.equal(scheduleTasks([{ ...t, durationDays, capPeriod }], '2027-02-01').get('a')!.dueOn, due, name);
  }
});
