// npm run bench:web — the result page of a saved check (/checks/:id) under 50 concurrent clients, against two
// baselines that return the very same bytes:
//   bare     a bare Fastify route, without any plugin;
//   plugins  a route of Lotse's own application (GET /bench/same-bytes, added by this bench), so it carries the same
//            plugin stack as every page: helmet, rate limit, cookie, CSRF, the session lookup, request ids, the text
//            guard, the language hook; its handler only sends the page's bytes (no database, no rendering).
// Prints requests per second and the p95/p99 latency of each, and both ratios; asserts nothing.
//
// Each server runs in its own child process (one core); autocannon drives them one after the other, back to back,
// from this process (the other core). The p95 is computed from every response time autocannon reports (its summary
// has p90 and p97.5, not p95). The requests send no cookie and no If-None-Match: every answer is a full 200 page.
// The embedded database in memory by default (the target's database); with DATABASE_URL, a throwaway database on that
// PostgreSQL server, shared by the three servers and dropped afterwards.

import { fileURLToPath } from 'node:url';
import { announce, benchApp, envNumber, listen, machine, measure as run, percentile, startServer, throwawayPostgres } from './harness.ts';

const SELF = fileURLToPath(import.meta.url);
const DURATION_S = envNumber('BENCH_SECONDS', 10);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 50);
const PLUGINS_PATH = '/bench/same-bytes';

type Kind = 'app' | 'plugins' | 'bare';

const FORMS: Array<[string, Record<string, string>]> = [
  ['occupation', { occupation: 'softwareentwickler' }],
  ['job', { hasOffer: 'yes', salary: '52000', collectiveAgreement: 'no', contract: 'open', federalState: 'DE-RP', municipality: 'Kaiserslautern', decisionDate: '2026-04-01' }],
  ['person', { citizenship: 'IN', birthDate: '1996-02-10', german: 'none', english: 'B2', firstTitle: 'yes' }],
  ['qualification', { level: 'academic', obtainedIn: 'abroad', stateRecognised: 'yes', awardedOn: '2018-06-30', trainingYears: '4', assessment: 'comparable' }],
  ['experience', { exp0_isco: '2512', exp0_from: '2018-09-01', exp0_related: 'yes' }],
  ['review', {}],
];

async function serve(kind: Kind, dbUrl: string): Promise<void> {
  // the plugins baseline's route is added before the app is ready; it sends the page once the page exists
  let sameBytes = { type: 'text/plain', body: '' };
  const app = await benchApp(dbUrl, (a) => {
    if (kind === 'plugins') a.get(PLUGINS_PATH, async (_req, reply) => reply.type(sameBytes.type).send(sameBytes.body));
  });
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
  sameBytes = { type: String(page.headers['content-type']), body: page.body };
  let server = app;
  let url = path;
  if (kind === 'plugins') url = PLUGINS_PATH;
  if (kind === 'bare') {
    const Fastify = (await import('fastify')).default;
    const bare = Fastify({ logger: false });
    bare.get(path, async (_req, reply) => reply.type(sameBytes.type).send(sameBytes.body));
    server = bare as unknown as typeof app;
  }
  const port = await listen(server);
  announce({ port, path: url, bytes: Buffer.byteLength(page.body) });
}

function startKind(kind: Kind, dbUrl: string) {
  return startServer<{ port: number; path: string; bytes: number }>(SELF, [kind, dbUrl], `${kind} server`);
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
  const database = process.env.DATABASE_URL ? await throwawayPostgres(process.env.DATABASE_URL) : { url: 'memory://', label: 'embedded PGlite in memory', drop: async () => {} };
  console.log(`bench:web — ${machine()}, ${CONNECTIONS} connections, ${DURATION_S} s per target, ${database.label}`);
  const app = await startKind('app', database.url);
  const plugins = await startKind('plugins', database.url);
  const bare = await startKind('bare', database.url);
  try {
    const lotse = await measure(app.port, app.path);
    const withPlugins = await measure(plugins.port, plugins.path);
    const b = await measure(bare.port, bare.path);
    const row = (name: string, m: Measurement) =>
      console.log(`${name.padEnd(16)} ${m.rps.toFixed(0).padStart(9)}  ${m.p95.toFixed(1).padStart(7)}  ${m.p99.toFixed(1).padStart(7)}`);
    console.log('');
    console.log(`result page /checks/:id, ${app.bytes} bytes (the same bytes from each baseline)`);
    console.log(`                     req/s   p95 ms   p99 ms`);
    row('Lotse', lotse);
    row('plugins baseline', withPlugins);
    row('bare baseline', b);
    console.log(`Lotse/plugins throughput ratio: ${(lotse.rps / withPlugins.rps).toFixed(3)}   (target >= 0.5, p95 < 50 ms)`);
    console.log(`Lotse/bare    throughput ratio: ${(lotse.rps / b.rps).toFixed(3)}`);
    if (lotse.errors || withPlugins.errors || b.errors) {
      console.log(`(errors or non-2xx: Lotse ${lotse.errors}, plugins ${withPlugins.errors}, bare ${b.errors})`);
    }
  } finally {
    app.stop();
    plugins.stop();
    bare.stop();
    // the servers are killed (SIGKILL); the drop ends whatever connection the server has not noticed gone yet (force)
    await database.drop();
  }
}

if (process.argv[2] === 'serve') {
  const kind = process.argv[3];
  await serve(kind === 'bare' || kind === 'plugins' ? kind : 'app', process.argv[4] ?? 'memory://');
} else {
  await main();
}
