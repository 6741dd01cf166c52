// `npm run bench:start`: how long `npm start` takes to answer, on an empty and on an existing data directory, and how
// much memory Lotse holds when idle, on the embedded database (PGlite) and on PostgreSQL (127.0.0.1:5432 or
// DATABASE_URL, in a throwaway database). The baseline, measured in the same run: a bare Fastify server started with
// `npm exec`-free `node`, its time to listen and its idle memory. Ratios are Lotse / baseline.
//
// Options: --runs N (default 3; the median is printed), --idle-seconds N (default 10: how long Lotse idles after its
// first housekeeping round before its memory is read), --db pglite|postgres|both (default both).

import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './harness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const RUNS = Number(option('runs', '3'));
const IDLE_SECONDS = Number(option('idle-seconds', '10'));
const DB = option('db', 'both');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Resident memory of one process in MB (VmRSS). */
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** The pids of every process below `pid`. */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, pp] of parent) {
      if (pp !== p) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(pid);
  return out;
}

function cmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

interface Started {
  child: ChildProcess;
  readyMs: number;
  out: () => string;
}

/** Runs `command args` and resolves when its stdout contains `ready`. */
function startUntil(command: string, args: string[], env: NodeJS.ProcessEnv, ready: string): Promise<Started> {
  const t0 = performance.now();
  // Own process group: stopping it signals every process of it, as Ctrl-C in a terminal does.
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (out.includes(ready)) return resolve({ child, readyMs: performance.now() - t0, out: () => out });
      if (child.exitCode !== null) return reject(new Error(`${command} ${args.join(' ')} exited ${child.exitCode}: ${err}`));
      if (performance.now() - t0 > 180_000) return reject(new Error(`timeout waiting for "${ready}"`));
      setTimeout(tick, 5);
    };
    tick();
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.on('exit', r));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  // npm may exit before its child: wait until nothing of the group is left.
  await until(() => {
    try {
      process.kill(-child.pid!, 0);
      return false;
    } catch {
      return true;
    }
  }, 15_000);
}

async function until(predicate: () => boolean, timeoutMs: number): Promise<boolean> {
  const t0 = Date.now();
  while (!predicate()) {
    if (Date.now() - t0 > timeoutMs) return false;
    await sleep(50);
  }
  return true;
}

let nextPort = 41_000 + (process.pid % 1000) * 10;

/** The environment for Lotse: a clean one, without the test runner's variables. */
function lotseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (k !== 'DATABASE_URL' && !k.startsWith('NODE_TEST') && !k.startsWith('npm_')) env[k] = v;
  return { ...env, LOG_LEVEL: 'info', PORT: String(nextPort++), ...extra };
}

interface Sample {
  emptyMs: number;
  existingMs: number;
  idleRssMb: number;
  npmRssMb: number;
}

/** `npm start` twice on one data directory (or database): the first start, then a start on the existing data. */
async function sampleLotse(extra: Record<string, string>): Promise<Sample> {
  const env = lotseEnv(extra);
  const first = await startUntil('npm', ['start', '--silent'], env, 'Lotse is running');
  // Idle means: after the first housekeeping round (ANALYZE on the embedded database), then IDLE_SECONDS of nothing.
  if (!(await until(() => first.out().includes('housekeeping: round done'), 60_000))) throw new Error('no housekeeping round within 60 s');
  await sleep(IDLE_SECONDS * 1000);
  // The node process running Lotse (not a shell npm may have put in between).
  const lotse = descendants(first.child.pid!).find((p) => /^\S*node .*(dist|src)\/main\.(js|ts)/.test(cmdline(p)));
  if (lotse === undefined) throw new Error(`no Lotse process below npm (pid ${first.child.pid})`);
  const idleRssMb = rssMb(lotse);
  const npmRssMb = rssMb(first.child.pid!);
  await stop(first.child);
  const second = await startUntil('npm', ['start', '--silent'], { ...env, PORT: String(nextPort++) }, 'Lotse is running');
  await stop(second.child);
  return { emptyMs: first.readyMs, existingMs: second.readyMs, idleRssMb, npmRssMb };
}

