// The partner directory pages through the whole application (app.inject): an adviser corrects a partner (field errors
// keep the values), removes an unused one, and is refused removing one named in referrals (409, with the number of
// consultations); another tenant's partner answers 404, a company user 403; the audit trail links a partner's rows.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { partners } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createPartner } from '../../../src/app/partners/createPartner.ts';
import { recordConsultation } from '../../../src/app/consultations/recordConsultation.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let used: string;
let otherTenants: string;

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  const t2 = await makeTenant(db.db, 'Office Two');
  const adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example', { name: 'Ben Berater' });
  await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example', { name: 'Ada Admin' });
  await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA, name: 'Cora Company' });
  const t2Adviser = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example', { name: 'Dora Two' });
  used = (await createPartner(db.db, { ...adviser, role: 'admin' as const }, { name: 'HWK der Pfalz', type: 'hwk' })).id;
  const base = { date: '2026-03-01', channel: 'phone', topics: ['recognition'], kind: 'first', partnerIds: [used] };
  await recordConsultation(db.db, adviser, t1.companyA, base);
  await recordConsultation(db.db, adviser, t1.companyB, base);
  await recordConsultation(db.db, adviser, t1.companyB, { ...base, date: '2026-03-02' });
  otherTenants = (await createPartner(db.db, { ...t2Adviser, role: 'admin' as const }, { name: 'IHK Two', type: 'ihk' })).id;
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

async function partnerRow(id: string) {
  const [row] = await db.db.select().from(partners).where(eq(partners.id, id));
  return row;
}

