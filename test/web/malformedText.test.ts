// Issue 10, hole 2: a NUL character or an unpaired surrogate in any text input, and percent-escapes that are not
// UTF-8 in a query string, answer 400 naming the field — never 500 (PostgreSQL refuses NUL in text and unpaired
// surrogates in jsonb) — and nothing is saved. Table-driven over the routes: every field of every form (pages), the
// query strings and route params of pages, and every text field of the JSON API. Runs on PGlite and, with
// DATABASE_URL, on PostgreSQL.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { makeTenant, makeUser, recordingMailer } from '../../src/dev/accountsTesting.ts';
import { deliverPasswordResets } from '../../src/app/accounts/deliverPasswordResets.ts';
import { createApiToken } from '../../src/app/accounts/createApiToken.ts';
import { createContact } from '../../src/app/companies/createContact.ts';
import { createPartner } from '../../src/app/partners/createPartner.ts';
import { inviteUser } from '../../src/app/accounts/inviteUser.ts';
import { recordConsultation } from '../../src/app/consultations/recordConsultation.ts';
import { requestPasswordReset } from '../../src/app/accounts/requestPasswordReset.ts';
import { FIELDS } from '../../src/web/check/answers.ts';
import type { DataStepId } from '../../src/web/check/answers.ts';
import { startCheck } from '../../src/app/checks/startCheck.ts';
import { visitor } from '../../src/policies/index.ts';
import { buildApp } from '../../src/web/app.ts';
import { Browser, csrfOf } from '../../src/web/testing/browser.ts';

const NUL = 'a\u0000b';
const SURROGATE = 'a\ud800b';
/** query-string values: NUL, a percent-encoded surrogate and bytes that are not UTF-8 */
const BAD_QUERY = ['a%00b', '%ED%A0%80', '%C3%28', '%FF'];

let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let token: string;
let partnerId: string;
let contactId: string;
let consultationId: string;
let invitationPath: string;
let resetPath: string;
let checkId: string;
let admin: Browser;
let addresses = 0;

/** every table a request could write, as text: compared before and after each refused request */
async function snapshot(): Promise<string> {
  const tables = ['tenants', 'companies', 'contacts', 'partners', 'consultations', 'consultation_referrals', 'consultation_participants', 'audit_log', 'invitations', 'password_resets', 'saved_checks', 'login_attempts'];
  const parts: string[] = [];
  for (const table of tables) {
    const r = await db.db.execute(sql.raw(`select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as h, count(*)::int as n from ${table} t`));
    const row = (r as unknown as { rows: Array<{ h: string; n: number }> }).rows[0]!;
    parts.push(`${table}:${row.n}:${row.h}`);
  }
  // sessions, users and tokens record when they were last used: their number and names only
  for (const [table, cols] of [['sessions', 'user_id'], ['users', 'email, name'], ['api_tokens', 'name']] as const) {
    const r = await db.db.execute(sql.raw(`select count(*)::int as n, coalesce(string_agg(concat_ws(',', ${cols}), '|' order by concat_ws(',', ${cols})), '') as h from ${table}`));
    const row = (r as unknown as { rows: Array<{ h: string; n: number }> }).rows[0]!;
    parts.push(`${table}:${row.n}:${row.h}`);
  }
  return parts.join('\n');
}

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  const adminActor = await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example', { name: 'Ada Admin' });
  await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA });
  token = (await createApiToken(db.db, adminActor, { name: 'crm' })).token;
  partnerId = (await createPartner(db.db, adminActor, { name: 'IHK Pfalz', type: 'ihk' })).id;
  contactId = (await createContact(db.db, adminActor, t1.companyA, { name: 'Petra Personal' })).id;
  consultationId = (await recordConsultation(db.db, adminActor, t1.companyA, { date: '2026-03-01', channel: 'phone', topics: ['recognition'], kind: 'first', followUpDate: '2026-04-01' })).id;
  const mailer = recordingMailer();
  const invited = await inviteUser(db.db, adminActor, { email: 'new@one.example', name: 'Nele Neu', role: 'adviser' }, { mailer, publicUrl: 'http://lotse.test' });
  invitationPath = new URL(invited.link).pathname;
  await requestPasswordReset(db.db, { email: 'staff@one.example', publicUrl: 'http://lotse.test' });
  await deliverPasswordResets(db.db, { mailer });
  resetPath = new URL(/http:\/\/lotse\.test\/password-reset\/\S+/.exec(mailer.sent.at(-1)!.text)![0]).pathname;
  checkId = await startCheck(db.db, visitor());
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false, config: { rateLimitPerAddress: 100_000, rateLimitPerUser: 100_000 } });
  await app.ready();
  admin = await new Browser(app, '192.0.2.1').signIn('admin@one.example');
});
after(async () => {
  await app.close();
  await db.destroy();
});