const BARE = `
import Fastify from 'fastify';
const app = Fastify();
app.get('/', async () => 'ok');
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('listening\\n');
`;

/** The baseline: a bare Fastify server in plain node (time to listen, idle memory). */
async function sampleBare(): Promise<{ readyMs: number; idleRssMb: number }> {
  const file = path.join(ROOT, 'node_modules', '.bench-bare-fastify.mjs');
  fs.writeFileSync(file, BARE);
  const s = await startUntil(process.execPath, [file], lotseEnv({}), 'listening');
  await sleep(Math.min(IDLE_SECONDS, 3) * 1000);
  const idleRssMb = rssMb(s.child.pid!);
  await stop(s.child);
  fs.rmSync(file, { force: true });
  return { readyMs: s.readyMs, idleRssMb };
}

function pgAvailable(url: string): boolean {
  try {
    execFileSync('psql', [url, '-Atqc', 'select 1'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  console.log(`bench:start on ${machine()}; ${RUNS} runs each, median; idle = ${IDLE_SECONDS} s after the first housekeeping round`);
  console.log(`start command: npm start → ${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start}`);
  if (DB === 'pglite' || DB === 'both') {
    // `npm run build` (and `npm ci`) prepares it; a first start copies it instead of running initdb (src/db/pgliteImage.ts)
    const manifest = path.join(ROOT, 'dist', 'pglite-image', 'lotse-image.json');
    const image = fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { pglite: string; migrations: string[] }) : null;
    console.log(
      image
        ? `prepared database image: dist/pglite-image (PGlite ${image.pglite}, ${image.migrations.length} migrations): an empty directory starts from a copy`
        : 'prepared database image: none (run `npm run build`): an empty directory starts with initdb',
    );
  }
  const bare: { readyMs: number; idleRssMb: number }[] = [];
  for (let i = 0; i < RUNS; i++) bare.push(await sampleBare());
  const bareReady = median(bare.map((b) => b.readyMs));
  const bareRss = median(bare.map((b) => b.idleRssMb));
  console.log(`baseline (bare Fastify in node): listening after ${bareReady.toFixed(0)} ms, idle RSS ${bareRss.toFixed(0)} MB`);

  const report = (name: string, samples: Sample[]) => {
    const empty = median(samples.map((s) => s.emptyMs));
    const existing = median(samples.map((s) => s.existingMs));
    const rss = median(samples.map((s) => s.idleRssMb));
    const npm = median(samples.map((s) => s.npmRssMb));
    console.log(
      `${name.padEnd(10)} cold start, empty: ${(empty / 1000).toFixed(2)} s (${(empty / bareReady).toFixed(1)}× baseline)` +
        ` · existing: ${(existing / 1000).toFixed(2)} s (${(existing / bareReady).toFixed(1)}×)` +
        ` · idle RSS of Lotse: ${rss.toFixed(0)} MB (${(rss / bareRss).toFixed(2)}× baseline; npm itself ${npm.toFixed(0)} MB)`,
    );
  };

  if (DB === 'pglite' || DB === 'both') {
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-start-'));
      try {
        samples.push(await sampleLotse({ LOTSE_DATA_DIR: path.join(dir, 'data') }));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    report('PGlite', samples);
  }
  if (DB === 'postgres' || DB === 'both') {
    const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    if (!pgAvailable(server)) {
      console.log(`PostgreSQL: not reachable at ${server}; skipped`);
      return;
    }
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      const name = `lotse_bench_start_${process.pid}_${i}`;
      const url = new URL(server);
      execFileSync('psql', [server, '-qc', `create database ${name}`]);
      url.pathname = `/${name}`;
      try {
        samples.push(await sampleLotse({ DATABASE_URL: url.toString() }));
      } finally {
        execFileSync('psql', [server, '-qc', `drop database if exists ${name} with (force)`]);
      }
    }
    report('PostgreSQL', samples);
  }
}

await main();
