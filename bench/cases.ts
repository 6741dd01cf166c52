// npm run bench:cases — the case pages on the volume demo (src/dev/seedVolume.ts: one service office with 2,000
// companies, 20,000 consultations and 20,000 cases with their tasks, documents and status history): the case board
// (GET /cases as an adviser), the case page with the most tasks and documents (GET /cases/:id as an adviser), the case
// list of the company with the most cases (GET /cases as its company user, hundreds of cases) and that company's
// overview (GET /overview), and the due dashboard (issue 15: GET /due as the adviser for their own cases and with
// ?scope=office for the whole office, and as the company user), each against a bare Fastify route that returns the very same bytes, measured in the same
// run. Prints requests, p50/p95/p99, requests per second and the ratios Lotse/bare; asserts nothing.
//
// A page that answers 404 is reported as "route missing (404)" and skipped, so that the bench runs before the pages
// exist; any other answer than 200 is reported the same way with its status.
//
// Per database the volume is loaded into a temporary embedded database (a PGlite data directory, deleted afterwards)
// and into a throwaway database lotse_bench_<random> on the PostgreSQL server of DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards; the seed's time is printed. Each server runs in its
// own child process; autocannon drives it from this process. The app's clients sign in through the real login form.
//
//   --db pglite|postgres|both   which databases (default both)
//   --only TEXT                 only the targets whose label contains TEXT, e.g. `--only board`
//   --companies N               a smaller (or larger) volume for a quick run: N companies, 10 consultations and 10 cases
//                               each (default 2,000: the volume demo itself)
//   BENCH_SECONDS               seconds per target (default 5, after a 1-second warm-up)
//   BENCH_CONNECTIONS           concurrent clients (default 1: the latency one user sees; raise it for throughput)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { announce, benchApp, envNumber, listen, machine, measure as run, percentile, startServer, throwawayPostgres } from './harness.ts';

const SELF = fileURLToPath(import.meta.url);
const DURATION_S = envNumber('BENCH_SECONDS', 5);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 1);
const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

type Who = 'adviser' | 'company';

interface Target {
  label: string;
  path: string;
  who: Who;
}

function targets(caseId: string): Target[] {
  return [
    { label: 'board (adviser)', path: '/cases', who: 'adviser' },
    { label: 'case page (adviser)', path: `/cases/${caseId}`, who: 'adviser' },
    { label: 'company case list', path: '/cases', who: 'company' },
    { label: 'company overview', path: '/overview', who: 'company' },
    // issue 15: the due dashboard: an adviser's own cases, the whole office, a company user's company
    { label: 'due (adviser, mine)', path: '/due', who: 'adviser' },
    { label: 'due (office)', path: '/due?scope=office', who: 'adviser' },
    { label: 'due (company)', path: '/due', who: 'company' },
  ];
}

// --- the servers (child processes) ------------------------------------------------------------------------------

function cookiesOf(headers: Record<string, unknown>): string {
  const set = headers['set-cookie'];
  const list = Array.isArray(set) ? set : typeof set === 'string' ? [set] : [];
  return list.map((c: string) => c.split(';')[0]!).join('; ');
}

/** Lotse on `dbUrl`; signs in each of the (email, password) pairs through the login form and announces their cookies. */
async function serveApp(dbUrl: string, logins: string[]): Promise<void> {
  const app = await benchApp(dbUrl);
  const cookies: string[] = [];
  for (let i = 0; i + 1 < logins.length; i += 2) {
    const form = await app.inject({ url: '/login' });
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1];
    if (!csrf) throw new Error('no CSRF token on /login');
    const login = await app.inject({
      method: 'POST',
      url: '/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(form.headers) },
      payload: new URLSearchParams({ _csrf: csrf, email: logins[i]!, password: logins[i + 1]! }).toString(),
    });
    if (login.statusCode !== 303) throw new Error(`POST /login for ${logins[i]} answered ${login.statusCode}`);
    cookies.push(cookiesOf(login.headers));
  }
  announce({ port: await listen(app), cookies });
}

async function serveBare(bodiesFile: string): Promise<void> {
  const Fastify = (await import('fastify')).default;
  const bodies = JSON.parse(fs.readFileSync(bodiesFile, 'utf8')) as Array<{ key: string; type: string; body: string }>;
  const bare = Fastify({ logger: false });
  const byKey = new Map(bodies.map((b) => [b.key, b]));
  // the same bytes for the same URL and user (the two users' /cases differ: the bare route tells them apart by a header)
  bare.get('/*', async (request, reply) => {
    const b = byKey.get(`${request.headers['x-bench-who'] ?? ''} ${request.url}`);
    if (!b) return reply.code(404).send('');
    return reply.type(b.type).send(b.body);
  });
  announce({ port: await listen(bare), cookies: [] });
}

