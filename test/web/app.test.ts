// The security baseline and operations endpoints of every Lotse instance.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { buildApp, LOGIN_RATE_LIMIT } from '../../src/web/app.ts';
import { HOSTILE_TARGETS, assertSameOriginPath, refusedAsMalformedText } from '../../src/web/testing/hostileRedirects.ts';

let db: TestDatabase;
let app: FastifyInstance;

before(async () => {
  db = await openTestDb();
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false, config: { bodyLimit: 2048, trustProxy: true } });
  app.post('/test/echo', async (req) => ({ got: req.body }));
  app.post('/test/login', { config: { rateLimit: LOGIN_RATE_LIMIT } }, async () => ({ ok: true }));
  // a route that (wrongly) redirects to whatever it is given
  app.get<{ Querystring: { to: string } }>('/test/redirect', { config: { rateLimit: false } }, async (req, reply) => reply.redirect(req.query.to, 303));
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

test('GET /healthz answers 200 after a database round trip', async () => {
  const r = await app.inject({ url: '/healthz' });
  assert.equal(r.statusCode, 200);
  assert.deepEqual(r.json(), { status: 'ok', database: 'up' });
  assert.equal(r.headers['cache-control'], 'no-store');
});

test('every response carries a strict CSP without inline scripts, nosniff, frame denial and a request id', async () => {
  for (const url of ['/', '/healthz', '/does-not-exist']) {
    const r = await app.inject({ url });
    const csp = String(r.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.equal(r.headers['x-frame-options'], 'DENY');
    assert.match(String(r.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  }
});

test('a well-formed incoming x-request-id is kept, a malformed one replaced', async () => {
  const kept = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'lb-1234567890' } });
  assert.equal(kept.headers['x-request-id'], 'lb-1234567890');
  const replaced = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id <script>' } });
  assert.notEqual(replaced.headers['x-request-id'], 'bad id <script>');
});

test('HSTS is sent only for requests that came over TLS', async () => {
  const plain = await app.inject({ url: '/healthz' });
  assert.equal(plain.headers['strict-transport-security'], undefined);
  const tls = await app.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
  assert.match(String(tls.headers['strict-transport-security']), /max-age=31536000/);
});

test('request bodies over the limit are refused with 413, within it accepted', async () => {
  const ok = await app.inject({ method: 'POST', url: '/test/echo', payload: { a: 'x'.repeat(100) } });
  assert.equal(ok.statusCode, 200);
  const big = await app.inject({ method: 'POST', url: '/test/echo', payload: { a: 'x'.repeat(5000) } });
  assert.equal(big.statusCode, 413);
});

test('the stricter login limit answers 429 after its allowance', async () => {
  const codes: number[] = [];
  for (let i = 0; i < LOGIN_RATE_LIMIT.max + 2; i++) {
    codes.push((await app.inject({ method: 'POST', url: '/test/login', remoteAddress: '10.9.8.7' })).statusCode);
  }
  assert.deepEqual(codes.slice(0, LOGIN_RATE_LIMIT.max), Array(LOGIN_RATE_LIMIT.max).fill(200));
  assert.equal(codes.at(-1), 429);
});

test('no redirect leaves the site, even from a route that builds its Location from raw input', async () => {
  for (const target of HOSTILE_TARGETS) {
    const r = await app.inject({ url: `/test/redirect?to=${encodeURIComponent(target)}` });
    if (refusedAsMalformedText(r, target)) continue;
    assert.equal(r.statusCode, 303, JSON.stringify(target));
    assertSameOriginPath(r.headers.location, `Location from ${JSON.stringify(target.slice(0, 40))}`);
  }
  assert.equal((await app.inject({ url: '/test/redirect?to=%2Fcompanies%3Fdone%3Dsaved' })).headers.location, '/companies?done=saved');
});

test('the OpenAPI document is served at /api/openapi.json', async () => {
  const r = await app.inject({ url: '/api/openapi.json' });
  assert.equal(r.statusCode, 200);
  assert.match(String(r.json().openapi), /^3\./);
  const paths = Object.keys(r.json().paths);
  assert.ok(paths.includes('/api/v1/checks'));
  assert.ok(paths.every((p) => p.startsWith('/api/')), `only API paths, got ${paths.join(', ')}`);
});

test('an unknown API path answers a 404 problem document, an unknown page the HTML 404 page', async () => {
  const api = await app.inject({ url: '/api/v1/nope' });
  assert.equal(api.statusCode, 404);
  assert.match(String(api.headers['content-type']), /^application\/problem\+json/);
  assert.equal(api.json().status, 404);
  const page = await app.inject({ url: '/nope' });
  assert.equal(page.statusCode, 404);
  assert.match(String(page.headers['content-type']), /^text\/html/);
});

test('GET /healthz answers 503 when the database is gone (once its cached answer of a second has expired)', async () => {
  const db2 = await openTestDb();
  let clock = 0;
  const app2 = await buildApp({ database: db2, cookieSecret: 'test-secret-test-secret-test-secret', logger: false, healthClock: () => clock });
  await app2.ready();
  assert.equal((await app2.inject({ url: '/healthz' })).statusCode, 200);
  await db2.destroy();
  clock += 1000;
  const r = await app2.inject({ url: '/healthz' });
  assert.equal(r.statusCode, 503);
  assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
  assert.equal(r.json().status, 503);
  assert.equal(r.json().database, 'down');
  await app2.close();
});