/** a fresh client address for each sign-in form post (the login limit counts per address) */
function freshBrowser(): Browser {
  addresses += 1;
  return new Browser(app, `198.51.100.${addresses % 250}`);
}

async function refused(what: string, send: () => Promise<LightMyRequestResponse>, named: (r: LightMyRequestResponse) => void): Promise<void> {
  const before = await snapshot();
  const r = await send();
  assert.equal(r.statusCode, 400, `${what}: ${r.statusCode} ${r.body.slice(0, 300)}`);
  named(r);
  assert.equal(await snapshot(), before, `${what}: nothing saved`);
}

/** A form page: the field is marked and linked from the error summary; typed text is shown with U+FFFD. */
function formNames(field: string) {
  return (r: LightMyRequestResponse) => {
    assert.match(r.headers['content-type'] as string, /text\/html/);
    assert.match(r.body, /class="error-summary"/, field);
    assert.match(r.body, new RegExp(`<a href="#${field}">`), `${field} in the error summary`);
    assert.doesNotMatch(r.body, /[\u0000\ud800-\udfff]/, 'no NUL or surrogate in the page');
  };
}

/** The error page of the guard: the field named in its error summary. */
function pageNames(field: string) {
  return (r: LightMyRequestResponse) => {
    assert.match(r.headers['content-type'] as string, /text\/html/);
    assert.match(r.body, /class="error-summary"/);
    assert.ok(r.body.includes(`„${field}“`), `${field} named: ${r.body.slice(0, 200)}`);
  };
}

/** A problem document naming the field by its JSON pointer. */
function problemNames(pointer: string) {
  return (r: LightMyRequestResponse) => {
    assert.match(r.headers['content-type'] as string, /application\/problem\+json/);
    const doc = r.json() as { type: string; errors: Array<{ path: string }> };
    assert.equal(doc.type, '/problems/invalid-input');
    assert.deepEqual(doc.errors.map((e) => e.path), [pointer]);
  };
}

// --- page forms: every field, with NUL (a form body cannot carry a lone surrogate: the encoder sends U+FFFD) ---

const COMPANY = { name: 'Neue Firma', street: 'Hauptstraße 1', postcode: '67655', city: 'Kaiserslautern', federalState: 'DE-RP', municipality: 'Kaiserslautern', headcount: '12', sizeClass: 'small', wzSection: 'C', website: 'www.firma.example', notes: 'Notiz' };
const PARTNER = { name: 'Agentur', type: 'ba_employer_service', contactName: 'Max', email: 'max@agentur.example', phone: '0631 1234', website: 'agentur.example', address: 'Straße 2' };
const CONTACT = { name: 'Paul', role: 'HR', email: 'paul@firma.example', phone: '0631 5678' };
const CONSULTATION = { date: '2026-03-10', kind: 'first', channel: 'phone', durationMinutes: '30', occupations: '2142', otherParticipants: '1', accessRoute: 'chamber', record: 'Notiz', outcome: 'Ergebnis', followUpDate: '2026-04-10' };

test('workspace forms: NUL in any field comes back with the form, the field named, nothing saved', async () => {
  const forms: Array<{ page: string; action: string; values: Record<string, string>; extra?: Record<string, string[]> }> = [
    { page: '/companies/new', action: '/companies', values: COMPANY },
    { page: `/companies/${t1.companyA}/edit`, action: `/companies/${t1.companyA}/edit`, values: COMPANY },
    { page: '/partners', action: '/partners', values: PARTNER },
    { page: `/partners/${partnerId}/edit`, action: `/partners/${partnerId}/edit`, values: PARTNER },
    { page: `/companies/${t1.companyA}`, action: `/companies/${t1.companyA}/contacts`, values: CONTACT },
    { page: `/contacts/${contactId}/edit`, action: `/contacts/${contactId}/edit`, values: CONTACT },
    { page: `/companies/${t1.companyA}/consultations/new`, action: `/companies/${t1.companyA}/consultations/new`, values: CONSULTATION, extra: { topics: ['recognition'], partnerIds: [partnerId] } },
    { page: `/consultations/${consultationId}/edit`, action: `/consultations/${consultationId}/edit`, values: CONSULTATION, extra: { topics: ['recognition'] } },
  ];
  for (const form of forms) {
    for (const field of Object.keys(form.values)) {
      const values = { ...form.values, [field]: NUL, ...form.extra };
      await refused(`${form.action} ${field}`, () => admin.submit(form.page, form.action, values), formNames(field));
    }
    // the lists of the consultation form
    for (const list of Object.keys(form.extra ?? {})) {
      const values = { ...form.values, ...form.extra, [list]: [NUL] };
      await refused(`${form.action} ${list}`, () => admin.submit(form.page, form.action, values), formNames(list));
    }
  }
});

