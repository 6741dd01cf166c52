// npm run bench:workspace — the workspace pages on the volume demo (src/dev/seedVolume.ts: one service office with
// 2,000 companies and 20,000 consultations): the company list, the search, the report and its CSV export, the funder's
// report (issue 17: a quarter, a year, 3 years, its CSVs and a drill-down, over the volume's cases), each
// against a bare Fastify route that returns the very same bytes. Prints requests, p50/p95/p99 latencies, the ratios
// Lotse/bare measured in this run, and whether the search answers within 100 ms (p95); asserts nothing.
//
// The volume is loaded into a temporary embedded database (a PGlite data directory that is deleted afterwards) or,
// with DATABASE_URL set, into a throwaway database lotse_bench_<random> on that server, dropped afterwards.
// Each server runs in its own child process; autocannon drives it from this process. The app's client signs in as
// the volume adviser through the real login form (GET /login for the CSRF token, POST /login).
//
// Then, at the volume demo's own scale, a light page (the login form, and /livez) is measured idle and while the
// 3-year report runs in a loop beside it: on the embedded database the report's queries run on the process's main
// thread, so every other request waits.
//
//   --scale N           also seed N times the volume demo (N × 2,000 companies, N × 20,000 consultations over the
//                       same three years) into a second throwaway database, measure it the same way and print how
//                       each p95 grows from 1× to N× (default 1: only the volume demo itself)
//   --only TEXT         only the targets whose label contains TEXT, e.g. `--only report`
//   BENCH_SECONDS       seconds per target (default 3, after a 1-second warm-up)
//   BENCH_CONNECTIONS   concurrent clients (default 1: the latency one adviser sees; raise it for throughput)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { announce, benchApp, envNumber, listen, machine, measure as run, percentile, startServer, throwawayPostgres } from './harness.ts';

const SELF = fileURLToPath(import.meta.url);
const DURATION_S = envNumber('BENCH_SECONDS', 3);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 1);
const SEARCH_BUDGET_MS = 100;

interface Target {
  label: string;
  path: string;
}

function targets(from: string, to: string): Target[] {
  const lastYear = Number(to.slice(0, 4)) - 1;
  return [
    { label: 'companies, first page', path: '/companies' },
    { label: 'companies, page 40', path: '/companies?page=40' },
    { label: 'companies, filtered', path: '/companies?q=technik&sizeClass=small' },
    { label: 'follow-ups, next 7 days', path: '/follow-ups' },
    { label: 'follow-ups, all open, page 10', path: '/follow-ups?due=all&page=10' },
    { label: 'search: name part', path: '/search?q=metallbau' },
    { label: 'search: typo (trigram)', path: '/search?q=Metalbau' },
    { label: 'search: record word', path: '/search?q=Anerkennung' },
    { label: 'search: contact surname', path: '/search?q=Hoffmann' },
    { label: `report ${lastYear}`, path: `/reports?from=${lastYear}-01-01&to=${lastYear}-12-31` },
    { label: 'report, all 3 years', path: `/reports?from=${from}&to=${to}` },
    { label: 'report CSV, all 3 years', path: `/reports.csv?from=${from}&to=${to}` },
    // issue 17: the funder's report over the cases and candidates (not the summary): a quarter, a year, all 3 years
    { label: `funder report ${lastYear}-Q4`, path: `/reports/funder?quarter=${lastYear}-Q4` },
    { label: `funder report ${lastYear}`, path: `/reports/funder?from=${lastYear}-01-01&to=${lastYear}-12-31` },
    { label: 'funder report, all 3 years', path: `/reports/funder?from=${from}&to=${to}` },
    { label: 'funder report CSV, all 3 years', path: `/reports/funder.csv?from=${from}&to=${to}` },
    { label: `funder report per-record CSV ${lastYear}`, path: `/reports/funder/records.csv?from=${lastYear}-01-01&to=${lastYear}-12-31` },
    { label: `funder report drill-down, women ${lastYear}`, path: `/reports/funder/records?from=${lastYear}-01-01&to=${lastYear}-12-31&kind=persons&dim=sex&key=female` },
  ];
}

// --- the servers (child processes) ------------------------------------------------------------------------------

