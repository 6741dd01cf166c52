// Issue 14: a consultation's record and outcome are internal to the office; a company user reads only the summary
// written for the company. On the company page, in the JSON API (one and the list) and in the use cases themselves,
// for both roles; the adviser writes the summary in the consultation form, and a summary over the limit comes back
// with the form, naming the field.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createApiToken } from '../../../src/app/accounts/createApiToken.ts';
import { createPartner } from '../../../src/app/partners/createPartner.ts';
import { recordConsultation } from '../../../src/app/consultations/recordConsultation.ts';
import { getConsultation } from '../../../src/app/consultations/getConsultation.ts';
import { listConsultations } from '../../../src/app/consultations/listConsultations.ts';
import { getCompany } from '../../../src/app/companies/getCompany.ts';
import { LONG_TEXT_MAX } from '../../../src/app/common/codes.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;
let staff: Actor;
let adviserToken: string;
let companyToken: string;
let withSummary: string;
let withoutSummary: string;

const RECORD = 'Geschäftsführer wirkt unsicher, Gehalt vermutlich zu niedrig';
const OUTCOME = 'Einschätzung: Blaue Karte eher nicht erreichbar';
const SUMMARY = 'Wir haben die Anerkennung besprochen; nächster Schritt: Zeugnisse übersetzen lassen.';
const FOLLOW_UP = '2027-01-15';

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Summary Office');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@summary.example', { name: 'Ada Beraterin' });
  staff = await makeUser(db.db, t1.tenantId, 'company', 'staff@summary.example', { companyId: t1.companyA });
  const partner = (await createPartner(db.db, { ...adviser, role: 'admin' as const }, { name: 'IHK Pfalz', type: 'ihk' })).id;
  withSummary = (
    await recordConsultation(db.db, adviser, t1.companyA, {
      date: '2026-11-02',
      channel: 'phone',
      durationMinutes: '45',
      topics: ['recognition'],
      kind: 'first',
      occupations: '2142',
      accessRoute: 'chamber',
      record: RECORD,
      outcome: OUTCOME,
      companySummary: SUMMARY,
      followUpDate: FOLLOW_UP,
      partnerIds: [partner],
    })
  ).id;
  withoutSummary = (await recordConsultation(db.db, adviser, t1.companyA, { date: '2026-11-20', channel: 'video', topics: ['residence_law'], kind: 'follow_up', record: 'Nur intern' }))
    .id;
  adviserToken = (await createApiToken(db.db, adviser, { name: 'crm' })).token;
  companyToken = (await createApiToken(db.db, staff, { name: 'erp' })).token;
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

const INTERNAL_KEYS = ['record', 'outcome', 'followUpDate', 'followUpDoneAt', 'followUpDoneByName', 'durationMinutes', 'accessRoute', 'occupations', 'adviserUserId', 'adviserName', 'participants', 'otherParticipants'];

test('use cases: the adviser reads everything; the company user gets the company view from getCompany, getConsultation and listConsultations', async () => {
  const full = await getConsultation(db.db, adviser, withSummary);
  assert.equal(full.internal, true);
  assert.ok(full.internal && full.record === RECORD && full.outcome === OUTCOME && full.companySummary === SUMMARY);

  const one = await getConsultation(db.db, staff, withSummary);
  const { consultations } = await getCompany(db.db, staff, t1.companyA);
  const list = await listConsultations(db.db, staff, {});
  for (const v of [one, ...consultations, ...list.items]) {
    assert.equal(v.internal, false);
    for (const k of INTERNAL_KEYS) assert.equal(k in v, false, `${k} must not reach the company user`);
    assert.doesNotMatch(JSON.stringify(v), /unsicher|Einschätzung|Nur intern|Ada Beraterin/);
  }
  assert.deepEqual(
    consultations.map((v) => [v.date, v.companySummary]),
    [
      ['2026-11-20', null],
      ['2026-11-02', SUMMARY],
    ],
  );
  assert.deepEqual(
    one.referrals.map((r) => r.name),
    ['IHK Pfalz'],
    'referrals stay visible',
  );
  // the adviser's list and company page are whole
  assert.ok((await listConsultations(db.db, adviser, {})).items.every((v) => v.internal));
  assert.ok((await getCompany(db.db, adviser, t1.companyA)).consultations.every((v) => v.internal));
});

