// The case pages through the whole application (app.inject): an adviser turns a saved check into a case (the case page
// shows its number and tasks), changes its status (bad input comes back named), records a reference and notes; the
// board with its filters; the company user sees their company's case without the internal notes and without the
// office's forms; another office's case is not found.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { caseTasks, cases } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { buildInput } from '../../../src/law/testing/fixtures.ts';
import { startCheck } from '../../../src/app/checks/startCheck.ts';
import { saveCheckInput } from '../../../src/app/checks/saveCheck.ts';
import { createCase } from '../../../src/app/cases/createCase.ts';
import { recordConsultation } from '../../../src/app/consultations/recordConsultation.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { officeToday } from '../../../src/web/officeDay.ts';
import { Browser } from '../../../src/web/testing/browser.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;
let otherCase: string;

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Case Pages One');
  const t2 = await makeTenant(db.db, 'Case Pages Two');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@case-pages.example', { name: 'Ada Adviser' });
  await makeUser(db.db, t1.tenantId, 'company', 'staff@case-pages.example', { companyId: t1.companyA, name: 'Carl Company' });
  const a2 = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@case-pages-two.example');
  otherCase = (
    await createCase(db.db, a2, { companyId: t2.companyA, candidateName: 'Fremd', routeId: '18b', federalState: 'DE-RP', qualificationLevel: 'academic', germanAssessment: 'comparable' })
  ).id;
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

async function savedCheck(): Promise<string> {
  const id = await startCheck(db.db, adviser, { companyId: t1.companyA });
  assert.ok(await saveCheckInput(db.db, adviser, id, buildInput({ decisionDate: '2026-11-01' })));
  return id;
}

