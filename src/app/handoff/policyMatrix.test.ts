// The policy matrix of the hand-off pack (issue 14), through its use cases on the database: for every role, the pack
// of a case of the own company, of another company of the office and of another office goes through, refuses or is
// not found exactly as src/policies/matrixTesting.ts expects.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { ROLES } from '../../policies/index.ts';
import type { Action } from '../../policies/index.ts';
import { CASE_MATRIX_AREAS, assertMatrix, onCaseCompany } from '../../dev/caseWorldTesting.ts';
import type { MatrixCase } from '../../dev/caseWorldTesting.ts';
import { getHandoffPack, listHandoffSteps } from './getHandoffPack.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
});

const CASES: Record<(typeof CASE_MATRIX_AREAS.handoff)[number], MatrixCase[]> = {
  'handoff.read': [
    ...onCaseCompany((w, a, s) => getHandoffPack(db.db, a, w.case[s], 'visa')),
    ...onCaseCompany((w, a, s) => getHandoffPack(db.db, a, w.case[s], 'ba-approval')),
    ...onCaseCompany((w, a, s) => listHandoffSteps(db.db, a, w.case[s])),
  ],
};

test('the hand-off matrix covers exactly its area', () => {
  assert.deepEqual(Object.keys(CASES).sort(), [...CASE_MATRIX_AREAS.handoff].sort());
});

for (const role of ROLES) {
  for (const action of Object.keys(CASES) as Action[]) {
    test(`${role} ${action}`, async () => {
      await assertMatrix(db.db, role, action, CASES[action as keyof typeof CASES]);
    });
  }
}
