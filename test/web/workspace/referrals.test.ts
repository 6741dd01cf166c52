// Issue 16: the referral pages through the whole application (app.inject): an adviser opens the referral form of a
// case prefilled from the query (?partner=&measure=), is told which field is wrong with the input kept, refers the
// case, sees it on the case page and the partner's page, takes it to accepted and done (an invalid step named), marks
// its follow-up done; a consultation is referred the same way; a company user is refused (403), another office's
// case is not found (404), and the follow-ups page lists a referral due (the due dashboard links to it).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { referrals } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createPartner } from '../../../src/app/partners/createPartner.ts';
import { createCandidate } from '../../../src/app/candidates/createCandidate.ts';
import { createCase } from '../../../src/app/cases/createCase.ts';
import { recordConsultation } from '../../../src/app/consultations/recordConsultation.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';
import { officeToday } from '../../../src/web/officeDay.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;
let caseId: string;
let otherCase: string;
let consultationId: string;
let provider: string;

before(async () => {
  db = await openTestDb();
  const t1 = await makeTenant(db.db, 'Office One');
  const t2 = await makeTenant(db.db, 'Office Two');
  const adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example', { name: 'Ben Berater' });
  const admin = await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example', { name: 'Ada Admin' });
  await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA, name: 'Cora Company' });
  const t2Adviser = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example');
  provider = (await createPartner(db.db, admin, { name: 'Bildungswerk Westpfalz', type: 'education_provider', offers: ['anpassungsqualifizierung_kurs'] })).id;
  await createPartner(db.db, admin, { name: 'IHK für die Pfalz', type: 'ihk' });
  const today = officeToday();
  const job = { qualificationLevel: 'vocational', germanAssessment: 'partial', routeId: '16d1-qualification', jobTitle: 'Elektronikerin', occupationIsco: '7411', annualGrossSalaryEur: '38000', federalState: 'DE-RP', municipality: 'Kaiserslautern', startDate: today };
  const cand = await createCandidate(db.db, adviser, t1.companyA, { name: 'Maria Santos' });
  caseId = (await createCase(db.db, adviser, { companyId: t1.companyA, candidateId: cand.id, ...job }, today)).id;
  const cand2 = await createCandidate(db.db, t2Adviser, t2.companyA, { name: 'Someone Else' });
  otherCase = (await createCase(db.db, t2Adviser, { companyId: t2.companyA, candidateId: cand2.id, ...job }, today)).id;
  consultationId = (await recordConsultation(db.db, adviser, t1.companyB, { date: today, channel: 'phone', topics: ['further_qualification'], kind: 'first' })).id;
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

