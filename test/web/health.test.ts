// /healthz (readiness, a database round trip kept for a second) and /livez (liveness, no database), over HTTP with
// app.inject. The database's round trip is replaced by one the test controls; the cache's clock is the test's.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { buildApp } from '../../src/web/app.ts';
import { READINESS_CACHE_MS } from '../../src/web/health.ts';

let real: TestDatabase;

/** A database whose round trip the test decides: each ping waits for `answer` (ok or an error) and is counted. */
function controlledDatabase() {
  let pings = 0;
  let waiting: Array<{ resolve: () => void; reject: (err: Error) => void }> = [];
  let mode: 'manual' | 'up' | 'down' = 'manual';
  // every use of the query builder (a query of any use case) is counted too
  let queries = 0;
  const db = new Proxy(real.db, {
    get(target, property) {
      queries++;
      return Reflect.get(target, property, target) as unknown;
    },
  });
  const database = {
    ...real,
    db,
    ping: async () => {
      pings++;
      if (mode === 'up') return;
      if (mode === 'down') throw new Error('connection refused');
      await new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }));
    },
  };
  return {
    database,
    pings: () => pings,
    queries: () => queries,
    waiting: () => waiting.length,
    answer(err?: Error) {
      const w = waiting;
      waiting = [];
      for (const p of w) {
        if (err) p.reject(err);
        else p.resolve();
      }
    },
    set(m: 'manual' | 'up' | 'down') {
      mode = m;
    },
  };
}

async function appWith(database: TestDatabase, clock: { t: number }): Promise<FastifyInstance> {
  const app = await buildApp({ database, cookieSecret: 'test-secret-test-secret-test-secret', logger: false, healthClock: () => clock.t });
  await app.ready();
  return app;
}

/**
 * The answer on hand is kept: within the second after it, `count` requests get `status` without a round trip; a
 * second after it, the database (now up) is asked again, once.
 */
async function assertKeptForASecond(app: FastifyInstance, db: ReturnType<typeof controlledDatabase>, clock: { t: number }, status: number, count: number): Promise<void> {
  const pings = db.pings();
  clock.t += READINESS_CACHE_MS - 1;
  const burst = await Promise.all(Array.from({ length: count }, () => app.inject({ url: '/healthz' })));
  assert.ok(burst.every((x) => x.statusCode === status));
  assert.equal(db.pings(), pings);

  clock.t += 1;
  db.set('up');
  assert.equal((await app.inject({ url: '/healthz' })).statusCode, 200);
  assert.equal(db.pings(), pings + 1);
}

before(async () => {
  real = await openTestDb();
});
after(async () => {
  await real.destroy();
});

test('100 concurrent /healthz share one database round trip, and the answer is reused within the second', async () => {
  const db = controlledDatabase();
  const clock = { t: 10_000 };
  const app = await appWith(db.database, clock);
  try {
    const requests = Array.from({ length: 100 }, () => app.inject({ url: '/healthz' }));
    // let every request reach the handler before the database answers
    while (db.waiting() === 0) await new Promise((r) => setImmediate(r));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    assert.equal(db.pings(), 1, 'one round trip under way for all waiting requests');
    db.answer();
    const answers = await Promise.all(requests);
    assert.deepEqual(new Set(answers.map((r) => r.statusCode)), new Set([200]));
    assert.deepEqual(answers[0]!.json(), { status: 'ok', database: 'up' });
    assert.equal(answers[0]!.headers['cache-control'], 'no-store');
    assert.equal(db.pings(), 1);

    // within the second after the answer no new round trip, however many requests; a second after it, one
    await assertKeptForASecond(app, db, clock, 200, 100);
  } finally {
    await app.close();
  }
});

test('a failing database gives 503 with a problem document, kept for the second, then asked again', async () => {
  const db = controlledDatabase();
  db.set('down');
  const clock = { t: 50_000 };
  const app = await appWith(db.database, clock);
  try {
    const r = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'probe-12345678' } });
    assert.equal(r.statusCode, 503);
    assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
    assert.equal(r.headers['cache-control'], 'no-store');
    const body = r.json();
    assert.equal(body.status, 503);
    assert.equal(body.type, 'about:blank');
    assert.equal(body.title, 'Database unavailable');
    assert.equal(body.database, 'down');
    assert.equal(body.instance, 'probe-12345678');
    assert.match(body.detail, /database/);
    assert.equal(db.pings(), 1);

    // the broken database is not hammered: within the second the failure is answered from the cache; after the
    // second it is retried, and a database that is back is seen at once
    await assertKeptForASecond(app, db, clock, 503, 50);
  } finally {
    await app.close();
  }
});

test('a round trip that fails while requests wait answers all of them 503 and counts once', async () => {
  const db = controlledDatabase();
  const clock = { t: 0 };
  const app = await appWith(db.database, clock);
  try {
    const requests = Array.from({ length: 10 }, () => app.inject({ url: '/healthz' }));
    while (db.waiting() === 0) await new Promise((r) => setImmediate(r));
    db.answer(new Error('timeout'));
    const answers = await Promise.all(requests);
    assert.ok(answers.every((r) => r.statusCode === 503));
    assert.equal(db.pings(), 1);
  } finally {
    await app.close();
  }
});

test('/livez answers 200 without touching the database, even when it is gone', async () => {
  const db = controlledDatabase();
  db.set('down');
  const clock = { t: 0 };
  const app = await appWith(db.database, clock);
  try {
    for (let i = 0; i < 20; i++) {
      const r = await app.inject({ url: '/livez' });
      assert.equal(r.statusCode, 200);
      assert.deepEqual(r.json(), { status: 'ok' });
      assert.equal(r.headers['cache-control'], 'no-store');
      assert.equal(r.headers['set-cookie'], undefined);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
    }
    // a session cookie is not looked up either (it would be a database query): the same cookie on a page is
    const session = { lotse_session: 'a'.repeat(43) };
    const before = db.queries();
    const withCookie = await app.inject({ url: '/livez', cookies: session });
    assert.equal(withCookie.statusCode, 200);
    assert.equal(withCookie.headers['set-cookie'], undefined);
    assert.equal(db.queries(), before);
    assert.equal(db.pings(), 0);
    await app.inject({ url: '/', cookies: session });
    assert.ok(db.queries() > before, 'the counter sees the session lookup of a page');
    assert.equal((await app.inject({ url: '/healthz' })).statusCode, 503, 'the readiness check does see the database');
  } finally {
    await app.close();
  }
});

test('/healthz and /livez are not rate limited', async () => {
  const db = controlledDatabase();
  db.set('up');
  const clock = { t: 0 };
  const app = await buildApp({
    database: db.database,
    cookieSecret: 'test-secret-test-secret-test-secret',
    logger: false,
    healthClock: () => clock.t,
    config: { rateLimitPerAddress: 3 },
  });
  await app.ready();
  try {
    for (let i = 0; i < 10; i++) {
      assert.equal((await app.inject({ url: '/healthz' })).statusCode, 200);
      assert.equal((await app.inject({ url: '/livez' })).statusCode, 200);
    }
    assert.equal((await app.inject({ url: '/' })).statusCode, 200);
  } finally {
    await app.close();
  }
});