function cookiesOf(headers: Record<string, unknown>): string {
  const set = headers['set-cookie'];
  const list = Array.isArray(set) ? set : typeof set === 'string' ? [set] : [];
  return list.map((c: string) => c.split(';')[0]!).join('; ');
}

async function serveApp(dbUrl: string, email: string, password: string): Promise<void> {
  const app = await benchApp(dbUrl);
  // the real login form: its CSRF token and cookie, then the post
  const form = await app.inject({ url: '/login' });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1];
  if (!csrf) throw new Error('no CSRF token on /login');
  const login = await app.inject({
    method: 'POST',
    url: '/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(form.headers) },
    payload: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
  });
  if (login.statusCode !== 303) throw new Error(`POST /login answered ${login.statusCode}`);
  const cookie = cookiesOf(login.headers);
  announce({ port: await listen(app), cookie });
}

async function serveBare(bodiesFile: string): Promise<void> {
  const Fastify = (await import('fastify')).default;
  const bodies = JSON.parse(fs.readFileSync(bodiesFile, 'utf8')) as Array<{ path: string; type: string; body: string }>;
  const bare = Fastify({ logger: false });
  const byPath = new Map(bodies.map((b) => [b.path, b]));
  // the same bytes for the same URL (query string included)
  bare.get('/*', async (request, reply) => {
    const b = byPath.get(request.url);
    if (!b) return reply.code(404).send('');
    return reply.type(b.type).send(b.body);
  });
  announce({ port: await listen(bare), cookie: '' });
}

function startKind(args: string[]) {
  return startServer<{ port: number; cookie: string }>(SELF, args, `server ${args[0]}`);
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

async function measure(port: number, urlPath: string, cookie: string): Promise<Measurement> {
  const headers: Record<string, string> = { 'accept-language': 'de', ...(cookie ? { cookie } : {}) };
  const r = await run(port, urlPath, { connections: CONNECTIONS, duration: DURATION_S, headers, recordTimes: true });
  return {
    requests: r.times.length,
    rps: r.rps,
    p50: percentile(r.times, 50),
    p95: percentile(r.times, 95),
    p99: percentile(r.times, 99),
    errors: r.errors,
  };
}

// --- a light page while the report runs -------------------------------------------------------------------------

const LIGHT_PAGES = ['/login', '/livez'];

/** p95 of each light page idle, then while one client requests `reportPath` in a loop; the ratio loaded/idle. */
async function lightPagesUnderReport(port: number, cookie: string, reportPath: string): Promise<void> {
  const rows: Array<{ page: string; idle: Measurement; loaded: Measurement; reports: number; reportMs: number }> = [];
  for (const page of LIGHT_PAGES) {
    const idle = await measure(port, page, '');
    let running = true;
    let reports = 0;
    let reportMs = 0;
    const loop = (async () => {
      while (running) {
        const t = performance.now();
        const r = await fetch(`http://127.0.0.1:${port}${reportPath}`, { headers: { cookie, 'accept-language': 'de' } });
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`${reportPath} answered ${r.status}`);
        reports++;
        reportMs += performance.now() - t;
      }
    })();
    let loaded: Measurement;
    try {
      loaded = await measure(port, page, '');
    } finally {
      running = false;
      await loop;
    }
    rows.push({ page, idle, loaded, reports, reportMs: reportMs / Math.max(reports, 1) });
  }
  console.log('');
  console.log(`a light page, idle and while one client runs the 3-year report in a loop (${reportPath}):`);
  console.log('page        idle p95 ms  loaded p95 ms  loaded/idle   reports run  mean report ms');
  for (const r of rows) {
    console.log(
      `${r.page.padEnd(10)} ${ms(r.idle.p95).padStart(12)}  ${ms(r.loaded.p95).padStart(13)}  ${(r.loaded.p95 / Math.max(r.idle.p95, 0.1)).toFixed(1).padStart(11)}   ${String(r.reports).padStart(11)}  ${ms(r.reportMs).padStart(14)}`,
    );
    if (r.idle.errors || r.loaded.errors) console.log(`  (errors or non-2xx: idle ${r.idle.errors}, loaded ${r.loaded.errors})`);
  }
  console.log('loaded/idle: how much longer the slowest 5 % of light requests take while a report runs beside them.');
}