function startKind(args: string[]) {
  return startServer<{ port: number; cookies: string[] }>(SELF, args, `server ${args[0]}`);
}

// --- measuring ------------------------------------------------------------------------------------------------

interface Measurement {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

async function measure(port: number, urlPath: string, headers: Record<string, string>): Promise<Measurement> {
  const r = await run(port, urlPath, { connections: CONNECTIONS, duration: DURATION_S, headers: { 'accept-language': 'de', ...headers }, recordTimes: true });
  return { requests: r.times.length, rps: r.rps, p50: percentile(r.times, 50), p95: percentile(r.times, 95), p99: percentile(r.times, 99), errors: r.errors };
}

function ms(n: number): string {
  return n.toFixed(1).padStart(7);
}

// --- one database ---------------------------------------------------------------------------------------------

type DbKind = 'pglite' | 'postgres';

async function prepareDatabase(kind: DbKind): Promise<{ url: string; label: string; drop: () => Promise<void> }> {
  if (kind === 'postgres') return throwawayPostgres(process.env.DATABASE_URL ?? DEFAULT_SERVER);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-cases-'));
  return { url: dir, label: `embedded PGlite, temporary directory ${dir}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

interface Row {
  t: Target;
  bytes: number;
  lotse: Measurement;
  bare: Measurement;
}

async function runDatabase(kind: DbKind, only: string | undefined, companies: number): Promise<void> {
  const target = await prepareDatabase(kind);
  console.log('');
  console.log(`── ${kind} ── database: ${target.label}`);
  const stops: Array<() => void> = [];
  const tmpFiles: string[] = [];
  try {
    const { openDb } = await import('../src/db/index.ts');
    const { seedVolume } = await import('../src/dev/seedVolume.ts');
    const { sql } = await import('drizzle-orm');
    const database = await openDb(target.url);
    const started = performance.now();
    const seeded = await seedVolume(database.db, { companies, consultations: companies * 10 });
    const seedSeconds = (performance.now() - started) / 1000;
    if (!seeded.ok || !seeded.created) throw new Error('the volume seed did not run');
    // the case page with the most rows: tasks plus checklist documents
    const busiest = await database.db.execute(
      sql`select * from (select c.id, c.number, (select count(*) from case_tasks t where t.case_id = c.id)::int as tasks,
            (select count(*) from case_documents d where d.case_id = c.id)::int as documents from cases c) x
          order by tasks + documents desc, number limit 1`,
    );
    const top = (busiest as unknown as { rows: Array<{ id: string; number: string; tasks: number; documents: number }> }).rows[0];
    const titled = await database.db.execute(sql`select count(*)::int as n from cases where title_valid_until is not null`);
    const titles = (titled as unknown as { rows: Array<{ n: number }> }).rows[0]?.n ?? 0;
    await database.checkpoint();
    await database.close();
    const c = seeded.counts;
    console.log(
      `seed: ${c.companies} companies, ${c.consultations} consultations, ${c.candidates} candidates, ${c.cases} cases, ${c.statusChanges} status changes, ${c.tasks} tasks, ${c.documents} documents, ${c.notes} notes in ${seedSeconds.toFixed(1)} s`,
    );
    console.log(`residence titles: ${titles}`);
    if (!top) throw new Error('the volume has no case');
    console.log(`case page: ${top.number} with ${top.tasks} tasks and ${top.documents} documents`);
    const adviser = seeded.logins.find((l) => l.role === 'adviser')!;
    const company = seeded.logins.find((l) => l.role === 'company')!;

    const app = await startKind(['app', target.url, adviser.email, adviser.password, company.email, company.password]);
    stops.push(app.stop);
    const cookie: Record<Who, string> = { adviser: app.cookies[0]!, company: app.cookies[1]! };
    const list = targets(top.id).filter((t) => !only || t.label.includes(only));
    const present: Target[] = [];
    const bodies: Array<{ key: string; type: string; body: string }> = [];
    for (const t of list) {
      const r = await fetch(`http://127.0.0.1:${app.port}${t.path}`, { headers: { cookie: cookie[t.who], 'accept-language': 'de' }, redirect: 'manual' });
      const body = await r.text();
      if (r.status !== 200) {
        console.log(`${t.label.padEnd(22)} ${t.path}: ${r.status === 404 ? 'route missing (404)' : `answered ${r.status}${r.headers.get('location') ? ` → ${r.headers.get('location')}` : ''}`}; not measured`);
        continue;
      }
      present.push(t);
      bodies.push({ key: `${t.who} ${t.path}`, type: r.headers.get('content-type') ?? 'text/html', body });
    }
    if (present.length === 0) {
      console.log('no page to measure');
      return;
    }
    const bodiesFile = path.join(os.tmpdir(), `lotse-bench-cases-bodies-${process.pid}.json`);
    fs.writeFileSync(bodiesFile, JSON.stringify(bodies));
    tmpFiles.push(bodiesFile);
    const bare = await startKind(['bare', bodiesFile]);
    stops.push(bare.stop);

    const rows: Row[] = [];
    for (const [i, t] of present.entries()) {
      const lotse = await measure(app.port, t.path, { cookie: cookie[t.who] });
      const b = await measure(bare.port, t.path, { 'x-bench-who': t.who });
      rows.push({ t, bytes: Buffer.byteLength(bodies[i]!.body), lotse, bare: b });
    }
    console.log('');
    console.log('page                     bytes  requests   p50 ms   p95 ms   p99 ms    req/s │ bare p95  bare req/s  p95 ratio  req/s ratio');
    for (const r of rows) {
      console.log(
        `${r.t.label.padEnd(22)} ${String(r.bytes).padStart(7)}  ${String(r.lotse.requests).padStart(8)}  ${ms(r.lotse.p50)}  ${ms(r.lotse.p95)}  ${ms(r.lotse.p99)}  ${r.lotse.rps.toFixed(0).padStart(7)} │ ${ms(r.bare.p95)}  ${r.bare.rps.toFixed(0).padStart(10)}  ${(r.lotse.p95 / Math.max(r.bare.p95, 0.1)).toFixed(1).padStart(9)}  ${(r.lotse.rps / r.bare.rps).toFixed(3).padStart(11)}`,
      );
      if (r.lotse.errors || r.bare.errors) console.log(`  (errors or non-2xx: Lotse ${r.lotse.errors}, bare ${r.bare.errors})`);
    }
  } finally {
    for (const stop of stops) stop();
    for (const f of tmpFiles) fs.rmSync(f, { force: true });
    await target.drop();
  }
}

