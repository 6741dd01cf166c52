// Password reset (no enumeration, single use, expiry, ends all sessions) and password change (ends all sessions,
// keeps the caller signed in with a new session id).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { asc, desc, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, passwordResetRequests, passwordResets, sessions } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { InvalidInputError, InvalidTokenError, PASSWORD_RESET_TTL_MS } from './accounts.ts';
import { TEST_PASSWORD, makeTenant, makeUser, recordingMailer, tokenFromMail, userRow } from '../../dev/accountsTesting.ts';
import { changePassword } from './changePassword.ts';
import { deliverPasswordResets } from './deliverPasswordResets.ts';
import { getPasswordReset } from './getPasswordReset.ts';
import { login } from './login.ts';
import { requestPasswordReset } from './requestPasswordReset.ts';
import { resetPassword } from './resetPassword.ts';
import { resolveSession } from './sessions.ts';

let db: TestDatabase;
let user: Actor & { email: string };
const mailer = recordingMailer();
const publicUrl = 'https://lotse.example.org';
const deps = { mailer };
const T0 = new Date('2026-05-01T10:00:00Z');

before(async () => {
  db = await openTestDb();
  const t = await makeTenant(db.db);
  user = await makeUser(db.db, t.tenantId, 'adviser', 'forgetful@example.org');
});
after(async () => db.destroy());

async function signIn(password = TEST_PASSWORD, at = T0) {
  const r = await login(db.db, { email: user.email, password, ip: `192.0.2.${Math.floor(Math.random() * 200)}` }, at);
  assert.ok(r.ok, 'signed in');
  return r.session.id;
}

test('a reset request for an unknown address sends nothing and looks the same', async () => {
  const before = mailer.sent.length;
  assert.equal(await requestPasswordReset(db.db, { email: 'nobody@example.org', publicUrl }, T0), undefined);
  assert.equal(await requestPasswordReset(db.db, { email: 'not an address', publicUrl }, T0), undefined);
  await deliverPasswordResets(db.db, deps, T0);
  assert.equal(mailer.sent.length, before);
});

test('issue 10: a reset request does the same work for a known and an unknown address (one pending row); the link and the mail come after it', async () => {
  const sentBefore = mailer.sent.length;
  const resetsBefore = (await db.db.select().from(passwordResets)).length;
  const auditBefore = (await db.db.select().from(auditLog)).length;
  await requestPasswordReset(db.db, { email: user.email, publicUrl }, T0);
  await requestPasswordReset(db.db, { email: 'nobody@example.org', publicUrl }, T0);
  await new Promise((r) => setTimeout(r, 20));
  const pending = await db.db.select().from(passwordResetRequests).orderBy(asc(passwordResetRequests.id));
  assert.deepEqual(
    pending.map(({ email, publicUrl: url, requestedAt }) => ({ email, url, requestedAt })),
    [
      { email: user.email, url: publicUrl, requestedAt: T0 },
      { email: 'nobody@example.org', url: publicUrl, requestedAt: T0 },
    ],
    'the same row for both, nothing else',
  );
  assert.equal((await db.db.select().from(passwordResets)).length, resetsBefore, 'no link yet');
  assert.equal((await db.db.select().from(auditLog)).length, auditBefore, 'no audit row yet');
  assert.equal(mailer.sent.length, sentBefore, 'no mail yet');

  assert.deepEqual(await deliverPasswordResets(db.db, deps, T0), { requests: 2, mails: 1 });
  assert.equal(mailer.sent.length, sentBefore + 1);
  assert.equal(mailer.sent.at(-1)!.to, user.email);
  assert.ok(await getPasswordReset(db.db, tokenFromMail(mailer.sent.at(-1)), T0));
  assert.equal((await db.db.select().from(passwordResetRequests)).length, 0, 'handled once');
  assert.deepEqual(await deliverPasswordResets(db.db, deps, T0), { requests: 0, mails: 0 });
  const [audit] = await db.db.select().from(auditLog).where(eq(auditLog.entity, 'password_reset')).orderBy(desc(auditLog.id)).limit(1);
  assert.equal(audit?.entityId, user.userId, 'the audit row is written with the link');
});

test('pending requests: several for one address give one mail; one older than the link’s lifetime is dropped', async () => {
  const sentBefore = mailer.sent.length;
  await requestPasswordReset(db.db, { email: user.email, publicUrl }, new Date(T0.getTime() - PASSWORD_RESET_TTL_MS));
  assert.deepEqual(await deliverPasswordResets(db.db, deps, T0), { requests: 1, mails: 0 });
  for (let i = 0; i < 3; i++) await requestPasswordReset(db.db, { email: user.email, publicUrl }, T0);
  assert.deepEqual(await deliverPasswordResets(db.db, deps, T0), { requests: 3, mails: 1 });
  assert.equal(mailer.sent.length, sentBefore + 1);
});

