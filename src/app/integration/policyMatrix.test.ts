// The policy matrix of integration management (issue 17) through its use cases (src/dev/caseWorldTesting.ts): the
// onboarding of a case (read; arrival facts, plan, family), the own integration steps (the office's: a tenant-wide
// target; a company's adaptation: the company) and the retention view per company, for every role, must go through or
// be refused exactly as src/policies/matrixTesting.ts expects.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { ROLES } from '../../policies/index.ts';
import type { Action } from '../../policies/index.ts';
import { CASE_MATRIX_AREAS, assertMatrix, onCaseCompany } from '../../dev/caseWorldTesting.ts';
import type { MatrixCase } from '../../dev/caseWorldTesting.ts';
import { deleteFamilyMember, recordArrival, saveFamilyMember } from './arrival.ts';
import { generateOnboardingPlan } from './generatePlan.ts';
import { getOnboarding } from './getOnboarding.ts';
import { listRetention } from './listRetention.ts';
import { listTemplates, resetTemplate, saveTemplate } from './templates.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
});

const TODAY = '2026-12-04';
const STEP = { title: 'Werksführung', owner: 'company', anchor: 'work_start', offsetDays: '2' };

const CASES: Record<(typeof CASE_MATRIX_AREAS.integration)[number], MatrixCase[]> = {
  'onboarding.read': onCaseCompany((w, a, s) => getOnboarding(db.db, a, w.case[s], TODAY)),
  'onboarding.manage': [
    ...onCaseCompany((w, a, s) => recordArrival(db.db, a, w.case[s], { arrivalDate: '2026-11-27', workStartOn: '2026-12-01' })),
    // the arrival date is set up by the office, so that only the generation is decided for the actor
    ...onCaseCompany(async (w, a, s) => {
      await recordArrival(db.db, w.setup[s === 'otherTenant' ? 'otherTenant' : 'ownTenant'], w.case[s], { arrivalDate: '2026-11-27' });
      return generateOnboardingPlan(db.db, a, w.case[s]);
    }),
    ...onCaseCompany((w, a, s) => saveFamilyMember(db.db, a, w.case[s], null, { relation: 'child', birthDate: '2019-03-01', joining: 'now' }, TODAY)),
    ...onCaseCompany(async (w, a, s) => {
      const setup = w.setup[s === 'otherTenant' ? 'otherTenant' : 'ownTenant'];
      const m = await saveFamilyMember(db.db, setup, w.case[s], null, { relation: 'spouse', birthDate: '1990-03-01', joining: 'later' }, TODAY);
      return deleteFamilyMember(db.db, a, w.case[s], m.id);
    }),
  ],
  'integrationTemplate.list': [
    { scope: 'ownTenant', run: (_w, a) => listTemplates(db.db, a, null) },
    ...onCaseCompany((w, a, s) => listTemplates(db.db, a, w.company[s])),
  ],
  'integrationTemplate.manage': [
    { scope: 'ownTenant', run: (_w, a) => saveTemplate(db.db, a, null, 'mentor', STEP) },
    { scope: 'ownTenant', run: (_w, a) => resetTemplate(db.db, a, null, 'mentor') },
    ...onCaseCompany((w, a, s) => saveTemplate(db.db, a, w.company[s], null, STEP)),
    ...onCaseCompany((w, a, s) => resetTemplate(db.db, a, w.company[s], 'checkin-1')),
  ],
  'retention.read': onCaseCompany((w, a, s) => listRetention(db.db, a, w.company[s], TODAY)),
};

test('this file covers exactly the integration actions of the case matrix', () => {
  assert.deepEqual(Object.keys(CASES).sort(), [...CASE_MATRIX_AREAS.integration].sort());
});

for (const role of ROLES) {
  for (const [action, cases] of Object.entries(CASES) as [Action, MatrixCase[]][]) {
    test(`integration use cases: ${role} × ${action}`, () => assertMatrix(db.db, role, action, cases));
  }
}
