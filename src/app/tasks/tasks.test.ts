// The task use cases on the database (PGlite, or a throwaway PostgreSQL database with DATABASE_URL), on a case with
// the tasks of route 18b's plan: the list as the page shows it, ticking and unticking (the dependants' estimates
// follow), adding, changing (re-dating moves exactly the later tasks; assignees of the right side only) and deleting
// tasks, bad input naming its field, and the audit rows.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, caseTasks } from '../../db/schema/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { ForbiddenError, NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { WorkspaceInputError } from '../common/errors.ts';
import { addTask } from './addTask.ts';
import { completeTask } from './completeTask.ts';
import { PlanTaskError, deleteTask } from './deleteTask.ts';
import { getTaskForEdit } from './getTaskForEdit.ts';
import { listCaseTasks } from './listCaseTasks.ts';
import { reopenTask } from './reopenTask.ts';
import { updateTask } from './updateTask.ts';
import { makePlanCase } from './taskTesting.ts';

let db: TestDatabase;
let t1: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;
let admin: Actor;
let staffA: Actor;
let staffB: Actor;
let otherOffice: Actor;

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Tasks One');
  const t2 = await makeTenant(db.db, 'Tasks Two');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@tasks.example', { name: 'Ben Berater' });
  admin = await makeUser(db.db, t1.tenantId, 'admin', 'admin@tasks.example', { name: 'Ada Admin' });
  staffA = await makeUser(db.db, t1.tenantId, 'company', 'staff-a@tasks.example', { companyId: t1.companyA, name: 'Cora Company' });
  staffB = await makeUser(db.db, t1.tenantId, 'company', 'staff-b@tasks.example', { companyId: t1.companyB, name: 'Bernd B' });
  otherOffice = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example');
});
after(async () => {
  await db.destroy();
});

/** the case's tasks by plan step (or title, for tasks added by hand) */
async function tasksOf(caseId: string) {
  const rows = await db.db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId));
  return new Map(rows.map((t) => [t.planStepId ?? t.title, t]));
}

/** the steps whose start or due date differ between two snapshots */
function movedSteps(before: Map<string, typeof caseTasks.$inferSelect>, after: Map<string, typeof caseTasks.$inferSelect>): string[] {
  return [...before.keys()].filter((k) => before.get(k)!.dueOn !== after.get(k)!.dueOn || before.get(k)!.startOn !== after.get(k)!.startOn).sort();
}

const LATER_THAN_ZAB = ['anmeldung', 'ba-approval', 'entry', 'first-working-day', 'residence-permit', 'visa-application', 'visa-decision'];

test('listCaseTasks: the plan’s tasks in order, titles in the reader’s language, owner, deadline norm, overdue on the day', async () => {
  const { caseId } = await makePlanCase(db.db, t1.tenantId, t1.companyA);
  const de = await listCaseTasks(db.db, adviser, caseId, { lang: 'de', today: '2026-12-08' });
  assert.deepEqual(
    de.tasks.map((t) => t.planStepId),
    ['anabin-check', 'employment-contract', 'zab-statement', 'visa-application', 'ba-approval', 'visa-decision', 'entry', 'anmeldung', 'first-working-day', 'residence-permit'],
  );
  const byStep = new Map(de.tasks.map((t) => [t.planStepId, t]));
  assert.equal(byStep.get('employment-contract')!.title, 'Arbeitsvertrag und Unterlagen des Arbeitgebers');
  assert.equal(byStep.get('employment-contract')!.owner, 'company');
  assert.equal(byStep.get('zab-statement')!.owner, 'adviser', 'an authority’s step is the adviser’s to follow up');
  assert.equal(byStep.get('anabin-check')!.owner, 'candidate');
  assert.equal(byStep.get('ba-approval')!.deadlineRef, '§ 36 Abs. 2 BeschV');
  // due 2026-12-04 is overdue on the 8th; due on the 8th itself is not yet
  assert.equal(byStep.get('anabin-check')!.overdue, true);
  assert.equal(byStep.get('employment-contract')!.dueOn, '2026-12-08');
  assert.equal(byStep.get('employment-contract')!.overdue, false);
  const en = await listCaseTasks(db.db, staffA, caseId, { lang: 'en', today: '2026-12-01' });
  assert.equal(en.tasks.length, 10, 'a company user sees all tasks of their case');
  assert.equal(en.tasks[1]!.title, 'Employment contract and the employer’s documents');
  assert.ok(en.tasks.every((t) => !t.overdue));
  await assert.rejects(listCaseTasks(db.db, staffB, caseId, { lang: 'de', today: '2026-12-01' }), NotFoundError);
  await assert.rejects(listCaseTasks(db.db, otherOffice, caseId, { lang: 'de', today: '2026-12-01' }), NotFoundError);
});

