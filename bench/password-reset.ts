// npm run bench:password-reset — does POST /password-reset take as long for an address with an account as for one
// without? (It must not: the difference would tell an attacker which addresses have accounts.) Lotse runs in a child
// process (one core; a temporary in-memory database, or with DATABASE_URL a throwaway one on that server); this
// process sends BENCH_REQUESTS (default 200) requests of each kind over HTTP, interleaved in a random order, one at a
// time with a short pause (BENCH_PAUSE_MS, default 40), and prints the median and p90 response time of both and the
// difference of the medians. Each request comes from another (forwarded) client address, so the route's own limit
// (10 a minute and address) is not what is measured. Asserts nothing.

import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { envNumber, listen, machine, percentile } from './harness.ts';

const SELF = fileURLToPath(import.meta.url);
const N = envNumber('BENCH_REQUESTS', 200);
/** pause between requests, so that work a request leaves behind (the mail) does not land on the next one's clock */
const PAUSE_MS = envNumber('BENCH_PAUSE_MS', 40);
const KNOWN = 'known@example.org';

async function serve(): Promise<void> {
  const { openTestDb } = await import('../src/db/testing.ts');
  const { makeTenant, makeUser } = await import('../src/dev/accountsTesting.ts');
  const { buildApp } = await import('../src/web/app.ts');
  const db = await openTestDb();
  const { tenantId } = await makeTenant(db.db);
  await makeUser(db.db, tenantId, 'adviser', KNOWN);
  const app = await buildApp({
    database: db,
    cookieSecret: 'bench-secret-bench-secret-bench-secret',
    logger: false,
    publicUrl: 'https://lotse.example.org',
    config: { trustProxy: true },
  });
  const port = await listen(app);
  process.stdout.write(JSON.stringify({ port, db: db.kind }) + '\n');
  // the parent closes stdin when it is done: close the app (it waits for mails under way) and drop the database
  process.stdin.resume();
  process.stdin.on('end', () => {
    void app
      .close()
      .then(() => db.destroy())
      .then(() => process.exit(0));
  });
}

async function main(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((r) => child.on('exit', r));
  const { port, db } = await new Promise<{ port: number; db: string }>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) resolve(JSON.parse(buf.split('\n')[0]!));
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    const form = await fetch(`${base}/password-reset`);
    const html = await form.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const cookie = form.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    let n = 0;
    const post = async (email: string): Promise<number> => {
      n++;
      const started = performance.now();
      const r = await fetch(`${base}/password-reset`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
        body: new URLSearchParams({ _csrf: csrf, email }).toString(),
      });
      await r.arrayBuffer();
      const ms = performance.now() - started;
      if (r.status !== 303) throw new Error(`POST /password-reset answered ${r.status}`);
      return ms;
    };

    // warm-up: JIT, the database's plan cache
    for (let i = 0; i < 20; i++) await post(i % 2 ? KNOWN : `warm${i}@example.org`);
    await sleep(200);

    const order = [...Array<'known'>(N).fill('known'), ...Array<'unknown'>(N).fill('unknown')];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const times = { known: [] as number[], unknown: [] as number[] };
    let u = 0;
    for (const kind of order) {
      times[kind].push(await post(kind === 'known' ? KNOWN : `nobody${u++}@example.org`));
      await sleep(PAUSE_MS);
    }
    for (const xs of Object.values(times)) xs.sort((a, b) => a - b);
    const fmt = (xs: number[]) => `median ${percentile(xs, 50).toFixed(1)} ms, p90 ${percentile(xs, 90).toFixed(1)} ms`;
    console.log(`POST /password-reset over HTTP, ${N} requests each, ${db}, ${machine()}`);
    console.log(`  known address:   ${fmt(times.known)}`);
    console.log(`  unknown address: ${fmt(times.unknown)}`);
    console.log(`  difference of the medians: ${(percentile(times.known, 50) - percentile(times.unknown, 50)).toFixed(1)} ms`);
  } finally {
    child.stdin!.end();
    await exited;
  }
}

if (process.argv[2] === 'serve') await serve();
else await main();
