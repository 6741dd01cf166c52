// Issue 16: the case page links to the recognition finder with what the case knows: its occupation (one catalogue
// entry for the ISCO group: that entry; several: the group's entries to choose from) and its place of work.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createCase } from '../../../src/app/cases/createCase.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let adviser: Actor;
let companyId: string;

before(async () => {
  db = await openTestDb();
  const t = await makeTenant(db.db, 'Finder Links');
  companyId = t.companyA;
  adviser = await makeUser(db.db, t.tenantId, 'adviser', 'adviser@finder-links.example');
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

async function caseWith(occupationIsco: string, municipality: string): Promise<string> {
  const made = await createCase(db.db, adviser, {
    companyId,
    candidateName: 'Nguyen Van An',
    routeId: '18a',
    federalState: 'DE-RP',
    municipality,
    occupationIsco,
    qualificationLevel: 'vocational',
    germanAssessment: 'none',
  });
  return made.id;
}

test('the case page links to the finder with the occupation and the place of work', async () => {
  const b = new Browser(app);
  await b.signIn('adviser@finder-links.example');
  const one = await caseWith('7411', 'Kaiserslautern');
  const page = await b.get(`/cases/${one}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<a href="\/anerkennung\?beruf=elektroniker-energie-gebaeudetechnik&amp;land=DE-RP&amp;ort=kaiserslautern-stadt">Zuständige Stelle, Kosten und Dauer finden<\/a>/);
  const several = await caseWith('7412', 'Landkreis Kusel');
  assert.match((await b.get(`/cases/${several}`)).body, /<a href="\/anerkennung\?q=7412&amp;land=DE-RP&amp;ort=kusel">/);
  // the finder shows the ISCO group's entries to choose from
  const finder = await app.inject({ url: '/anerkennung?q=7412&land=DE-RP&ort=kusel', headers: { 'accept-language': 'de' } });
  assert.equal(finder.statusCode, 200);
  assert.match(finder.body, /value="elektroniker-betriebstechnik"/);
});

test('the application finder answers from the office data (findRecognitionFor), for a visitor and for staff', async () => {
  const url = '/anerkennung?beruf=elektroniker-betriebstechnik&land=DE-RP&ort=kaiserslautern-stadt';
  const visitor = await app.inject({ url, headers: { 'accept-language': 'de' } });
  assert.equal(visitor.statusCode, 200);
  assert.match(visitor.body, /IHK FOSA/);
  const b = new Browser(app);
  await b.signIn('adviser@finder-links.example');
  const staff = await b.get(url);
  assert.equal(staff.statusCode, 200);
  assert.match(staff.body, /IHK FOSA/);
  assert.match(staff.body, /Angemeldet als/);
});
