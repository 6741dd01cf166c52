// Login, throttling (per account and address, per address, per known device, per account over unknown devices;
// no targeted lockout), session rotation and expiry (idle and absolute), logout — with an injected clock.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, loginAttempts, sessions, users } from '../../db/schema/index.ts';
import {
  LOGIN_DEVICE_TTL_MS,
  LOGIN_MAX_FAILURES_PER_ACCOUNT,
  LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP,
  LOGIN_MAX_FAILURES_PER_DEVICE,
  LOGIN_MAX_FAILURES_PER_IP,
  LOGIN_WINDOW_MS,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  SESSION_TOUCH_MS,
  hashSecret,
} from './accounts.ts';
import { TEST_PASSWORD, makeTenant, makeUser, recordingMailer, tokenFromMail } from '../../dev/accountsTesting.ts';
import { deliverPasswordResets } from './deliverPasswordResets.ts';
import { login } from './login.ts';
import { newDeviceToken } from './loginDevice.ts';
import { logout } from './logout.ts';
import { requestPasswordReset } from './requestPasswordReset.ts';
import { resetPassword } from './resetPassword.ts';
import { resolveSession } from './sessions.ts';

let db: TestDatabase;
let tenantId: string;
const MIN = 60_000;

before(async () => {
  db = await openTestDb();
  ({ tenantId } = await makeTenant(db.db));
  await makeUser(db.db, tenantId, 'adviser', 'anna@example.org', { name: 'Anna Adviser' });
  await makeUser(db.db, tenantId, 'adviser', 'bert@example.org');
  await makeUser(db.db, tenantId, 'adviser', 'carl@example.org');
  const off = await makeUser(db.db, tenantId, 'adviser', 'off@example.org');
  await db.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, off.userId));
});
after(async () => db.destroy());

