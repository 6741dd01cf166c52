// The account pages through the whole application (app.inject): login with CSRF, errors that keep the e-mail,
// session cookie attributes, logout, invitations and password reset through the mail written to the log, the account
// page, the user administration, roles, tenant isolation (404) and bearer tokens on the API.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { loginAttempts, passwordResetRequests, sessions } from '../../../src/db/schema/index.ts';
import { LOGIN_MAX_FAILURES_PER_ACCOUNT } from '../../../src/app/accounts/accounts.ts';
import { TEST_PASSWORD, makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createApiToken } from '../../../src/app/accounts/createApiToken.ts';
import type { Mail, Mailer } from '../../../src/app/accounts/mail.ts';
import { revokeApiToken } from '../../../src/app/accounts/revokeApiToken.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser, csrfOf } from '../../../src/web/testing/browser.ts';
import { HOSTILE_TARGETS, assertSameOriginPath, refusedAsMalformedText } from '../../../src/web/testing/hostileRedirects.ts';
import { authorizeRequest, requireActor } from '../../../src/web/auth/index.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;
const logLines: string[] = [];
let t1: { tenantId: string; companyA: string; companyB: string };
let t2: { tenantId: string; companyA: string; companyB: string };
let admin1: Actor;
let adviser1: Actor;
let company1: Actor;
let admin2: Actor;

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  t2 = await makeTenant(db.db, 'Office Two');
  admin1 = await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example', { name: 'Ada Admin' });
  adviser1 = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example', { name: 'Ben Berater' });
  company1 = await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA, name: 'Cora Company' });
  admin2 = await makeUser(db.db, t2.tenantId, 'admin', 'admin@two.example', { name: 'Dora Two' });
  const stream = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(String(chunk));
      cb();
    },
  });
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: { level: 'info', stream } });
  // routes as later issues will write them, to test the helpers
  app.get('/api/v1/test/me', { preHandler: requireActor }, async (request) => ({ userId: request.actor!.userId, via: request.actor!.via }));
  app.get('/test/me', { preHandler: requireActor }, async (request) => `hello ${request.actor!.name}`);
  app.get<{ Params: { tenantId: string; companyId: string } }>('/api/v1/test/companies/:tenantId/:companyId', { preHandler: requireActor }, async (request) => {
    authorizeRequest(request, 'company.read', { tenantId: request.params.tenantId, companyId: request.params.companyId });
    return { ok: true };
  });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

/** Waits (up to 10 s) for work that happens after a response, e.g. a mail. */
async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function lastMailLink(kind: 'invitations' | 'password-reset'): string {
  for (let i = logLines.length - 1; i >= 0; i--) {
    const m = new RegExp(`https?://[^\\s"]+(/${kind}/[A-Za-z0-9_-]{43})`).exec(logLines[i]!);
    if (m) return m[1]!;
  }
  throw new Error(`no ${kind} link in the log`);
}

test('the login form carries a CSRF token; a post without it is refused with 403', async () => {
  const b = new Browser(app, '192.0.2.10');
  const page = await b.get('/login');
  assert.equal(page.statusCode, 200);
  assert.match(page.headers['content-type'] as string, /text\/html/);
  assert.ok(csrfOf(page.body));
  assert.match(page.body, /<label for="email">/);
  const r = await b.post('/login', { email: 'admin@one.example', password: TEST_PASSWORD });
  assert.equal(r.statusCode, 403);
  assert.equal(b.cookies.has('lotse_session'), false);
});

