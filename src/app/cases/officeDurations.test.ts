// The office's own durations on the database (PGlite, or a throwaway PostgreSQL database with DATABASE_URL), issue 15:
// the grouped query's figures equal the pure statistics of the spans written into the fixture (closed cases only, the
// recorded decision date before the done day, a missing dependency or a negative span not counted, the threshold);
// another office's cases never count; only the office's staff read them; a new case and a rescheduled one plan with
// the medians (capped by the statutory period, hand-set dates kept), and another office's figures never move them.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { caseReferences, caseTasks, cases, officeDurationFigures } from '../../db/schema/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { addDays } from '../../law/dates.ts';
import { buildPlan } from '../../law/plan/buildPlan.ts';
import { ForbiddenError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { completeTask } from '../tasks/completeTask.ts';
import { PLAN_START, makePlanCase } from '../tasks/taskTesting.ts';
import type { ReferenceKind } from './codes.ts';
import { createCase } from './createCase.ts';
import { MIN_CASES, durationKey, officeFigure, summarize } from './durationStats.ts';
import { OFFICE_DURATIONS_TTL_MS, forgetOfficeDurations, keptOfficeDurations, loadOfficeDurations, officeDurations } from './officeDurations.ts';
import { changeCaseStatus } from './changeCaseStatus.ts';

let db: TestDatabase;
let a: { tenantId: string; companyA: string; companyB: string };
let b: { tenantId: string; companyA: string; companyB: string };
let adviserA: Actor;
let adminA: Actor;
let companyUserA: Actor;
let adviserB: Actor;

// the plan of the fixture's cases (route 18b, regular, academic degree not yet assessed): anabin → ZAB statement → visa
// application (also after the contract) → BA approval → visa decision → entry → registration → residence permit
const PLAN = buildPlan({ routeId: '18b', procedure: 'regular', federalState: 'DE-RP', qualification: { level: 'academic', germanAssessment: 'none' }, startDate: PLAN_START });
const step = (id: string) => PLAN.steps.find((s) => s.id === id)!;

/** done days of a closed case, as offsets from the start: the BA approval takes 30 days (its statutory period: 2 weeks) */
const BASE: Record<string, number> = { 'anabin-check': 3, 'employment-contract': 7, 'zab-statement': 90, 'visa-application': 150, 'ba-approval': 180 };

/** A case of the fixture with its tasks done on the given offsets (others open), its status and decision dates. */
async function fixtureCase(
  t: { tenantId: string; companyA: string },
  status: string,
  done: Record<string, number>,
  decided: Partial<Record<ReferenceKind, number>> = {},
): Promise<string> {
  const { caseId } = await makePlanCase(db.db, t.tenantId, t.companyA);
  for (const [stepId, offset] of Object.entries(done)) {
    await db.db
      .update(caseTasks)
      .set({ doneAt: new Date(`${addDays(PLAN_START, offset)}T10:00:00Z`) })
      .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.planStepId, stepId)));
  }
  for (const [kind, offset] of Object.entries(decided)) {
    await db.db.insert(caseReferences).values({ caseId, tenantId: t.tenantId, kind, referenceNumber: `R-${offset}`, decidedOn: addDays(PLAN_START, offset) });
  }
  await db.db.update(cases).set({ status }).where(eq(cases.id, caseId));
  // the fixture writes the database directly, past changeCaseStatus, which would make the office's kept figures be
  // computed again
  await forgetOfficeDurations(db.db, t.tenantId);
  return caseId;
}

/** createCase numbers its cases after the fixture's; moved out of the way of the fixture's later numbers */
let renumbered = 0;
async function outOfTheWay(caseId: string): Promise<void> {
  renumbered += 1;
  await db.db.update(cases).set({ number: `NEW-${renumbered}`, numberYear: 1999, numberSeq: renumbered }).where(eq(cases.id, caseId));
}

async function tasksOf(caseId: string) {
  const rows = await db.db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId));
  return new Map(rows.map((r) => [r.planStepId ?? r.title, r]));
}