const T0 = new Date('2026-03-02T08:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

/** Wrong passwords for `email` from many addresses, each below its own limits, until the account cap refuses; the count. */
async function distributedAttack(email: string, start: Date): Promise<number> {
  let failures = 0;
  for (let i = 0; i < 4 * LOGIN_MAX_FAILURES_PER_ACCOUNT; i++) {
    const ip = `198.51.${100 + Math.floor(i / (LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP - 1))}.${i % 250}`;
    const r = await login(db.db, { email, password: `attack ${i} attack`, ip }, new Date(start.getTime() + i));
    if (!r.ok && r.reason === 'throttled') return failures;
    failures++;
  }
  return failures;
}

test('the right password signs in (e-mail case and spaces do not matter) and writes an audit row', async () => {
  const r = await login(db.db, { email: '  Anna@Example.ORG ', password: TEST_PASSWORD, ip: '192.0.2.1', userAgent: 'test' }, T0);
  assert.ok(r.ok);
  assert.equal(r.user.name, 'Anna Adviser');
  assert.match(r.session.id, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(r.session.expiresAt.getTime(), T0.getTime() + SESSION_ABSOLUTE_MS);
  const [row] = await db.db.select().from(sessions).where(eq(sessions.idHash, hashSecret(r.session.id)));
  assert.ok(row, 'the session is stored by the hash of its id');
  assert.notEqual(row.idHash, r.session.id, 'never the id itself');
  const actor = await resolveSession(db.db, r.session.id, at(MIN));
  assert.equal(actor?.userId, r.user.id);
  assert.equal(actor?.tenantId, tenantId);
  assert.equal(actor?.role, 'adviser');
  const audits = await db.db.select().from(auditLog).where(eq(auditLog.action, 'login'));
  assert.ok(audits.some((a) => a.actorUserId === r.user.id));
});

test('a wrong password, an unknown e-mail, an empty password and a disabled account all answer "invalid"', async () => {
  for (const [email, password] of [
    ['anna@example.org', 'wrong password 123'],
    ['nobody@example.org', TEST_PASSWORD],
    ['anna@example.org', ''],
    ['off@example.org', TEST_PASSWORD],
  ] as const) {
    const r = await login(db.db, { email, password, ip: '192.0.2.50' }, at(MIN));
    assert.deepEqual(r, { ok: false, reason: 'invalid' }, `${email} / ${password}`);
  }
});

test('an unknown e-mail costs an argon2 verification too (no fast path that tells it apart)', async () => {
  const time = async (email: string) => {
    const s = performance.now();
    await login(db.db, { email, password: 'wrong password 123', ip: '192.0.2.51' }, at(2 * MIN));
    return performance.now() - s;
  };
  await time('nobody2@example.org'); // warms the dummy hash
  const unknown = Math.min(await time('nobody3@example.org'), await time('nobody4@example.org'));
  const known = Math.min(await time('carl@example.org'), await time('carl@example.org'));
  assert.ok(unknown > known / 3, `unknown ${unknown.toFixed(1)} ms vs known ${known.toFixed(1)} ms`);
});

test('targeted lockout (issue 10): wrong passwords from other addresses do not lock the owner out of the account', async () => {
  const t = at(60 * MIN);
  for (let i = 0; i < LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP + 5; i++) {
    const r = await login(db.db, { email: 'bert@example.org', password: 'nope nope nope', ip: `198.51.100.${i}` }, new Date(t.getTime() + i * 1000));
    assert.deepEqual(r, { ok: false, reason: 'invalid' });
  }
  // the owner, from their own address, with the right password
  const owner = await login(db.db, { email: 'bert@example.org', password: TEST_PASSWORD, ip: '198.51.100.99' }, new Date(t.getTime() + 20_000));
  assert.equal(owner.ok, true, JSON.stringify(owner));
});

test(`one address: ${LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP} failures on an account throttle that account from that address for ${LOGIN_WINDOW_MS / MIN} minutes, even the right password`, async () => {
  const t = at(90 * MIN);
  for (let i = 0; i < LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP; i++) {
    const r = await login(db.db, { email: 'bert@example.org', password: `guess ${i} guess guess`, ip: '203.0.113.40' }, new Date(t.getTime() + i * 1000));
    assert.equal(!r.ok && r.reason, 'invalid');
  }
  const locked = await login(db.db, { email: 'bert@example.org', password: TEST_PASSWORD, ip: '203.0.113.40' }, new Date(t.getTime() + 10_000));
  assert.deepEqual(locked, { ok: false, reason: 'throttled', scope: 'account', retryAfterMinutes: 15 });
  // the same address may still try other accounts (up to its own limit), the owner signs in from elsewhere
  assert.equal((await login(db.db, { email: 'anna@example.org', password: TEST_PASSWORD, ip: '203.0.113.40' }, new Date(t.getTime() + 11_000))).ok, true);
  assert.equal((await login(db.db, { email: 'bert@example.org', password: TEST_PASSWORD, ip: '203.0.113.41' }, new Date(t.getTime() + 12_000))).ok, true);
  // … which does not give the guessing address new tries
  const still = await login(db.db, { email: 'bert@example.org', password: 'guess 9 guess guess', ip: '203.0.113.40' }, new Date(t.getTime() + 13_000));
  assert.equal(!still.ok && still.reason, 'throttled');
  // when the oldest failure has left the window, that address may try again
  const later = await login(db.db, { email: 'bert@example.org', password: TEST_PASSWORD, ip: '203.0.113.40' }, new Date(t.getTime() + LOGIN_WINDOW_MS + 1000));
  assert.equal(later.ok, true);
});

test(`many addresses: ${LOGIN_MAX_FAILURES_PER_ACCOUNT} failures from unknown devices cap the account for unknown devices; the owner's known device still signs in`, async () => {
  const dora = await makeUser(db.db, tenantId, 'adviser', 'dora@example.org');
  const t = at(180 * MIN);
  const known = await login(db.db, { email: 'dora@example.org', password: TEST_PASSWORD, ip: '192.0.2.77' }, t);
  assert.ok(known.ok);
  const failures = await distributedAttack('dora@example.org', new Date(t.getTime() + MIN));
  assert.equal(failures, LOGIN_MAX_FAILURES_PER_ACCOUNT, 'each address stays below its own limits, the account cap stops the attack');
  const attempt = new Date(t.getTime() + 5 * MIN);
  // a new device, even with the right password and from a fresh address: throttled, with its own reason
  const fresh = await login(db.db, { email: 'dora@example.org', password: TEST_PASSWORD, ip: '192.0.2.78' }, attempt);
  assert.equal(!fresh.ok && fresh.reason === 'throttled' && fresh.scope, 'unknownDevices');
  // a device cookie of another account, or an expired one, is no exemption
  const other = await login(db.db, { email: 'anna@example.org', password: TEST_PASSWORD, ip: '192.0.2.79' }, t);
  assert.ok(other.ok);
  for (const deviceToken of [other.deviceToken, newDeviceToken(dora.userId, new Date(attempt.getTime() - LOGIN_DEVICE_TTL_MS)), `${known.deviceToken}x`]) {
    const r = await login(db.db, { email: 'dora@example.org', password: TEST_PASSWORD, ip: '192.0.2.78', deviceToken }, attempt);
    assert.equal(!r.ok && r.reason, 'throttled', deviceToken);
  }
  // the owner's browser, from any address
  const owner = await login(db.db, { email: 'dora@example.org', password: TEST_PASSWORD, ip: '192.0.2.80', deviceToken: known.deviceToken }, attempt);
  assert.equal(owner.ok, true, JSON.stringify(owner));
  const [row] = await db.db.select().from(loginAttempts).where(and(eq(loginAttempts.email, 'dora@example.org'), eq(loginAttempts.success, true), eq(loginAttempts.ip, '192.0.2.80')));
  assert.match(row?.device ?? '', /^[0-9a-f]{64}$/, 'the attempt names the device by a hash');
});

test(`a known device's own failures are limited too (${LOGIN_MAX_FAILURES_PER_DEVICE}), wherever they come from`, async () => {
  await makeUser(db.db, tenantId, 'adviser', 'emil@example.org');
  const t = at(240 * MIN);
  const known = await login(db.db, { email: 'emil@example.org', password: TEST_PASSWORD, ip: '192.0.2.90' }, t);
  assert.ok(known.ok);
  for (let i = 0; i < LOGIN_MAX_FAILURES_PER_DEVICE; i++) {
    const r = await login(db.db, { email: 'emil@example.org', password: 'stolen cookie guess', ip: `198.18.0.${i}`, deviceToken: known.deviceToken }, new Date(t.getTime() + MIN + i));
    assert.equal(!r.ok && r.reason, 'invalid');
  }
  const r = await login(db.db, { email: 'emil@example.org', password: TEST_PASSWORD, ip: '198.18.0.99', deviceToken: known.deviceToken }, new Date(t.getTime() + 2 * MIN));
  assert.deepEqual(r, { ok: false, reason: 'throttled', scope: 'account', retryAfterMinutes: 14 });
  // the device's failures are not the unknown devices' ones: another browser still signs in
  assert.equal((await login(db.db, { email: 'emil@example.org', password: TEST_PASSWORD, ip: '198.18.0.100' }, new Date(t.getTime() + 2 * MIN))).ok, true);
});

test('a successful password reset clears the account’s throttle (all addresses and unknown devices)', async () => {
  const fritz = await makeUser(db.db, tenantId, 'adviser', 'fritz@example.org');
  const t = at(300 * MIN);
  // the owner's own typos from their address, and an attack from many others
  for (let i = 0; i < LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP; i++) {
    await login(db.db, { email: 'fritz@example.org', password: 'my old password?', ip: '192.0.2.95' }, new Date(t.getTime() + i));
  }
  await distributedAttack('fritz@example.org', new Date(t.getTime() + 1000));
  const before = new Date(t.getTime() + 2 * MIN);
  for (const ip of ['192.0.2.95', '192.0.2.96']) {
    const r = await login(db.db, { email: 'fritz@example.org', password: TEST_PASSWORD, ip }, before);
    assert.equal(!r.ok && r.reason, 'throttled', ip);
  }
  const mailer = recordingMailer();
  await requestPasswordReset(db.db, { email: 'fritz@example.org', publicUrl: 'https://lotse.example.org' }, before);
  await deliverPasswordResets(db.db, { mailer }, before);
  await resetPassword(db.db, { token: tokenFromMail(mailer.sent[0]), password: 'a brand new password', passwordRepeat: 'a brand new password' }, new Date(before.getTime() + MIN));
  const after = new Date(before.getTime() + 2 * MIN);
  for (const ip of ['192.0.2.95', '192.0.2.96']) {
    const r = await login(db.db, { email: 'fritz@example.org', password: 'a brand new password', ip }, after);
    assert.equal(r.ok && r.user.id, fritz.userId, ip);
  }
});

test('a successful login resets the count of the account from that address', async () => {
  const t = at(120 * MIN);
  for (let i = 0; i < LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP - 1; i++) {
    await login(db.db, { email: 'carl@example.org', password: 'nope nope nope', ip: '203.0.113.7' }, new Date(t.getTime() + i));
  }
  assert.equal((await login(db.db, { email: 'carl@example.org', password: TEST_PASSWORD, ip: '203.0.113.7' }, new Date(t.getTime() + 100))).ok, true);
  for (let i = 0; i < LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP - 1; i++) {
    await login(db.db, { email: 'carl@example.org', password: 'nope nope nope', ip: '203.0.113.7' }, new Date(t.getTime() + 200 + i));
  }
  assert.equal((await login(db.db, { email: 'carl@example.org', password: TEST_PASSWORD, ip: '203.0.113.7' }, new Date(t.getTime() + 300))).ok, true);
});

test(`per address: ${LOGIN_MAX_FAILURES_PER_IP} failures on any accounts lock the address, not the accounts`, async () => {
  const t = at(300 * MIN);
  for (let i = 0; i < LOGIN_MAX_FAILURES_PER_IP; i++) {
    await login(db.db, { email: `guess${i}@example.org`, password: 'nope nope nope', ip: '203.0.113.66' }, new Date(t.getTime() + i));
  }
  const fromThere = await login(db.db, { email: 'anna@example.org', password: TEST_PASSWORD, ip: '203.0.113.66' }, new Date(t.getTime() + 5 * MIN));
  assert.equal(!fromThere.ok && fromThere.reason, 'throttled');
  assert.equal(!fromThere.ok && fromThere.reason === 'throttled' && fromThere.retryAfterMinutes, 10);
  const elsewhere = await login(db.db, { email: 'anna@example.org', password: TEST_PASSWORD, ip: '203.0.113.67' }, new Date(t.getTime() + 5 * MIN));
  assert.equal(elsewhere.ok, true);
  const [{ n }] = (await db.db.select({ n: count() }).from(loginAttempts).where(eq(loginAttempts.ip, '203.0.113.66'))) as [{ n: number }];
  assert.equal(n, LOGIN_MAX_FAILURES_PER_IP, 'a refused (throttled) attempt is not counted again');
});

test('login rotates the session: the previous cookie’s session is ended and a new id issued', async () => {
  const t = at(400 * MIN);
  const first = await login(db.db, { email: 'anna@example.org', password: TEST_PASSWORD, ip: '192.0.2.9' }, t);
  assert.ok(first.ok);
  const second = await login(db.db, { email: 'anna@example.org', password: TEST_PASSWORD, ip: '192.0.2.9', previousSessionId: first.session.id }, at(401 * MIN));
  assert.ok(second.ok);
  assert.notEqual(second.session.id, first.session.id);
  assert.equal(await resolveSession(db.db, first.session.id, at(402 * MIN)), null);
  assert.ok(await resolveSession(db.db, second.session.id, at(402 * MIN)));
});

test('idle expiry: a session unused for the idle timeout ends; use keeps it alive until the absolute expiry', async () => {
  const t = at(600 * MIN);
  const r = await login(db.db, { email: 'anna@example.org', password: TEST_PASSWORD, ip: '192.0.2.10' }, t);
  assert.ok(r.ok);
  // used every 90 minutes: alive past the idle timeout …
  let now = t.getTime();
  while (now + 90 * MIN < t.getTime() + SESSION_ABSOLUTE_MS) {
    now += 90 * MIN;
    assert.ok(await resolveSession(db.db, r.session.id, new Date(now)), `alive at +${(now - t.getTime()) / MIN} min`);
  }
  // … but never past the absolute expiry
  assert.equal(await resolveSession(db.db, r.session.id, new Date(t.getTime() + SESSION_ABSOLUTE_MS)), null);
  assert.equal((await db.db.select().from(sessions).where(eq(sessions.idHash, hashSecret(r.session.id)))).length, 0, 'deleted');

  const idle = await login(db.db, { email: 'anna@example.org', password: TEST_PASSWORD, ip: '192.0.2.10' }, t);
  assert.ok(idle.ok);
  assert.ok(await resolveSession(db.db, idle.session.id, new Date(t.getTime() + SESSION_IDLE_MS - 1000)));
  // the last use was just now (touched): another full idle period from here is the limit
  const lastUse = t.getTime() + SESSION_IDLE_MS - 1000;
  assert.equal(await resolveSession(db.db, idle.session.id, new Date(lastUse + SESSION_IDLE_MS)), null);
});

test('last_seen_at is written at most once a minute', async () => {
  const t = at(2000 * MIN);
  const r = await login(db.db, { email: 'anna@example.org', password: TEST_PASSWORD, ip: '192.0.2.11' }, t);
  assert.ok(r.ok);
  const seen = async () => (await db.db.select({ s: sessions.lastSeenAt }).from(sessions).where(eq(sessions.idHash, hashSecret(r.session.id))))[0]!.s.getTime();
  await resolveSession(db.db, r.session.id, new Date(t.getTime() + SESSION_TOUCH_MS - 1));
  assert.equal(await seen(), t.getTime());
  await resolveSession(db.db, r.session.id, new Date(t.getTime() + SESSION_TOUCH_MS));
  assert.equal(await seen(), t.getTime() + SESSION_TOUCH_MS);
});

test('malformed cookies resolve to nobody without a query error', async () => {
  for (const v of [undefined, '', 'x', 'a'.repeat(44), "'; drop table sessions; --", 42]) {
    assert.equal(await resolveSession(db.db, v, T0), null);
  }
});

test('logout ends the session and writes an audit row; a second logout is harmless', async () => {
  const t = at(3000 * MIN);
  const r = await login(db.db, { email: 'anna@example.org', password: TEST_PASSWORD, ip: '192.0.2.12' }, t);
  assert.ok(r.ok);
  assert.equal(await logout(db.db, r.session.id, at(3001 * MIN)), true);
  assert.equal(await resolveSession(db.db, r.session.id, at(3001 * MIN)), null);
  assert.equal(await logout(db.db, r.session.id, at(3002 * MIN)), false);
  const audits = await db.db.select().from(auditLog).where(eq(auditLog.action, 'logout'));
  assert.equal(audits.length, 1);
});
