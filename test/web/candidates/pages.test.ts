// The candidate pages through the whole application: create with bad input (each field named, nothing typed lost),
// create and edit, consent, check with one click (the result page of a saved check), export as an attachment,
// erasure only after the confirmation; a company user reads their company's candidates only (another's: 404), without
// the internal notes and without export or erasure; the company page lists the company's candidates; the search finds
// them.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { candidates, savedChecks } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createCandidate } from '../../../src/app/candidates/createCandidate.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;
let ownId: string;
let otherId: string;

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example');
  await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA });
  ownId = (await createCandidate(db.db, adviser, t1.companyA, { name: 'Ravi Kumar', notes: 'Nur intern: Gehaltswunsch hoch' })).id;
  otherId = (await createCandidate(db.db, adviser, t1.companyB, { name: 'Lucía Gómez' })).id;
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

const GOOD = {
  companyId: '',
  name: 'Aisha <Bello>',
  birthDate: '1994-05-01',
  citizenship: 'NG',
  email: 'aisha@example.org',
  phone: '',
  preferredLanguage: 'en',
  otherLanguages: 'Hausa',
  german: 'B1',
  english: 'C1',
  firstTitleInGermany: 'yes',
  qualificationLevel: 'academic',
  qualificationAwardedOn: '2017-07-15',
  qualificationObtainedIn: 'abroad',
  qualificationStateRecognisedAbroad: 'yes',
  qualificationTrainingYears: '4',
  qualificationGermanAssessment: 'comparable',
  qualificationLicence: '',
  recognitionStatus: 'not_needed',
  experience0Isco: '',
  experience0From: '',
  experience1Isco: '2142',
  experience1From: '2018-01-01',
  experience1To: '',
  experience1Related: 'yes',
  notes: 'intern',
};

test('create with bad input: the form comes back with each wrong field named and everything typed kept', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const r = await b.submit(`/candidates/new?company=${t1.companyA}`, '/candidates', {
    ...GOOD,
    companyId: t1.companyA,
    birthDate: '1994-02-30',
    german: '',
    qualificationAwardedOn: '2090-01-01',
    experience1Isco: '21',
  });
  assert.equal(r.statusCode, 400);
  for (const field of ['birthDate', 'german', 'qualificationAwardedOn', 'experience1Isco']) assert.match(r.body, new RegExp(`href="#${field}"`), field);
  assert.doesNotMatch(r.body, /href="#experience0Isco"/, 'the error goes to the row it came from');
  assert.match(r.body, /value="Aisha &lt;Bello>"/);
  assert.match(r.body, /value="aisha@example.org"/);
  assert.match(r.body, /value="2090-01-01"/);
  assert.match(r.body, /intern<\/textarea>/);
  assert.equal((await db.db.select().from(candidates).where(eq(candidates.email, 'aisha@example.org'))).length, 0);
  // without a company
  const none = await b.submit('/candidates/new', '/candidates', { ...GOOD });
  assert.equal(none.statusCode, 400);
  assert.match(none.body, /href="#companyId"/);
});

test('create, edit, record a consent and check with one click: the result page shows the saved check', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const form = await b.get(`/candidates/new?company=${t1.companyA}`);
  assert.match(form.body, new RegExp(`<option value="${t1.companyA}" selected`));
  const r = await b.submit(`/candidates/new?company=${t1.companyA}`, '/candidates', { ...GOOD, companyId: t1.companyA });
  assert.equal(r.statusCode, 303, r.body.slice(0, 2000));
  const id = /\/candidates\/([0-9a-f-]{36})/.exec(r.headers.location as string)![1]!;
  const [row] = await db.db.select().from(candidates).where(eq(candidates.id, id));
  assert.deepEqual(row!.facts, {
    person: { german: 'B1', english: 'C1', firstTitleInGermany: true },
    qualification: { level: 'academic', awardedOn: '2017-07-15', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 4, germanAssessment: 'comparable' },
    experience: [{ isco: '2142', from: '2018-01-01', relatedToQualification: true }],
  });
  const detail = await b.get(`/candidates/${id}`);
  assert.match(detail.body, /Aisha &lt;Bello>/);
  // the edit form shows the stored values; the experience sits in the first row now
  const edit = await b.get(`/candidates/${id}/edit`);
  assert.match(edit.body, /id="experience0Isco"[^>]*value="2142"|value="2142"[^>]*id="experience0Isco"/);
  const changed = await b.submit(`/candidates/${id}/edit`, `/candidates/${id}/edit`, { ...GOOD, experience1Isco: '', experience1From: '', experience0Isco: '2142', experience0From: '2018-01-01', phone: '+234 1 234' });
  assert.equal(changed.statusCode, 303);
  const consent = await b.submit(`/candidates/${id}`, `/candidates/${id}/consents`, { purpose: 'advice', given: 'yes', declaredOn: '2026-11-30', textVersion: '2026-11' });
  assert.equal(consent.statusCode, 303);
  assert.match((await b.get(`/candidates/${id}`)).body, /erteilt am 30\.11\.2026 \(Text 2026-11\)/);
  const check = await b.submit(`/candidates/${id}`, `/candidates/${id}/check`, { decisionDate: '2026-06-15' });
  assert.equal(check.statusCode, 303);
  const checkId = /^\/checks\/([A-Za-z0-9_-]{22})$/.exec(check.headers.location as string)![1]!;
  const [saved] = await db.db.select().from(savedChecks).where(eq(savedChecks.id, checkId));
  assert.equal(saved!.companyId, t1.companyA);
  const result = await b.get(`/checks/${checkId}`);
  assert.equal(result.statusCode, 200);
  assert.match(result.body, /§ 18b|§ 18g/);
  // "change answers": the questionnaire's pages are filled with the candidate's facts
  const person = await b.get(`/checks/${checkId}/step/person`);
  assert.equal(person.statusCode, 200);
  assert.match(person.body, /value="1994-05-01"|value="01\.05\.1994"/);
  const qualification = await b.get(`/checks/${checkId}/step/qualification`);
  assert.match(qualification.body, /value="2017-07-15"|value="15\.07\.2017"/);
});