// the visa decision's spans in office A's closed cases (from the BA approval's end, day 180): the last is decided on
// the visa reference's date (day 230: 50 days), not on the day its task was ticked (day 270)
const VISA_SPANS_A = [20, 35, 41, 41, 60, 50];
const PERMIT_SPANS_A = [30, 40, 50, 60];
let caseX: string;
let caseY: string;

before(async () => {
  db = await openTestDb();
  a = await makeTenant(db.db, 'Durations A');
  b = await makeTenant(db.db, 'Durations B');
  adviserA = await makeUser(db.db, a.tenantId, 'adviser', 'adviser@durations-a.example');
  adminA = await makeUser(db.db, a.tenantId, 'admin', 'admin@durations-a.example');
  companyUserA = await makeUser(db.db, a.tenantId, 'company', 'company@durations-a.example', { companyId: a.companyA });
  adviserB = await makeUser(db.db, b.tenantId, 'adviser', 'adviser@durations-b.example');

  // two open cases of office A made before any figure exists: planned with the plan's own durations
  caseX = (await makePlanCase(db.db, a.tenantId, a.companyA)).caseId;
  caseY = (await makePlanCase(db.db, a.tenantId, a.companyA)).caseId;

  for (const [k, d] of VISA_SPANS_A.entries()) {
    const last = k === VISA_SPANS_A.length - 1;
    const doneDay = 180 + (last ? 90 : d);
    const permit = PERMIT_SPANS_A[k];
    await fixtureCase(
      a,
      'closed',
      { ...BASE, 'visa-decision': doneDay, ...(permit !== undefined ? { entry: doneDay + 10, anmeldung: doneDay + 20, 'residence-permit': doneDay + 20 + permit } : {}) },
      last ? { visa: 180 + d } : {},
    );
  }
  // not counted: a cancelled and an open case (their visa decisions took 500 and 400 days), a closed case whose BA
  // approval (a step the visa decision waits for) has no end on record, and one whose decision date lies before the BA
  // approval's end (−4 days)
  await fixtureCase(a, 'cancelled', { ...BASE, 'visa-decision': 680 });
  await fixtureCase(a, 'visa', { ...BASE, 'visa-decision': 580 });
  const { 'ba-approval': _skip, ...withoutBa } = BASE;
  await fixtureCase(a, 'closed', { ...withoutBa, 'visa-decision': 480 });
  await fixtureCase(a, 'closed', { ...BASE, 'visa-decision': 200 }, { visa: 176 });
});
after(async () => {
  await db.destroy();
});

test('the figures equal the statistics of the recorded spans; what is not a closed case’s recorded span is not counted', async () => {
  const figures = await loadOfficeDurations(db.db, a.tenantId);
  assert.deepEqual(figures.get(durationKey('regular', 'visa-decision')), officeFigure('visa-decision', 'regular', summarize(VISA_SPANS_A)));
  // its figures spelled out: 20, 35, 41, 41, 50, 60 → median 41, quartiles 36.5 and 47.75 (rounded 37 and 48)
  assert.deepEqual(figures.get(durationKey('regular', 'visa-decision')), { stepId: 'visa-decision', procedure: 'regular', n: 6, median: 41, min: 20, max: 60, q1: 37, q3: 48 });
  // the BA approval: 30 days in each of the 7 closed cases that have it on record (the 6, and the one with the early decision)
  assert.deepEqual(figures.get(durationKey('regular', 'ba-approval')), officeFigure('ba-approval', 'regular', summarize([30, 30, 30, 30, 30, 30, 30])));
  // the ZAB statement (from the anabin check's end, day 3, to day 90), in all 8 closed cases
  assert.equal(figures.get(durationKey('regular', 'zab-statement'))?.n, 8);
  assert.equal(figures.get(durationKey('regular', 'zab-statement'))?.median, 87);
  // the residence permit: 4 closed cases, below the threshold of 5: no figure
  assert.equal(PERMIT_SPANS_A.length, MIN_CASES - 1);
  assert.equal(figures.has(durationKey('regular', 'residence-permit')), false);
  // no figure for a step outside the measured ones, nor for the other procedure
  assert.equal(figures.has(durationKey('regular', 'employment-contract')), false);
  assert.equal(figures.has(durationKey('accelerated', 'visa-decision')), false);
});