test('completeTask: done by whom and when; the dependants start from the day it was done; reopen gives the estimates back', async () => {
  const { caseId } = await makePlanCase(db.db, t1.tenantId, t1.companyA);
  const before = await tasksOf(caseId);
  const anabin = before.get('anabin-check')!;
  // planned to end on 2026-12-04, done on the 2nd (office day in Berlin: 23:30 UTC on the 1st is the 2nd)
  const r = await completeTask(db.db, adviser, anabin.id, new Date('2026-12-01T23:30:00Z'));
  assert.equal(r.changed, true);
  const after1 = await tasksOf(caseId);
  assert.deepEqual(movedSteps(before, after1), ['zab-statement', ...LATER_THAN_ZAB].sort(), 'everything after the anabin check moves, not the contract');
  assert.equal(after1.get('zab-statement')!.startOn, '2026-12-02');
  assert.equal(after1.get('anabin-check')!.dueOn, anabin.dueOn, 'the done task keeps its planned date');
  const list = await listCaseTasks(db.db, adviser, caseId, { lang: 'de', today: '2026-12-10' });
  const done = list.tasks.find((t) => t.id === anabin.id)!;
  assert.deepEqual([done.done, done.doneOn, done.doneByName, done.overdue], [true, '2026-12-02', 'Ben Berater', false]);
  const audits = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'task'), eq(auditLog.entityId, anabin.id)));
  assert.equal(audits.length, 1);
  assert.equal((audits[0]!.changes as Record<string, unknown[]>).doneBy![1], adviser.userId);

  assert.deepEqual(await completeTask(db.db, adviser, anabin.id), { caseId, changed: false, moved: [] }, 'done again: nothing');
  const again = await reopenTask(db.db, adviser, anabin.id, new Date('2026-12-03T10:00:00Z'));
  assert.equal(again.changed, true);
  const after2 = await tasksOf(caseId);
  assert.deepEqual(movedSteps(before, after2), [], 'open again: the plan’s estimates are back');
  assert.equal(after2.get('anabin-check')!.doneBy, null);
  assert.deepEqual(await reopenTask(db.db, adviser, anabin.id), { caseId, changed: false, moved: [] });
});

test('completeTask: a company user ticks the company’s tasks of their case, not the adviser’s (403) nor another company’s (404)', async () => {
  const { caseId } = await makePlanCase(db.db, t1.tenantId, t1.companyA);
  const tasks = await tasksOf(caseId);
  assert.equal((await completeTask(db.db, staffA, tasks.get('employment-contract')!.id)).changed, true);
  assert.equal((await reopenTask(db.db, staffA, tasks.get('employment-contract')!.id)).changed, true);
  await assert.rejects(completeTask(db.db, staffA, tasks.get('zab-statement')!.id), ForbiddenError);
  await assert.rejects(completeTask(db.db, staffA, tasks.get('anabin-check')!.id), ForbiddenError, 'the candidate’s task is not the company’s');
  await assert.rejects(reopenTask(db.db, staffA, tasks.get('zab-statement')!.id), ForbiddenError);
  await assert.rejects(completeTask(db.db, staffB, tasks.get('employment-contract')!.id), NotFoundError);
  await assert.rejects(completeTask(db.db, otherOffice, tasks.get('employment-contract')!.id), NotFoundError);
  await assert.rejects(completeTask(db.db, adviser, 'not-an-id'), NotFoundError);
  assert.equal((await tasksOf(caseId)).get('zab-statement')!.doneAt, null);
});