test('a wrong password answers with the form again: error summary, error at the field, the e-mail kept, no session', async () => {
  const b = new Browser(app, '192.0.2.11');
  const r = await b.submit('/login', '/login', { email: 'adviser@one.example', password: 'not the password' });
  assert.equal(r.statusCode, 401);
  assert.match(r.body, /class="error-summary"/);
  assert.match(r.body, /E-Mail-Adresse oder Passwort ist nicht richtig/);
  assert.match(r.body, /value="adviser@one.example"/);
  assert.match(r.body, /aria-invalid="true"/);
  assert.doesNotMatch(r.body, /not the password/, 'the password is never sent back');
  assert.equal(b.cookies.has('lotse_session'), false);
  const empty = await b.submit('/login', '/login', { email: '', password: '' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /href="#email"/);
  assert.match(empty.body, /href="#password"/);
});

test('login sets an HttpOnly, SameSite=Lax session cookie (not Secure over http in development), rotates it, and the account page shows the user', async () => {
  const b = new Browser(app, '192.0.2.12');
  const secondTab = csrfOf((await b.get('/login')).body);
  const r = await b.signInResponse('adviser@one.example');
  assert.equal(r.headers.location, '/companies', 'an adviser starts at the companies');
  const setCookie = ([] as string[]).concat(r.headers['set-cookie'] as string | string[]).find((c) => c.startsWith('lotse_session='))!;
  assert.match(setCookie, /HttpOnly/i);
  assert.match(setCookie, /SameSite=Lax/i);
  assert.match(setCookie, /Path=\//);
  assert.doesNotMatch(setCookie, /Secure/i);
  const first = b.cookies.get('lotse_session')!;
  const account = await b.get('/account');
  assert.equal(account.statusCode, 200);
  assert.match(account.body, /Ben Berater/);
  assert.match(account.body, /Office One/);
  assert.equal(account.headers['cache-control'], 'no-store');
  // signed in, the login page sends the user on
  assert.equal((await b.get('/login')).statusCode, 303);
  // signing in again in the same browser (a second tab's form) issues a new id and ends the old session
  assert.equal((await b.post('/login', { _csrf: secondTab, email: 'adviser@one.example', password: TEST_PASSWORD })).statusCode, 303);
  assert.notEqual(b.cookies.get('lotse_session'), first);
  const old = await app.inject({ url: '/account', headers: { cookie: `lotse_session=${first}` } });
  assert.equal(old.statusCode, 303);
});

test('login comes back to the page that asked for it, never to another site', async () => {
  const b = new Browser(app, '192.0.2.13');
  const asked = await b.get('/admin/users');
  assert.equal(asked.statusCode, 303);
  assert.equal(asked.headers.location, '/login?next=%2Fadmin%2Fusers');
  const page = await b.get(asked.headers.location as string);
  assert.match(page.body, /name="next" value="\/admin\/users"/);
  const r = await b.post('/login', { _csrf: csrfOf(page.body), email: 'admin@one.example', password: TEST_PASSWORD, next: '/admin/users' });
  assert.equal(r.headers.location, '/admin/users');
  const evil = await new Browser(app, '192.0.2.14').submit('/login', '/login', { email: 'admin@one.example', password: TEST_PASSWORD, next: '//evil.example/x' });
  assert.equal(evil.headers.location, '/companies');
});

// Issue 10: `next` was checked before normalisation, so `/..//evil.example` signed in and sent the browser to
// //evil.example. Every Location after the login is a path on this site.
test('login never redirects to another site, whatever the next: GET when signed in and POST', async () => {
  const signedIn = await new Browser(app, '192.0.2.16').signIn('adviser@one.example');
  for (const target of HOSTILE_TARGETS) {
    const r = await signedIn.get(`/login?next=${encodeURIComponent(target)}`);
    if (refusedAsMalformedText(r, target)) continue;
    assert.equal(r.statusCode, 303, JSON.stringify(target));
    assertSameOriginPath(r.headers.location, `GET /login?next=${JSON.stringify(target.slice(0, 40))}`);
  }
  let i = 0;
  for (const target of HOSTILE_TARGETS) {
    // the login limit counts per address: one address per attempt
    const b = new Browser(app, `203.0.113.${++i}`);
    const r = await b.submit('/login', '/login', { email: 'adviser@one.example', password: TEST_PASSWORD, next: target });
    if (refusedAsMalformedText(r, target)) continue;
    assert.equal(r.statusCode, 303, JSON.stringify(target));
    assertSameOriginPath(r.headers.location, `POST /login next=${JSON.stringify(target.slice(0, 40))}`);
  }
});

test('logout (POST with CSRF) ends the session in the database and clears the cookie', async () => {
  const b = new Browser(app, '192.0.2.15');
  await b.signIn('adviser@one.example');
  const sid = b.cookies.get('lotse_session')!;
  const account = await b.get('/account');
  assert.match(account.body, /action="\/logout"/);
  const noToken = await b.post('/logout', {});
  assert.equal(noToken.statusCode, 403, 'no logout without the CSRF token');
  const r = await b.post('/logout', { _csrf: csrfOf(account.body) });
  assert.equal(r.statusCode, 303);
  assert.equal(r.headers.location, '/login?done=logout');
  assert.equal(b.cookies.has('lotse_session'), false);
  const rows = await db.db.select().from(sessions);
  assert.ok(rows.length > 0);
  const again = await app.inject({ url: '/account', headers: { cookie: `lotse_session=${sid}` } });
  assert.equal(again.statusCode, 303);
  assert.match((await b.get('/login?done=logout')).body, /Sie haben sich abgemeldet/);
});

test('throttling: five wrong passwords from one address throttle the account from there with a clear message and Retry-After; the owner signs in from elsewhere (issue 10)', async () => {
  const victim = await makeUser(db.db, t1.tenantId, 'adviser', 'victim@one.example');
  assert.ok(victim);
  let last: LightMyRequestResponse | undefined;
  for (let i = 0; i < 6; i++) {
    last = await new Browser(app, '198.51.100.1').submit('/login', '/login', { email: 'victim@one.example', password: `wrong ${i} wrong wrong` });
  }
  assert.equal(last!.statusCode, 429);
  assert.match(last!.body, /Zu viele Anmeldeversuche. Versuchen Sie es in 15 Minuten noch einmal/);
  assert.equal(last!.headers['retry-after'], '900');
  const fromThere = await new Browser(app, '198.51.100.1').submit('/login', '/login', { email: 'victim@one.example', password: TEST_PASSWORD });
  assert.equal(fromThere.statusCode, 429, 'the right password does not open the throttled address either');
  // the attacker's failures (from one address and from others) do not lock the owner out
  for (let i = 2; i < 6; i++) {
    await new Browser(app, `198.51.100.${i}`).submit('/login', '/login', { email: 'victim@one.example', password: `wrong ${i} wrong wrong` });
  }
  const owner = await new Browser(app, '198.51.100.77').submit('/login', '/login', { email: 'victim@one.example', password: TEST_PASSWORD });
  assert.equal(owner.statusCode, 303);
});

test('a known device (the signed device cookie of an earlier sign-in) signs in while the account is throttled for unknown devices; a new or forged one is told why (issue 10)', async () => {
  await makeUser(db.db, t1.tenantId, 'adviser', 'target@one.example');
  const own = new Browser(app, '192.0.2.90');
  const first = await own.signInResponse('target@one.example');
  const set = ([] as string[]).concat(first.headers['set-cookie'] as string | string[]).find((c) => c.startsWith('lotse_device='));
  assert.ok(set, 'the device cookie is set at sign-in');
  assert.match(set!, /HttpOnly/i);
  assert.match(set!, /SameSite=Strict/i);
  assert.match(set!, /Max-Age=15552000/);
  assert.match(own.cookies.get('lotse_device')!, /^v1\.[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}\.[0-9]+\.[A-Za-z0-9%+/=_-]+$/, 'signed');
  own.cookies.delete('lotse_session'); // signed out, the device cookie stays

  // then many addresses guessed the account's password (as rows: through the form it would take a minute)
  const now = Date.now() + 1000;
  await db.db.insert(loginAttempts).values(
    Array.from({ length: LOGIN_MAX_FAILURES_PER_ACCOUNT }, (_, i) => ({ email: 'target@one.example', ip: `198.18.${i}.1`, success: false, at: new Date(now + i) })),
  );
  const fresh = await new Browser(app, '192.0.2.91').submit('/login', '/login', { email: 'target@one.example', password: TEST_PASSWORD });
  assert.equal(fresh.statusCode, 429);
  assert.match(fresh.body, /zu viele fehlgeschlagene Anmeldeversuche von anderen Geräten/);
  assert.match(fresh.body, /auf einem Gerät an, auf dem Sie sich hier schon angemeldet haben/);
  const forged = new Browser(app, '192.0.2.92');
  const value = own.cookies.get('lotse_device')!;
  forged.cookies.set('lotse_device', value.replace(/\.([^.]+)$/, '.AAAA$1'));
  assert.equal((await forged.submit('/login', '/login', { email: 'target@one.example', password: TEST_PASSWORD })).statusCode, 429, 'a bad signature');
  const unsigned = new Browser(app, '192.0.2.92');
  unsigned.cookies.set('lotse_device', value.replace(/\.[^.]+$/, ''));
  assert.equal((await unsigned.submit('/login', '/login', { email: 'target@one.example', password: TEST_PASSWORD })).statusCode, 429, 'no signature');

  const again = await own.submit('/login', '/login', { email: 'target@one.example', password: TEST_PASSWORD });
  assert.equal(again.statusCode, 303, 'the known device');
  assert.notEqual(own.cookies.get('lotse_device'), value, 'a new device token at every sign-in');
});

test('password reset: the mail leaves after the answer, which does not wait for a slow mail server (issue 10)', async () => {
  const outbox: Mail[] = [];
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const slow: Mailer = {
    kind: 'smtp',
    async send(mail) {
      outbox.push(mail);
      await released;
    },
  };
  const app2 = await buildApp({ database: db, cookieSecret: SECRET, logger: false, mailer: slow, publicUrl: 'https://lotse.example.org' });
  // how many mails had been handed to the mail server when the answer to a reset request was about to be written
  const atAnswer: number[] = [];
  app2.addHook('onSend', async (request, _reply, payload) => {
    if (request.method === 'POST' && request.url === '/password-reset') atAnswer.push(outbox.length);
    return payload;
  });
  await app2.ready();
  try {
    const known = await new Browser(app2, '192.0.2.95').submit('/password-reset', '/password-reset', { email: 'admin@one.example' });
    assert.equal(known.statusCode, 303);
    assert.deepEqual(atAnswer, [0], 'nothing was sent before the answer');
    await until(() => outbox.length === 1, 'the mail is sent after the answer');
    assert.equal(outbox[0]!.to, 'admin@one.example');
    assert.match(outbox[0]!.text, /https:\/\/lotse\.example\.org\/password-reset\/[A-Za-z0-9_-]{43}/);
    // the mail server has not answered the first mail (it never does until released): further requests are answered
    const again = await new Browser(app2, '192.0.2.96').submit('/password-reset', '/password-reset', { email: 'admin@one.example' });
    assert.equal(again.statusCode, 303);
    const unknown = await new Browser(app2, '192.0.2.96').submit('/password-reset', '/password-reset', { email: 'nobody@one.example' });
    assert.equal(unknown.statusCode, 303);
    await until(() => outbox.length === 2, 'the second mail');
    await until(async () => (await db.db.select().from(passwordResetRequests)).length === 0, 'all requests handled');
  } finally {
    release();
    await app2.close();
  }
  assert.deepEqual(
    outbox.map((m) => m.to),
    ['admin@one.example', 'admin@one.example'],
    'no mail for the unknown address',
  );
});

test('a company user cannot reach the user administration (403); an adviser neither; an admin can', async () => {
  const c = new Browser(app, '192.0.2.20');
  await c.signIn('staff@one.example');
  assert.equal((await c.get('/admin/users')).statusCode, 403);
  const a = new Browser(app, '192.0.2.21');
  await a.signIn('adviser@one.example');
  assert.equal((await a.get('/admin/users')).statusCode, 403);
  assert.doesNotMatch((await a.get('/account')).body, /href="\/admin\/users"/);
  const ad = new Browser(app, '192.0.2.22');
  await ad.signIn('admin@one.example');
  const page = await ad.get('/admin/users');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Ben Berater/);
  assert.match(page.body, /Cora Company/);
  assert.doesNotMatch(page.body, /Dora Two/, 'no user of another tenant');
});

test('another tenant’s objects answer 404: disabling its user, revoking its invitation or token', async () => {
  const b = new Browser(app, '192.0.2.23');
  await b.signIn('admin@two.example');
  const page = await b.get('/admin/users');
  const csrf = csrfOf(page.body);
  assert.equal((await b.post(`/admin/users/${adviser1.userId}/disable`, { _csrf: csrf })).statusCode, 404);
  const token = await createApiToken(db.db, adviser1, { name: 'x' });
  assert.equal((await b.post(`/account/tokens/${token.id}/revoke`, { _csrf: csrf })).statusCode, 404);
  assert.equal((await b.post('/admin/invitations/00000000-0000-4000-8000-000000000000/revoke', { _csrf: csrf })).statusCode, 404);
  const still = await app.inject({ url: '/api/openapi.json', headers: { authorization: `Bearer ${token.token}` } });
  assert.equal(still.statusCode, 200);
  assert.ok(admin2);
});

test('an admin invites through the form; the mail is written to the log; the link creates the account and signs in', async () => {
  const ad = new Browser(app, '192.0.2.24');
  await ad.signIn('admin@one.example');
  const bad = await ad.submit('/admin/users', '/admin/users/invite', { email: 'nope', role: 'company', companyId: '' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /href="#email"/);
  assert.match(bad.body, /href="#companyId"/);
  assert.match(bad.body, /value="nope"/, 'input kept');
  const ok = await ad.submit('/admin/users', '/admin/users/invite', { email: 'Neu@Firma-A.example', name: 'Nele Neu', role: 'company', companyId: t1.companyA });
  assert.equal(ok.statusCode, 200);
  assert.match(ok.body, /Die Einladung an neu@firma-a.example wurde gesendet/);
  assert.match(ok.body, /neu@firma-a.example/);
  const link = lastMailLink('invitations');

  const invitee = new Browser(app, '192.0.2.25');
  const form = await invitee.get(link);
  assert.equal(form.statusCode, 200);
  assert.equal(form.headers['referrer-policy'], 'no-referrer');
  assert.match(form.body, /Office One/);
  assert.match(form.body, /value="Nele Neu"/);
  const short = await invitee.post(link, { _csrf: csrfOf(form.body), name: 'Nele Neu', password: 'short', passwordRepeat: 'short' });
  assert.equal(short.statusCode, 400);
  assert.match(short.body, /mindestens 12 Zeichen/);
  const done = await invitee.post(link, { _csrf: csrfOf(short.body), name: 'Nele Neu', password: 'ein langes Passwort', passwordRepeat: 'ein langes Passwort' });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, '/account');
  assert.match((await invitee.get('/account')).body, /Nele Neu/);
  // the link worked once
  const reused = await new Browser(app, '192.0.2.26').get(link);
  assert.equal(reused.statusCode, 410);
  assert.match(reused.body, /schon verwendet/);
  assert.equal((await new Browser(app, '192.0.2.10').get('/invitations/not-a-token')).statusCode, 404);
});

test('password reset through the pages: same answer for unknown addresses, link in the log, new password, old sessions ended', async () => {
  const b = new Browser(app, '192.0.2.30');
  await b.signIn('staff@one.example');
  const before = logLines.length;
  const unknown = await new Browser(app, '192.0.2.31').submit('/password-reset', '/password-reset', { email: 'nobody@one.example' });
  assert.equal(unknown.statusCode, 303);
  assert.equal(unknown.headers.location, '/password-reset/sent');
  await until(async () => (await db.db.select().from(passwordResetRequests)).length === 0, 'the request handled');
  await new Promise((r) => setTimeout(r, 20));
  assert.ok(!logLines.slice(before).some((l) => l.includes('/password-reset/')), 'no mail for an unknown address');
  const known = await new Browser(app, '192.0.2.31').submit('/password-reset', '/password-reset', { email: 'staff@one.example' });
  assert.equal(known.headers.location, '/password-reset/sent');
  await until(() => logLines.slice(before).some((l) => l.includes('/password-reset/')), 'the mail (after the answer)');
  const link = lastMailLink('password-reset');
  const r = new Browser(app, '192.0.2.32');
  const page = await r.get(link);
  assert.equal(page.statusCode, 200);
  const set = await r.post(link, { _csrf: csrfOf(page.body), password: 'a fresh new password', passwordRepeat: 'a fresh new password' });
  assert.equal(set.statusCode, 303);
  assert.equal(set.headers.location, '/login?done=reset');
  assert.equal((await b.get('/account')).statusCode, 303, 'the earlier session has ended');
  await new Browser(app, '192.0.2.33').signIn('staff@one.example', 'a fresh new password');
  assert.equal((await r.get(link)).statusCode, 410);
});

test('the account page changes the password (other sessions end) and manages API tokens', async () => {
  const other = new Browser(app, '192.0.2.40');
  await other.signIn('admin@one.example');
  const b = new Browser(app, '192.0.2.41');
  await b.signIn('admin@one.example');
  const wrong = await b.submit('/account', '/account/password', { currentPassword: 'nope', newPassword: 'another good password', newPasswordRepeat: 'another good password' });
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /Das aktuelle Passwort ist nicht richtig/);
  const ok = await b.submit('/account', '/account/password', { currentPassword: TEST_PASSWORD, newPassword: 'another good password', newPasswordRepeat: 'another good password' });
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, '/account?done=password');
  assert.equal((await b.get('/account')).statusCode, 200, 'this browser stays signed in');
  assert.equal((await other.get('/account')).statusCode, 303, 'the other session ended');

  const created = await b.submit('/account', '/account/tokens', { tokenName: 'Export-Skript' });
  assert.equal(created.statusCode, 200);
  const token = /<code class="secret">(lotse_[A-Za-z0-9_-]{43})<\/code>/.exec(created.body)?.[1];
  assert.ok(token, 'the token is shown once');
  const api = await app.inject({ url: '/api/openapi.json', headers: { authorization: `Bearer ${token}` } });
  assert.equal(api.statusCode, 200);
  const list = await b.get('/account');
  assert.doesNotMatch(list.body, new RegExp(token!), 'never shown again');
  const id = /action="\/account\/tokens\/([0-9a-f-]{36})\/revoke"/.exec(list.body)?.[1];
  assert.ok(id);
  const revoked = await b.post(`/account/tokens/${id}/revoke`, { _csrf: csrfOf(list.body) });
  assert.equal(revoked.statusCode, 303);
  const refused = await app.inject({ url: '/api/openapi.json', headers: { authorization: `Bearer ${token}` } });
  assert.equal(refused.statusCode, 401);
  assert.match(refused.headers['content-type'] as string, /application\/problem\+json/);
  assert.match(refused.headers['www-authenticate'] as string, /invalid_token/);
});