test('another office’s closed cases never count; its own figures are its own', async () => {
  const before = await loadOfficeDurations(db.db, a.tenantId);
  for (let k = 0; k < MIN_CASES; k++) await fixtureCase(b, 'closed', { ...BASE, 'visa-decision': 480 });
  assert.deepEqual(await loadOfficeDurations(db.db, a.tenantId), before);
  const figuresB = await officeDurations(db.db, adviserB);
  assert.equal(figuresB.get(durationKey('regular', 'visa-decision'))?.median, 300);
  assert.equal(figuresB.get(durationKey('regular', 'visa-decision'))?.n, MIN_CASES);
});

test('reading the figures: the office’s admin and advisers; a company user is refused', async () => {
  const expected = await loadOfficeDurations(db.db, a.tenantId);
  assert.deepEqual(await officeDurations(db.db, adviserA), expected);
  assert.deepEqual(await officeDurations(db.db, adminA), expected);
  await assert.rejects(officeDurations(db.db, companyUserA), ForbiddenError);
});

test('a new case plans with the office’s medians (capped by the statutory period); another office’s never count', async () => {
  const input = { companyId: a.companyA, candidateName: 'Neu', routeId: '18b', federalState: 'DE-RP', qualificationLevel: 'academic', germanAssessment: 'none', startDate: PLAN_START };
  const { id } = await createCase(db.db, adviserA, input, '2026-12-04');
  await outOfTheWay(id);
  const tasks = await tasksOf(id);
  // the ZAB statement: the office's 87 days instead of the plan's 90, and the steps after it 3 days earlier
  assert.equal(tasks.get('zab-statement')!.dueOn, addDays(step('zab-statement').start, 87));
  assert.equal(tasks.get('visa-application')!.startOn, addDays(step('visa-application').start, -3));
  // the BA approval: the office's median of 30 days is cut where its 2 weeks (§ 36 Abs. 2 BeschV) end
  assert.equal(tasks.get('ba-approval')!.dueOn, addDays(tasks.get('ba-approval')!.startOn!, 14));
  // the visa decision: the office's 41 days (the plan's typical: 42), not office B's 300
  assert.equal(tasks.get('visa-decision')!.durationDays, 41);
  assert.equal(tasks.get('visa-decision')!.dueOn, addDays(tasks.get('visa-decision')!.startOn!, 41));
  // the residence permit has no figure (4 cases): the plan's typical 56 days
  assert.equal(tasks.get('residence-permit')!.durationDays, step('residence-permit').duration.typical);

  // office B's own case: its own median (300 days), whatever office A's
  const { id: idB } = await createCase(db.db, adviserB, { ...input, companyId: b.companyA }, '2026-12-04');
  await outOfTheWay(idB);
  assert.equal((await tasksOf(idB)).get('visa-decision')!.durationDays, 300);
});

test('rescheduling an older case plans with the office’s medians; a date set by hand is kept', async () => {
  const x0 = await tasksOf(caseX);
  assert.equal(x0.get('visa-decision')!.dueOn, step('visa-decision').end, 'made before the figures: the plan’s dates');
  // a hand-set due date on Y's visa decision
  await db.db.update(caseTasks).set({ dueOn: '2027-08-01', dueSetByHand: true }).where(and(eq(caseTasks.caseId, caseY), eq(caseTasks.planStepId, 'visa-decision')));

  for (const c of [caseX, caseY]) {
    const contract = (await tasksOf(c)).get('employment-contract')!;
    await completeTask(db.db, adviserA, contract.id, new Date('2026-12-04T10:00:00Z'));
  }
  const x = await tasksOf(caseX);
  assert.equal(x.get('zab-statement')!.dueOn, addDays(step('zab-statement').start, 87));
  assert.equal(x.get('ba-approval')!.dueOn, addDays(x.get('ba-approval')!.startOn!, 14), 'capped at the 2 weeks');
  assert.equal(x.get('visa-decision')!.dueOn, addDays(x.get('visa-decision')!.startOn!, 41));
  assert.equal(x.get('entry')!.startOn, x.get('visa-decision')!.dueOn);
  const y = await tasksOf(caseY);
  assert.equal(y.get('visa-decision')!.dueOn, '2027-08-01', 'the hand-set date is kept');
  assert.equal(y.get('entry')!.startOn, '2027-08-01', 'and its dependants wait for it');
});

