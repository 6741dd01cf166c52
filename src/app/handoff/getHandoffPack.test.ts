// The hand-off pack use case (issue 14): filled from the case, the checklist's documents with their status, a step the
// route does not need is not found, each read audited; the company user reads their own case's pack.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, caseDocuments, caseReferences, cases, companies } from '../../db/schema/index.ts';
import { NotFoundError } from '../../policies/index.ts';
import { makeCaseWorld } from '../../dev/caseWorldTesting.ts';
import type { CaseWorld } from '../../dev/caseWorldTesting.ts';
import { getHandoffPack, listHandoffSteps } from './getHandoffPack.ts';

let db: TestDatabase;
let w: CaseWorld;
before(async () => {
  db = await openTestDb();
  w = await makeCaseWorld(db.db, 'adviser');
  const id = w.case.ownCompany;
  await db.db.update(companies).set({ name: 'Westpfalz Elektro GmbH', street: 'Pariser Str. 1', postcode: '67655', city: 'Kaiserslautern' }).where(eq(companies.id, w.company.ownCompany));
  await db.db
    .update(cases)
    .set({ jobTitle: 'Softwareentwicklerin', municipality: 'Kaiserslautern', plannedStart: '2027-04-01', jobFacts: { contractMonths: null, weeklyHours: 40 } })
    .where(eq(cases.id, id));
  await db.db.insert(caseReferences).values({ caseId: id, tenantId: w.tenant.ownTenant, kind: 'ba_approval', referenceNumber: 'BA-77', decidedOn: '2027-02-01' });
  await db.db.insert(caseDocuments).values({
    tenantId: w.tenant.ownTenant,
    caseId: id,
    planDocumentId: 'employment-contract',
    label: 'Arbeitsvertrag',
    labelEn: 'Employment contract',
    providedBy: 'company',
    status: 'checked',
    position: 1,
  });
});
after(async () => {
  await db.destroy();
});

const audits = async (caseId: string) =>
  (await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'handoff'), eq(auditLog.entityId, caseId), eq(auditLog.action, 'read')))).length;

test('the visa pack: filled from the case, the checklist documents with status, the reference numbers; each read audited', async () => {
  const before = await audits(w.case.ownCompany);
  const pack = await getHandoffPack(db.db, w.actors.adviser, w.case.ownCompany, 'visa');
  assert.deepEqual(pack.steps, ['ba-approval', 'visa']);
  assert.equal(pack.caseNumber.startsWith('LO-2026-'), true);
  const values = Object.fromEntries(pack.sections.flatMap((s) => s.fields.map((f) => [`${s.id}.${f.id}`, f.value?.de ?? null])));
  assert.equal(values['applicant.name'], 'Kandidatin ownCompany');
  assert.equal(values['applicant.birthDate'], '01.05.1994');
  assert.equal(values['applicant.passport'], null);
  assert.equal(values['employment.employer'], 'Westpfalz Elektro GmbH, Pariser Str. 1, 67655 Kaiserslautern');
  assert.equal(values['employment.salary'], '52.000 € brutto im Jahr');
  assert.match(values['employment.occupation']!, /^2512 \S/, 'the code with the catalogue’s title');
  assert.equal(values['purpose.route'], 'Beschäftigung, § 18b AufenthG');
  assert.equal(values['approvals.ba'], 'BA-77 vom 01.02.2027');
  assert.equal(values['approvals.visaNumber'], null);
  assert.deepEqual(
    pack.documents.map((d) => [d.id, d.status]),
    [
      ['passport', 'missing'],
      ['employment-contract', 'checked'],
    ],
  );
  assert.equal(await audits(w.case.ownCompany), before + 1);

  const ba = await getHandoffPack(db.db, w.actors.company, w.case.ownCompany, 'ba-approval');
  const conditions = ba.sections.find((s) => s.id === 'conditions')!;
  assert.equal(conditions.fields.find((f) => f.id === 'weeklyHours')!.value!.de, '40 Stunden');
  assert.equal(ba.sections.find((s) => s.id === 'start')!.fields.find((f) => f.id === 'duration')!.value!.de, 'unbefristet');
  assert.equal(await audits(w.case.ownCompany), before + 2, 'the company user’s read is audited too');
});

test('a step the route does not need, or no step at all, is not found and not audited', async () => {
  const before = await audits(w.case.ownCompany);
  for (const step of ['recognition', 'accelerated', 'nonsense', undefined, '']) {
    await assert.rejects(getHandoffPack(db.db, w.actors.adviser, w.case.ownCompany, step), NotFoundError, String(step));
  }
  await assert.rejects(getHandoffPack(db.db, w.actors.adviser, 'not-a-uuid', 'visa'), NotFoundError);
  assert.equal(await audits(w.case.ownCompany), before);
  assert.deepEqual(
    (await listHandoffSteps(db.db, w.actors.company, w.case.ownCompany)).map((s) => [s.step, s.status]),
    [
      ['ba-approval', 'unconfirmed'],
      ['visa', 'unconfirmed'],
    ],
  );
  await db.db.update(cases).set({ procedure: 'accelerated', pipeline: ['advice', 'recognition', 'ba_approval', 'visa', 'entry'] }).where(eq(cases.id, w.case.otherCompany));
  assert.deepEqual(
    (await listHandoffSteps(db.db, w.actors.adviser, w.case.otherCompany)).map((s) => s.step),
    ['recognition', 'accelerated', 'ba-approval', 'visa'],
  );
});