test('the company form shows what was typed, the refused character as U+FFFD', async () => {
  const r = await admin.submit('/companies/new', '/companies', { ...COMPANY, city: 'Kaisers\u0000lautern' });
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /value="Kaisers\uFFFDlautern"/);
  assert.match(r.body, /<a href="#city">Ort: Der Text enthält ein unzulässiges Zeichen/);
});

test('account forms: NUL in any field comes back with the form, the field named, nothing saved', async () => {
  const forms: Array<{ page: string; action: string; values: Record<string, string>; as?: 'admin' }> = [
    { page: '/login', action: '/login', values: { email: 'admin@one.example', password: 'correct horse battery staple' } },
    { page: '/password-reset', action: '/password-reset', values: { email: 'staff@one.example' } },
    { page: invitationPath, action: invitationPath, values: { name: 'Nele Neu', password: 'ein langes Passwort', passwordRepeat: 'ein langes Passwort' } },
    { page: resetPath, action: resetPath, values: { password: 'ein neues langes Passwort', passwordRepeat: 'ein neues langes Passwort' } },
    { page: '/account', action: '/account/password', values: { currentPassword: 'correct horse battery staple', newPassword: 'ein neues langes Passwort', newPasswordRepeat: 'ein neues langes Passwort' }, as: 'admin' },
    { page: '/account', action: '/account/tokens', values: { tokenName: 'Mein Schlüssel' }, as: 'admin' },
    { page: '/admin/users', action: '/admin/users/invite', values: { email: 'neu2@one.example', name: 'Nina', role: 'company', companyId: t1.companyA }, as: 'admin' },
  ];
  for (const form of forms) {
    for (const field of Object.keys(form.values)) {
      const b = form.as === 'admin' ? admin : freshBrowser();
      const values = { ...form.values, [field]: NUL };
      await refused(`${form.action} ${field}`, () => b.submit(form.page, form.action, values), formNames(field));
    }
  }
});

test('questionnaire: NUL in any field of any page comes back with the page, the field named, nothing saved', async () => {
  const b = new Browser(app, '192.0.2.2');
  for (const step of Object.keys(FIELDS) as DataStepId[]) {
    for (const field of FIELDS[step]) {
      // the summary links some fields by another anchor (occupation: the search box): the error beside the field counts
      await refused(`${step} ${field}`, () => b.post(`/checks/${checkId}/step/${step}`, { [field]: NUL }), (r) => {
        assert.match(r.body, /class="error-summary"[^]*<li><a href="#[^"]+">Die Eingabe enthält ein unzulässiges Zeichen/, field);
        // beside the field where the page shows it (engineerTitle only for engineering occupations)
        if (r.body.includes(`name="${field}"`)) {
          assert.match(r.body, new RegExp(`id="${field}-error"><span class="visually-hidden">Fehler: </span>Die Eingabe enthält ein unzulässiges Zeichen`), field);
        }
      });
    }
  }
});

// --- query strings and route params of pages --------------------------------------------------------------

test('page filters (/companies?q=, /search?q=): the list comes back with the filter field named', async () => {
  for (const url of ['/companies?q=a%00b', '/search?q=a%00b']) {
    await refused(url, () => admin.get(url), formNames('q'));
  }
});

test('page query strings and params: NUL and non-UTF-8 escapes answer the error page naming the field', async () => {
  const cases: Array<[string, string]> = [
    ['/companies?q=', 'q'],
    ['/search?q=', 'q'],
    ['/follow-ups?due=', 'due'],
    ['/reports?from=', 'from'],
    ['/admin/audit?entity=', 'entity'],
    [`/companies/${t1.companyA}?done=`, 'done'],
    ['/login?next=', 'next'],
    ['/check?x=', 'x'],
    [`/checks/${checkId}/occupations?q=`, 'q'],
    ['/lang/en?back=', 'back'],
  ];
  for (const [url, field] of cases) {
    for (const bad of BAD_QUERY) {
      // NUL in the list filters is the list's own field error (above); the escapes are the guard's
      if (bad === 'a%00b' && (url.startsWith('/companies') || url.startsWith('/search') || url.startsWith('/follow-ups'))) continue;
      await refused(`${url}${bad}`, () => admin.get(`${url}${bad}`), (r) => {
        assert.equal(r.statusCode, 400);
        if (bad === 'a%00b' && (url.startsWith('/reports') || url.startsWith('/admin/audit'))) return; // their own field errors
        pageNames(field)(r);
      });
    }
  }
  for (const [url, field] of [['/companies/a%00b', 'id'], ['/checks/a%00b', 'id'], ['/invitations/a%00b', 'token'], ['/lang/a%00b', 'lang']] as const) {
    await refused(url, () => admin.get(url), pageNames(field));
  }
});

