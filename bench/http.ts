// npm run bench:http — requests per second of Lotse's /healthz and of a rendered page, each against a bare Fastify
// route that returns the very same bytes, measured in one run on this machine. Prints ratios; asserts nothing.
//
// Each server runs in its own child process (one core); autocannon drives it from this process (the other core).

import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SELF = fileURLToPath(import.meta.url);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

async function serve(kind: 'app' | 'bare'): Promise<void> {
  const { openDb } = await import('../src/db/index.ts');
  const { buildApp } = await import('../src/web/app.ts');
  const database = await openDb('memory://');
  const app = await buildApp({
    database,
    cookieSecret: 'bench-secret-bench-secret-bench-secret',
    logger: false,
    config: { rateLimitPerMinute: 1_000_000_000 },
  });
  await app.ready();
  const pages = ['/healthz', '/'];
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
  await server.listen({ port: 0, host: '127.0.0.1' });
  const addr = server.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  process.stdout.write(JSON.stringify({ port, sizes: Object.fromEntries([...bodies].map(([u, b]) => [u, Buffer.byteLength(b.body)])) }) + '\n');
}

function startServer(kind: 'app' | 'bare'): Promise<{ port: number; sizes: Record<string, number>; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, 'serve', kind], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const line = buf.split('\n')[0];
      if (buf.includes('\n') && line) {
        const info = JSON.parse(line) as { port: number; sizes: Record<string, number> };
        resolve({ ...info, stop: () => child.kill('SIGKILL') });
      }
    });
    child.on('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

async function measure(port: number, path: string): Promise<{ rps: number; p99: number; errors: number }> {
  const url = `http://127.0.0.1:${port}${path}`;
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers: { 'accept-language': 'de' } }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: { 'accept-language': 'de' } });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function main(): Promise<void> {
  console.log(`bench:http — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ${CONNECTIONS} connections, ${DURATION_S} s per target`);
  const app = await startServer('app');
  const bare = await startServer('bare');
  try {
    const rows: Array<{ route: string; lotse: Awaited<ReturnType<typeof measure>>; bare: Awaited<ReturnType<typeof measure>>; bytes: number }> = [];
    for (const route of ['/healthz', '/']) {
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
    console.log('Lotse/bare: share of a bare Fastify route\'s throughput that the full stack (helmet, rate limit, cookies, CSRF, request ids, logging off, database round trip for /healthz, JSX rendering for /) keeps.');
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
