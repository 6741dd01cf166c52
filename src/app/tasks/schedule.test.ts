import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPlan } from '../../law/plan/buildPlan.ts';
import { ROUTE_IDS } from '../../law/types.ts';
import { PROCEDURES } from '../cases/codes.ts';
import { planTaskRows } from './planTasks.ts';
import { scheduleTasks } from './schedule.ts';
import type { ScheduledTask } from './schedule.ts';

const START = '2026-12-01';

// a small plan: a (10 days) → b (5) → d (3); c (7) on its own; e waits for b and c (2)
function chain(): ScheduledTask[] {
  const t = (id: string, dependsOn: string[], durationDays: number, startOn: string, dueOn: string): ScheduledTask => ({
    id,
    planStepId: id,
    dependsOn,
    durationDays,
    startOn,
    dueOn,
    dueSetByHand: false,
    doneOn: null,
  });
  return [
    t('a', [], 10, '2026-12-01', '2026-12-11'),
    t('b', ['a'], 5, '2026-12-11', '2026-12-16'),
    t('c', [], 7, '2026-12-01', '2026-12-08'),
    t('d', ['b'], 3, '2026-12-16', '2026-12-19'),
    t('e', ['b', 'c'], 2, '2026-12-16', '2026-12-18'),
  ];
}

function with_(tasks: ScheduledTask[], id: string, change: Partial<ScheduledTask>): ScheduledTask[] {
  return tasks.map((t) => (t.id === id ? { ...t, ...change } : t));
}

/** the ids whose start or due date the schedule changes */
function moved(tasks: ScheduledTask[]): string[] {
  const s = scheduleTasks(tasks, START);
  return tasks.filter((t) => s.get(t.id)!.startOn !== t.startOn || s.get(t.id)!.dueOn !== t.dueOn).map((t) => t.id);
}

test('schedule: consistent estimates stay as they are', () => {
  assert.deepEqual(moved(chain()), []);
});

const table: Array<[string, ScheduledTask[], Record<string, [string | null, string | null]>]> = [
  [
    'a date set by hand on a moves its dependants b, d, e (transitively), not c; a keeps its date',
    with_(chain(), 'a', { dueOn: '2026-12-21', dueSetByHand: true }),
    { a: ['2026-12-01', '2026-12-21'], b: ['2026-12-21', '2026-12-26'], c: ['2026-12-01', '2026-12-08'], d: ['2026-12-26', '2026-12-29'], e: ['2026-12-26', '2026-12-28'] },
  ],
  [
    'an earlier date by hand moves the dependants earlier',
    with_(chain(), 'b', { dueOn: '2026-12-12', dueSetByHand: true }),
    { a: ['2026-12-01', '2026-12-11'], b: ['2026-12-11', '2026-12-12'], c: ['2026-12-01', '2026-12-08'], d: ['2026-12-12', '2026-12-15'], e: ['2026-12-12', '2026-12-14'] },
  ],
  [
    'a hand-set date of a dependant is kept when its prerequisite moves',
    with_(with_(chain(), 'a', { dueOn: '2026-12-21', dueSetByHand: true }), 'd', { dueOn: '2026-12-20', dueSetByHand: true }),
    { a: ['2026-12-01', '2026-12-21'], b: ['2026-12-21', '2026-12-26'], c: ['2026-12-01', '2026-12-08'], d: ['2026-12-26', '2026-12-20'], e: ['2026-12-26', '2026-12-28'] },
  ],
  [
    'a done task anchors its dependants on its done date and keeps its own dates',
    with_(chain(), 'a', { doneOn: '2026-12-05' }),
    { a: ['2026-12-01', '2026-12-11'], b: ['2026-12-05', '2026-12-10'], c: ['2026-12-01', '2026-12-08'], d: ['2026-12-10', '2026-12-13'], e: ['2026-12-10', '2026-12-12'] },
  ],
  [
    'a done task done late moves its dependants later',
    with_(chain(), 'c', { doneOn: '2026-12-20' }),
    { a: ['2026-12-01', '2026-12-11'], b: ['2026-12-11', '2026-12-16'], c: ['2026-12-01', '2026-12-08'], d: ['2026-12-16', '2026-12-19'], e: ['2026-12-20', '2026-12-22'] },
  ],
  [
    'a task without dependencies stays anchored to the case start, whatever its stored estimate',
    with_(chain(), 'c', { startOn: '2027-01-01', dueOn: '2027-01-08' }),
    { a: ['2026-12-01', '2026-12-11'], b: ['2026-12-11', '2026-12-16'], c: ['2026-12-01', '2026-12-08'], d: ['2026-12-16', '2026-12-19'], e: ['2026-12-16', '2026-12-18'] },
  ],
  [
    'a dependency on a step the case does not have holds nothing up',
    with_(chain(), 'c', { dependsOn: ['gone'] }),
    { a: ['2026-12-01', '2026-12-11'], b: ['2026-12-11', '2026-12-16'], c: ['2026-12-01', '2026-12-08'], d: ['2026-12-16', '2026-12-19'], e: ['2026-12-16', '2026-12-18'] },
  ],
];

