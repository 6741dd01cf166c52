// The reminder pages through the whole application (issue 15): a user chooses daily/weekly/off on their account page;
// the adviser creates the employee's personal link on the candidate page (shown once), the employee opens /me/<token>
// without an account, and after the adviser revoked it the page is gone (404). A company user sees no link section.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { auditLog, candidates, caseTasks, cases } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { getReminderFrequency } from '../../../src/app/reminders/getReminderFrequency.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';
import type { Actor } from '../../../src/policies/index.ts';

let db: TestDatabase;
let app: FastifyInstance;
let adviser: Actor & { email: string };
let companyUser: Actor & { email: string };
let candidateId: string;

before(async () => {
  db = await openTestDb();
  const t = await makeTenant(db.db, 'Servicestelle Seiten');
  adviser = await makeUser(db.db, t.tenantId, 'adviser', 'beratung@seiten.example');
  companyUser = await makeUser(db.db, t.tenantId, 'company', 'firma@seiten.example', { companyId: t.companyA });
  const [c] = await db.db.insert(candidates).values({ tenantId: t.tenantId, companyId: t.companyA, name: 'Priya Raman', email: 'priya@seiten.example' }).returning({ id: candidates.id });
  candidateId = c!.id;
  const [k] = await db.db
    .insert(cases)
    .values({ tenantId: t.tenantId, companyId: t.companyA, candidateId, number: 'S-2026-1', numberYear: 2026, numberSeq: 1, routeId: '18b', startDate: '2026-11-01', pipeline: ['advice', 'closed'], statusSince: '2026-12-01' })
    .returning({ id: cases.id });
  await db.db.insert(caseTasks).values({ tenantId: t.tenantId, caseId: k!.id, owner: 'candidate', title: 'Visumtermin buchen', titleEn: 'Book the visa appointment', dueOn: '2027-01-15' });
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false, publicUrl: 'https://lotse.example.org' });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

test('the account page: the role’s default is preselected; a choice is saved; a value not offered is refused naming the field', async () => {
  const b = await new Browser(app).signIn(companyUser.email);
  const page = await b.get('/account');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h2 id="reminders-heading">Erinnerungen per E-Mail<\/h2>/);
  assert.match(page.body, /<option value="daily" selected>/);
  assert.match(page.body, /Voreinstellung für Ihre Rolle/);
  const saved = await b.submit('/account', '/account/reminders', { frequency: 'weekly' });
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, '/account?done=reminders');
  const after = await b.get('/account?done=reminders');
  assert.match(after.body, /Ihre Einstellung für Erinnerungen ist gespeichert/);
  assert.match(after.body, /<option value="weekly" selected>/);
  const bad = await b.submit('/account', '/account/reminders', { frequency: 'hourly' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /href="#frequency"/, 'the error summary links to the field');
  assert.deepEqual(await getReminderFrequency(db.db, companyUser), { frequency: 'weekly', isDefault: false }, 'nothing saved lost');
});

test('the personal link: created and shown once on the candidate page, opens without an account, gone once revoked', async () => {
  const company = await new Browser(app, '10.0.0.2').signIn(companyUser.email);
  const seen = await company.get(`/candidates/${candidateId}`);
  assert.equal(seen.statusCode, 200);
  assert.doesNotMatch(seen.body, /personal-link-title/, 'not for company users');
  assert.equal((await company.submit(`/candidates/${candidateId}`, `/candidates/${candidateId}/links`, {})).statusCode, 403);

  const b = await new Browser(app).signIn(adviser.email);
  const created = await b.submit(`/candidates/${candidateId}`, `/candidates/${candidateId}/links`, {});
  assert.equal(created.statusCode, 200);
  const url = /<code class="secret">(https:\/\/lotse\.example\.org\/me\/[A-Za-z0-9_-]{43})<\/code>/.exec(created.body)?.[1];
  assert.ok(url, 'the link is shown');
  const again = await b.get(`/candidates/${candidateId}`);
  assert.ok(!again.body.includes(url), 'only once');
  assert.match(again.body, /gültig/);

  const path = new URL(url).pathname;
  const anonymous = new Browser(app, '10.0.0.3');
  const me = await anonymous.get(path);
  assert.equal(me.statusCode, 200);
  assert.equal(me.headers['cache-control'], 'no-store');
  assert.equal(me.headers['referrer-policy'], 'no-referrer');
  assert.match(me.body, /<html lang="en"/);
  assert.match(me.body, /Book the visa appointment/);
  assert.match(me.body, /Hello Priya Raman,/);

  const linkId = /action="\/candidates\/[^/]+\/links\/([0-9a-f-]{36})\/revoke"/.exec(again.body)?.[1];
  assert.ok(linkId);
  const revoked = await b.submit(`/candidates/${candidateId}`, `/candidates/${candidateId}/links/${linkId}/revoke`, {});
  assert.equal(revoked.statusCode, 303);
  assert.equal((await anonymous.get(path)).statusCode, 404);
  assert.equal((await anonymous.get('/me/not-a-token')).statusCode, 404);
  const audit = await db.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entity, 'candidate_link'), eq(auditLog.entityId, linkId)));
  assert.deepEqual(audit.map((a) => a.action).sort(), ['create', 'update']);
});
