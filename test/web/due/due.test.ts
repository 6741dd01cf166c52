// The due dashboard and the case's residence title through the whole application (issue 15): /due for an adviser
// (their own, the switch to the office, one group paged, the link to act), for a company user (their company's, no
// switch, the office refused), in German and English, a bad query named; the title section of the case page (recorded
// without JavaScript, refused input named with the values kept, the computed dates shown; read-only for a company
// user); and the title in GET and PATCH /api/v1/cases/{id} with problem+json errors. Dates are relative to the
// office's today, so that the test holds on any day.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { candidates, caseTasks, cases } from '../../../src/db/schema/index.ts';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createApiToken } from '../../../src/app/accounts/createApiToken.ts';
import { addDays, addMonths } from '../../../src/law/dates.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { officeToday } from '../../../src/web/officeDay.ts';
import { formatDate } from '../../../src/web/shell/domain/labels.ts';
import { Browser, csrfOf } from '../../../src/web/testing/browser.ts';

const TODAY = officeToday();
const d = (n: number) => addDays(TODAY, n);
let db: TestDatabase;
let app: FastifyInstance;
let adviser: Actor;
let companyUser: Actor;
let token: string;
let companyToken: string;
const caseIds: string[] = [];
const taskIds: string[] = [];

async function makeCase(tenantId: string, companyId: string, adviserId: string, n: number, dueOffset: number, owner: 'adviser' | 'company'): Promise<void> {
  const [cand] = await db.db.insert(candidates).values({ tenantId, companyId, name: `Kandidatin ${n}` }).returning({ id: candidates.id });
  const [c] = await db.db
    .insert(cases)
    .values({
      tenantId,
      companyId,
      candidateId: cand!.id,
      number: `LO-2026-${String(n).padStart(4, '0')}`,
      numberYear: 2026,
      numberSeq: n,
      adviserUserId: adviserId,
      routeId: '18g-standard',
      startDate: d(-200),
      pipeline: ['advice', 'visa', 'entry', 'residence_permit', 'integration', 'closed'],
      status: 'residence_permit',
      statusSince: d(-5),
    })
    .returning({ id: cases.id });
  caseIds.push(c!.id);
  const [t] = await db.db.insert(caseTasks).values({ tenantId, caseId: c!.id, title: `Termin ${n}`, titleEn: `Appointment ${n}`, owner, dueOn: d(dueOffset) }).returning({ id: caseTasks.id });
  taskIds.push(t!.id);
}

