// The policy matrix of the task actions through their use cases, on the database (PGlite, or a throwaway PostgreSQL
// database with DATABASE_URL): for every role × task action, each use case that performs it runs against the case
// world's targets (the own company's case, another company's, another office's) and must go through, refuse (403) or
// not find (404) exactly as src/policies/matrixTesting.ts expects. A company user's task in these rows is the company's
// own; the rule that a company user ticks nothing else is tested below.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { ROLES } from '../../policies/index.ts';
import type { Action } from '../../policies/index.ts';
import { CASE_MATRIX_AREAS, assertMatrix, makeCaseWorld, onCaseCompany, outcome } from '../../dev/caseWorldTesting.ts';
import type { MatrixCase } from '../../dev/caseWorldTesting.ts';
import { addTask } from './addTask.ts';
import { completeTask } from './completeTask.ts';
import { deleteTask } from './deleteTask.ts';
import { getTask } from './getTask.ts';
import { getTaskForEdit } from './getTaskForEdit.ts';
import { listCaseTasks } from './listCaseTasks.ts';
import { reopenTask } from './reopenTask.ts';
import { updateTask } from './updateTask.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
});

const CASES: Record<(typeof CASE_MATRIX_AREAS.tasks)[number], MatrixCase[]> = {
  'task.list': [
    ...onCaseCompany((w, a, s) => listCaseTasks(db.db, a, w.case[s], { lang: 'de', today: '2026-12-10' })),
    // a company user reads every task of their case, the adviser's too
    ...onCaseCompany((w, a, s) => getTask(db.db, a, w.task[s].adviser, { lang: 'en', today: '2026-12-10' })),
  ],
  'task.complete': [
    ...onCaseCompany((w, a, s) => completeTask(db.db, a, w.task[s].company)),
    ...onCaseCompany((w, a, s) => reopenTask(db.db, a, w.task[s].company)),
  ],
  'task.manage': [
    ...onCaseCompany((w, a, s) => addTask(db.db, a, w.case[s], { title: 'Neue Aufgabe', owner: 'adviser' })),
    ...onCaseCompany((w, a, s) => getTaskForEdit(db.db, a, w.task[s].adviser)),
    ...onCaseCompany((w, a, s) => updateTask(db.db, a, w.task[s].adviser, { dueOn: '2027-01-15' })),
    ...onCaseCompany((w, a, s) => deleteTask(db.db, a, w.task[s].candidate)),
  ],
};

test('this file covers exactly the task actions of the case area', () => {
  assert.deepEqual(Object.keys(CASES).sort(), [...CASE_MATRIX_AREAS.tasks].sort());
});

for (const role of ROLES) {
  for (const [action, cases] of Object.entries(CASES) as [Action, MatrixCase[]][]) {
    test(`task use cases: ${role} × ${action}`, () => assertMatrix(db.db, role, action, cases));
  }
}

test('a company user ticking the adviser’s or the candidate’s task of their own case: forbidden; another company’s task: not found', async () => {
  const w = await makeCaseWorld(db.db, 'company');
  const a = w.actors.company;
  assert.equal(await outcome(completeTask(db.db, a, w.task.ownCompany.adviser)), 'forbidden');
  assert.equal(await outcome(completeTask(db.db, a, w.task.ownCompany.candidate)), 'forbidden');
  assert.equal(await outcome(reopenTask(db.db, a, w.task.ownCompany.adviser)), 'forbidden');
  assert.equal(await outcome(completeTask(db.db, a, w.task.otherCompany.company)), 'notFound');
  assert.equal(await outcome(completeTask(db.db, a, w.task.otherTenant.company)), 'notFound');
  assert.equal(await outcome(completeTask(db.db, a, w.task.ownCompany.company)), 'allow');
});