// --- main -----------------------------------------------------------------------------------------------------

/** `--db pglite|postgres|both` (default both), `--only TEXT` and `--companies N`, as `--flag value` or `--flag=value`. */
export function parseArgs(argv: readonly string[]): { dbs: DbKind[]; only: string | undefined; companies: number } {
  let dbs: DbKind[] = ['pglite', 'postgres'];
  let only: string | undefined;
  let companies = 2_000;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--db') {
      const v = value();
      if (v === 'pglite' || v === 'postgres') dbs = [v];
      else if (v === 'both') dbs = ['pglite', 'postgres'];
      else throw new Error(`bench:cases: --db must be pglite, postgres or both, not ${JSON.stringify(v ?? '')}`);
    } else if (flag === '--only') {
      only = value();
      if (!only) throw new Error('bench:cases: --only needs a text');
    } else if (flag === '--companies') {
      const v = value();
      if (!v || !/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 20_000) throw new Error(`bench:cases: --companies must be a whole number from 1 to 20,000, not ${JSON.stringify(v ?? '')}`);
      companies = Number(v);
    } else throw new Error(`bench:cases: unknown argument ${JSON.stringify(a)} (known: --db pglite|postgres|both, --only TEXT, --companies N)`);
  }
  return { dbs, only, companies };
}

async function main(): Promise<void> {
  const { dbs, only, companies } = parseArgs(process.argv.slice(2));
  console.log(`bench:cases — ${machine()}, ${CONNECTIONS} connection(s), ${DURATION_S} s per target, ${dbs.join(' and ')}, volume of ${companies} companies`);
  for (const kind of dbs) await runDatabase(kind, only, companies);
  console.log('');
  console.log("p95 ratio: Lotse p95 / bare Fastify p95 for the same bytes; req/s ratio: share of the bare route's throughput that Lotse keeps.");
}

if (process.argv[2] === 'serve') {
  if (process.argv[3] === 'bare') await serveBare(process.argv[4]!);
  else await serveApp(process.argv[4]!, process.argv.slice(5));
} else {
  await main();
}
