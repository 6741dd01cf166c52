// The company's overview through the whole application (issue 14): a company user sees only their company's cases
// with status, their own open tasks (overdue marked) and the missing documents, never an internal note, another
// company's case or the office's tasks; the navigation offers it to company users only; the office's staff open it
// for a named company; a check started by a signed-in company user is saved to their company.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { candidates, caseTasks, savedChecks } from '../../../src/db/schema/index.ts';
import { makeCaseWorld } from '../../../src/dev/caseWorldTesting.ts';
import type { CaseWorld } from '../../../src/dev/caseWorldTesting.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let w: CaseWorld;
const email = (a: Actor) => (a as Actor & { email: string }).email;

before(async () => {
  db = await openTestDb();
  w = await makeCaseWorld(db.db, 'company');
  await db.db.update(caseTasks).set({ dueOn: '2020-01-15' }).where(eq(caseTasks.id, w.task.ownCompany.company));
  await db.db.update(candidates).set({ notes: 'Kandidatin intern: Gehaltsvorstellung zu hoch' }).where(eq(candidates.id, w.candidate.ownCompany));
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

test('the company user sees only their company’s cases, their own open tasks and missing documents; nothing internal', async () => {
  const b = await new Browser(app, '10.2.0.1').signIn(email(w.actors.company));
  const r = await b.get('/overview');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /<a[^>]*href="\/overview"[^>]*>Übersicht<\/a>/, 'in the navigation');
  assert.match(r.body, new RegExp(`<a href="/cases/${w.case.ownCompany}">LO-2026-0001</a>`));
  assert.match(r.body, /Kandidatin ownCompany/);
  assert.match(r.body, /Aufgabe company: fällig 15\.01\.2020 <span class="tag tag-error">überfällig<\/span>/);
  assert.match(r.body, /1 offene Aufgabe Ihres Unternehmens, davon 1 überfällig\./);
  assert.match(r.body, /<td>1<\/td>/, 'one missing document');
  assert.match(r.body, /<form method="post" action="\/check"/);
  for (const hidden of ['LO-2026-0002', 'LO-2026-0003', 'Kandidatin otherCompany', 'Kandidatin otherTenant', 'Interne Notiz', 'Aufgabe adviser', 'Aufgabe candidate', 'Gehaltsvorstellung']) {
    assert.ok(!r.body.includes(hidden), `the overview shows ${hidden}`);
  }
  // naming another company changes nothing: the company user's overview is always their own
  const other = await b.get(`/overview?company=${w.company.otherCompany}`);
  assert.ok(other.body.includes('LO-2026-0001') && !other.body.includes('LO-2026-0002'));
  const en = await b.get('/overview', { 'accept-language': 'en' });
  assert.match(en.body, /1 open task of your company, 1 of them overdue\./);
  assert.match(en.body, /due 2020-01-15 <span class="tag tag-error">overdue<\/span>/);
});

test('the office’s staff: no overview in the navigation; without a company to the list; a company of another office is not found', async () => {
  const b = await new Browser(app, '10.2.0.2').signIn(email(w.actors.adviser));
  const r = await b.get('/overview');
  assert.equal(r.statusCode, 303);
  assert.equal(r.headers.location, '/companies');
  const own = await b.get(`/overview?company=${w.company.otherCompany}`);
  assert.equal(own.statusCode, 200);
  assert.match(own.body, /LO-2026-0002/);
  assert.doesNotMatch(own.body, /href="\/overview"/);
  assert.equal((await b.get(`/overview?company=${w.company.otherTenant}`)).statusCode, 404);
  assert.equal((await b.get('/overview?company=nonsense')).statusCode, 404);
});

test('a check started by a signed-in company user is saved to their company; an adviser’s stays anonymous', async () => {
  const c = await new Browser(app, '10.2.0.3').signIn(email(w.actors.company));
  const started = await c.post('/check', {});
  assert.equal(started.statusCode, 303);
  const id = /\/checks\/([^/]+)\//.exec(String(started.headers.location))![1]!;
  const [row] = await db.db.select({ tenantId: savedChecks.tenantId, companyId: savedChecks.companyId }).from(savedChecks).where(eq(savedChecks.id, id));
  assert.deepEqual(row, { tenantId: w.tenant.ownTenant, companyId: w.company.ownCompany });
  assert.equal((await c.get(String(started.headers.location))).statusCode, 200, 'the questionnaire goes on as before');

  const a = await new Browser(app, '10.2.0.4').signIn(email(w.actors.adviser));
  const anon = await a.post('/check', {});
  const anonId = /\/checks\/([^/]+)\//.exec(String(anon.headers.location))![1]!;
  const [anonRow] = await db.db.select({ tenantId: savedChecks.tenantId, companyId: savedChecks.companyId }).from(savedChecks).where(eq(savedChecks.id, anonId));
  assert.deepEqual(anonRow, { tenantId: null, companyId: null });
});
