// API tokens: created once, stored hashed, authenticate as their user, revocable; tenant isolation.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { apiTokens, users } from '../../db/schema/index.ts';
import { NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { InvalidInputError, TOKEN_TOUCH_MS } from './accounts.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { createApiToken } from './createApiToken.ts';
import { listApiTokens } from './listApiTokens.ts';
import { revokeApiToken } from './revokeApiToken.ts';
import { resolveApiToken } from './sessions.ts';

let db: TestDatabase;
let a: Actor;
let b: Actor;
let admin: Actor;
let stranger: Actor;
let companyUser: Actor;
const T0 = new Date('2026-06-01T10:00:00Z');

before(async () => {
  db = await openTestDb();
  const t1 = await makeTenant(db.db, 'One');
  const t2 = await makeTenant(db.db, 'Two');
  a = await makeUser(db.db, t1.tenantId, 'adviser', 'a@one.example');
  b = await makeUser(db.db, t1.tenantId, 'adviser', 'b@one.example');
  admin = await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example');
  companyUser = await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA });
  stranger = await makeUser(db.db, t2.tenantId, 'admin', 'admin@two.example');
});
after(async () => db.destroy());

test('a token is shown once, stored hashed, and authenticates with its user’s role, tenant and company', async () => {
  const t = await createApiToken(db.db, companyUser, { name: 'ERP' }, T0);
  assert.match(t.token, /^lotse_[A-Za-z0-9_-]{43}$/);
  assert.equal(t.prefix, t.token.slice(0, 12));
  const [row] = await db.db.select().from(apiTokens).where(eq(apiTokens.id, t.id));
  assert.notEqual(row!.tokenHash, t.token);
  assert.ok(!row!.tokenHash.includes(t.token.slice(6)));
  const actor = await resolveApiToken(db.db, t.token, T0);
  assert.equal(actor?.userId, companyUser.userId);
  assert.equal(actor?.role, 'company');
  assert.equal(actor?.companyId, companyUser.companyId);
  assert.equal(actor?.via, 'token');
  assert.equal(await resolveApiToken(db.db, t.token.slice(0, -1) + (t.token.endsWith('A') ? 'B' : 'A'), T0), null);
  assert.equal(await resolveApiToken(db.db, 'Bearer nonsense', T0), null);
});

test('last_used_at is written on use, at most once a minute', async () => {
  const t = await createApiToken(db.db, a, { name: 'script' }, T0);
  const used = async () => (await db.db.select({ u: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, t.id)))[0]!.u?.getTime();
  await resolveApiToken(db.db, t.token, T0);
  assert.equal(await used(), T0.getTime());
  await resolveApiToken(db.db, t.token, new Date(T0.getTime() + TOKEN_TOUCH_MS - 1));
  assert.equal(await used(), T0.getTime());
});

test('the owner revokes a token; it stops working; a second revoke reports false', async () => {
  const t = await createApiToken(db.db, a, { name: 'old' }, T0);
  assert.equal(await revokeApiToken(db.db, a, { tokenId: t.id }, T0), true);
  assert.equal(await resolveApiToken(db.db, t.token, T0), null);
  assert.equal(await revokeApiToken(db.db, a, { tokenId: t.id }, T0), false);
  const listed = await listApiTokens(db.db, a);
  assert.ok(listed.find((x) => x.id === t.id)?.revokedAt);
  assert.ok(listed.every((x) => !('tokenHash' in x)));
});

test('another user of the tenant cannot revoke it (404), an admin can; another tenant gets 404', async () => {
  const t = await createApiToken(db.db, a, { name: 'team laptop' }, T0);
  await assert.rejects(revokeApiToken(db.db, b, { tokenId: t.id }, T0), NotFoundError);
  await assert.rejects(revokeApiToken(db.db, stranger, { tokenId: t.id }, T0), NotFoundError);
  await assert.rejects(revokeApiToken(db.db, a, { tokenId: 'x' }, T0), NotFoundError);
  assert.ok(await resolveApiToken(db.db, t.token, T0));
  assert.equal(await revokeApiToken(db.db, admin, { tokenId: t.id }, T0), true);
  assert.equal(await resolveApiToken(db.db, t.token, T0), null);
  assert.ok(!(await listApiTokens(db.db, b)).some((x) => x.id === t.id), 'lists are per user');
});

test('a disabled user’s tokens stop working', async () => {
  const t = await createApiToken(db.db, b, { name: 'b' }, T0);
  await db.db.update(users).set({ disabledAt: T0 }).where(eq(users.id, b.userId));
  assert.equal(await resolveApiToken(db.db, t.token, T0), null);
});

test('the operator creates tokens by e-mail and revokes any; bad input names the field', async () => {
  const t = await createApiToken(db.db, { operator: 'cli:token' }, { name: 'cli', email: 'A@One.example' }, T0);
  assert.equal(t.userId, a.userId);
  assert.equal((await resolveApiToken(db.db, t.token, T0))?.userId, a.userId);
  assert.equal(await revokeApiToken(db.db, { operator: 'cli:token' }, { tokenId: t.id }, T0), true);
  await assert.rejects(createApiToken(db.db, { operator: 'cli:token' }, { name: 'x', email: 'nobody@one.example' }, T0), (e: unknown) => e instanceof InvalidInputError && e.errors[0]!.field === 'email');
  await assert.rejects(createApiToken(db.db, a, { name: '  ' }, T0), (e: unknown) => e instanceof InvalidInputError && e.errors[0]!.field === 'name');
});
