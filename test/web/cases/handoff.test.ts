// The hand-off pack's pages through the whole application (issue 14): the adviser and the company user print and
// download the pack of their case's steps; another company's or office's case and a step the route does not need are
// not found; the download is an attachment; the case page's section lists only the steps the route needs.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { cases } from '../../../src/db/schema/index.ts';
import { makeCaseWorld } from '../../../src/dev/caseWorldTesting.ts';
import type { CaseWorld } from '../../../src/dev/caseWorldTesting.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { requireActor } from '../../../src/web/auth/session.ts';
import { renderFragment } from '../../../src/web/shell/render.ts';
import { Browser } from '../../../src/web/testing/browser.ts';
import { renderHandoffSection } from '../../../src/web/cases/handoff/section.ts';

let db: TestDatabase;
let app: FastifyInstance;
let w: CaseWorld;
const email = (a: Actor) => (a as Actor & { email: string }).email;

before(async () => {
  db = await openTestDb();
  w = await makeCaseWorld(db.db, 'adviser');
  await db.db.update(cases).set({ jobTitle: 'Softwareentwicklerin <script>', municipality: 'Kaiserslautern' }).where(eq(cases.id, w.case.ownCompany));
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  // the case page is the cases helper's: a stand-in route renders only this section the way the case page calls it
  app.get<{ Params: { id: string; company: string } }>('/test/handoff-section/:id/:company', { preHandler: requireActor }, async (request, reply) => {
    const node = await renderHandoffSection(request, { caseId: request.params.id, companyId: request.params.company, csrfToken: '', status: 'advice' });
    return reply.type('text/html').send(node === null ? 'NULL' : renderFragment(node));
  });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

test('the adviser prints the BA pack: filled, to be entered, unconfirmed sections marked, sources; navigation hidden in print', async () => {
  const b = await new Browser(app).signIn(email(w.actors.adviser));
  const r = await b.get(`/cases/${w.case.ownCompany}/handoff/ba-approval`);
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /<h1>Zustimmung der Bundesagentur für Arbeit: Erklärung zum Beschäftigungsverhältnis<\/h1>/);
  assert.match(r.body, /Kandidatin ownCompany/);
  assert.match(r.body, /01\.05\.1994/);
  assert.match(r.body, /Softwareentwicklerin &lt;script>/, 'escaped');
  assert.match(r.body, /52\.000 € brutto im Jahr/);
  assert.match(r.body, /Kaiserslautern, Rheinland-Pfalz/);
  assert.match(r.body, /tag tag-neutral">einzutragen</);
  assert.match(r.body, /Nicht bestätigt: zu prüfen/);
  assert.match(r.body, /Die Feldliste ist nicht vollständig bestätigt/);
  assert.match(r.body, /https:\/\/www\.scribd\.com\/document\/723100006\/anlage4/);
  assert.match(r.body, /class="main-nav/, 'the navigation is there on screen (print CSS hides .main-nav)');
  assert.match(r.body, /class="no-print button-group"/);
  assert.match(r.body, /href="\/cases\/[^"]+\/handoff\/visa"/, 'the other step of the case');
  const en = await b.get(`/cases/${w.case.ownCompany}/handoff/visa`, { 'accept-language': 'en' });
  assert.equal(en.statusCode, 200);
  assert.match(en.body, /Visa application in the Federal Foreign Office’s portal/);
  assert.match(en.body, /to be entered/);
  assert.match(en.body, /Valid passport <span class="tag tag-warning">missing<\/span>/);
});

test('the download is a text attachment with every field', async () => {
  const b = await new Browser(app, '10.1.0.2').signIn(email(w.actors.company));
  const r = await b.get(`/cases/${w.case.ownCompany}/handoff/visa/download`);
  assert.equal(r.statusCode, 200);
  assert.match(String(r.headers['content-type']), /^text\/plain; charset=utf-8/);
  assert.match(String(r.headers['content-disposition']), /^attachment; filename="lotse-LO-2026-\d{4}-visa\.txt"$/);
  assert.match(r.body, /^Visumantrag im Auslandsportal/);
  assert.match(r.body, /Name, Vorname\/n \(wie im Reisepass\): Kandidatin ownCompany\r\n/);
  assert.match(r.body, /Reisepass: Nummer, ausgestellt am, gültig bis: \[einzutragen\]\r\n/);
  assert.match(r.body, /\[fehlt\] Gültiger Reisepass/);
  assert.match(r.body, /Lotse bereitet vor; es reicht nichts bei Behörden ein\./);
});

test('the company user: own case yes; another company’s or office’s case, a step the route does not need, an unknown step: 404', async () => {
  const b = await new Browser(app, '10.1.0.3').signIn(email(w.actors.company));
  assert.equal((await b.get(`/cases/${w.case.ownCompany}/handoff/ba-approval`)).statusCode, 200);
  for (const url of [
    `/cases/${w.case.otherCompany}/handoff/ba-approval`,
    `/cases/${w.case.otherTenant}/handoff/ba-approval`,
    `/cases/${w.case.otherCompany}/handoff/visa/download`,
    `/cases/${w.case.ownCompany}/handoff/recognition`,
    `/cases/${w.case.ownCompany}/handoff/accelerated/download`,
    `/cases/${w.case.ownCompany}/handoff/nonsense`,
    `/cases/not-a-case/handoff/visa`,
  ]) {
    assert.equal((await b.get(url)).statusCode, 404, url);
  }
  const anonymous = await new Browser(app, '10.1.0.4').get(`/cases/${w.case.ownCompany}/handoff/visa`);
  assert.notEqual(anonymous.statusCode, 200);
});

test('the case page’s section: the steps the route needs with links; nothing for another company’s case', async () => {
  const b = await new Browser(app, '10.1.0.5').signIn(email(w.actors.company));
  const own = await b.get(`/test/handoff-section/${w.case.ownCompany}/${w.company.ownCompany}`);
  assert.match(own.body, /<h2 id="handoff-title">Übergabepaket für die Behörden<\/h2>/);
  assert.deepEqual([...own.body.matchAll(/href="\/cases\/[^/]+\/handoff\/([a-z-]+)"/g)].map((m) => m[1]), ['ba-approval', 'visa']);
  assert.equal((await b.get(`/test/handoff-section/${w.case.otherCompany}/${w.company.otherCompany}`)).body, 'NULL');
  await db.db.update(cases).set({ procedure: 'accelerated', pipeline: ['advice', 'recognition', 'ba_approval', 'visa', 'entry'] }).where(eq(cases.id, w.case.ownCompany));
  const all = await b.get(`/test/handoff-section/${w.case.ownCompany}/${w.company.ownCompany}`);
  assert.deepEqual([...all.body.matchAll(/href="\/cases\/[^/]+\/handoff\/([a-z-]+)"/g)].map((m) => m[1]), ['recognition', 'accelerated', 'ba-approval', 'visa']);
  await db.db.update(cases).set({ procedure: 'regular', pipeline: ['advice', 'ba_approval', 'visa', 'entry', 'residence_permit', 'integration', 'closed'] }).where(eq(cases.id, w.case.ownCompany));
});
