// The request limits (issue 10): signed-in users are counted per user, whatever their address (an office of 50 behind
// one NAT address), anonymous requests per address; forged credentials count against the address; the credential
// endpoints keep their stricter limit per address. Small limits keep the test fast.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { makeTenant, makeUser } from '../../src/dev/accountsTesting.ts';
import { createApiToken } from '../../src/app/accounts/createApiToken.ts';
import { createSession } from '../../src/app/accounts/sessions.ts';
import type { Actor } from '../../src/policies/index.ts';
import { buildApp, LOGIN_RATE_LIMIT } from '../../src/web/app.ts';

const PER_ADDRESS = 20;
const PER_USER = 10;
const OFFICE = '198.18.0.1';
const USERS = 50;

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;
const cookies: string[] = [];
const actors: Actor[] = [];

before(async () => {
  db = await openTestDb();
  ({ tenantId } = await makeTenant(db.db, 'Office behind NAT'));
  for (let i = 0; i < USERS; i++) {
    const actor = await makeUser(db.db, tenantId, 'adviser', `adviser${i}@nat.example`);
    actors.push(actor);
    const session = await createSession(db.db, { id: actor.userId, tenantId }, {}, new Date());
    cookies.push(`lotse_session=${session.id}`);
  }
  app = await buildApp({
    database: db,
    cookieSecret: 'test-secret-test-secret-test-secret',
    logger: false,
    config: { rateLimitPerAddress: PER_ADDRESS, rateLimitPerUser: PER_USER },
  });
  app.get('/test/whoami', async (request) => ({ user: request.actor?.userId ?? null }));
  app.post('/test/credentials', { config: { rateLimit: LOGIN_RATE_LIMIT } }, async () => ({ ok: true }));
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

const get = (url: string, remoteAddress: string, headers: Record<string, string> = {}) => app.inject({ url, remoteAddress, headers });

test(`${USERS} signed-in users behind one address each get their own budget, far beyond the address's`, async () => {
  const perUser = Math.ceil((PER_ADDRESS * 3) / USERS) + 2; // together 3× and more of what one address may send
  assert.ok(perUser <= PER_USER);
  for (let round = 0; round < perUser; round++) {
    for (let i = 0; i < USERS; i++) {
      const r = await get('/test/whoami', OFFICE, { cookie: cookies[i]! });
      assert.equal(r.statusCode, 200, `user ${i}, request ${round + 1}`);
      assert.equal(r.json().user, actors[i]!.userId);
      assert.equal(r.headers['x-ratelimit-limit'], String(PER_USER));
    }
  }
});

test('one user is limited by their own budget, across addresses, sessions and API tokens', async () => {
  const actor = actors[0]!;
  const token = (await createApiToken(db.db, actor, { name: 'script' })).token;
  const second = await createSession(db.db, { id: actor.userId, tenantId }, {}, new Date());
  const codes: number[] = [];
  // user 0 spent part of the budget in the test before; spend the rest from other addresses, a second session and a token
  for (let i = 0; i < PER_USER; i++) {
    const headers: Record<string, string> = i % 3 === 0 ? { authorization: `Bearer ${token}` } : i % 3 === 1 ? { cookie: `lotse_session=${second.id}` } : { cookie: cookies[0]! };
    codes.push((await get(i % 3 === 0 ? '/api/v1/companies' : '/test/whoami', `198.18.1.${i + 1}`, headers)).statusCode);
  }
  const limited = await get('/test/whoami', '198.18.2.1', { cookie: cookies[0]! });
  assert.equal(limited.statusCode, 429, `after ${codes.join(',')}`);
  assert.ok(Number(limited.headers['retry-after']) > 0);
  // the others are not affected, nor is the office's anonymous traffic
  assert.equal((await get('/test/whoami', OFFICE, { cookie: cookies[1]! })).statusCode, 200);
});

test('anonymous requests from one address are limited per address', async () => {
  const address = '198.18.3.1';
  const codes: number[] = [];
  for (let i = 0; i < PER_ADDRESS + 1; i++) codes.push((await get('/test/whoami', address)).statusCode);
  assert.deepEqual(codes.slice(0, PER_ADDRESS), Array(PER_ADDRESS).fill(200));
  assert.equal(codes.at(-1), 429);
  // another address is not affected
  assert.equal((await get('/test/whoami', '198.18.3.2')).statusCode, 200);
});

test('forged session cookies and guessed bearer tokens count against the address, not a fresh bucket each', async () => {
  const address = '198.18.4.1';
  const codes: number[] = [];
  for (let i = 0; i < PER_ADDRESS + 1; i++) {
    codes.push((await get('/test/whoami', address, { cookie: `lotse_session=${randomBytes(32).toString('base64url')}` })).statusCode);
  }
  assert.deepEqual(codes.slice(0, PER_ADDRESS), Array(PER_ADDRESS).fill(200));
  assert.equal(codes.at(-1), 429);

  const guesser = '198.18.4.2';
  const tokenCodes: number[] = [];
  for (let i = 0; i < PER_ADDRESS + 1; i++) {
    const guess = `lotse_${randomBytes(32).toString('base64url')}`;
    tokenCodes.push((await get('/api/v1/companies', guesser, { authorization: `Bearer ${guess}` })).statusCode);
  }
  assert.deepEqual(tokenCodes.slice(0, PER_ADDRESS), Array(PER_ADDRESS).fill(401));
  assert.equal(tokenCodes.at(-1), 429);
});

test('the credential endpoints keep their stricter limit per address, signed in or not', async () => {
  const address = '198.18.5.1';
  const codes: number[] = [];
  for (let i = 0; i < LOGIN_RATE_LIMIT.max + 1; i++) {
    // a different signed-in user each time: still one budget, the address's
    codes.push((await app.inject({ method: 'POST', url: '/test/credentials', remoteAddress: address, headers: { cookie: cookies[10 + i]! } })).statusCode);
  }
  assert.deepEqual(codes.slice(0, LOGIN_RATE_LIMIT.max), Array(LOGIN_RATE_LIMIT.max).fill(200));
  assert.equal(codes.at(-1), 429);
});
