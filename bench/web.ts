// npm run bench:web — the result page of a saved check (/checks/:id: database read, validation, the engine, JSX
// rendering) under 50 concurrent clients, against a bare Fastify route that returns the very same bytes. Prints
// requests per second, the p95 latency of both and their ratio; asserts nothing.
//
// Each server runs in its own child process (one core); autocannon drives it from this process (the other core).
// The p95 is computed from every response time autocannon reports (its summary has p90 and p97.5, not p95).

import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SELF = fileURLToPath(import.meta.url);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

const FORMS: Array<[string, Record<string, string>]> = [
  ['occupation', { occupation: 'softwareentwickler' }],
  ['job', { hasOffer: 'yes', salary: '52000', collectiveAgreement: 'no', contract: 'open', federalState: 'DE-RP', municipality: 'Kaiserslautern', decisionDate: '2026-04-01' }],
  ['person', { citizenship: 'IN', birthDate: '1996-02-10', german: 'none', english: 'B2', firstTitle: 'yes' }],
  ['qualification', { level: 'academic', obtainedIn: 'abroad', stateRecognised: 'yes', awardedOn: '2018-06-30', trainingYears: '4', assessment: 'comparable' }],
  ['experience', { exp0_isco: '2512', exp0_from: '2018-09-01', exp0_related: 'yes' }],
  ['review', {}],
];

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
  // a complete check: the software developer of the browser tests
  const created = await app.inject({ method: 'POST', url: '/check' });
  const path = String(created.headers.location).replace(/\/step\/occupation$/, '');
  for (const [step, form] of FORMS) {
    const r = await app.inject({
      method: 'POST',
      url: `${path}/step/${step}`,
      payload: new URLSearchParams(form).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    if (r.statusCode !== 303) throw new Error(`${step} answered ${r.statusCode}`);
  }
  const page = await app.inject({ url: path, headers: { 'accept-language': 'de' } });
  if (page.statusCode !== 200) throw new Error(`${path} answered ${page.statusCode}`);
  let server = app;
  if (kind === 'bare') {
    const Fastify = (await import('fastify')).default;
    const bare = Fastify({ logger: false });
    bare.get(path, async (_req, reply) => reply.type(String(page.headers['content-type'])).send(page.body));
    server = bare as unknown as typeof app;
  }
  await server.listen({ port: 0, host: '127.0.0.1' });
  const addr = server.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  process.stdout.write(JSON.stringify({ port, path, bytes: Buffer.byteLength(page.body) }) + '\n');
}

function startServer(kind: 'app' | 'bare'): Promise<{ port: number; path: string; bytes: number; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, 'serve', kind], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const line = buf.split('\n')[0];
      if (buf.includes('\n') && line) resolve({ ...(JSON.parse(line) as { port: number; path: string; bytes: number }), stop: () => child.kill('SIGKILL') });
    });
    child.on('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

interface Measurement {
  rps: number;
  p95: number;
  p99: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(port: number, path: string): Promise<Measurement> {
  const url = `http://127.0.0.1:${port}${path}`;
  const headers = { 'accept-language': 'de' };
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers }); // warm-up
  const times: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers }, (err, result) => (err ? reject(err) : resolve(result)));
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  return { rps: r.requests.average, p95: percentile(times, 95), p99: percentile(times, 99), errors: r.errors + r.non2xx };
}

async function main(): Promise<void> {
  console.log(`bench:web — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ${CONNECTIONS} connections, ${DURATION_S} s per target`);
  const app = await startServer('app');
  const bare = await startServer('bare');
  try {
    const lotse = await measure(app.port, app.path);
    const b = await measure(bare.port, bare.path);
    console.log('');
    console.log(`result page /checks/:id, ${app.bytes} bytes`);
    console.log(`               req/s   p95 ms   p99 ms`);
    console.log(`Lotse     ${lotse.rps.toFixed(0).padStart(9)}  ${lotse.p95.toFixed(1).padStart(7)}  ${lotse.p99.toFixed(1).padStart(7)}`);
    console.log(`bare      ${b.rps.toFixed(0).padStart(9)}  ${b.p95.toFixed(1).padStart(7)}  ${b.p99.toFixed(1).padStart(7)}`);
    console.log(`Lotse/bare throughput ratio: ${(lotse.rps / b.rps).toFixed(3)}`);
    if (lotse.errors || b.errors) console.log(`(errors or non-2xx: Lotse ${lotse.errors}, bare ${b.errors})`);
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