test('an adviser creates a case from a saved check; the case page shows the number and the tasks', async () => {
  const b = new Browser(app);
  await b.signIn('adviser@case-pages.example');
  const checkId = await savedCheck();
  const form = await b.get(`/cases/new?check=${checkId}`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, new RegExp(`name="checkId" value="${checkId}"`));
  // the job of the check is prefilled, the route the check recommends chosen
  assert.match(form.body, /id="occupationIsco" name="occupationIsco" value="2512"/);
  assert.match(form.body, /<option value="18g-standard" selected>/);
  assert.match(form.body, /<option value="DE-RP" selected>/);

  // without a candidate the form comes back, the values kept and the field named
  const bad = await b.submit(`/cases/new?check=${checkId}`, '/cases/new', { checkId, companyId: t1.companyA, candidateName: '', jobTitle: 'Entwicklerin', annualGrossSalaryEur: 'viel' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<a href="#candidateName">/);
  assert.match(bad.body, /<a href="#annualGrossSalaryEur">/);
  assert.match(bad.body, /value="Entwicklerin"/);

  const made = await b.submit(`/cases/new?check=${checkId}`, '/cases/new', { checkId, companyId: t1.companyA, candidateName: 'Priya Sharma', jobTitle: 'Entwicklerin', routeId: '' });
  assert.equal(made.statusCode, 303);
  const url = made.headers.location!.replace(/\?.*$/, '');
  const id = url.split('/').pop()!;
  const [row] = await db.db.select().from(cases).where(eq(cases.id, id));
  assert.equal(row!.checkId, checkId);
  const tasks = await db.db.select().from(caseTasks).where(eq(caseTasks.caseId, id));
  const page = await b.get(made.headers.location!);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, new RegExp(`<h1>Fall ${row!.number}</h1>`));
  assert.match(page.body, new RegExp(`<span id="case-task-count">${tasks.length} Aufgaben, davon 0 erledigt</span>`));
  assert.match(page.body, /Der Fall ist angelegt\./);
  assert.match(page.body, /Priya Sharma/);
  assert.match(page.body, /Blaue Karte EU \(Regelfall\)/);
  assert.match(page.body, /<li class="case-stage-current" aria-current="step">Beratung/);
  assert.match(page.body, /<th scope="row">Visum erteilt<\/th><td>\d{2}\.\d{2}\.\d{4}<\/td><td>noch nicht<\/td>/);
  assert.doesNotMatch(page.body, /Zustimmung BA<\/li>/);
  assert.doesNotMatch(page.body, /style=/);

  // a status change: bad input is named; a good one moves the case
  const future = await b.submit(url, `${url}/status`, { status: 'visa', changedOn: '2099-01-01' });
  assert.equal(future.statusCode, 400);
  assert.match(future.body, /<a href="#changedOn">Erreicht am: Das Datum liegt in der Zukunft\.<\/a>/);
  const cancel = await b.submit(url, `${url}/status`, { status: 'cancelled', changedOn: '' });
  assert.equal(cancel.statusCode, 400);
  assert.match(cancel.body, /<a href="#reason">/);
  const moved = await b.submit(url, `${url}/status`, { status: 'visa', changedOn: officeToday() });
  assert.equal(moved.statusCode, 303);
  const after = await b.get(url);
  assert.match(after.body, /<li class="case-stage-current" aria-current="step">Visum/);
  assert.match(after.body, /<li class="case-stage-done">Beratung/);

  // a reference, an internal note and one for the company
  assert.equal((await b.submit(url, `${url}/references`, { kind: 'visa', referenceNumber: 'VIS-4711', decidedOn: '' })).statusCode, 303);
  assert.equal((await b.submit(url, `${url}/notes`, { body: 'Intern: Gehalt prüfen' })).statusCode, 303);
  assert.equal((await b.submit(url, `${url}/notes`, { body: 'Visumtermin steht', visibleToCompany: 'yes' })).statusCode, 303);
  const full = (await b.get(url)).body;
  assert.match(full, /VIS-4711/);
  assert.match(full, /Intern: Gehalt prüfen/);

  // edit: the job and the adviser
  const edited = await b.submit(`${url}/edit`, `${url}/edit`, { adviserUserId: adviser.userId, jobTitle: 'Senior-Entwicklerin', federalState: 'DE-RP', occupationIsco: '2512' });
  assert.equal(edited.statusCode, 303);
  assert.match((await b.get(url)).body, /Senior-Entwicklerin/);

  // the board: the case in its column; filters keep their values
  const board = await b.get('/cases?routeId=18g-standard');
  assert.equal(board.statusCode, 200);
  assert.match(board.body, new RegExp(`<a href="/cases/${id}"><strong>${row!.number}</strong></a>`));
  assert.match(board.body, /<option value="18g-standard" selected>/);
  assert.match((await b.get('/cases?routeId=18b')).body, /Keine Fälle/);
  assert.equal((await b.get('/cases?routeId=nope')).statusCode, 400);
  assert.match(board.body, /<a href="\/cases"[^>]*>Fälle<\/a>/);

  // the company user: the case, the visible note only, no office forms
  const c = new Browser(app);
  await c.signIn('staff@case-pages.example');
  const theirs = await c.get(url);
  assert.equal(theirs.statusCode, 200);
  assert.match(theirs.body, /Visumtermin steht/);
  assert.doesNotMatch(theirs.body, /Intern: Gehalt prüfen/);
  assert.doesNotMatch(theirs.body, /action="\/cases\/[^"]+\/status"/);
  assert.doesNotMatch(theirs.body, /\/checks\//);
  assert.equal((await c.get('/cases/new')).statusCode, 403);
  assert.equal((await c.submit(url, `${url}/status`, { status: 'entry' })).statusCode, 403);
  assert.match((await c.get('/cases')).body, new RegExp(row!.number));

  // another office's case does not exist
  assert.equal((await b.get(`/cases/${otherCase}`)).statusCode, 404);
  assert.equal((await b.get('/cases/not-a-uuid')).statusCode, 404);
});

test('a case by hand and from a consultation; the English pages', async () => {
  const b = new Browser(app);
  await b.signIn('adviser@case-pages.example');
  const consultation = await recordConsultation(db.db, adviser, t1.companyB, { date: '2026-11-20', channel: 'phone', topics: ['recognition'], kind: 'first' });
  const form = await b.get(`/cases/new?consultation=${consultation.id}`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /Aus der Beratung vom 20\.11\.2026\./);
  const refused = await b.submit(`/cases/new?consultation=${consultation.id}`, '/cases/new', { consultationId: consultation.id, companyId: t1.companyB, routeId: '18a' });
  assert.equal(refused.statusCode, 400);
  assert.match(refused.body, /Aus der Beratung vom 20\.11\.2026\./);
  assert.match(refused.body, /<a href="#candidateName">/);
  const made = await b.submit(`/cases/new?consultation=${consultation.id}`, '/cases/new', {
    consultationId: consultation.id,
    companyId: t1.companyB,
    candidateName: 'Jorge Ruiz',
    routeId: '18a',
    federalState: 'DE-RP',
    qualificationLevel: 'vocational',
    germanAssessment: 'none',
  });
  assert.equal(made.statusCode, 303);
  const byHand = await b.get('/cases/new');
  assert.match(byHand.body, /name="companyId"/);
  const en = await b.get(made.headers.location!, { 'accept-language': 'en' });
  assert.match(en.body, /Recognition/);
  assert.match(en.body, /Timeline: planned and reached/);
});
