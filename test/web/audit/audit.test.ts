// The audit trail page through the whole application (app.inject): an admin sees who changed what, field names
// translated and changes as "old → new", filters and a record's trail (with its contacts and consultations); other
// roles are refused (403, as every page refuses within the tenant); bad filter values answer 400 naming the field;
// nothing of another tenant appears. The company page and the consultation form link admins to the record's trail.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { auditLog, users } from '../../../src/db/schema/index.ts';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createCompany } from '../../../src/app/companies/createCompany.ts';
import { createContact } from '../../../src/app/companies/createContact.ts';
import { createPartner } from '../../../src/app/partners/createPartner.ts';
import { deleteContact } from '../../../src/app/companies/deleteContact.ts';
import { recordConsultation } from '../../../src/app/consultations/recordConsultation.ts';
import { updateCompany } from '../../../src/app/companies/updateCompany.ts';
import { updateConsultation } from '../../../src/app/consultations/updateConsultation.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;
let companyId: string;
let consultationId: string;
let t2CompanyId: string;

before(async () => {
  db = await openTestDb();
  const t1 = await makeTenant(db.db, 'Office One');
  const t2 = await makeTenant(db.db, 'Office Two');
  const adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example', { name: 'Ben Berater' });
  const admin = await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example', { name: 'Ada Admin' });
  await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA, name: 'Cora Company' });
  const t2Admin = await makeUser(db.db, t2.tenantId, 'admin', 'admin@two.example', { name: 'Dora Two' });
  const ihk = (await createPartner(db.db, { ...adviser, role: 'admin' as const }, { name: 'IHK Pfalz', type: 'ihk' })).id;
  companyId = (await createCompany(db.db, adviser, { name: 'Westpfalz Sensorik', postcode: '66849', headcount: 8 })).id;
  await updateCompany(db.db, admin, companyId, { name: 'Westpfalz Sensorik GmbH', postcode: '66849', headcount: 60 });
  const gone = (await createContact(db.db, adviser, companyId, { name: 'Karl Kurz' })).id;
  await deleteContact(db.db, adviser, gone);
  consultationId = (await recordConsultation(db.db, adviser, companyId, { date: '2026-02-03', channel: 'phone', topics: ['recognition'], kind: 'first' })).id;
  await updateConsultation(db.db, adviser, consultationId, { date: '2026-02-03', channel: 'video', topics: ['recognition'], kind: 'first', partnerIds: [ihk] });
  t2CompanyId = (await createCompany(db.db, t2Admin, { name: 'Geheime Zweite GmbH' })).id;
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