test('check with facts missing: the page says which, with the fields named', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const r = await b.submit(`/candidates/${ownId}`, `/candidates/${ownId}/check`, { decisionDate: '2026-06-15' });
  assert.equal(r.statusCode, 400);
  for (const field of ['birthDate', 'citizenship', 'german', 'qualificationLevel']) assert.match(r.body, new RegExp(`href="#${field}"`), field);
});

test('a company user reads their company’s candidate without internal notes, export or erasure; another company’s is not found', async () => {
  const b = await new Browser(app).signIn('staff@one.example');
  const own = await b.get(`/candidates/${ownId}`);
  assert.equal(own.statusCode, 200);
  assert.match(own.body, /Ravi Kumar/);
  assert.doesNotMatch(own.body, /Gehaltswunsch/);
  assert.doesNotMatch(own.body, /\/export"|\/erase"|\/edit"/);
  assert.equal((await b.get(`/candidates/${otherId}`)).statusCode, 404);
  assert.equal((await b.get(`/candidates/${otherId}/edit`)).statusCode, 404);
  assert.equal((await b.get(`/candidates/${ownId}/edit`)).statusCode, 403);
  assert.equal((await b.get(`/candidates/${ownId}/export`)).statusCode, 403);
  const list = await b.get('/candidates');
  assert.match(list.body, /Ravi Kumar/);
  assert.doesNotMatch(list.body, /Lucía Gómez/);
});

test('export is a JSON attachment; erasure needs the confirmation, then the candidate is gone', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const { id } = await createCandidate(db.db, adviser, t1.companyB, { name: 'Zu Löschen', email: 'weg@example.org' });
  const company = await b.get(`/companies/${t1.companyB}`);
  assert.match(company.body, new RegExp(`href="/candidates/${id}"`));
  assert.match(company.body, new RegExp(`href="/candidates/new\\?company=${t1.companyB}"`));
  assert.match((await b.get('/search?q=zu+l%C3%B6schen')).body, new RegExp(`href="/candidates/${id}"`));
  const exported = await b.get(`/candidates/${id}/export`);
  assert.equal(exported.statusCode, 200);
  assert.match(exported.headers['content-disposition'] as string, /^attachment; filename="kandidat-/);
  assert.equal((JSON.parse(exported.body) as { candidate: { email: string } }).candidate.email, 'weg@example.org');
  const refused = await b.submit(`/candidates/${id}`, `/candidates/${id}/erase`, {});
  assert.equal(refused.statusCode, 400);
  assert.match(refused.body, /Bitte bestätigen Sie das Löschen/);
  assert.equal((await b.get(`/candidates/${id}`)).statusCode, 200);
  const erased = await b.submit(`/candidates/${id}`, `/candidates/${id}/erase`, { confirm: 'yes' });
  assert.equal(erased.statusCode, 303);
  assert.equal((await b.get(`/candidates/${id}`)).statusCode, 404);
  assert.match((await b.get('/candidates?done=erased')).body, /wurde gelöscht/);
});

test('the pages in English', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const r = await b.get(`/candidates/${ownId}`, { 'accept-language': 'en' });
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /<html lang="en"/);
  assert.match(r.body, /Check now/);
  assert.match(r.body, /Erase the candidate/);
  const list = await b.get('/candidates', { 'accept-language': 'en' });
  assert.match(list.body, /<h1>Candidates<\/h1>/);
  const form = await b.get('/candidates/new', { 'accept-language': 'en' });
  assert.match(form.body, /Work experience/);
});
