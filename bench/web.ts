// npm run bench:web — the result page of a saved check (/checks/:id: database read, validation, the engine, JSX
// rendering) under 50 concurrent clients, against a bare Fastify route that returns the very same bytes. Prints
// requests per second, the p95 latency of both and their ratio; asserts nothing.
//
// Each server runs in its own child process (one core); autocannon drives it from this process (the other core).
// The p95 is computed from every response time autocannon reports (its summary has p90 and p97.5, not p95).

import { fileURLToPath } from 'node:url';
import { announce, benchApp, envNumber, listen, machine, measure as run, percentile, startServer } from './harness.ts';

const SELF = fileURLToPath(import.meta.url);
const DURATION_S = envNumber('BENCH_SECONDS', 10);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 50);

const FORMS: Array<[string, Record<string, string>]> = [
  ['occupation', { occupation: 'softwareentwickler' }],
  ['job', { hasOffer: 'yes', salary: '52000', collectiveAgreement: 'no', contract: 'open', federalState: 'DE-RP', municipality: 'Kaiserslautern', decisionDate: '2026-04-01' }],
  ['person', { citizenship: 'IN', birthDate: '1996-02-10', german: 'none', english: 'B2', firstTitle: 'yes' }],
  ['qualification', { level: 'academic', obtainedIn: 'abroad', stateRecognised: 'yes', awardedOn: '2018-06-30', trainingYears: '4', assessment: 'comparable' }],
  ['experience', { exp0_isco: '2512', exp0_from: '2018-09-01', exp0_related: 'yes' }],
  ['review', {}],
];

async function serve(kind: 'app' | 'bare'): Promise<void> {
  const app = await benchApp('memory://');
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
  const port = await listen(server);
  announce({ port, path, bytes: Buffer.byteLength(page.body) });
}

function startKind(kind: 'app' | 'bare') {
  return startServer<{ port: number; path: string; bytes: number }>(SELF, [kind], `${kind} server`);
}

interface Measurement {
  rps: number;
  p95: number;
  p99: number;
  errors: number;
}

async function measure(port: number, path: string): Promise<Measurement> {
  const r = await run(port, path, { connections: CONNECTIONS, duration: DURATION_S, headers: { 'accept-language': 'de' }, recordTimes: true });
  return { rps: r.rps, p95: percentile(r.times, 95), p99: percentile(r.times, 99), errors: r.errors };
}

async function main(): Promise<void> {
  console.log(`bench:web — ${machine()}, ${CONNECTIONS} connections, ${DURATION_S} s per target`);
  const app = await startKind('app');
  const bare = await startKind('bare');
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
