// npm run bench:password-reset — does POST /password-reset take as long for an address with an account as for one
// without? (It must not: the difference would tell an attacker which addresses have accounts.) Sends BENCH_REQUESTS
// (default 200) requests of each kind, interleaved in a random order, one at a time with a short pause, through the
// whole application (app.inject: routing, CSRF, rate limit, use case, database; no sockets) and prints the median and
// p90 response time of both and the difference of the medians. Temporary in-memory database; with DATABASE_URL, a
// throwaway one on that server. Asserts nothing.

import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeTenant, makeUser } from '../src/app/accountsTesting.ts';
import { openTestDb } from '../src/db/testing.ts';
import { buildApp } from '../src/web/app.ts';
import { csrfOf } from '../src/web/testing/browser.ts';
import { envNumber, machine, percentile } from './harness.ts';

const N = envNumber('BENCH_REQUESTS', 200);
/** pause between requests, so that work a request leaves behind (mail) does not land on the next one's clock */
const PAUSE_MS = envNumber('BENCH_PAUSE_MS', 40);

const db = await openTestDb();
try {
  const { tenantId } = await makeTenant(db.db);
  await makeUser(db.db, tenantId, 'adviser', 'known@example.org');
  const app = await buildApp({ database: db, cookieSecret: 'bench-secret-bench-secret-bench-secret', logger: false, publicUrl: 'https://lotse.example.org' });
  await app.ready();

  const form = await app.inject({ url: '/password-reset' });
  const cookie = form.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = csrfOf(form.body);
  let n = 0;
  const post = async (email: string): Promise<number> => {
    n++;
    const started = performance.now();
    const r = await app.inject({
      method: 'POST',
      url: '/password-reset',
      // a new client address per request: the route's own limit (10 a minute and address) is not what is measured
      remoteAddress: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      payload: new URLSearchParams({ _csrf: csrf, email }).toString(),
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    const ms = performance.now() - started;
    if (r.statusCode !== 303) throw new Error(`POST /password-reset answered ${r.statusCode}`);
    return ms;
  };

  // warm-up: JIT, the database's plan cache, argon2 (if any path uses it)
  for (let i = 0; i < 20; i++) await post(i % 2 ? 'known@example.org' : `warm${i}@example.org`);
  await sleep(200);

  const order = [...Array(N).fill('known'), ...Array(N).fill('unknown')] as Array<'known' | 'unknown'>;
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const times = { known: [] as number[], unknown: [] as number[] };
  let u = 0;
  for (const kind of order) {
    times[kind].push(await post(kind === 'known' ? 'known@example.org' : `nobody${u++}@example.org`));
    await sleep(PAUSE_MS);
  }
  for (const xs of Object.values(times)) xs.sort((a, b) => a - b);
  const fmt = (xs: number[]) => `median ${percentile(xs, 50).toFixed(1)} ms, p90 ${percentile(xs, 90).toFixed(1)} ms`;
  console.log(`POST /password-reset, ${N} requests each, ${db.kind}, ${machine()}`);
  console.log(`  known address:   ${fmt(times.known)}`);
  console.log(`  unknown address: ${fmt(times.unknown)}`);
  console.log(`  difference of the medians: ${(percentile(times.known, 50) - percentile(times.unknown, 50)).toFixed(1)} ms`);
  await sleep(500);
  await app.close();
} finally {
  await db.destroy();
}