test('bearer tokens: a malformed or revoked token is 401 on the API; cookies are not read from Authorization', async () => {
  const t = await createApiToken(db.db, company1, { name: 'erp' });
  assert.equal((await app.inject({ url: '/api/openapi.json', headers: { authorization: 'Bearer nonsense' } })).statusCode, 401);
  assert.equal((await app.inject({ url: '/api/openapi.json', headers: { authorization: `Bearer ${t.token}` } })).statusCode, 200);
  await revokeApiToken(db.db, company1, { tokenId: t.id });
  assert.equal((await app.inject({ url: '/api/openapi.json', headers: { authorization: `Bearer ${t.token}` } })).statusCode, 401);
  // pages ignore the Authorization header: they need the session cookie
  const t2tok = await createApiToken(db.db, admin1, { name: 'pages' });
  assert.equal((await app.inject({ url: '/account', headers: { authorization: `Bearer ${t2tok.token}` } })).statusCode, 303);
});

test('an expired or tampered session cookie is cleared and treated as signed out', async () => {
  const b = new Browser(app, '192.0.2.50');
  await b.signIn('adviser@one.example');
  const sid = b.cookies.get('lotse_session')!;
  await db.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 3 * 60 * 60 * 1000) });
  const r = await app.inject({ url: '/account', headers: { cookie: `lotse_session=${sid}` } });
  assert.equal(r.statusCode, 303);
  assert.match(String(r.headers['set-cookie']), /lotse_session=;/);
  const rows = await db.db.select().from(sessions).where(eq(sessions.userId, adviser1.userId));
  assert.ok(rows.every((s) => Date.now() - s.lastSeenAt.getTime() >= 3 * 60 * 60 * 1000 - 5000), 'no session was refreshed');
});

