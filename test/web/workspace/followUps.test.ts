// The follow-up list (Wiedervorlagen) through the whole application: an adviser sees the office's open follow-ups
// with overdue and today's tagged, narrows the selection, marks one done and takes it back, settles one with a new
// consultation, and works it from the company page; bad selections name their field; a company user is refused;
// the JSON API lists and sets them with the same rules.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { consultations } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createApiToken } from '../../../src/app/accounts/createApiToken.ts';
import { recordConsultation } from '../../../src/app/consultations/recordConsultation.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { officeToday } from '../../../src/web/officeDay.ts';
import { Browser, csrfOf } from '../../../src/web/testing/browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;
let colleague: Actor;
const ids: Record<'overdue' | 'today' | 'soon' | 'later' | 'other', string> = { overdue: '', today: '', soon: '', later: '', other: '' };
let adviserToken: string;
let companyToken: string;

function day(offset: number): string {
  const d = new Date(`${officeToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

function rowsOf(html: string): string[] {
  return [...html.matchAll(/<tr>[\s\S]*?<\/tr>/g)].map((m) => m[0]).filter((r) => r.includes('follow-up/done'));
}

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  const t2 = await makeTenant(db.db, 'Office Two');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example', { name: 'Ben Berater' });
  colleague = await makeUser(db.db, t1.tenantId, 'adviser', 'colleague@one.example', { name: 'Clara Kollegin' });
  const staff = await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA, name: 'Cora Company' });
  const t2Adviser = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example');
  const record = async (actor: Actor, companyId: string, followUpDate: string, outcome: string) =>
    (await recordConsultation(db.db, actor, companyId, { date: day(-30), channel: 'phone', topics: ['recognition'], kind: 'first', followUpDate, outcome })).id;
  ids.overdue = await record(adviser, t1.companyA, day(-3), 'Unterlagen <anfordern>');
  ids.today = await record(colleague, t1.companyB, day(0), 'Rückruf vereinbart');
  ids.soon = await record(adviser, t1.companyB, day(5), 'Bescheid abwarten');
  ids.later = await record(adviser, t1.companyA, day(40), 'Jahresgespräch');
  ids.other = await record(t2Adviser, t2.companyA, day(-1), 'Fremdes Büro');
  adviserToken = (await createApiToken(db.db, adviser, { name: 'crm' })).token;
  companyToken = (await createApiToken(db.db, staff, { name: 'erp' })).token;
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

test('the list: due in the next 7 days by default, the earliest first, overdue and today tagged, other offices left out', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const r = await b.get('/follow-ups');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /<a[^>]*href="\/follow-ups"[^>]*aria-current="page"[^>]*>Wiedervorlagen<\/a>|<a[^>]*aria-current="page"[^>]*href="\/follow-ups"/);
  const rows = rowsOf(r.body);
  assert.equal(rows.length, 3, 'overdue, today and in 5 days; not the one in 40 days');
  assert.match(rows[0]!, new RegExp(`/consultations/${ids.overdue}/follow-up/done`));
  assert.match(rows[0]!, /tag-error">überfällig</);
  assert.match(rows[0]!, /Unterlagen &lt;anfordern>/, 'escaped');
  assert.match(rows[1]!, /tag-warning">heute</);
  assert.match(rows[1]!, /Clara Kollegin/);
  assert.doesNotMatch(rows[2]!, /class="tag/);
  assert.match(r.body, /Überfällig: 1 · heute fällig: 1/);
  assert.match(r.body, /3 offene Wiedervorlagen in dieser Auswahl/);
  assert.doesNotMatch(r.body, /Fremdes Büro/);

  const all = await b.get('/follow-ups?due=all');
  assert.equal(rowsOf(all.body).length, 4);
  const today = await b.get('/follow-ups?due=today');
  assert.equal(rowsOf(today.body).length, 2);
  const mine = await b.get('/follow-ups?due=all&who=mine');
  assert.equal(rowsOf(mine.body).length, 3, 'not the colleague’s');
  assert.doesNotMatch(mine.body, /Rückruf vereinbart/);

  // the company list points to the due ones
  const companies = await b.get('/companies');
  assert.match(companies.body, /<a href="\/follow-ups\?due=today">2 Wiedervorlagen sind fällig<\/a>/);
});

test('a bad selection answers 400 naming each field, and still shows the list', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const r = await b.get('/follow-ups?due=morgen&who=jemand');
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /<a href="#due">Fällig: Bitte einen der angebotenen Werte wählen\.<\/a>/);
  assert.match(r.body, /<a href="#who">Beratung durch: /);
  assert.equal(rowsOf(r.body).length, 3, 'the default selection is shown');
  const page = await b.get('/follow-ups?page=0');
  assert.equal(page.statusCode, 400);
  assert.match(page.body, /Seiten der Wiedervorlagen: /);
});

test('marking done from the list comes back to the same selection with an undo; undo opens it again', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const p = await b.get('/follow-ups?due=all&who=mine');
  const done = await b.post(`/consultations/${ids.soon}/follow-up/done`, { _csrf: csrfOf(p.body), due: 'all', who: 'mine' });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, `/follow-ups?due=all&who=mine&done=completed&undo=${ids.soon}`);
  const after = await b.get(done.headers.location!);
  assert.match(after.body, /Die Wiedervorlage ist als erledigt markiert\./);
  assert.match(after.body, new RegExp(`action="/consultations/${ids.soon}/follow-up/reopen"`));
  assert.equal(rowsOf(after.body).length, 2);
  const [row] = await db.db.select({ by: consultations.followUpDoneBy }).from(consultations).where(eq(consultations.id, ids.soon));
  assert.equal(row!.by, adviser.userId);

  const undo = await b.post(`/consultations/${ids.soon}/follow-up/reopen`, { _csrf: csrfOf(after.body), due: 'all', who: 'mine' });
  assert.equal(undo.statusCode, 303);
  assert.equal(undo.headers.location, '/follow-ups?due=all&who=mine&done=reopened');
  const back = await b.get(undo.headers.location!);
  assert.match(back.body, /Die Wiedervorlage ist wieder offen\./);
  assert.equal(rowsOf(back.body).length, 3);

  // without the CSRF token nothing changes
  const forged = await b.post(`/consultations/${ids.soon}/follow-up/done`, { due: 'all' });
  assert.equal(forged.statusCode, 403);
  const [still] = await db.db.select({ at: consultations.followUpDoneAt }).from(consultations).where(eq(consultations.id, ids.soon));
  assert.equal(still!.at, null);
});

test('on the company page: open or done with who and when, and the button that changes it comes back there', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const page = await b.get(`/companies/${t1.companyA}`);
  assert.match(page.body, /tag-neutral">offen</);
  const done = await b.post(`/consultations/${ids.later}/follow-up/done`, { _csrf: csrfOf(page.body), back: 'company' });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, `/companies/${t1.companyA}?done=followUpDone`);
  const shown = await b.get(done.headers.location!);
  assert.match(shown.body, /Die Wiedervorlage ist als erledigt markiert\./);
  assert.match(shown.body, /tag-success">erledigt am \d\d\.\d\d\.\d{4} von Ben Berater</);
  assert.match(shown.body, new RegExp(`action="/consultations/${ids.later}/follow-up/reopen"`));
  const reopened = await b.post(`/consultations/${ids.later}/follow-up/reopen`, { _csrf: csrfOf(shown.body), back: 'company' });
  assert.equal(reopened.headers.location, `/companies/${t1.companyA}?done=followUpReopened`);
});

test('a follow-up consultation from the list settles the follow-up it came from', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const list = await b.get('/follow-ups');
  assert.match(list.body, new RegExp(`href="/companies/${t1.companyA}/consultations/new\\?followUp=${ids.overdue}"`));
  const form = await b.get(`/companies/${t1.companyA}/consultations/new?followUp=${ids.overdue}`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /Offene Wiedervorlagen dieses Unternehmens/);
  assert.match(form.body, new RegExp(`value="${ids.overdue}"[^>]*checked|checked[^>]*value="${ids.overdue}"`));
  assert.doesNotMatch(form.body, new RegExp(`value="${ids.later}"[^>]*checked|checked[^>]*value="${ids.later}"`), 'only the one it came from is ticked');
  assert.match(form.body, /value="follow_up"[^>]*checked|checked[^>]*value="follow_up"/);

  // a bad field keeps the tick
  const bad = await b.post(`/companies/${t1.companyA}/consultations/new`, [
    ['_csrf', csrfOf(form.body)],
    ['date', day(0)],
    ['kind', 'follow_up'],
    ['channel', 'phone'],
    ['completeFollowUpIds', ids.overdue],
  ]);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Themen: Bitte mindestens ein Thema wählen\./);
  assert.match(bad.body, new RegExp(`value="${ids.overdue}"[^>]*checked|checked[^>]*value="${ids.overdue}"`));
  const [open] = await db.db.select({ at: consultations.followUpDoneAt }).from(consultations).where(eq(consultations.id, ids.overdue));
  assert.equal(open!.at, null, 'nothing settled by the refused form');

  const ok = await b.post(`/companies/${t1.companyA}/consultations/new`, [
    ['_csrf', csrfOf(bad.body)],
    ['date', day(0)],
    ['kind', 'follow_up'],
    ['channel', 'phone'],
    ['topics', 'recognition'],
    ['completeFollowUpIds', ids.overdue],
  ]);
  assert.equal(ok.statusCode, 303);
  const [settled] = await db.db.select({ at: consultations.followUpDoneAt }).from(consultations).where(eq(consultations.id, ids.overdue));
  assert.ok(settled!.at instanceof Date);
  const after = await b.get('/follow-ups?due=all');
  assert.doesNotMatch(after.body, /Unterlagen &lt;anfordern>/);
  // put it back for the other tests
  await b.post(`/consultations/${ids.overdue}/follow-up/reopen`, { _csrf: csrfOf(after.body) });
});

test('a company user is refused the list and the buttons; another office’s follow-up is not found', async () => {
  const staff = await new Browser(app).signIn('staff@one.example');
  assert.equal((await staff.get('/follow-ups')).statusCode, 403);
  const own = await staff.get(`/companies/${t1.companyA}`);
  assert.equal(own.statusCode, 200);
  assert.doesNotMatch(own.body, /follow-up\/done/, 'no button for a company user');
  assert.doesNotMatch(own.body, /href="\/follow-ups"/, 'not in the navigation');
  const tried = await staff.post(`/consultations/${ids.overdue}/follow-up/done`, { _csrf: csrfOf(own.body) });
  assert.equal(tried.statusCode, 403);

  const b = await new Browser(app).signIn('adviser@one.example');
  const p = await b.get('/follow-ups');
  assert.equal((await b.post(`/consultations/${ids.other}/follow-up/done`, { _csrf: csrfOf(p.body) })).statusCode, 404);
  assert.equal((await b.post('/consultations/not-an-id/follow-up/done', { _csrf: csrfOf(p.body) })).statusCode, 404);
});

function call(method: 'GET' | 'PUT', url: string, token: string, body?: unknown) {
  return app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
}

test('JSON API: list with filters and counts; PUT …/follow-up marks done and open; bad input names the field', async () => {
  const list = await call('GET', `/api/v1/follow-ups?until=${day(0)}`, adviserToken);
  assert.equal(list.statusCode, 200, list.body);
  const body = list.json();
  assert.deepEqual(body.items.map((i: { consultationId: string }) => i.consultationId), [ids.overdue, ids.today]);
  assert.equal(body.overdue, 1);
  assert.equal(body.dueToday, 1);
  assert.equal(body.today, officeToday());
  assert.equal(body.items[0].companyName, 'Office One – Firma A');

  const done = await call('PUT', `/api/v1/consultations/${ids.today}/follow-up`, adviserToken, { done: true });
  assert.equal(done.statusCode, 200, done.body);
  assert.equal(done.json().followUpDoneByName, 'Ben Berater');
  assert.match(done.json().followUpDoneAt, /^\d{4}-\d\d-\d\dT/);
  const open = await call('PUT', `/api/v1/consultations/${ids.today}/follow-up`, adviserToken, { done: false });
  assert.equal(open.json().followUpDoneAt, null);

  const badBody = await call('PUT', `/api/v1/consultations/${ids.today}/follow-up`, adviserToken, { done: 'yes' });
  assert.equal(badBody.statusCode, 400);
  assert.match(badBody.body, /\/done/);
  const extra = await call('PUT', `/api/v1/consultations/${ids.today}/follow-up`, adviserToken, { done: true, by: 'x' });
  assert.equal(extra.statusCode, 400);
  const badQuery = await call('GET', '/api/v1/follow-ups?until=2026-02-30', adviserToken);
  assert.equal(badQuery.statusCode, 400);
  assert.match(badQuery.body, /until/);
  const noFollowUp = (await recordConsultation(db.db, adviser, t1.companyB, { date: day(0), channel: 'phone', topics: ['recognition'], kind: 'first' })).id;
  const none = await call('PUT', `/api/v1/consultations/${noFollowUp}/follow-up`, adviserToken, { done: true });
  assert.equal(none.statusCode, 400);
  assert.match(none.body, /followUpDate/);

  assert.equal((await call('GET', '/api/v1/follow-ups', companyToken)).statusCode, 403);
  assert.equal((await call('PUT', `/api/v1/consultations/${ids.overdue}/follow-up`, companyToken, { done: true })).statusCode, 403);
  assert.equal((await call('PUT', `/api/v1/consultations/${ids.other}/follow-up`, adviserToken, { done: true })).statusCode, 404);
});