for (const [name, tasks, expected] of table) {
  test(`schedule: ${name}`, () => {
    const s = scheduleTasks(tasks, START);
    const got = Object.fromEntries(tasks.map((t) => [t.id, [s.get(t.id)!.startOn, s.get(t.id)!.dueOn]]));
    assert.deepEqual(got, expected);
  });
}

test('schedule: only the moved task’s dependants change', () => {
  assert.deepEqual(moved(with_(chain(), 'a', { dueOn: '2026-12-21', dueSetByHand: true })), ['b', 'd', 'e']);
  assert.deepEqual(moved(with_(chain(), 'c', { dueOn: '2026-12-20', dueSetByHand: true })), ['e']);
  assert.deepEqual(moved(with_(chain(), 'd', { dueOn: '2026-12-30', dueSetByHand: true })), [], 'nothing depends on d');
});

test('schedule: a task added by hand keeps its date (or none) and holds nothing up', () => {
  const tasks: ScheduledTask[] = [
    ...chain(),
    { id: 'h1', planStepId: null, dependsOn: [], durationDays: 0, startOn: null, dueOn: '2026-12-24', dueSetByHand: true, doneOn: null },
    { id: 'h2', planStepId: null, dependsOn: [], durationDays: 0, startOn: null, dueOn: null, dueSetByHand: false, doneOn: null },
  ];
  const s = scheduleTasks(tasks, START);
  assert.deepEqual(s.get('h1'), { startOn: null, dueOn: '2026-12-24' });
  assert.deepEqual(s.get('h2'), { startOn: null, dueOn: null });
  assert.deepEqual(moved(tasks), []);
});

test('schedule: a cycle (bad data) ends, each task of it is scheduled once', () => {
  const tasks: ScheduledTask[] = [
    { id: 'x', planStepId: 'x', dependsOn: ['z'], durationDays: 2, startOn: null, dueOn: null, dueSetByHand: false, doneOn: null },
    { id: 'y', planStepId: 'y', dependsOn: ['x'], durationDays: 3, startOn: null, dueOn: null, dueSetByHand: false, doneOn: null },
    { id: 'z', planStepId: 'z', dependsOn: ['y'], durationDays: 4, startOn: null, dueOn: null, dueSetByHand: false, doneOn: null },
    { id: 'self', planStepId: 'self', dependsOn: ['self'], durationDays: 1, startOn: null, dueOn: null, dueSetByHand: false, doneOn: null },
  ];
  const s = scheduleTasks(tasks, START);
  assert.equal(s.size, 4);
  // x is reached first: the edge back to it is cut, so z ← y ← x from the start
  assert.deepEqual(s.get('x'), { startOn: '2026-12-08', dueOn: '2026-12-10' });
  assert.deepEqual(s.get('y'), { startOn: '2026-12-01', dueOn: '2026-12-04' });
  assert.deepEqual(s.get('z'), { startOn: '2026-12-04', dueOn: '2026-12-08' });
  assert.deepEqual(s.get('self'), { startOn: START, dueOn: '2026-12-02' });
});

test('schedule: every route’s plan, as its tasks, gives the plan’s own dates back', () => {
  let plans = 0;
  for (const routeId of ROUTE_IDS) {
    for (const procedure of PROCEDURES) {
      let plan;
      try {
        plan = buildPlan({ routeId, procedure, federalState: 'DE-RP', qualification: { level: 'academic', germanAssessment: 'none' }, startDate: START });
      } catch {
        continue; // no accelerated procedure for this route
      }
      plans += 1;
      const tasks: ScheduledTask[] = planTaskRows({ id: 'c', tenantId: 't' }, plan).map((r, i) => ({
        id: String(i),
        planStepId: r.planStepId!,
        dependsOn: r.dependsOn!,
        durationDays: r.durationDays!,
        startOn: r.startOn!,
        dueOn: r.dueOn!,
        dueSetByHand: false,
        doneOn: null,
      }));
      assert.deepEqual(moved(tasks), [], `${routeId} ${procedure}`);
    }
  }
  assert.ok(plans > ROUTE_IDS.length);
});