// --- the throwaway database -----------------------------------------------------------------------------------

async function prepareDatabase(): Promise<{ url: string; label: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return throwawayPostgres(serverUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-workspace-'));
  return { url: dir, label: `embedded PGlite, temporary directory ${dir}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// --- main -----------------------------------------------------------------------------------------------------

function ms(n: number): string {
  return n.toFixed(1).padStart(7);
}

interface Row {
  t: Target;
  bytes: number;
  lotse: Measurement;
  bare: Measurement;
}

/** Seeds the volume demo × `scale` into a throwaway database, measures the targets, prints their table. */
async function runScale(scale: number, only: string | undefined): Promise<Row[]> {
  const target = await prepareDatabase();
  console.log('');
  console.log(`── volume ${scale}× ── database: ${target.label}`);
  const stops: Array<() => void> = [];
  const tmpFiles: string[] = [];
  try {
    const { openDb } = await import('../src/db/index.ts');
    const { seedVolume } = await import('../src/dev/seedVolume.ts');
    const { VOLUME_COMPANIES, VOLUME_CONSULTATIONS } = await import('../src/dev/volumeGenerator.ts');
    const database = await openDb(target.url);
    const started = performance.now();
    // without the volume's cases: these pages do not read them, and the figures stay comparable with the earlier runs
    // (npm run bench:cases measures the case pages on the whole volume) — except the funder's report (issue 17), which
    // counts the cases and their candidates: when one of its targets is measured, the volume's cases (20,000 over the
    // same three years, with the reporting fields) are seeded too
    const withCases = targets('2026-01-01', '2026-12-31').some((t) => t.label.startsWith('funder') && (!only || t.label.includes(only)));
    const seeded = await seedVolume(database.db, { companies: VOLUME_COMPANIES * scale, consultations: VOLUME_CONSULTATIONS * scale, ...(withCases ? {} : { cases: 0 }) });
    const seedSeconds = (performance.now() - started) / 1000;
    await database.checkpoint();
    await database.close();
    if (!seeded.ok || !seeded.created) throw new Error('the volume seed did not run');
    const c = seeded.counts;
    console.log(
      `seed: ${c.companies} companies, ${c.contacts} contacts, ${c.consultations} consultations (${seeded.from} – ${seeded.to}), ${c.referrals} referrals, ${withCases ? `${c.cases} cases, ` : ''}${c.auditRows} audit rows in ${seedSeconds.toFixed(1)} s`,
    );
    const adviser = seeded.logins.find((l) => l.role === 'adviser')!;

    const app = await startKind(['app', target.url, adviser.email, adviser.password]);
    stops.push(app.stop);
    const list = targets(seeded.from, seeded.to).filter((t) => !only || t.label.includes(only));
    const bodies: Array<{ path: string; type: string; body: string }> = [];
    for (const t of list) {
      const r = await fetch(`http://127.0.0.1:${app.port}${t.path}`, { headers: { cookie: app.cookie, 'accept-language': 'de' }, redirect: 'manual' });
      if (r.status !== 200) throw new Error(`${t.path} answered ${r.status}`);
      bodies.push({ path: t.path, type: r.headers.get('content-type') ?? 'text/html', body: await r.text() });
    }
    const bodiesFile = path.join(os.tmpdir(), `lotse-bench-bodies-${process.pid}.json`);
    fs.writeFileSync(bodiesFile, JSON.stringify(bodies));
    tmpFiles.push(bodiesFile);
    const bare = await startKind(['bare', bodiesFile]);
    stops.push(bare.stop);

    const rows: Row[] = [];
    for (const [i, t] of list.entries()) {
      const lotse = await measure(app.port, t.path, app.cookie);
      const b = await measure(bare.port, t.path, '');
      rows.push({ t, bytes: Buffer.byteLength(bodies[i]!.body), lotse, bare: b });
    }

    console.log('');
    console.log('page                        bytes  requests   p50 ms   p95 ms   p99 ms │ bare p95  p95 ratio  req/s ratio');
    for (const r of rows) {
      console.log(
        `${r.t.label.padEnd(26)} ${String(r.bytes).padStart(6)}  ${String(r.lotse.requests).padStart(8)}  ${ms(r.lotse.p50)}  ${ms(r.lotse.p95)}  ${ms(r.lotse.p99)} │ ${ms(r.bare.p95)}  ${(r.lotse.p95 / Math.max(r.bare.p95, 0.1)).toFixed(1).padStart(9)}  ${(r.lotse.rps / r.bare.rps).toFixed(3).padStart(11)}`,
      );
      if (r.lotse.errors || r.bare.errors) console.log(`  (errors or non-2xx: Lotse ${r.lotse.errors}, bare ${r.bare.errors})`);
    }
    const search = rows.filter((r) => r.t.path.startsWith('/search'));
    if (search.length > 0) {
      const worst = Math.max(...search.map((r) => r.lotse.p95));
      console.log('');
      console.log(`search p95 < ${SEARCH_BUDGET_MS} ms on the volume demo: ${worst < SEARCH_BUDGET_MS ? 'yes' : 'NO'} (slowest search p95 ${worst.toFixed(1)} ms)`);
    }
    console.log('p95 ratio: Lotse p95 / bare Fastify p95 for the same bytes; req/s ratio: share of the bare route\'s throughput that Lotse keeps.');
    if (scale === 1) await lightPagesUnderReport(app.port, app.cookie, `/reports?from=${seeded.from}&to=${seeded.to}`);
    return rows;
  } finally {
    for (const stop of stops) stop();
    for (const f of tmpFiles) fs.rmSync(f, { force: true });
    await target.drop();
  }
}