function fieldsOf(err: unknown): string[] {
  assert.ok(err instanceof WorkspaceInputError, String(err));
  return err.errors.map((e) => e.field).sort();
}

test('addTask: a task by hand after the plan’s, its date set by hand; bad input names each field and writes nothing', async () => {
  const { caseId } = await makePlanCase(db.db, t1.tenantId, t1.companyA);
  const { id } = await addTask(db.db, adviser, caseId, { title: ' Wohnung suchen ', owner: 'company', dueOn: '2027-05-01', assigneeUserId: staffA.userId, description: 'mit Makler' });
  const list = await listCaseTasks(db.db, adviser, caseId, { lang: 'en', today: '2026-12-01' });
  const added = list.tasks.at(-1)!;
  assert.deepEqual(
    [added.id, added.title, added.owner, added.assigneeName, added.dueOn, added.dueSetByHand, added.planStepId, added.description],
    [id, 'Wohnung suchen', 'company', 'Cora Company', '2027-05-01', true, null, 'mit Makler'],
  );
  const { id: undated } = await addTask(db.db, admin, caseId, { title: 'Rückruf', owner: 'adviser' });
  assert.equal((await tasksOf(caseId)).get('Rückruf')!.dueOn, null);
  assert.equal((await tasksOf(caseId)).get('Rückruf')!.id, undated);

  const err = await addTask(db.db, adviser, caseId, { title: '', owner: 'landlord', dueOn: '2027-02-30' }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(err), ['dueOn', 'owner', 'title']);
  const unknown = await addTask(db.db, adviser, caseId, { title: 'X', owner: 'adviser', assigneeUserId: otherOffice.userId }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(unknown), ['assigneeUserId'], 'a user of another office is unknown');
  assert.equal((unknown as WorkspaceInputError).errors[0]!.code, 'unknown');
  const wrongSide = await addTask(db.db, adviser, caseId, { title: 'X', owner: 'adviser', assigneeUserId: staffA.userId }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(wrongSide), ['assigneeUserId'], 'a company user does not carry the adviser’s task');
  const otherCompany = await addTask(db.db, adviser, caseId, { title: 'X', owner: 'company', assigneeUserId: staffB.userId }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(otherCompany), ['assigneeUserId'], 'a user of another company does not carry this case’s task');
  const candidate = await addTask(db.db, adviser, caseId, { title: 'X', owner: 'candidate', assigneeUserId: adviser.userId }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(candidate), ['assigneeUserId'], 'the candidate’s task has no assignee');
  assert.equal((await tasksOf(caseId)).size, 12, 'nothing written by the refused ones');
  await assert.rejects(addTask(db.db, staffA, caseId, { title: 'X', owner: 'company' }), ForbiddenError);
});

test('updateTask: a re-dated step moves exactly the later steps’ estimates and keeps its own date; an empty date goes back to the estimate', async () => {
  const { caseId } = await makePlanCase(db.db, t1.tenantId, t1.companyA);
  const before = await tasksOf(caseId);
  const zab = before.get('zab-statement')!;
  const r = await updateTask(db.db, adviser, zab.id, { dueOn: '2027-04-04' }, new Date('2026-12-02T09:00:00Z'));
  assert.deepEqual(r.changes.dueOn, ['2027-03-04', '2027-04-04']);
  const after1 = await tasksOf(caseId);
  assert.deepEqual(movedSteps(before, after1), ['zab-statement', ...LATER_THAN_ZAB].sort());
  assert.deepEqual(r.moved.length, LATER_THAN_ZAB.length);
  assert.equal(after1.get('visa-application')!.startOn, '2027-04-04');
  assert.equal(after1.get('zab-statement')!.dueSetByHand, true);
  // each moved estimate has its audit row
  const moved = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'task'), eq(auditLog.entityId, after1.get('entry')!.id)));
  assert.equal(moved.length, 1);

  // a later step re-dated by hand keeps its date when an earlier one moves again
  await updateTask(db.db, adviser, after1.get('entry')!.id, { dueOn: '2027-08-01' });
  await updateTask(db.db, adviser, zab.id, { dueOn: '2027-03-20' });
  const after2 = await tasksOf(caseId);
  assert.equal(after2.get('entry')!.dueOn, '2027-08-01');
  assert.equal(after2.get('anmeldung')!.startOn, '2027-08-01', 'the entry’s hand-set date is what the Anmeldung waits for');

  await updateTask(db.db, adviser, zab.id, { dueOn: null });
  await updateTask(db.db, adviser, after1.get('entry')!.id, { dueOn: '' });
  assert.deepEqual(movedSteps(before, await tasksOf(caseId)), [], 'both back to the estimate: the plan’s dates');
  assert.deepEqual((await updateTask(db.db, adviser, zab.id, { dueOn: null })).changes, {}, 'no change: nothing written');

  const err = await updateTask(db.db, adviser, zab.id, { dueOn: 'soon' }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(err), ['dueOn']);
});

