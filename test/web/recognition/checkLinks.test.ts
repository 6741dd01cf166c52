// Issue 16 on the check (app.inject, the real application on the test database): the anabin / ZAB sub-form of the
// qualification page works out "assessment" (shown, not saved; "Weiter" takes it when no answer is chosen; the
// direct answer keeps working), and the check's link to the recognition finder carries its occupation and place.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { buildApp } from '../../../src/web/app.ts';
import { startCheck } from '../../../src/app/checks/startCheck.ts';
import { saveCheckInput } from '../../../src/app/checks/saveCheck.ts';
import { buildInput } from '../../../src/law/testing/fixtures.ts';
import { visitor } from '../../../src/policies/index.ts';

let db: TestDatabase;
let app: FastifyInstance;

before(async () => {
  db = await openTestDb();
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

type Form = Record<string, string>;

async function start(): Promise<string> {
  const r = await app.inject({ method: 'POST', url: '/check' });
  return /\/checks\/([A-Za-z0-9_-]{22})\//.exec(String(r.headers.location))![1]!;
}

function post(id: string, step: string, form: Form, lang = 'de') {
  return app.inject({
    method: 'POST',
    url: `/checks/${id}/step/${step}`,
    payload: new URLSearchParams(form).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': lang },
  });
}

const degree: Form = { level: 'academic', obtainedIn: 'abroad', stateRecognised: 'yes', awardedOn: '2018-06-30', trainingYears: '4' };

test('the qualification page offers the anabin sub-form for a degree', async () => {
  const id = await start();
  const page = await app.inject({ url: `/checks/${id}/step/qualification`, headers: { 'accept-language': 'de' } });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<details class="academic-only anabin-details"/);
  assert.match(page.body, /<label for="anabinInstitution">Status der Hochschule in anabin<\/label>/);
  assert.match(page.body, /<option value="H\+\/-">H\+\/- – nur für bestimmte Studiengänge/);
  assert.match(page.body, /<label for="anabinDegree">Bewertung des Abschlusses in anabin<\/label>/);
  assert.match(page.body, /<label for="zabStatement">Zeugnisbewertung der ZAB<\/label>/);
  assert.match(page.body, /<input type="submit" class="button button-secondary" name="anabin" value="Bewertung ermitteln"\/>/);
  // the page's one submit button stays "Speichern und weiter"
  assert.equal((page.body.match(/<button type="submit"/g) ?? []).length, 1);
});

test('"Bewertung ermitteln": H+ and "entspricht" give "comparable", shown with the explanation and not saved', async () => {
  const id = await start();
  const r = await post(id, 'qualification', { ...degree, anabinInstitution: 'H+', anabinDegree: 'entspricht', zabStatement: 'none', anabin: 'Bewertung ermitteln' });
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /Aus Ihren anabin-Angaben: „Hochschulabschluss ist vergleichbar“/);
  assert.match(r.body, /id="assessment-comparable"[^>]*checked/);
  assert.match(r.body, /<option value="H\+" selected>/);
  // nothing saved: the page shows no saved answer afterwards
  const again = await app.inject({ url: `/checks/${id}/step/qualification` });
  assert.doesNotMatch(again.body, /id="assessment-comparable"[^>]*checked/);
});

test('H+/- does not settle it: the ZAB statement is the next step, with fee, duration and link', async () => {
  const id = await start();
  const r = await post(id, 'qualification', { ...degree, anabinInstitution: 'H+/-', anabinDegree: 'gleichwertig', anabin: 'Bewertung ermitteln' });
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /anabin klärt die Frage nicht abschließend/);
  assert.match(r.body, /Nächster Schritt: Zeugnisbewertung der ZAB/);
  assert.match(r.body, /Kosten: [^<]*€/);
  assert.match(r.body, /Dauer: /);
  assert.match(r.body, /<a href="https:\/\/zab.kmk.org">/);
  assert.match(r.body, /id="assessment"[^>]*value="none"[^>]*checked|value="none" checked/);
});