// --- the JSON API ------------------------------------------------------------------------------------------

function api(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) {
  return app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
}

test('API bodies: NUL or an unpaired surrogate in any text field is a problem naming it; nothing saved', async () => {
  const company = { name: 'API Firma', street: 'Weg 1', postcode: '67655', city: 'KL', federalState: 'DE-RP', municipality: 'KL', sizeClass: 'small', wzSection: 'C', website: 'firma.example', notes: 'n' };
  const consultation = { date: '2026-03-10', channel: 'phone', topics: ['recognition'], kind: 'first', record: 'r', outcome: 'o', accessRoute: 'chamber', occupations: ['2142'], followUpDate: '2026-04-10' };
  const bodies: Array<{ method: 'POST' | 'PUT'; url: string; body: Record<string, unknown> }> = [
    { method: 'POST', url: '/api/v1/companies', body: company },
    { method: 'PUT', url: `/api/v1/companies/${t1.companyA}`, body: company },
    { method: 'POST', url: '/api/v1/consultations', body: { companyId: t1.companyA, ...consultation } },
    { method: 'PUT', url: `/api/v1/consultations/${consultationId}`, body: consultation },
  ];
  for (const { method, url, body } of bodies) {
    for (const [field, value] of Object.entries(body)) {
      for (const bad of [NUL, SURROGATE]) {
        const sent = { ...body, [field]: Array.isArray(value) ? [bad] : bad };
        const pointer = Array.isArray(value) ? `/${field}/0` : `/${field}`;
        await refused(`${method} ${url} ${field} ${JSON.stringify(bad)}`, () => api(method, url, sent), problemNames(pointer));
      }
    }
  }
  // the literal request of the issue
  await refused('issue body', () => app.inject({ method: 'POST', url: '/api/v1/companies', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: '{"name":"A \\ud800"}' }), problemNames('/name'));
  await refused('object key', () => api('POST', '/api/v1/companies', { name: 'A', ['x\u0000']: 1 }), problemNames('/x\u0000'));
});

test('API query strings and params: NUL and non-UTF-8 escapes are problems naming the field', async () => {
  for (const bad of BAD_QUERY) {
    await refused(`q=${bad}`, () => api('GET', `/api/v1/companies?q=${bad}`), problemNames('/q'));
    await refused(`follow-ups ${bad}`, () => api('GET', `/api/v1/follow-ups?until=${bad}`), problemNames('/until'));
  }
  await refused('param', () => api('GET', '/api/v1/companies/a%00b'), problemNames('/id'));
  await refused('param', () => api('GET', '/api/v1/consultations/a%00b'), problemNames('/id'));
});

test('the check API names the field too (the CLI shares its validator)', async () => {
  for (const bad of [NUL, SURROGATE]) {
    const r = await app.inject({ method: 'POST', url: '/api/v1/checks', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ decisionDate: bad }) });
    assert.equal(r.statusCode, 400);
    assert.equal((r.json() as { errors: Array<{ path: string }> }).errors[0]!.path, '/decisionDate');
  }
});

test('a NUL in a cookie or an escape that is not UTF-8 in a path is no 500', async () => {
  const cookie = await app.inject({ method: 'GET', url: '/companies', headers: { cookie: 'lotse_session=a%00b; lang=%00' } });
  assert.ok(cookie.statusCode < 500, String(cookie.statusCode));
  for (const url of ['/companies/%ED%A0%80', '/api/v1/companies/%FF']) {
    const r = await admin.get(url);
    assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${url}: ${r.statusCode}`);
  }
});

test('well-formed text passes: pairs of surrogates (emoji), umlauts and a literal % stay allowed', async () => {
  const created = await api('POST', '/api/v1/companies', { name: 'Müller 🚀 GmbH', notes: '100% sicher' });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal((created.json() as { name: string }).name, 'Müller 🚀 GmbH');
  assert.equal((await admin.get('/search?q=M%C3%BCller')).statusCode, 200);
  assert.equal((await admin.get('/companies?q=100%')).statusCode, 200);
  const csrf = csrfOf((await admin.get('/companies/new')).body);
  assert.equal((await admin.post('/companies', { _csrf: csrf, name: 'Émoji 🙂 AG' })).statusCode, 303);
});