/** The visible text of an HTML fragment: tags and visually hidden words removed, whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

test('an admin sees the trail: who, action, record link, changes as old → new with German field names', async () => {
  const b = await new Browser(app).signIn('admin@one.example');
  const r = await b.get('/admin/audit');
  assert.equal(r.statusCode, 200);
  assert.equal(r.headers['cache-control'], 'no-store');
  const text = textOf(r.body);
  assert.match(text, /Name: Westpfalz Sensorik → Westpfalz Sensorik GmbH/);
  assert.match(text, /Beschäftigte: 8 → 60/);
  assert.match(text, /Größenklasse: Kleinst \(unter 10\) → Mittel \(50–249\)/);
  assert.match(text, /Beratungsweg: Telefon → Video/);
  assert.match(text, /Weitervermittlung an: — → IHK Pfalz/);
  assert.match(text, /Ada Admin/);
  assert.match(text, /Ben Berater/);
  assert.match(r.body, new RegExp(`href="/companies/${companyId}"`));
  assert.match(r.body, new RegExp(`href="/consultations/${consultationId}/edit"`));
  assert.ok(!r.body.includes('Geheime Zweite'), 'nothing of another tenant');
  assert.ok(!r.body.includes(t2CompanyId));
  assert.ok(!r.body.includes('style='), 'no inline styles (CSP)');

  const en = await b.get('/admin/audit?lang=en');
  assert.equal(en.statusCode, 200);
  assert.match(textOf(en.body), /Employees: 8 → 60/);
  assert.match(textOf(en.body), /Channel: phone → video/);
});

test('filters and a record’s trail; a company’s trail includes its contacts and consultations', async () => {
  const b = await new Browser(app).signIn('admin@one.example');
  const own = await b.get(`/admin/audit?entity=company&entityId=${companyId}`);
  assert.equal(own.statusCode, 200);
  assert.match(textOf(own.body), /2 Einträge/);
  assert.match(textOf(own.body), /Änderungsverlauf: Unternehmen „Westpfalz Sensorik GmbH“/);
  const related = await b.get(`/admin/audit?entity=company&entityId=${companyId}&related=1`);
  assert.match(textOf(related.body), /6 Einträge/);
  assert.match(textOf(related.body), /Ansprechperson/);
  const deletions = await b.get('/admin/audit?action=delete');
  assert.match(textOf(deletions.body), /1 Eintrag\b/);
  const none = await b.get('/admin/audit?from=2000-01-01&to=2000-01-31');
  assert.match(textOf(none.body), /Keine Einträge gefunden/);
  const paged = await b.get('/admin/audit?pageSize=2&page=2');
  assert.equal(paged.statusCode, 200);
  assert.match(textOf(paged.body), /Seite 2 von/);
  assert.match(paged.body, /rel="prev"/);
  const foreign = await b.get(`/admin/audit?entity=company&entityId=${t2CompanyId}`);
  assert.match(textOf(foreign.body), /0 Einträge/);
});

test('bad filter values answer 400 with the field named', async () => {
  const b = await new Browser(app).signIn('admin@one.example');
  const r = await b.get('/admin/audit?entity=planet&from=2026-02-30');
  assert.equal(r.statusCode, 400);
  const text = textOf(r.body);
  assert.match(text, /Art des Eintrags: Bitte einen der angebotenen Werte wählen/);
  assert.match(text, /Von: Bitte ein Datum angeben/);
  assert.match(r.body, /aria-invalid="true"/);
  const order = await b.get('/admin/audit?from=2026-03-01&to=2026-02-01');
  assert.equal(order.statusCode, 400);
  assert.match(textOf(order.body), /Bis: Das Ende liegt vor dem Beginn des Zeitraums/);
  const id = await b.get('/admin/audit?entityId=nope&lang=en');
  assert.equal(id.statusCode, 400);
  assert.match(textOf(id.body), /Record id: Please enter a valid id/);
});

test('advisers and company users are refused; signed-out visitors go to the login', async () => {
  for (const email of ['adviser@one.example', 'staff@one.example']) {
    const b = await new Browser(app).signIn(email);
    const r = await b.get('/admin/audit');
    assert.equal(r.statusCode, 403, email);
    assert.ok(!r.body.includes('Westpfalz'), email);
  }
  const anonymous = await new Browser(app).get('/admin/audit');
  assert.equal(anonymous.statusCode, 303);
  assert.match(String(anonymous.headers.location), /^\/login\?next=/);
});

test('the company page and the consultation form link admins, and only admins, to the record’s trail', async () => {
  const admin = await new Browser(app).signIn('admin@one.example');
  const trail = `/admin/audit?entity=company&amp;entityId=${companyId}&amp;related=1`;
  const page = await admin.get(`/companies/${companyId}`);
  assert.ok(page.body.includes(`href="${trail}"`), 'company page links to its trail');
  assert.match(page.body, /Änderungsverlauf/);
  const form = await admin.get(`/consultations/${consultationId}/edit?lang=en`);
  assert.ok(form.body.includes(`href="/admin/audit?entity=consultation&amp;entityId=${consultationId}"`));
  assert.match(form.body, /Change history/);
  const adviser = await new Browser(app).signIn('adviser@one.example');
  assert.ok(!(await adviser.get(`/companies/${companyId}`)).body.includes('/admin/audit'));
  assert.ok(!(await adviser.get(`/consultations/${consultationId}/edit`)).body.includes('/admin/audit'));
});

test('rows written before updates were diffs (only the new value) and erased rows are shown readably', async () => {
  const [{ tenantId } = { tenantId: '' }] = await db.db.select({ tenantId: users.tenantId }).from(users).where(eq(users.email, 'admin@one.example'));
  await db.db.insert(auditLog).values([
    { tenantId, actor: 'cli:ops', action: 'update', entity: 'api_token', entityId: companyId, changes: { revokedAt: '2026-01-02T09:30:00.000Z' } },
    { tenantId, actor: 'anonymous', action: 'update', entity: 'contact', entityId: consultationId, changes: { erased: true } },
  ]);
  const b = await new Browser(app).signIn('admin@one.example');
  const text = textOf((await b.get(`/admin/audit?entityId=${companyId}`)).body);
  assert.match(text, /Betrieb \(ops\)/);
  assert.match(text, /Widerrufen am: 02\.01\.2026, 10:30/);
  const erased = textOf((await b.get(`/admin/audit?entityId=${consultationId}&lang=en`)).body);
  assert.match(erased, /Not signed in/);
  assert.match(erased, /Details removed on deletion/);
});