test('updateTask: reassign and retitle; the assignee must fit the owner the task will have', async () => {
  const { caseId } = await makePlanCase(db.db, t1.tenantId, t1.companyA);
  const tasks = await tasksOf(caseId);
  const contract = tasks.get('employment-contract')!;
  // the English title sent back unchanged (the form of an English reader) is no change
  assert.deepEqual((await updateTask(db.db, adviser, contract.id, { title: 'Employment contract and the employer’s documents' })).changes, {});
  await updateTask(db.db, adviser, contract.id, { assigneeUserId: staffA.userId, title: 'Vertrag unterschreiben' });
  let row = (await tasksOf(caseId)).get('employment-contract')!;
  assert.deepEqual([row.assigneeUserId, row.title, row.titleEn], [staffA.userId, 'Vertrag unterschreiben', null], 'a new title is the title in both languages');
  // the company user cannot keep an adviser's task
  const err = await updateTask(db.db, adviser, contract.id, { owner: 'adviser' }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(err), ['assigneeUserId']);
  await updateTask(db.db, adviser, contract.id, { owner: 'adviser', assigneeUserId: admin.userId });
  row = (await tasksOf(caseId)).get('employment-contract')!;
  assert.deepEqual([row.owner, row.assigneeUserId], ['adviser', admin.userId]);
  await updateTask(db.db, adviser, contract.id, { assigneeUserId: '' });
  assert.equal((await tasksOf(caseId)).get('employment-contract')!.assigneeUserId, null);
  const bad = await updateTask(db.db, adviser, contract.id, { owner: 'boss', assigneeUserId: 'nobody', title: '' }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(bad), ['assigneeUserId', 'owner', 'title']);
  await assert.rejects(updateTask(db.db, staffA, contract.id, { title: 'Meins' }), ForbiddenError);
  await assert.rejects(updateTask(db.db, otherOffice, contract.id, { title: 'Fremd' }), NotFoundError);

  const edit = await getTaskForEdit(db.db, adviser, contract.id);
  assert.deepEqual(
    edit.assignable.map((u) => [u.name, u.side]),
    [
      ['Ada Admin', 'adviser'],
      ['Ben Berater', 'adviser'],
      ['Cora Company', 'company'],
    ],
    'the office’s staff and the case company’s users, not another company’s',
  );
});

test('deleteTask: a task added by hand goes (audited); a plan task stays (409)', async () => {
  const { caseId } = await makePlanCase(db.db, t1.tenantId, t1.companyA);
  const { id } = await addTask(db.db, adviser, caseId, { title: 'Extra', owner: 'adviser' });
  await assert.rejects(deleteTask(db.db, staffA, id), ForbiddenError);
  assert.deepEqual(await deleteTask(db.db, adviser, id), { caseId });
  assert.equal((await tasksOf(caseId)).has('Extra'), false);
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'task'), eq(auditLog.entityId, id), eq(auditLog.action, 'delete')));
  assert.equal(audit.length, 1);
  await assert.rejects(deleteTask(db.db, adviser, id), NotFoundError);
  const plan = (await tasksOf(caseId)).get('zab-statement')!;
  await assert.rejects(deleteTask(db.db, adviser, plan.id), PlanTaskError);
  assert.equal((await tasksOf(caseId)).has('zab-statement'), true);
});