test('in production the cookie is __Host-lotse_session with Secure', async () => {
  const app2 = await buildApp({ database: db, cookieSecret: SECRET, logger: false, config: { production: true } });
  await app2.ready();
  try {
    const page = await app2.inject({ url: '/login', remoteAddress: '192.0.2.60' });
    const csrfCookie = page.cookies.find((c) => c.name === '_csrf')!;
    const r = await app2.inject({
      method: 'POST',
      url: '/login',
      remoteAddress: '192.0.2.60',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `_csrf=${csrfCookie.value}` },
      payload: new URLSearchParams({ _csrf: csrfOf(page.body), email: 'admin@two.example', password: TEST_PASSWORD }).toString(),
    });
    assert.equal(r.statusCode, 303);
    const set = ([] as string[]).concat(r.headers['set-cookie'] as string | string[]).find((c) => c.startsWith('__Host-lotse_session='));
    assert.ok(set, 'the __Host- cookie');
    assert.match(set!, /; Secure/i);
    assert.match(set!, /Path=\//);
    assert.doesNotMatch(set!, /Domain=/i);
  } finally {
    await app2.close();
  }
});

test('requireActor: pages redirect to the login and come back, the API answers 401; authorizeRequest gives 404 for another company or tenant', async () => {
  const page = await app.inject({ url: '/test/me?x=1' });
  assert.equal(page.statusCode, 303);
  assert.equal(page.headers.location, '/login?next=%2Ftest%2Fme%3Fx%3D1');
  const api = await app.inject({ url: '/api/v1/test/me' });
  assert.equal(api.statusCode, 401);
  assert.match(api.headers['content-type'] as string, /application\/problem\+json/);
  assert.match(api.headers['www-authenticate'] as string, /^Bearer/);
  assert.equal(api.json().status, 401);

  const helper = await makeUser(db.db, t1.tenantId, 'company', 'helper@one.example', { companyId: t1.companyA, name: 'Hugo Helper' });
  const b = new Browser(app, '192.0.2.70');
  await b.signIn('helper@one.example');
  assert.equal((await b.get('/test/me')).body, 'hello Hugo Helper');
  const t = await createApiToken(db.db, helper, { name: 'helpers' });
  const bearer = { authorization: `Bearer ${t.token}` };
  const me = await app.inject({ url: '/api/v1/test/me', headers: bearer });
  assert.deepEqual(me.json(), { userId: helper.userId, via: 'token' });
  const own = await app.inject({ url: `/api/v1/test/companies/${t1.tenantId}/${t1.companyA}`, headers: bearer });
  assert.equal(own.statusCode, 200);
  const otherCompany = await app.inject({ url: `/api/v1/test/companies/${t1.tenantId}/${t1.companyB}`, headers: bearer });
  assert.equal(otherCompany.statusCode, 404, 'another company does not exist for a company user');
  const otherTenant = await app.inject({ url: `/api/v1/test/companies/${t2.tenantId}/${t2.companyA}`, headers: bearer });
  assert.equal(otherTenant.statusCode, 404);
  assert.match(otherTenant.headers['content-type'] as string, /application\/problem\+json/);
});

