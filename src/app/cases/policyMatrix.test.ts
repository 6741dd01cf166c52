// The policy matrix of the cases area through its use cases (src/dev/caseWorldTesting.ts): for every role and each of
// case.list, case.read, case.create, case.update, note.readInternal and note.create, the use cases run against the
// world's case (or company) of the own company, another company of the office and another office, and must go through,
// refuse (403) or not find (404) exactly as src/policies/matrixTesting.ts expects.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { ForbiddenError, ROLES } from '../../policies/index.ts';
import type { Action } from '../../policies/index.ts';
import { CASE_MATRIX_AREAS, assertMatrix, listScope, onCaseCompany } from '../../dev/caseWorldTesting.ts';
import type { CaseWorld, MatrixCase } from '../../dev/caseWorldTesting.ts';
import { addCaseNote } from './addCaseNote.ts';
import { caseNotesFor, getCase, loadCase } from './getCase.ts';
import { caseBoard, listCases } from './listCases.ts';
import { changeCaseStatus } from './changeCaseStatus.ts';
import { createCase } from './createCase.ts';
import { recordReference } from './recordReference.ts';
import { recordResidenceTitle } from './recordResidenceTitle.ts';
import { updateCase } from './updateCase.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
});

const TODAY = '2026-12-04';

/** Lists must not show what the matrix hides: nothing of the other office, for a company user nothing of company B. */
function visible(w: CaseWorld, role: string, ids: string[]): void {
  assert.ok(!ids.includes(w.case.otherTenant), 'another office’s case is listed');
  if (role === 'company') assert.ok(!ids.includes(w.case.otherCompany), 'a company user sees another company’s case');
  assert.ok(ids.includes(w.case.ownCompany), 'the own company’s case is listed');
}

const CASES: Record<(typeof CASE_MATRIX_AREAS.cases)[number], MatrixCase[]> = {
  'case.list': [
    { scope: listScope, run: async (w, a) => visible(w, a.role, (await listCases(db.db, a, { pageSize: 100 }, TODAY)).items.map((c) => c.id)) },
    {
      scope: listScope,
      run: async (w, a) => visible(w, a.role, (await caseBoard(db.db, a, { pageSize: 100 }, TODAY)).columns.flatMap((c) => c.items.map((i) => i.id))),
    },
  ],
  'case.read': onCaseCompany((w, a, s) => getCase(db.db, a, w.case[s])),
  'case.create': onCaseCompany((w, a, s) =>
    createCase(
      db.db,
      a,
      { companyId: w.company[s], candidateName: 'Neu', routeId: '18b', federalState: 'DE-RP', qualificationLevel: 'academic', germanAssessment: 'comparable' },
      TODAY,
    ),
  ),
  'case.update': [
    ...onCaseCompany((w, a, s) => updateCase(db.db, a, w.case[s], { jobTitle: 'Neue Stelle' })),
    ...onCaseCompany((w, a, s) => changeCaseStatus(db.db, a, w.case[s], { status: 'visa', changedOn: TODAY }, TODAY)),
    ...onCaseCompany((w, a, s) => recordReference(db.db, a, w.case[s], 'visa', { referenceNumber: 'V-1' }, TODAY)),
    ...onCaseCompany((w, a, s) => recordResidenceTitle(db.db, a, w.case[s], { titleRouteId: '18g-standard', validUntil: '2029-12-31' }, TODAY)),
  ],
  // reading the internal notes: a company user reads the case but gets only the notes visible to the company; as the
  // policy's refusal here, ForbiddenError when an internal note (the world's) is withheld
  'note.readInternal': onCaseCompany(async (w, a, s) => {
    const c = await loadCase(db.db, a, w.case[s], 'case.read');
    const notes = await caseNotesFor(db.db, a, c);
    if (!notes.some((n) => n.id === w.note[s])) throw new ForbiddenError('the internal note is withheld');
  }),
  'note.create': onCaseCompany((w, a, s) => addCaseNote(db.db, a, w.case[s], { body: 'Notiz' })),
};

test('this file covers exactly the cases area of the case matrix', () => {
  assert.deepEqual(Object.keys(CASES).sort(), [...CASE_MATRIX_AREAS.cases].sort());
});

for (const role of ROLES) {
  for (const [action, cases] of Object.entries(CASES) as [Action, MatrixCase[]][]) {
    test(`use cases: ${role} × ${action}`, async () => {
      await assertMatrix(db.db, role, action, cases);
    });
  }
}
