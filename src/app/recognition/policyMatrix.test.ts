// The policy matrix of a case's recognition record (issue 16) through its use cases (src/dev/caseWorldTesting.ts): for
// every role, reading the record with its proposals and recording it run against the case of the own company, of
// another company of the office and of another office, and must go through, refuse (403) or not find (404) exactly as
// src/policies/matrixTesting.ts expects.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { ROLES } from '../../policies/index.ts';
import type { Action } from '../../policies/index.ts';
import { CASE_MATRIX_AREAS, assertMatrix, onCaseCompany } from '../../dev/caseWorldTesting.ts';
import type { MatrixCase } from '../../dev/caseWorldTesting.ts';
import { getCaseRecognition } from './getCaseRecognition.ts';
import { recordCaseRecognition } from './recordCaseRecognition.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
});

const TODAY = '2026-12-05';

const CASES: Record<(typeof CASE_MATRIX_AREAS.recognition)[number], MatrixCase[]> = {
  'case.recognition.read': onCaseCompany((w, a, s) => getCaseRecognition(db.db, a, w.case[s], TODAY)),
  'case.recognition.update': onCaseCompany((w, a, s) => recordCaseRecognition(db.db, a, w.case[s], { outcome: 'pending', competentBody: 'HWK der Pfalz' }, TODAY)),
};

test('this file covers exactly the recognition area of the case matrix', () => {
  assert.deepEqual(Object.keys(CASES).sort(), [...CASE_MATRIX_AREAS.recognition].sort());
});

for (const role of ROLES) {
  for (const [action, cases] of Object.entries(CASES) as [Action, MatrixCase[]][]) {
    test(`use cases: ${role} × ${action}`, async () => {
      await assertMatrix(db.db, role, action, cases);
    });
  }
}