test('the seeded demo logins work on a demo database', async () => {
  const demoDb = await openTestDb();
  const { seedDemo, DEMO_LOGINS } = await import('../../../src/dev/seedDemo.ts');
  const demoApp = await buildApp({ database: demoDb, cookieSecret: SECRET, logger: false });
  await demoApp.ready();
  try {
    assert.equal((await seedDemo(demoDb.db)).ok, true);
    for (const l of DEMO_LOGINS) {
      const form = await demoApp.inject({ url: '/login', remoteAddress: '192.0.2.80' });
      const csrfCookie = form.cookies.find((c) => c.name === '_csrf')!;
      const r = await demoApp.inject({
        method: 'POST',
        url: '/login',
        remoteAddress: '192.0.2.80',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `_csrf=${csrfCookie.value}` },
        payload: new URLSearchParams({ _csrf: csrfOf(form.body), email: l.email, password: l.password }).toString(),
      });
      assert.equal(r.statusCode, 303, l.email);
    }
  } finally {
    await demoApp.close();
    await demoDb.destroy();
  }
});

test('every page shows the signed-in user, their navigation and a logout form in the header; anonymous pages do not', async () => {
  const b = new Browser(app, '192.0.2.41');
  await b.signIn('adviser@one.example');
  const check = await b.post('/check', {});
  const checkPath = String(check.headers.location);
  for (const url of ['/', '/about', '/check', checkPath, '/account', '/companies', '/reports', '/search', '/partners', '/no-such-page']) {
    const r = await b.get(url);
    const header = /<header class="site-header">([\s\S]*?)<\/header>/.exec(r.body)?.[1] ?? '';
    assert.match(header, /Angemeldet als Ben Berater/, `${url}: the user's name`);
    assert.match(header, /<form method="post" action="\/logout"[^>]*><input type="hidden" name="_csrf" value="[^"]+"\/?>/, `${url}: the logout form`);
    assert.match(header, /href="\/companies"/, `${url}: the adviser's navigation`);
    assert.equal(r.headers['cache-control'], 'no-store', `${url}: a signed-in page is not stored`);
  }
  // the header's token signs out from any page, e.g. the pathway check's start page
  const r = await b.post('/logout', { _csrf: csrfOf((await b.get('/check')).body) });
  assert.equal(r.statusCode, 303);
  const anonymous = await b.get('/check');
  assert.doesNotMatch(anonymous.body, /action="\/logout"|Angemeldet als|href="\/companies"/);
});

