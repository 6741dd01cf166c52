// The office's own durations on the pages (issue 15), through the whole application (app.inject): beside the plan's
// steps (plan page) and the case's milestones (case page) for the office's adviser, in German and English; nothing of
// an office for a visitor holding the check's link, for a company user, or for another office's adviser.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { caseTasks, cases } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { buildInput } from '../../../src/law/testing/fixtures.ts';
import { addDays } from '../../../src/law/dates.ts';
import { startCheck } from '../../../src/app/checks/startCheck.ts';
import { saveCheckInput } from '../../../src/app/checks/saveCheck.ts';
import { createCase } from '../../../src/app/cases/createCase.ts';
import { forgetOfficeDurations } from '../../../src/app/cases/officeDurations.ts';
import { PLAN_START, makePlanCase } from '../../../src/app/tasks/taskTesting.ts';
import { visitor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;
let caseId: string;
let checkId: string;

const DE = 'Ihr Büro: Median 41 Tage (20–60, 5 Fälle)';
const EN = 'Your office: median 41 days (20–60, 5 cases)';

before(async () => {
  db = await openTestDb();
  const t = await makeTenant(db.db, 'Durations Pages');
  const t2 = await makeTenant(db.db, 'Durations Pages Two');
  const adviser = await makeUser(db.db, t.tenantId, 'adviser', 'adviser@durations-pages.example');
  await makeUser(db.db, t.tenantId, 'company', 'company@durations-pages.example', { companyId: t.companyA });
  await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@durations-pages-two.example');
  // five closed cases whose visa decisions took 20, 35, 41, 41 and 60 days after the BA approval (day 180)
  for (const d of [20, 35, 41, 41, 60]) {
    const { caseId: id } = await makePlanCase(db.db, t.tenantId, t.companyA);
    const done: Record<string, number> = { 'anabin-check': 3, 'employment-contract': 7, 'zab-statement': 90, 'visa-application': 150, 'ba-approval': 180, 'visa-decision': 180 + d };
    for (const [stepId, offset] of Object.entries(done)) {
      await db.db
        .update(caseTasks)
        .set({ doneAt: new Date(`${addDays(PLAN_START, offset)}T10:00:00Z`) })
        .where(and(eq(caseTasks.caseId, id), eq(caseTasks.planStepId, stepId)));
    }
    await db.db.update(cases).set({ status: 'closed', numberYear: 2025 }).where(eq(cases.id, id));
  }
  await forgetOfficeDurations(db.db, t.tenantId);
  caseId = (
    await createCase(db.db, adviser, { companyId: t.companyA, candidateName: 'Neu', routeId: '18b', federalState: 'DE-RP', qualificationLevel: 'academic', germanAssessment: 'comparable' }, '2026-12-04')
  ).id;
  // an anonymous check (a visitor's): its plan page is open to whoever holds its link
  checkId = await startCheck(db.db, visitor());
  assert.ok(await saveCheckInput(db.db, visitor(checkId), checkId, buildInput({ decisionDate: '2026-11-01' })));
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

const planUrl = () => `/checks/${checkId}/plan?route=18b&procedure=regular&start=2026-12-01`;

test('the adviser sees the office’s figures beside the plan’s steps, in German and English', async () => {
  const b = new Browser(app);
  await b.signIn('adviser@durations-pages.example');
  const de = await b.get(planUrl());
  assert.equal(de.statusCode, 200);
  // in the summary table and in the step's card, beside the statutory period and the typical duration
  assert.equal(de.body.split(DE).length - 1, 2, 'the visa decision’s figure, twice');
  assert.match(de.body, /Ihr Büro: Median 30 Tage \(30–30, 5 Fälle\)/, 'the BA approval’s');
  const en = await b.get(planUrl(), { 'accept-language': 'en' });
  assert.ok(en.body.includes(EN));
});

test('a visitor with the check’s link, a company user and another office’s adviser see nothing of an office', async () => {
  const anonymous = await new Browser(app).get(planUrl());
  assert.equal(anonymous.statusCode, 200);
  assert.doesNotMatch(anonymous.body, /Ihr Büro/);
  const company = new Browser(app);
  await company.signIn('company@durations-pages.example');
  assert.doesNotMatch((await company.get(planUrl())).body, /Ihr Büro/);
  const caseForCompany = await company.get(`/cases/${caseId}`);
  assert.equal(caseForCompany.statusCode, 200);
  assert.doesNotMatch(caseForCompany.body, /Ihr Büro/);
  const other = new Browser(app);
  await other.signIn('adviser@durations-pages-two.example');
  const otherPlan = await other.get(planUrl());
  assert.equal(otherPlan.statusCode, 200);
  assert.doesNotMatch(otherPlan.body, /Ihr Büro/);
});

test('the case page shows the office’s figure beside the milestone of its step, and the plan uses it', async () => {
  const b = new Browser(app);
  await b.signIn('adviser@durations-pages.example');
  const de = await b.get(`/cases/${caseId}`);
  assert.equal(de.statusCode, 200);
  assert.match(de.body, /Dauer in Ihrem Büro/);
  // the row of the milestone "Visum erteilt" (the visa decision's step)
  const row = de.body.split('<tr').find((r) => r.includes('Visum erteilt'));
  assert.ok(row?.includes(DE), row);
  const en = await b.get(`/cases/${caseId}`, { 'accept-language': 'en' });
  assert.ok(en.body.includes(EN));
  const [visa] = await db.db.select().from(caseTasks).where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.planStepId, 'visa-decision')));
  assert.equal(visa!.durationDays, 41);
});
