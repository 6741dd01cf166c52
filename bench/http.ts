// npm run bench:http — requests per second of Lotse's /healthz (readiness: a database round trip, its answer kept for a
// second), /livez (liveness, no database) and of a rendered page, each against a bare Fastify route that returns the
// very same bytes, measured in one run on this machine. Prints ratios; asserts nothing.
//
// Each server runs in its own child process (one core); autocannon drives it from this process (the other core).

import { fileURLToPath } from 'node:url';
import { announce, benchApp, envNumber, listen, machine, measure as run, startServer } from './harness.ts';

const SELF = fileURLToPath(import.meta.url);
const DURATION_S = envNumber('BENCH_SECONDS', 8);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 32);

async function serve(kind: 'app' | 'bare'): Promise<void> {
  const app = await benchApp('memory://');
  const pages = ['/healthz', '/livez', '/'];
  const bodies = new Map<string, { type: string; body: string }>();
  for (const url of pages) {
    const r = await app.inject({ url, headers: { 'accept-language': 'de' } });
    if (r.statusCode !== 200) throw new Error(`${url} answered ${r.statusCode}`);
    bodies.set(url, { type: String(r.headers['content-type']), body: r.body });
  }
  let server = app;
  if (kind === 'bare') {
    const Fastify = (await import('fastify')).default;
    const bare = Fastify({ logger: false });
    for (const [url, { type, body }] of bodies) bare.get(url, async (_req, reply) => reply.type(type).send(body));
    server = bare as unknown as typeof app;
  }
  const port = await listen(server);
  announce({ port, sizes: Object.fromEntries([...bodies].map(([u, b]) => [u, Buffer.byteLength(b.body)])) });
}

function startKind(kind: 'app' | 'bare') {
  return startServer<{ port: number; sizes: Record<string, number> }>(SELF, [kind], `${kind} server`);
}

async function measure(port: number, path: string): Promise<{ rps: number; p99: number; errors: number }> {
  const r = await run(port, path, { connections: CONNECTIONS, duration: DURATION_S, headers: { 'accept-language': 'de' } });
  return { rps: r.rps, p99: r.result.latency.p99, errors: r.errors };
}

async function main(): Promise<void> {
  console.log(`bench:http — ${machine()}, ${CONNECTIONS} connections, ${DURATION_S} s per target`);
  const app = await startKind('app');
  const bare = await startKind('bare');
  try {
    const rows: Array<{ route: string; lotse: Awaited<ReturnType<typeof measure>>; bare: Awaited<ReturnType<typeof measure>>; bytes: number }> = [];
    for (const route of ['/healthz', '/livez', '/']) {
      // alternate to spread any drift of the machine over both sides
      const lotse = await measure(app.port, route);
      const b = await measure(bare.port, route);
      rows.push({ route, lotse, bare: b, bytes: app.sizes[route] ?? 0 });
    }
    console.log('');
    console.log('route       bytes   Lotse req/s  p99 ms   bare req/s  p99 ms   Lotse/bare');
    for (const r of rows) {
      console.log(
        `${r.route.padEnd(10)} ${String(r.bytes).padStart(6)}  ${r.lotse.rps.toFixed(0).padStart(11)}  ${String(r.lotse.p99).padStart(6)}  ${r.bare.rps.toFixed(0).padStart(11)}  ${String(r.bare.p99).padStart(6)}   ${(r.lotse.rps / r.bare.rps).toFixed(3)}`,
      );
      if (r.lotse.errors || r.bare.errors) console.log(`  (errors or non-2xx: Lotse ${r.lotse.errors}, bare ${r.bare.errors})`);
    }
    console.log('');
    console.log('Lotse/bare: share of a bare Fastify route\'s throughput that the full stack (helmet, rate limit, cookies, CSRF, request ids, logging off, for /healthz a database round trip at most once a second, for /livez none, JSX rendering for /) keeps.');
  } finally {
    app.stop();
    bare.stop();
  }
}

if (process.argv[2] === 'serve') {
  await serve(process.argv[3] === 'bare' ? 'bare' : 'app');
} else {
  await main();
}
