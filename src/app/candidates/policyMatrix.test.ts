// The policy matrix of the candidate actions through their use cases, on the database (PGlite, or a throwaway
// PostgreSQL database with DATABASE_URL): for every role × candidate action, each use case that performs it runs
// against the case world's targets (the own company's candidate, another company's, another office's) and must go
// through, refuse (403) or not find (404) exactly as src/policies/matrixTesting.ts expects.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { candidates } from '../../db/schema/index.ts';
import { ROLES } from '../../policies/index.ts';
import type { Action } from '../../policies/index.ts';
import { PERSONAS } from '../../law/testing/personas.ts';
import { CASE_MATRIX_AREAS, assertMatrix, listScope, onCaseCompany } from '../../dev/caseWorldTesting.ts';
import type { CaseWorld, MatrixCase } from '../../dev/caseWorldTesting.ts';
import type { CompanyScope } from '../../dev/caseWorldTesting.ts';
import { splitCheckInput } from './checkFacts.ts';
import { checkCandidate } from './checkCandidate.ts';
import { createCandidate } from './createCandidate.ts';
import { eraseCandidate } from './eraseCandidate.ts';
import { exportCandidate } from './exportCandidate.ts';
import { getCandidate } from './getCandidate.ts';
import { listCandidates } from './listCandidates.ts';
import { recordConsent } from './recordConsent.ts';
import { updateCandidate } from './updateCandidate.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
});

/** The world's candidate gets the facts of a check, so that a one-click check is complete. */
async function withFacts(w: CaseWorld, s: CompanyScope): Promise<string> {
  const { candidate } = splitCheckInput(PERSONAS.developer());
  await db.db.update(candidates).set({ facts: candidate.facts }).where(eq(candidates.id, w.candidate[s]));
  return w.candidate[s];
}

const input = { name: 'Neue Kandidatin', birthDate: '1995-03-01', citizenship: 'CO' };

const CASES: Record<(typeof CASE_MATRIX_AREAS.candidates)[number], MatrixCase[]> = {
  'candidate.list': [{ scope: listScope, run: (_w, a) => listCandidates(db.db, a, {}) }],
  'candidate.read': [
    ...onCaseCompany((w, a, s) => getCandidate(db.db, a, w.candidate[s])),
    ...onCaseCompany(async (w, a, s) => checkCandidate(db.db, a, await withFacts(w, s), { decisionDate: '2026-06-15' })),
  ],
  'candidate.create': onCaseCompany((w, a, s) => createCandidate(db.db, a, w.company[s], input)),
  'candidate.update': [
    ...onCaseCompany((w, a, s) => updateCandidate(db.db, a, w.candidate[s], input)),
    ...onCaseCompany((w, a, s) => recordConsent(db.db, a, w.candidate[s], { purpose: 'advice', given: true, declaredOn: '2026-01-05', textVersion: 'v1' })),
  ],
  'candidate.export': onCaseCompany((w, a, s) => exportCandidate(db.db, a, w.candidate[s])),
  'candidate.erase': onCaseCompany((w, a, s) => eraseCandidate(db.db, a, w.candidate[s], { remove: async () => {} })),
};

test('this file covers exactly the candidate actions of the case area', () => {
  assert.deepEqual(Object.keys(CASES).sort(), [...CASE_MATRIX_AREAS.candidates].sort());
});

for (const role of ROLES) {
  for (const [action, cases] of Object.entries(CASES) as [Action, MatrixCase[]][]) {
    test(`candidate use cases: ${role} × ${action}`, () => assertMatrix(db.db, role, action, cases));
  }
}
