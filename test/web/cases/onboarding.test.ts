// The onboarding pages (issue 17) through the whole application (app.inject): the adviser enters the arrival (a bad
// date comes back naming the field, the typed values kept), creates the plan and sees what is due this week on the
// case page and the onboarding page; adds a family member; the company user reads but gets no forms; the templates
// and the retention view; the employee's own page shows the contacts; English.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { candidates, cases } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createCase } from '../../../src/app/cases/createCase.ts';
import { createContact } from '../../../src/app/companies/createContact.ts';
import { createCandidateLink } from '../../../src/app/reminders/candidateLinks.ts';
import { addDays } from '../../../src/law/dates.ts';
import { buildApp } from '../../../src/web/app.ts';
import { officeToday } from '../../../src/web/officeDay.ts';
import { Browser } from '../../../src/web/testing/browser.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;
let caseId: string;
let companyId: string;
let token: string;
const today = officeToday();
const arrived = addDays(today, -7);

before(async () => {
  db = await openTestDb();
  const t = await makeTenant(db.db, 'Onboarding Pages');
  companyId = t.companyA;
  const adviser = await makeUser(db.db, t.tenantId, 'adviser', 'adviser@onboarding-pages.example', { name: 'Ada Adviser' });
  await makeUser(db.db, t.tenantId, 'company', 'staff@onboarding-pages.example', { companyId: t.companyA });
  caseId = (await createCase(db.db, adviser, { companyId: t.companyA, candidateName: 'Priya Sharma', routeId: '18b', federalState: 'DE-RP', qualificationLevel: 'academic', germanAssessment: 'comparable' }, today)).id;
  await createContact(db.db, adviser, t.companyA, { name: 'Petra Personal', role: 'Personalleitung', email: 'petra@firma.example' });
  const [c] = await db.db.select({ candidateId: cases.candidateId }).from(cases).where(eq(cases.id, caseId));
  await db.db.update(candidates).set({ email: 'priya@example.org' }).where(eq(candidates.id, c!.candidateId));
  token = (await createCandidateLink(db.db, adviser, c!.candidateId)).token;
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

test('the adviser enters the arrival, creates the plan and sees what is due this week', async () => {
  const b = new Browser(app);
  await b.signIn('adviser@onboarding-pages.example');
  const url = `/cases/${caseId}`;
  const casePage = await b.get(url);
  assert.equal(casePage.statusCode, 200);
  assert.match(casePage.body, /<h2 id="onboarding-title">Ankommen und Integration<\/h2>/);
  assert.match(casePage.body, /Für den Plan bitte zuerst das Ankunftsdatum eintragen/);

  // a bad date: the page again, the field named, the other values kept
  const bad = await b.submit(url, `${url}/onboarding/arrival`, { arrivalDate: '27.11.', workStartOn: arrived, visaValidUntil: '', foreignDrivingLicence: 'yes', probationEnd: '', languageCourseEnd: '' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<a href="#arrivalDate">Ankunftsdatum \(Einreise oder Einzug\): /);
  assert.match(bad.body, new RegExp(`name="workStartOn" value="${arrived}"`));
  assert.match(bad.body, /value="27.11."/);

  const ok = await b.submit(url, `${url}/onboarding/arrival`, { arrivalDate: arrived, workStartOn: arrived, visaValidUntil: '', foreignDrivingLicence: 'yes', probationEnd: '', languageCourseEnd: '' });
  assert.equal(ok.statusCode, 303);
  const made = await b.submit(`${url}/onboarding`, `${url}/onboarding/plan`, {});
  assert.equal(made.statusCode, 303);
  assert.match(String(made.headers.location), /\/onboarding\?onboarding=plan/);
  const plan = await b.get(`${url}/onboarding?onboarding=plan`);
  assert.equal(plan.statusCode, 200);
  assert.match(plan.body, /Der Onboarding-Plan wurde erstellt/);
  // registration within two weeks of the arrival a week ago: due this week
  assert.match(plan.body, /Diese Woche fällig/);
  // the route plan's registration step is adopted with the legal date, not doubled
  assert.match(plan.body, /Anmeldung der Wohnung/);
  assert.doesNotMatch(plan.body, /Wohnsitz anmelden/);
  assert.match(plan.body, /Gültigkeit des Visums eintragen/);
  assert.match(plan.body, /zu prüfen/);
  assert.match(plan.body, /§ 17 Abs. 1 BMG/);
  assert.match(plan.body, /Onboarding-Plan aktualisieren/);
  // the plan's tasks are the case's: on the due dashboard
  assert.match((await b.get('/due?scope=office')).body, /Krankenkasse wählen/);

  // a family member; a bad one names the field
  const badMember = await b.submit(`${url}/onboarding`, `${url}/onboarding/family`, { relation: 'child', birthDate: '', joining: 'now', jointProcedure: 'no', name: 'Anu' });
  assert.equal(badMember.statusCode, 400);
  assert.match(badMember.body, /<a href="#birthDate">Geburtsdatum: /);
  assert.match(badMember.body, /value="Anu"/);
  const member = await b.submit(`${url}/onboarding`, `${url}/onboarding/family`, { relation: 'spouse', birthDate: '1994-01-01', joining: 'later', jointProcedure: 'no', german: 'none', name: '' });
  assert.equal(member.statusCode, 303);
  const withFamily = await b.get(`${url}/onboarding`);
  assert.match(withFamily.body, /Ehegatte\/Ehegattin, geboren 01\.01\.1994/);
  assert.match(withFamily.body, /Nach der Route/);

  const en = await b.get(`${url}/onboarding`, { 'accept-language': 'en' });
  assert.match(en.body, /Due this week/);
  assert.match(en.body, /Choose a health insurer/);
  assert.match(en.body, /to be verified/);
});

test('the company user reads the onboarding without forms; templates and the retention view', async () => {
  const c = new Browser(app);
  await c.signIn('staff@onboarding-pages.example');
  const page = await c.get(`/cases/${caseId}/onboarding`);
  assert.equal(page.statusCode, 200);
  assert.doesNotMatch(page.body, /action="\/cases\/[^"]+\/onboarding\/arrival"/);
  assert.equal((await c.submit(`/cases/${caseId}/onboarding`, `/cases/${caseId}/onboarding/plan`, {})).statusCode, 403);
  const retention = await c.get(`/companies/${companyId}/retention`);
  assert.equal(retention.statusCode, 200);
  assert.match(retention.body, /Fristen der nächsten 90 Tage/);
  assert.match(retention.body, /Schritt des Onboarding-Plans/);
  // the company's own adaptation of the steps
  assert.equal((await c.get('/integration/templates')).statusCode, 303);
  const steps = await c.get(`/companies/${companyId}/integration-steps`);
  assert.equal(steps.statusCode, 200);
  const saved = await c.submit(`/companies/${companyId}/integration-steps?edit=checkin-6`, `/companies/${companyId}/integration-steps`, {
    key: 'checkin-6',
    title: 'Gespräch vor Ende der Probezeit',
    owner: 'company',
    anchor: 'work_start',
    offsetMonths: '5',
    offsetDays: '0',
    disabled: 'no',
  });
  assert.equal(saved.statusCode, 303);
  assert.match((await c.get(`/companies/${companyId}/integration-steps`)).body, /Gespräch vor Ende der Probezeit/);
  const bad = await c.submit(`/companies/${companyId}/integration-steps`, `/companies/${companyId}/integration-steps`, { title: '', owner: 'company', anchor: 'arrival', offsetMonths: '0', offsetDays: 'x', disabled: 'no' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<a href="#title">/);
  assert.match(bad.body, /<a href="#offsetDays">/);
  // the office's steps are not the company's
  assert.equal((await c.post('/integration/templates', { title: 'x', owner: 'company', anchor: 'arrival' })).statusCode, 403);
});

test('the employee’s own page lists their steps with the German title and whom to ask', async () => {
  const r = await app.inject({ method: 'GET', url: `/me/${token}` });
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /Choose a health insurer/);
  assert.match(r.body, /lang="de"[^>]*>\s*Krankenkasse wählen/);
  assert.match(r.body, /Who to ask/);
  assert.match(r.body, /Ada Adviser/);
  assert.match(r.body, /Petra Personal \(Personalleitung\)/);
});