test('an adviser refers a case to an education provider for an adaptation measure, then accepted, then done', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const newUrl = `/cases/${caseId}/referrals/new?partner=${provider}&measure=anpassungsqualifizierung_kurs`;
  const form = await b.get(newUrl);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, new RegExp(`<option value="${provider}" selected>Bildungswerk Westpfalz \\(Bildungsträger\\)</option>`));
  assert.match(form.body, /<option value="anpassungsqualifizierung_kurs" selected>Anpassungsqualifizierung beim Bildungsträger<\/option>/);

  // errors name the field and keep the input
  const bad = await b.submit(newUrl, `/cases/${caseId}/referrals`, { partnerId: '', measureKind: 'anpassungsqualifizierung_kurs', purpose: 'Gebäudetechnik', followUpDate: 'morgen' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<a href="#partnerId">Partner: /);
  assert.match(bad.body, /<a href="#followUpDate">Wiedervorlage am: /);
  assert.match(bad.body, /Gebäudetechnik<\/textarea>/);

  const ok = await b.submit(newUrl, `/cases/${caseId}/referrals`, { partnerId: provider, measureKind: 'anpassungsqualifizierung_kurs', purpose: 'Gebäudetechnik, VDE', followUpDate: '' });
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, `/cases/${caseId}?done=referral#referrals`);
  const casePage = await b.get(`/cases/${caseId}?done=referral`);
  assert.match(casePage.body, /<h2 id="referrals-title">Weitervermittlungen<\/h2>/);
  assert.match(casePage.body, /Die Weitervermittlung wurde gespeichert\./);
  assert.match(casePage.body, /Bildungswerk Westpfalz/);
  assert.match(casePage.body, /gesendet \(/);
  const [row] = await db.db.select().from(referrals).where(eq(referrals.caseId, caseId));
  assert.equal(row!.measureKind, 'anpassungsqualifizierung_kurs');

  const page = await b.get(`/referrals/${row!.id}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1>Weitervermittlung an Bildungswerk Westpfalz<\/h1>/);
  // done straight from sent is not a step: named, input kept
  const wrong = await b.submit(`/referrals/${row!.id}`, `/referrals/${row!.id}`, { status: 'done', outcome: 'zu früh' });
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /<a href="#status">Nächster Schritt: Dieser Schritt ist vom jetzigen Stand/);
  assert.match(wrong.body, /zu früh<\/textarea>/);
  const accepted = await b.submit(`/referrals/${row!.id}`, `/referrals/${row!.id}`, { status: 'accepted' });
  assert.equal(accepted.statusCode, 303);
  const done = await b.submit(`/referrals/${row!.id}`, `/referrals/${row!.id}`, { status: 'done', outcome: 'Kursplatz ab Januar' });
  assert.equal(done.statusCode, 303);
  const again = await b.get(`/cases/${caseId}`);
  assert.match(again.body, /erledigt \(/);
  assert.match(again.body, /Kursplatz ab Januar/);
  // on the partner's page, with its source
  const partnerPage = await b.get(`/partners/${provider}`);
  assert.match(partnerPage.body, /Weitervermittlungen an diesen Partner/);
  assert.match(partnerPage.body, new RegExp(`href="/cases/${caseId}"`));
  // in English
  const en = await b.get(`/referrals/${row!.id}`, { 'accept-language': 'en' });
  assert.match(en.body, /<h1>Referral to Bildungswerk Westpfalz<\/h1>/);
  assert.match(en.body, /id="referral-status">done \(/);
});

test('a consultation is referred with details; its follow-up appears among the follow-ups and is marked done there', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const newUrl = `/consultations/${consultationId}/referrals/new`;
  const ok = await b.submit(newUrl, `/consultations/${consultationId}/referrals`, { partnerId: provider, measureKind: 'fachsprachkurs', followUpDate: officeToday() });
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, `/consultations/${consultationId}/edit?done=referral#referrals`);
  const edit = await b.get(`/consultations/${consultationId}/edit`);
  // the tick box shows the partner ticked, and the section lists the referral
  assert.match(edit.body, new RegExp(`value="${provider}" checked`));
  assert.match(edit.body, /Fachsprachkurs/);
  const list = await b.get('/follow-ups?due=today');
  // "mine": the adviser made it
  assert.match((await b.get('/follow-ups?due=today&who=mine')).body, /Bildungswerk Westpfalz/);
  assert.match(list.body, /Weitervermittlungen zur Wiedervorlage/);
  assert.match(list.body, /Bildungswerk Westpfalz/);
  // the due dashboard points to it
  assert.match((await b.get('/due')).body, /<a href="\/follow-ups\?due=today#referral-follow-ups">1 Weitervermittlung ist bis heute zur Wiedervorlage fällig<\/a>/);
  const [row] = await db.db.select().from(referrals).where(eq(referrals.consultationId, consultationId));
  const marked = await b.submit('/follow-ups?due=today', `/referrals/${row!.id}/follow-up/done`, { back: '/follow-ups?due=today' });
  assert.equal(marked.statusCode, 303);
  assert.equal(marked.headers.location, '/follow-ups?due=today');
  assert.match((await b.get('/follow-ups?due=today')).body, /Keine Weitervermittlung ist in dieser Auswahl zur Wiedervorlage fällig\./);
  assert.doesNotMatch((await b.get('/due')).body, /referral-follow-ups/);
});

test('a company user is refused the referral pages (403), another office’s case is not found (404)', async () => {
  const c = await new Browser(app).signIn('staff@one.example');
  assert.equal((await c.get(`/cases/${caseId}/referrals/new`)).statusCode, 403);
  const [row] = await db.db.select().from(referrals).limit(1);
  assert.equal((await c.get(`/referrals/${row!.id}`)).statusCode, 403);
  const casePage = await c.get(`/cases/${caseId}`);
  assert.equal(casePage.statusCode, 200);
  assert.doesNotMatch(casePage.body, /referrals-title/);
  const b = await new Browser(app).signIn('adviser@one.example');
  assert.equal((await b.get(`/cases/${otherCase}/referrals/new`)).statusCode, 404);
});