test('the company page: the adviser sees record, outcome and summary; the company user only date, channel, topics, kind and the summary', async () => {
  const a = await new Browser(app).signIn('adviser@summary.example');
  const page = await a.get(`/companies/${t1.companyA}`);
  assert.equal(page.statusCode, 200);
  for (const text of [RECORD, OUTCOME, SUMMARY, 'Nur intern']) assert.ok(page.body.includes(text), text);

  const c = await new Browser(app, '10.0.0.2').signIn('staff@summary.example');
  const own = await c.get(`/companies/${t1.companyA}`);
  assert.equal(own.statusCode, 200);
  assert.ok(own.body.includes(SUMMARY));
  assert.match(own.body, /02\.11\.2026: Erstberatung|02\.11\.2026/);
  assert.match(own.body, /Zusammenfassung für das Unternehmen/);
  assert.match(own.body, /Keine Zusammenfassung für das Unternehmen\./);
  assert.match(own.body, /IHK Pfalz/);
  for (const text of [RECORD, OUTCOME, 'Nur intern', 'Ada Beraterin', '15.01.2027']) assert.ok(!own.body.includes(text), `company page shows ${text}`);
  assert.doesNotMatch(own.body, /\/consultations\/[^"]+\/edit/);
  const en = await c.get(`/companies/${t1.companyA}`, { 'accept-language': 'en' });
  assert.match(en.body, /<dt>Summary for the company<\/dt><dd>No summary for the company\.<\/dd>/);
  assert.ok(!en.body.includes(RECORD));
});

test('the consultation form: the adviser writes the summary; over the limit it comes back naming the field, values kept', async () => {
  const a = await new Browser(app, '10.0.0.3').signIn('adviser@summary.example');
  const form = await a.get(`/consultations/${withoutSummary}/edit`);
  assert.match(form.body, /name="companySummary"/);
  assert.match(form.body, /Nur dieser Text ist für das Unternehmen sichtbar/);
  const base = { date: '2026-11-20', kind: 'follow_up', channel: 'video', topics: 'residence_law', record: 'Nur intern' };
  const bad = await a.submit(`/consultations/${withoutSummary}/edit`, `/consultations/${withoutSummary}/edit`, { ...base, companySummary: 'x'.repeat(LONG_TEXT_MAX + 1) });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /href="#companySummary"[^>]*>[^<]*Zusammenfassung für das Unternehmen/);
  assert.match(bad.body, /Nur intern/, 'values kept');
  const ok = await a.submit(`/consultations/${withoutSummary}/edit`, `/consultations/${withoutSummary}/edit`, { ...base, companySummary: 'Kurz: Aufenthaltsrecht erklärt.' });
  assert.equal(ok.statusCode, 303);
  const v = await getConsultation(db.db, staff, withoutSummary);
  assert.equal(v.companySummary, 'Kurz: Aufenthaltsrecht erklärt.');
});

function call(method: 'GET' | 'POST' | 'PUT', url: string, token: string, body?: unknown) {
  return app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
}

test('the JSON API: the company user’s JSON never contains the record or the outcome; the adviser’s does; the summary is written through the API', async () => {
  const mine = await call('GET', `/api/v1/consultations/${withSummary}`, companyToken);
  assert.equal(mine.statusCode, 200);
  assert.doesNotMatch(mine.body, /unsicher|Einschätzung|"record"|"outcome"|"followUpDate"|Ada Beraterin/);
  assert.equal(mine.json().companySummary, SUMMARY);
  assert.equal(mine.json().internal, false);
  const list = await call('GET', '/api/v1/consultations', companyToken);
  assert.equal(list.statusCode, 200);
  assert.equal(list.json().total, 2);
  assert.doesNotMatch(list.body, /unsicher|Einschätzung|Nur intern|"record"|"outcome"/);

  const full = await call('GET', `/api/v1/consultations/${withSummary}`, adviserToken);
  assert.equal(full.json().record, RECORD);
  assert.equal(full.json().outcome, OUTCOME);
  assert.equal(full.json().internal, true);

  const created = await call('POST', '/api/v1/consultations', adviserToken, {
    companyId: t1.companyA,
    date: '2026-12-01',
    channel: 'email',
    topics: ['skilled_immigration'],
    kind: 'follow_up',
    record: 'intern',
    companySummary: 'Per E-Mail: Unterlagenliste geschickt.',
  });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal(created.json().companySummary, 'Per E-Mail: Unterlagenliste geschickt.');
  const tooLong = await call('PUT', `/api/v1/consultations/${created.json().id}`, adviserToken, {
    date: '2026-12-01',
    channel: 'email',
    topics: ['skilled_immigration'],
    kind: 'follow_up',
    companySummary: 'x'.repeat(LONG_TEXT_MAX + 1),
  });
  assert.equal(tooLong.statusCode, 400);
  assert.match(tooLong.body, /companySummary/);
});
