// The policy matrix of the due dashboard through its use case (src/dev/caseWorldTesting.ts): for every role, the
// office's dashboard (a tenant-wide target) and the role's own default (an adviser's own cases, a company user's
// company) must go through or be refused exactly as src/policies/matrixTesting.ts expects; what goes through never
// shows another office's case, nor to a company user another company's.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { ROLES } from '../../policies/index.ts';
import type { Action } from '../../policies/index.ts';
import { CASE_MATRIX_AREAS, assertMatrix, listScope } from '../../dev/caseWorldTesting.ts';
import type { CaseWorld, MatrixCase } from '../../dev/caseWorldTesting.ts';
import { listDueItems } from './listDueItems.ts';
import type { DueList } from './listDueItems.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
});

// the world's tasks are due on 2026-12-20: overdue on this day
const TODAY = '2026-12-25';

function visible(w: CaseWorld, role: string, list: DueList): void {
  const ids = Object.values(list.groups).flatMap((g) => g.items.map((i) => i.caseId));
  assert.ok(!ids.includes(w.case.otherTenant), 'another office’s case is listed');
  if (role === 'company') assert.ok(!ids.includes(w.case.otherCompany), 'a company user sees another company’s case');
  assert.ok(ids.includes(w.case.ownCompany), 'the own company’s case is listed');
}

const CASES: Record<(typeof CASE_MATRIX_AREAS.due)[number], MatrixCase[]> = {
  'due.read': [
    { scope: 'ownTenant', run: async (w, a) => visible(w, a.role, await listDueItems(db.db, a, { scope: 'office', today: TODAY })) },
    { scope: listScope, run: async (w, a) => visible(w, a.role, await listDueItems(db.db, a, { scope: a.role === 'company' ? 'company' : 'office', today: TODAY })) },
    { scope: listScope, run: (_w, a) => listDueItems(db.db, a, { today: TODAY }) },
  ],
};

test('this file covers exactly the due actions of the case matrix', () => {
  assert.deepEqual(Object.keys(CASES).sort(), [...CASE_MATRIX_AREAS.due].sort());
});

for (const role of ROLES) {
  for (const [action, cases] of Object.entries(CASES) as [Action, MatrixCase[]][]) {
    test(`due use cases: ${role} × ${action}`, () => assertMatrix(db.db, role, action, cases));
  }
}