test('the timeline moves with the office’s figures, and not with another office’s', async () => {
  const plannedEntry = async () => (await tasksOf(caseX)).get('entry')!.startOn;
  const complete = async (stepId: string) => {
    const t = (await tasksOf(caseX)).get(stepId)!;
    await completeTask(db.db, adviserA, t.id, new Date('2026-12-04T11:00:00Z'));
  };
  const atFirst = await plannedEntry();
  // office B gets many slow visa decisions: office A's case does not move
  for (let k = 0; k < 3; k++) await fixtureCase(b, 'closed', { ...BASE, 'visa-decision': 900 });
  await complete('anabin-check');
  assert.equal(await plannedEntry(), atFirst);
  // office A's own slower visa decisions raise its median to 60 days: the entry moves 19 days later
  for (let k = 0; k < 8; k++) await fixtureCase(a, 'closed', { ...BASE, 'visa-decision': 240 });
  const figures = await loadOfficeDurations(db.db, a.tenantId);
  assert.equal(figures.get(durationKey('regular', 'visa-decision'))?.median, 60);
  const x = await tasksOf(caseX);
  await db.db.update(caseTasks).set({ doneAt: null }).where(eq(caseTasks.id, x.get('anabin-check')!.id));
  await complete('anabin-check');
  assert.equal(await plannedEntry(), addDays(atFirst!, 19));
});

test('the figures are kept in the database for a while, for every instance; closing or reopening a case through changeCaseStatus forgets them at once', async () => {
  const key = durationKey('regular', 'visa-decision');
  const t0 = Date.parse('2026-12-04T12:00:00Z');
  await forgetOfficeDurations(db.db, a.tenantId);
  const first = await keptOfficeDurations(db.db, a.tenantId, t0);
  const [stored] = await db.db.select().from(officeDurationFigures).where(eq(officeDurationFigures.tenantId, a.tenantId));
  assert.equal(stored?.computedAt.getTime(), t0, 'kept in the database, where every instance reads them');
  // a case closed past the use cases (written directly): not seen within the time the figures are kept …
  const { caseId } = await makePlanCase(db.db, a.tenantId, a.companyA);
  for (const [stepId, offset] of Object.entries({ ...BASE, 'visa-decision': 180 + 400 })) {
    await db.db.update(caseTasks).set({ doneAt: new Date(`${addDays(PLAN_START, offset)}T10:00:00Z`) }).where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.planStepId, stepId)));
  }
  await db.db.update(cases).set({ status: 'closed', statusSince: '2026-12-01' }).where(eq(cases.id, caseId));
  assert.deepEqual(await keptOfficeDurations(db.db, a.tenantId, t0 + OFFICE_DURATIONS_TTL_MS - 1), first);
  assert.equal((await loadOfficeDurations(db.db, a.tenantId)).get(key)!.n, first.get(key)!.n + 1, 'the query itself sees the case');
  // … reopening it through the use case forgets them: computed again, without the case
  await changeCaseStatus(db.db, adviserA, caseId, { status: 'integration', changedOn: '2026-12-04' }, '2026-12-04');
  assert.equal((await db.db.select().from(officeDurationFigures).where(eq(officeDurationFigures.tenantId, a.tenantId))).length, 0, 'forgotten for every instance');
  assert.deepEqual(await keptOfficeDurations(db.db, a.tenantId, t0 + 1), first);
  // closing it through the use case: computed again, with the case
  await changeCaseStatus(db.db, adviserA, caseId, { status: 'closed', changedOn: '2026-12-04' }, '2026-12-04');
  const closed = await keptOfficeDurations(db.db, a.tenantId, t0 + 2);
  assert.equal(closed.get(key)!.n, first.get(key)!.n + 1);
  assert.equal(closed.get(key)!.max, 400);
  // after the time they are kept, computed again: the same as the query gives
  assert.deepEqual(await keptOfficeDurations(db.db, a.tenantId, t0 + 3 * OFFICE_DURATIONS_TTL_MS), await loadOfficeDurations(db.db, a.tenantId));
});