test('the header logout form and a page form share one CSRF secret even on a first request without the CSRF cookie', async () => {
  await makeUser(db.db, t1.tenantId, 'company', 'staff2@one.example', { companyId: t1.companyA, name: 'Cora Company' });
  const b = new Browser(app, '192.0.2.42');
  await b.signIn('staff2@one.example');
  // the CSRF cookie is lost (e.g. cleared by the browser) while the session lives on
  for (const name of [...b.cookies.keys()]) if (name !== 'lotse_session') b.cookies.delete(name);
  const page = await b.get('/account');
  assert.match(page.body, /Angemeldet als Cora Company/);
  const tokens = [...page.body.matchAll(/name="_csrf" value="([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(tokens.length >= 2, 'the header form and the page forms');
  // every token on the page is valid with the one cookie the response set
  const token = await b.post('/account/tokens', { _csrf: tokens.at(-1)!, tokenName: 'Laptop' });
  assert.notEqual(token.statusCode, 403, 'the page form token is valid');
  const out = await b.post('/logout', { _csrf: tokens[0]! });
  assert.equal(out.statusCode, 303, 'the header token is valid');
});

// Issue 10: POST /api/v1/companies with the session cookie alone created a company. The API authenticates by bearer
// token; the browser's session cookie counts for a state-changing request only with the page's CSRF token.
test('the JSON API refuses a state-changing request with the session cookie but no CSRF token (403 problem); the CSRF header or a bearer token lets it through', async () => {
  const b = new Browser(app, '192.0.2.90');
  await b.signIn('adviser@one.example');
  const cookie = () => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const json = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method, url, remoteAddress: '192.0.2.90', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });

  const refused = await json('POST', '/api/v1/companies', { name: 'Cookie Only GmbH' }, { cookie: cookie() });
  assert.equal(refused.statusCode, 403);
  assert.match(refused.headers['content-type'] as string, /^application\/problem\+json/);
  const doc = refused.json();
  assert.equal(doc.status, 403);
  assert.equal(doc.type, '/problems/csrf-token-required');
  assert.match(doc.detail, /X-CSRF-Token/);
  assert.match(doc.detail, /Authorization: Bearer/);
  assert.ok(doc.instance);

  const wrong = await json('POST', '/api/v1/companies', { name: 'Cookie Only GmbH' }, { cookie: cookie(), 'x-csrf-token': 'not-a-token' });
  assert.equal(wrong.statusCode, 403);
  // a token without the CSRF cookie it belongs to is no token either
  const page = await b.get('/account');
  const token = csrfOf(page.body);
  const noSecret = await json('POST', '/api/v1/companies', { name: 'Cookie Only GmbH' }, { cookie: `lotse_session=${b.cookies.get('lotse_session')}`, 'x-csrf-token': token });
  assert.equal(noSecret.statusCode, 403);
  for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
    const r = await json(method, `/api/v1/companies/${t1.companyA}`, { name: 'Renamed' }, { cookie: cookie() });
    assert.equal(r.statusCode, 403, method);
    assert.equal(r.json().type, '/problems/csrf-token-required', method);
  }

  // reading with the cookie stays allowed; nothing was created
  const list = await app.inject({ url: '/api/v1/companies?q=Cookie', remoteAddress: '192.0.2.90', headers: { cookie: cookie() } });
  assert.equal(list.statusCode, 200);
  assert.equal(list.json().items.length, 0, 'nothing was saved');

  // with the token of a page (as the page's own script would send it)
  const withToken = await json('POST', '/api/v1/companies', { name: 'Cookie Only GmbH' }, { cookie: cookie(), 'x-csrf-token': token });
  assert.equal(withToken.statusCode, 201);

  // a bearer token needs no CSRF token, with or without the cookie
  const t = await createApiToken(db.db, adviser1, { name: 'script' });
  const bearer = await json('POST', '/api/v1/companies', { name: 'Bearer GmbH' }, { authorization: `Bearer ${t.token}`, cookie: cookie() });
  assert.equal(bearer.statusCode, 201);
  // anonymous: 401 as before
  const anonymous = await json('POST', '/api/v1/companies', { name: 'Nobody GmbH' });
  assert.equal(anonymous.statusCode, 401);

  // the OpenAPI document says so
  const openapi = (await app.inject({ url: '/api/openapi.json' })).json();
  assert.deepEqual(Object.keys(openapi.components.securitySchemes).sort(), ['bearerAuth', 'csrfToken', 'sessionCookie']);
  assert.deepEqual(openapi.paths['/api/v1/companies'].post.security, [{ bearerAuth: [] }, { sessionCookie: [], csrfToken: [] }]);
  assert.deepEqual(openapi.paths['/api/v1/companies'].get.security, [{ bearerAuth: [] }, { sessionCookie: [] }]);
});