test('reset: the mailed one-time link sets a new password and ends every session', async () => {
  const s1 = await signIn();
  const s2 = await signIn();
  await requestPasswordReset(db.db, { email: ' Forgetful@Example.org ', publicUrl }, T0);
  await deliverPasswordResets(db.db, deps, T0);
  const mail = mailer.sent.at(-1)!;
  assert.equal(mail.to, user.email);
  const token = tokenFromMail(mail);
  assert.equal((await getPasswordReset(db.db, token, T0)).email, user.email);

  // bad input does not burn the link
  await assert.rejects(resetPassword(db.db, { token, password: 'short', passwordRepeat: 'short' }, T0), InvalidInputError);
  await resetPassword(db.db, { token, password: 'my brand new password', passwordRepeat: 'my brand new password' }, T0);

  assert.equal(await resolveSession(db.db, s1, T0), null);
  assert.equal(await resolveSession(db.db, s2, T0), null);
  assert.equal((await login(db.db, { email: user.email, password: TEST_PASSWORD, ip: '192.0.2.201' }, T0)).ok, false);
  await signIn('my brand new password');
  assert.ok((await userRow(db.db, user.userId))!.passwordChangedAt);

  // single use
  await assert.rejects(getPasswordReset(db.db, token, T0), (e: unknown) => e instanceof InvalidTokenError && e.reason === 'used');
  await assert.rejects(resetPassword(db.db, { token, password: 'yet another password', passwordRepeat: 'yet another password' }, T0), InvalidTokenError);
});

test('reset: a new request voids the earlier link; links expire', async () => {
  await requestPasswordReset(db.db, { email: user.email, publicUrl }, T0);
  await deliverPasswordResets(db.db, deps, T0);
  const first = tokenFromMail(mailer.sent.at(-1));
  await requestPasswordReset(db.db, { email: user.email, publicUrl }, T0);
  await deliverPasswordResets(db.db, deps, T0);
  const second = tokenFromMail(mailer.sent.at(-1));
  await assert.rejects(getPasswordReset(db.db, first, T0), InvalidTokenError);
  assert.ok(await getPasswordReset(db.db, second, T0));
  await assert.rejects(getPasswordReset(db.db, second, new Date(T0.getTime() + PASSWORD_RESET_TTL_MS)), (e: unknown) => e instanceof InvalidTokenError && e.reason === 'expired');
  const rows = await db.db.select().from(passwordResets).where(eq(passwordResets.userId, user.userId));
  assert.ok(rows.every((r) => !/^[A-Za-z0-9_-]{43}$/.test(r.tokenHash)), 'hashes only');
});

test('a failed reset mail is reported to onMailError, not to the requester', async () => {
  mailer.fail = true;
  const errors: unknown[] = [];
  try {
    await requestPasswordReset(db.db, { email: user.email, publicUrl }, T0);
    await deliverPasswordResets(db.db, { ...deps, onMailError: (e) => errors.push(e) }, T0);
  } finally {
    mailer.fail = false;
  }
  assert.equal(errors.length, 1);
});

test('change: needs the current password; ends all sessions; the caller gets a new one', async () => {
  const current = 'my brand new password';
  const other = await signIn(current);
  const mine = await signIn(current);
  const actor = (await resolveSession(db.db, mine, T0))!;
  await assert.rejects(
    changePassword(db.db, actor, { currentPassword: 'wrong wrong wrong', newPassword: 'the next password 1', newPasswordRepeat: 'the next password 1' }, T0),
    (e: unknown) => e instanceof InvalidInputError && e.errors.map((x) => `${x.field}:${x.code}`).join() === 'currentPassword:passwordWrong',
  );
  await assert.rejects(
    changePassword(db.db, actor, { currentPassword: current, newPassword: 'forgetful@example.org', newPasswordRepeat: 'forgetful@example.org' }, T0),
    (e: unknown) => e instanceof InvalidInputError && e.errors[0]!.code === 'passwordIsEmail',
  );
  assert.ok(await resolveSession(db.db, other, T0), 'a refused change ends nothing');

  const { session } = await changePassword(db.db, actor, { currentPassword: current, newPassword: 'the next password 1', newPasswordRepeat: 'the next password 1' }, T0);
  assert.equal(await resolveSession(db.db, other, T0), null, 'other sessions ended');
  assert.equal(await resolveSession(db.db, mine, T0), null, 'the old id of this browser too');
  assert.equal((await resolveSession(db.db, session.id, T0))?.userId, user.userId, 'the new session works');
  const left = await db.db.select().from(sessions).where(eq(sessions.userId, user.userId));
  assert.equal(left.length, 1);
  await signIn('the next password 1');
});