/** `--scale N` (the volume factor, a whole number 1–20, default 1) and `--only TEXT` (only the targets whose label
 * contains TEXT, e.g. `--only report`), as `--flag value` or `--flag=value`. */
export function parseArgs(argv: readonly string[]): { scale: number; only: string | undefined } {
  let scale = 1;
  let only: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--scale') {
      const v = value();
      if (!v || !/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 20) throw new Error(`bench:workspace: --scale must be a whole number from 1 to 20, not ${JSON.stringify(v ?? '')}`);
      scale = Number(v);
    } else if (flag === '--only') {
      only = value();
      if (!only) throw new Error('bench:workspace: --only needs a text');
    } else throw new Error(`bench:workspace: unknown argument ${JSON.stringify(a)} (known: --scale N, --only TEXT)`);
  }
  return { scale, only };
}

async function main(): Promise<void> {
  const { scale, only } = parseArgs(process.argv.slice(2));
  console.log(`bench:workspace — ${machine()}, ${CONNECTIONS} connection(s), ${DURATION_S} s per target, volume 1×${scale > 1 ? ` and ${scale}×` : ''}`);
  const base = await runScale(1, only);
  if (scale === 1) {
    console.log("p95 ratio: Lotse p95 / bare Fastify p95 for the same bytes; req/s ratio: share of the bare route's throughput that Lotse keeps.");
    return;
  }
  const scaled = await runScale(scale, only);
  console.log('');
  console.log(`growth from 1× to ${scale}× the volume demo (p95 in ms; the bare route returns the same bytes in the same run)`);
  console.log(`page                        p95 1×  p95 ${`${scale}×`.padEnd(3)}  growth │ bare 1×  bare ${`${scale}×`.padEnd(3)}`);
  for (const r of base) {
    const s = scaled.find((x) => x.t.label === r.t.label);
    if (!s) continue;
    console.log(
      `${r.t.label.padEnd(26)} ${ms(r.lotse.p95)}  ${ms(s.lotse.p95)}  ${(s.lotse.p95 / Math.max(r.lotse.p95, 0.1)).toFixed(2).padStart(5)}× │ ${ms(r.bare.p95)}  ${ms(s.bare.p95)}`,
    );
  }
  console.log("p95 ratio: Lotse p95 / bare Fastify p95 for the same bytes; req/s ratio: share of the bare route's throughput that Lotse keeps; growth: p95 at the scale / p95 at 1×.");
}

if (process.argv[2] === 'serve') {
  if (process.argv[3] === 'bare') await serveBare(process.argv[4]!);
  else await serveApp(process.argv[4]!, process.argv[5]!, process.argv[6]!);
} else {
  await main();
}