test('a ZAB statement settles it even without anabin', async () => {
  const id = await start();
  const r = await post(id, 'qualification', { ...degree, zabStatement: 'comparable', anabin: 'Bewertung ermitteln' });
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /Aus Ihren anabin-Angaben: „Hochschulabschluss ist vergleichbar“/);
});

test('anabin half filled in: 400 naming the missing field; a value outside the list: 400 naming it', async () => {
  const id = await start();
  const r = await post(id, 'qualification', { ...degree, anabinInstitution: 'H+', anabin: 'Bewertung ermitteln' });
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /<a href="#anabinDegree">Bitte wählen Sie die Bewertung des Abschlusses in anabin\.<\/a>/);
  const bad = await post(id, 'qualification', { ...degree, anabinInstitution: 'H++', anabinDegree: 'entspricht', anabin: 'Bewertung ermitteln' }, 'en');
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<a href="#anabinInstitution">Please choose an entry from the list\.<\/a>/);
});

test('"Weiter" with anabin and no answer chosen saves the worked-out answer; a chosen answer wins; the direct answer works', async () => {
  const id = await start();
  const r = await post(id, 'qualification', { ...degree, anabinInstitution: 'H+', anabinDegree: 'gleichwertig' });
  assert.equal(r.statusCode, 303);
  const saved = await app.inject({ url: `/checks/${id}/step/qualification` });
  assert.match(saved.body, /id="assessment-comparable"[^>]*checked/);
  const direct = await post(id, 'qualification', { ...degree, assessment: 'partial', anabinInstitution: 'H+', anabinDegree: 'gleichwertig' });
  assert.equal(direct.statusCode, 303);
  assert.match((await app.inject({ url: `/checks/${id}/step/qualification` })).body, /id="assessment-partial"[^>]*checked/);
  const plain = await post(id, 'qualification', { ...degree, assessment: 'equivalent' });
  assert.equal(plain.statusCode, 303);
  assert.match((await app.inject({ url: `/checks/${id}/step/qualification` })).body, /id="assessment-equivalent"[^>]*checked/);
});

test('the check links to the finder with its occupation and place of work', async () => {
  const id = await start();
  await post(id, 'occupation', { occupation: 'elektroniker-betriebstechnik' });
  await post(id, 'job', { hasOffer: 'yes', salary: '40000', collectiveAgreement: 'no', contract: 'open', federalState: 'DE-RP', municipality: 'Kaiserslautern', decisionDate: '2026-06-01' });
  const r = await app.inject({ url: `/checks/${id}/anerkennung` });
  assert.equal(r.statusCode, 303);
  assert.equal(r.headers.location, '/anerkennung?beruf=elektroniker-betriebstechnik&land=DE-RP&ort=kaiserslautern-stadt');
  assert.equal((await app.inject({ url: '/checks/AAAAAAAAAAAAAAAAAAAAAA/anerkennung' })).statusCode, 404);
});

test('the result page links to the finder (German and English)', async () => {
  const id = await startCheck(db.db, visitor());
  assert.ok(await saveCheckInput(db.db, visitor(id), id, buildInput({ decisionDate: '2026-11-01' })));
  const de = await app.inject({ url: `/checks/${id}`, headers: { 'accept-language': 'de' } });
  assert.equal(de.statusCode, 200);
  assert.ok(de.body.includes(`<a href="/checks/${id}/anerkennung">Anerkennung für diesen Beruf finden</a>`));
  const en = await app.inject({ url: `/checks/${id}?lang=en` });
  assert.ok(en.body.includes(`<a href="/checks/${id}/anerkennung">Find recognition for this occupation</a>`));
});

test('Enter in a text field (the anabin submit is the first in the form) with nothing entered in anabin saves the page', async () => {
  const id = await start();
  const r = await post(id, 'qualification', { ...degree, assessment: 'comparable', zabStatement: 'none', anabin: 'Bewertung ermitteln' });
  assert.equal(r.statusCode, 303);
});