test('an admin corrects a partner: the list links to its page, that to the form, bad input comes back with the values, saving returns to the list', async () => {
  const b = await new Browser(app).signIn('admin@one.example');
  const { id } = await createPartner(db.db, { userId: '00000000-0000-4000-8000-000000000000', tenantId: t1.tenantId, role: 'admin', companyId: null }, {
    name: 'Agentur für Arbeit KL',
    type: 'ba_employer_service',
    phone: '0800 4 5555 00',
  });
  const list = await b.get('/partners');
  assert.equal(list.statusCode, 200);
  assert.match(list.body, new RegExp(`<a href="/partners/${id}">Agentur für Arbeit KL</a>`));
  const detail = await b.get(`/partners/${id}`);
  assert.match(detail.body, new RegExp(`<a href="/partners/${id}/edit">Bearbeiten</a>`));
  // issue 16: an adviser reads the partner's page but may not correct it
  const adviserBrowser = await new Browser(app).signIn('adviser@one.example');
  assert.equal((await adviserBrowser.get(`/partners/${id}`)).statusCode, 200);
  assert.doesNotMatch((await adviserBrowser.get(`/partners/${id}`)).body, /\/edit"/);
  assert.equal((await adviserBrowser.get(`/partners/${id}/edit`)).statusCode, 403);

  const form = await b.get(`/partners/${id}/edit`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /<h1>Partner bearbeiten: Agentur für Arbeit KL<\/h1>/);
  assert.match(form.body, /id="name"[^>]*value="Agentur für Arbeit KL"/);
  assert.match(form.body, /<option value="ba_employer_service" selected>/);
  assert.match(form.body, /value="0800 4 5555 00"/);
  assert.match(form.body, new RegExp(`action="/partners/${id}/delete"`));

  const bad = await b.submit(`/partners/${id}/edit`, `/partners/${id}/edit`, { name: '', type: 'bank', email: 'kein-mail', website: 'Agentur <b>' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /class="error-summary"/);
  assert.match(bad.body, /<a href="#name">Name: Bitte ausfüllen\.<\/a>/);
  assert.match(bad.body, /<a href="#type">Art: /);
  assert.match(bad.body, /<a href="#email">E-Mail: /);
  assert.match(bad.body, /<a href="#website">Website: /);
  assert.match(bad.body, /value="Agentur &lt;b>"/);
  assert.match(bad.body, /value="kein-mail"/);
  assert.match(bad.body, /<h1>Partner bearbeiten: Agentur für Arbeit KL<\/h1>/);
  assert.equal((await partnerRow(id))!.name, 'Agentur für Arbeit KL');

  const ok = await b.submit(`/partners/${id}/edit`, `/partners/${id}/edit`, { name: 'Agentur für Arbeit Kaiserslautern-Pirmasens', type: 'ba_employer_service', email: 'KL@arbeitsagentur.de' });
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, '/partners?done=saved');
  const row = await partnerRow(id);
  assert.equal(row!.name, 'Agentur für Arbeit Kaiserslautern-Pirmasens');
  assert.equal(row!.email, 'kl@arbeitsagentur.de');
  assert.equal(row!.phone, null);
  const after = await b.get('/partners?done=saved');
  assert.match(after.body, /role="status">Die Angaben des Partners wurden gespeichert\./);

  // in English
  const en = await b.get(`/partners/${id}/edit`, { 'accept-language': 'en' });
  assert.match(en.body, /<h1>Edit partner: Agentur für Arbeit Kaiserslautern-Pirmasens<\/h1>/);
  assert.match((await b.get(`/partners/${id}`, { 'accept-language': 'en' })).body, />Edit<\/a>/);
});

test('an unused partner is removed; one named in referrals is refused with the number of consultations', async () => {
  const b = await new Browser(app).signIn('admin@one.example');
  const unused = await b.submit('/partners', '/partners', { name: 'Bildungswerk West', type: 'education_provider' });
  assert.equal(unused.statusCode, 303);
  const [fresh] = await db.db.select().from(partners).where(eq(partners.name, 'Bildungswerk West'));
  const gone = await b.submit(`/partners/${fresh!.id}/edit`, `/partners/${fresh!.id}/delete`, {});
  assert.equal(gone.statusCode, 303);
  assert.equal(gone.headers.location, '/partners?done=deleted');
  assert.equal(await partnerRow(fresh!.id), undefined);
  assert.match((await b.get('/partners?done=deleted')).body, /Der Partner wurde entfernt\./);
  assert.equal((await b.get(`/partners/${fresh!.id}/edit`)).statusCode, 404);

  const refused = await b.submit(`/partners/${used}/edit`, `/partners/${used}/delete`, {});
  assert.equal(refused.statusCode, 409);
  assert.match(refused.body, /<h1>Partner bearbeiten: HWK der Pfalz<\/h1>/);
  assert.match(refused.body, /role="alert"/);
  assert.match(refused.body, /Der Partner wurde nicht entfernt/);
  assert.match(refused.body, /bei 3 Beratungen als Weitervermittlung eingetragen/);
  assert.match(refused.body, /id="name"[^>]*value="HWK der Pfalz"/);
  assert.ok(await partnerRow(used));

  // without the CSRF token nothing happens
  const forged = await b.post(`/partners/${used}/delete`, []);
  assert.equal(forged.statusCode, 403);
});

test('another tenant’s partner answers 404; a company user is refused (403)', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  assert.equal((await b.get(`/partners/${otherTenants}/edit`)).statusCode, 404);
  assert.equal((await b.get('/partners/not-an-id/edit')).statusCode, 404);
  assert.equal((await b.submit('/partners', `/partners/${otherTenants}/edit`, { name: 'Mine now', type: 'other' })).statusCode, 404);
  assert.equal((await b.submit('/partners', `/partners/${otherTenants}/delete`, {})).statusCode, 404);
  assert.equal((await partnerRow(otherTenants))!.name, 'IHK Two');

  const c = await new Browser(app).signIn('staff@one.example');
  assert.equal((await c.get(`/partners/${used}/edit`)).statusCode, 403);
  assert.equal((await c.submit(`/companies/${t1.companyA}`, `/partners/${used}/edit`, { name: 'Changed', type: 'other' })).statusCode, 403);
  assert.equal((await c.submit(`/companies/${t1.companyA}`, `/partners/${used}/delete`, {})).statusCode, 403);
  assert.equal((await partnerRow(used))!.name, 'HWK der Pfalz');
});

test('the audit trail links a partner to its form, names its fields, and still names a removed partner', async () => {
  const b = await new Browser(app).signIn('admin@one.example');
  const form = await b.get(`/partners/${used}/edit`);
  assert.match(form.body, new RegExp(`href="/admin/audit\\?entity=partner&amp;entityId=${used}"`));
  await b.submit(`/partners/${used}/edit`, `/partners/${used}/edit`, { name: 'HWK der Pfalz', type: 'hwk', contactName: 'Frau Kamm' });
  const trail = await b.get(`/admin/audit?entity=partner&entityId=${used}`);
  assert.equal(trail.statusCode, 200);
  assert.match(trail.body, new RegExp(`<a href="/partners/${used}/edit">Partner: HWK der Pfalz</a>`));
  assert.match(trail.body, /Ansprechperson: <del>—<\/del>/);

  await b.submit('/partners', '/partners', { name: 'Kurzzeit e. V.', type: 'other' });
  const [short] = await db.db.select().from(partners).where(eq(partners.name, 'Kurzzeit e. V.'));
  await b.submit(`/partners/${short!.id}/edit`, `/partners/${short!.id}/delete`, {});
  const all = await b.get('/admin/audit?entity=partner');
  assert.match(all.body, /Partner: Kurzzeit e\. V\./);
  assert.doesNotMatch(all.body, new RegExp(`href="/partners/${short!.id}/edit"`));
});