before(async () => {
  db = await openTestDb();
  const t = await makeTenant(db.db, 'Due Web Office');
  adviser = await makeUser(db.db, t.tenantId, 'adviser', 'adviser@due-web.example', { name: 'Ada Beraterin' });
  const colleague = await makeUser(db.db, t.tenantId, 'adviser', 'colleague@due-web.example');
  companyUser = await makeUser(db.db, t.tenantId, 'company', 'staff@due-web.example', { companyId: t.companyA });
  // twelve overdue tasks of the adviser's (more than the overview shows), one of a colleague's case, one company task
  for (let i = 1; i <= 12; i++) await makeCase(t.tenantId, t.companyB, adviser.userId, i, -i, 'adviser');
  await makeCase(t.tenantId, t.companyB, colleague.userId, 13, -1, 'adviser');
  await makeCase(t.tenantId, t.companyA, adviser.userId, 14, -2, 'company');
  token = (await createApiToken(db.db, adviser, { name: 'crm' })).token;
  companyToken = (await createApiToken(db.db, companyUser, { name: 'erp' })).token;
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

const rows = (html: string, group: string) => {
  const section = new RegExp(`<section id="due-${group}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
  return [...section.matchAll(/<tr>[\s\S]*?<\/tr>/g)].map((m) => m[0]).slice(1);
};

test('An adviser’s /due: in the navigation; their own cases first, ten rows and "show all"; the switch to the office; one click to the task', async () => {
  const b = await new Browser(app).signIn('adviser@due-web.example');
  const r = await b.get('/due');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /<a[^>]*href="\/due"[^>]*>Fällig<\/a>/, 'in the navigation');
  assert.match(r.body, /<h1>Fällig<\/h1>/);
  assert.match(r.body, /<strong aria-current="page">Meine Fälle<\/strong>/);
  assert.match(r.body, /<a href="\/due\?scope=office">Ganze Servicestelle<\/a>/);
  const overdue = rows(r.body, 'overdue');
  assert.equal(overdue.length, 10);
  assert.match(r.body, /Überfällige Aufgaben <span class="tag tag-warning">13<\/span>/, 'twelve of their cases and the company task of theirs');
  assert.match(overdue[0]!, /LO-2026-0012/, 'the oldest first');
  assert.match(overdue[0]!, /12 Tage überfällig/);
  assert.match(overdue[0]!, new RegExp(`<a href="/tasks/${taskIds[11]}/edit">Aufgabe öffnen`));
  assert.match(overdue[0]!, new RegExp(formatDate('de', d(-12)).replace(/\./g, '\\.')));
  assert.match(r.body, /<a href="\/due\?scope=mine&amp;group=overdue">Alle 13 anzeigen<\/a>/);
  assert.doesNotMatch(r.body, /LO-2026-0013/, 'a colleague’s case is not the adviser’s own');

  const office = await b.get('/due?scope=office');
  assert.match(office.body, /Überfällige Aufgaben <span class="tag tag-warning">14<\/span>/);
  const paged = await b.get('/due?scope=office&group=overdue&page=1');
  assert.equal(rows(paged.body, 'overdue').length, 14);
  assert.doesNotMatch(paged.body, /id="due-upcoming"/, 'one group alone');
  assert.match(paged.body, /Zurück zur Übersicht/);

  const en = await b.get('/due?lang=en');
  assert.match(en.body, /<h1>Due<\/h1>/);
  assert.match(rows(en.body, 'overdue')[0]!, /Appointment 12 \(office\)/);
  assert.match(rows(en.body, 'overdue')[0]!, /12 days overdue/);
});

test('A bad query is named and the default view shown (400)', async () => {
  const b = await new Browser(app).signIn('adviser@due-web.example');
  const r = await b.get('/due?scope=everyone');
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /href="#scope"/);
  assert.equal(rows(r.body, 'overdue').length, 10);
});

test('A company user: their company’s and their own tasks only, no switch, the office refused', async () => {
  const b = await new Browser(app).signIn('staff@due-web.example');
  const r = await b.get('/due');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /<a[^>]*href="\/due"[^>]*>Fällig<\/a>/);
  assert.doesNotMatch(r.body, /Ganze Servicestelle/);
  const overdue = rows(r.body, 'overdue');
  assert.equal(overdue.length, 1);
  assert.match(overdue[0]!, /LO-2026-0014/);
  assert.match(overdue[0]!, new RegExp(`<a href="/cases/${caseIds[13]}#tasks">Zur Aufgabe im Fall`), 'ticked on the case page');
  assert.equal((await b.get('/due?scope=office')).statusCode, 403);
});

test('The case page’s residence title: recorded without JavaScript, refused input named and kept, the computed dates shown; read-only for a company user', async () => {
  const b = await new Browser(app).signIn('adviser@due-web.example');
  const id = caseIds[13]!;
  const page = await b.get(`/cases/${id}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h2 id="residence-title-title">Aufenthaltstitel<\/h2>/);
  assert.match(page.body, /Noch kein Aufenthaltstitel eingetragen\./);
  const bad = await b.post(`/cases/${id}/residence-title`, { _csrf: csrfOf(page.body), titleRouteId: '18g-standard', issuedOn: d(-600), validUntil: d(-700), cardNumber: 'Y0-1', employmentFrom: '' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /href="#validUntil">Gültig bis: Das Datum liegt vor dem Ausstellungsdatum des Titels\./);
  assert.match(bad.body, /href="#cardNumber">Kartennummer: Bitte die Nummer der Karte angeben/);
  assert.match(bad.body, /<details class="ws-add" open/);
  assert.match(bad.body, /value="Y0-1"/, 'the values are kept');
  // a Blue Card issued about 20 months ago, valid for four years
  const issuedOn = addMonths(TODAY, -20);
  const validUntil = addDays(addMonths(issuedOn, 48), -1);
  const ok = await b.post(`/cases/${id}/residence-title`, { _csrf: csrfOf(page.body), titleRouteId: '18g-standard', issuedOn, validUntil, cardNumber: 'y01 234567', employmentFrom: issuedOn });
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, `/cases/${id}?done=title#residence-title`);
  const shown = await b.get(ok.headers.location as string);
  assert.match(shown.body, /Der Aufenthaltstitel ist gespeichert\./);
  assert.match(shown.body, /Blaue Karte EU \(Regelfall\)/);
  assert.match(shown.body, /Y01234567/);
  assert.match(shown.body, /<span class="tag tag-success">gültig<\/span>/);
  const until = addDays(addMonths(issuedOn, 12), -1);
  assert.match(shown.body, new RegExp(`Arbeitgeberwechsel mitteilen bis einschließlich</th><td>${formatDate('de', until).replace(/\./g, '\\.')}</td><td>§ 82 Abs\\. 1 S\\. 6 AufenthG`));
  assert.match(shown.body, /§ 81 Abs\. 4 S\. 1 AufenthG/);
  assert.equal((await b.post(`/cases/${id}/residence-title`, { titleRouteId: '18b', validUntil: d(100) })).statusCode, 403, 'without the CSRF token');

  const staff = await new Browser(app).signIn('staff@due-web.example');
  const theirs = await staff.get(`/cases/${id}`);
  assert.match(theirs.body, /Y01234567/);
  assert.doesNotMatch(theirs.body, /action="\/cases\/[^"]+\/residence-title"/);
  assert.equal((await staff.post(`/cases/${id}/residence-title`, { _csrf: csrfOf(theirs.body), titleRouteId: '18b', validUntil: d(100) })).statusCode, 403);
});

function call(method: 'GET' | 'PATCH', url: string, bearer: string, body?: unknown) {
  return app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${bearer}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
}

test('The API: GET shows the title and its dates; PATCH records, refuses naming /residenceTitle/… with nothing written, and removes it', async () => {
  const id = caseIds[0]!;
  assert.equal((await call('GET', `/api/v1/cases/${id}`, token)).json().residenceTitle, null);
  const refused = await call('PATCH', `/api/v1/cases/${id}`, token, { jobTitle: 'Ingenieurin', residenceTitle: { titleRouteId: '18b', issuedOn: '2026-01-10', validUntil: '2025-12-31' } });
  assert.equal(refused.statusCode, 400);
  assert.match(refused.headers['content-type'] as string, /application\/problem\+json/);
  assert.deepEqual(
    refused.json().errors.map((e: { path: string }) => e.path),
    ['/residenceTitle/validUntil'],
  );
  const [row] = await db.db.select().from(cases).where(eq(cases.id, id));
  assert.equal(row!.jobTitle, null, 'the job in the same body is not saved either');
  const shape = await call('PATCH', `/api/v1/cases/${id}`, token, { residenceTitle: { titleRouteId: '18z', validUntil: '2028-01-01' } });
  assert.equal(shape.statusCode, 400);
  // the contract's shape check names the title (a union with null), its message the allowed routes
  assert.ok(shape.json().errors.some((e: { path: string; message: string }) => e.path.startsWith('/residenceTitle') && e.message.includes('18g-standard')), shape.body);

  const ok = await call('PATCH', `/api/v1/cases/${id}`, token, {
    jobTitle: 'Ingenieurin',
    residenceTitle: { titleRouteId: '18g-it', issuedOn: '2025-04-01', validUntil: '2029-05-31', cardNumber: 'Y01234567', employmentFrom: '2025-04-15' },
  });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().jobTitle, 'Ingenieurin');
  assert.deepEqual(ok.json().residenceTitle, {
    titleRouteId: '18g-it',
    issuedOn: '2025-04-01',
    validUntil: '2029-05-31',
    cardNumber: 'Y01234567',
    employmentFrom: '2025-04-15',
    reminderOn: '2029-02-28',
    applyBy: '2029-05-31',
    blueCardNotice: { status: 'known', until: '2026-04-14', ref: '§ 82 Abs. 1 S. 6 AufenthG' },
  });
  assert.equal((await call('GET', `/api/v1/cases/${id}`, token)).json().residenceTitle.validUntil, '2029-05-31');
  assert.equal((await call('PATCH', `/api/v1/cases/${caseIds[13]}`, companyToken, { residenceTitle: null })).statusCode, 403, 'a company user writes nothing');
  const removed = await call('PATCH', `/api/v1/cases/${id}`, token, { residenceTitle: null });
  assert.equal(removed.statusCode, 200);
  assert.equal(removed.json().residenceTitle, null);
});
