// The company's overview use case (issue 14): the company's own cases only, its own open tasks (overdue against the
// office's day), missing or rejected documents counted, nothing left to do on a closed case; another office's company
// is not found, and a company user always gets their own.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { candidates, caseDocuments, caseTasks, cases } from '../../db/schema/index.ts';
import { NotFoundError } from '../../policies/index.ts';
import { makeCaseWorld } from '../../dev/caseWorldTesting.ts';
import type { CaseWorld } from '../../dev/caseWorldTesting.ts';
import { companyOverview } from './companyOverview.ts';

let db: TestDatabase;
let w: CaseWorld;
before(async () => {
  db = await openTestDb();
  w = await makeCaseWorld(db.db, 'company');
});
after(async () => {
  await db.destroy();
});

test('own cases, own tasks, due and overdue on both sides of the day, missing and rejected documents', async () => {
  const o = await companyOverview(db.db, w.actors.company, w.company.otherCompany, '2026-12-20');
  assert.equal(o.companyId, w.company.ownCompany, 'a company user gets their own company whatever they name');
  assert.deepEqual(o.cases.map((c) => c.id), [w.case.ownCompany]);
  assert.deepEqual(o.cases[0]!.openTasks.map((t) => [t.title, t.overdue]), [['Aufgabe company', false]], 'due today is not overdue');
  assert.equal((await companyOverview(db.db, w.actors.company, null, '2026-12-21')).overdueTasks, 1);
  assert.equal(o.cases[0]!.missingDocuments, 1);
  await db.db.insert(caseDocuments).values([
    { tenantId: w.tenant.ownTenant, caseId: w.case.ownCompany, label: 'Abgelehnt', status: 'rejected', rejectReason: 'unleserlich' },
    { tenantId: w.tenant.ownTenant, caseId: w.case.ownCompany, label: 'Geprüft', status: 'checked' },
  ]);
  assert.equal((await companyOverview(db.db, w.actors.company, null, '2026-12-20')).cases[0]!.missingDocuments, 2);
  await db.db.update(caseTasks).set({ doneAt: new Date() }).where(eq(caseTasks.id, w.task.ownCompany.company));
  assert.equal((await companyOverview(db.db, w.actors.company, null, '2026-12-20')).openTasks, 0);
});

test('a closed case has no open tasks; an erased candidate has no name; staff name the company; another office: not found', async () => {
  await db.db.update(cases).set({ status: 'closed' }).where(eq(cases.id, w.case.otherCompany));
  await db.db.update(candidates).set({ name: null, erasedAt: new Date() }).where(eq(candidates.id, w.candidate.otherCompany));
  const o = await companyOverview(db.db, w.actors.adviser, w.company.otherCompany, '2026-12-21');
  assert.deepEqual(o.cases.map((c) => [c.candidateName, c.openTasks.length, c.status]), [[null, 0, 'closed']]);
  await assert.rejects(companyOverview(db.db, w.actors.adviser, w.company.otherTenant, '2026-12-21'), NotFoundError);
  await assert.rejects(companyOverview(db.db, w.actors.adviser, undefined, '2026-12-21'), NotFoundError);
});
