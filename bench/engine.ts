// npm run bench:engine [-- --count N --seed S --warmup N]
// Throughput and latency of the law engine on one core: generates N profiles deterministically (the
// property tests' arbitraries with a fixed seed) and runs, over the same profiles, in one run:
//   baseline: compare   a loop doing ~65 comparisons per profile (13 routes × 5 conditions) on the same facts: the
//                       floor of any engine that decides these routes;
//   baseline: allocate  the same loop that also allocates a result of the engine's shape (13 routes, 65 conditions);
//   decide              the rules alone: outcomes, conditions and hints as data, nothing worded (src/law/decision.ts);
//   decide + explain    worded in one language (a page) and in both (the contract: API, CLI);
//   evaluate            decide + guidance (issue 12) + explain, in one language and in both (what the page, the API
//                       and the CLI run).
// Each figure prints profiles per second and its ratio to the compare baseline of the same run (the machine's load
// moves both); evaluate also prints p50/p90/p99/max per profile. No absolute figure is asserted.

import os from 'node:os';
import fc from 'fast-check';
import { checkInputArb } from '../src/law/testing/arbitraries.ts';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type * as Check from '../src/law/check.ts';
import type * as Decision from '../src/law/decision.ts';
import type * as Validate from '../src/law/validate.ts';
import type { Cefr, CheckInput, RouteId } from '../src/law/types.ts';
import { ROUTE_IDS } from '../src/law/types.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isSafeInteger(v) || v < 0) {
    console.error(`bench:engine: --${name} needs a whole number, got ${process.argv[i + 1] ?? 'nothing'}`);
    process.exit(2);
  }
  return v;
}

// The engine as `npm start` runs it: bundled by esbuild as scripts/build.mjs does. Under tsx every function would
// be wrapped for its name (esbuild's keepNames), which costs the engine a fifth of its speed.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'node_modules', '.cache', 'lotse-bench');
fs.mkdirSync(OUT_DIR, { recursive: true });
const ENTRY = path.join(OUT_DIR, 'law-entry.ts');
fs.writeFileSync(
  ENTRY,
  ['check', 'decision', 'validate'].map((m) => `export * from ${JSON.stringify(path.join(ROOT, 'src', 'law', `${m}.ts`))};`).join('\n') + '\n',
);
const OUTFILE = path.join(OUT_DIR, `law-${process.pid}.mjs`);
await build({ entryPoints: [ENTRY], outfile: OUTFILE, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning', tsconfig: path.join(ROOT, 'tsconfig.json') });
const law = (await import(pathToFileURL(OUTFILE).href)) as typeof Check & typeof Decision & typeof Validate;
fs.rmSync(OUTFILE, { force: true });
const { advise, decide, evaluate, evaluateIn, explain, explainIn, validateCheckInput } = law;

const COUNT = option('count', 100_000);
const SEED = option('seed', 20_231_118);
const WARMUP = Math.min(option('warmup', 2_000), COUNT);

const ms = (ns: bigint | number): string => (Number(ns) / 1e6).toFixed(3);
const rate = (n: number, ns: bigint): string => Math.round(n / (Number(ns) / 1e9)).toLocaleString('en-GB');

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const cpus = os.cpus();
console.log('bench:engine');
console.log(
  `  machine: ${cpus[0]?.model ?? 'unknown CPU'} (${cpus.length} logical cores), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()} ${os.arch()}`,
);
console.log(`  runtime: Node ${process.version}, V8 ${process.versions.v8}; one core (single-threaded loop); the engine bundled as for npm start`);
console.log(`  profiles: ${COUNT.toLocaleString('en-GB')}, seed ${SEED}, warm-up ${WARMUP.toLocaleString('en-GB')}`);

let t0 = process.hrtime.bigint();
// as JSON, as the API, the CLI and the saved checks hand them to the engine
const profiles: CheckInput[] = JSON.parse(JSON.stringify(fc.sample(checkInputArb, { numRuns: COUNT, seed: SEED }))) as CheckInput[];
let t1 = process.hrtime.bigint();
console.log(`  generated in ${ms(t1 - t0)} ms`);

// validation (what the CLI and the API run before the engine)
t0 = process.hrtime.bigint();
let invalid = 0;
for (const p of profiles) if (!validateCheckInput(p).ok) invalid++;
t1 = process.hrtime.bigint();
console.log(`  validate: ${rate(COUNT, t1 - t0)} profiles/s${invalid ? ` (${invalid} INVALID: the generator is broken)` : ''}`);

// ---- baselines: the same facts, the comparisons without the law's detail ----

const LEVEL: Record<Cefr, number> = { none: 0, A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 };
const THRESHOLD = [50_700, 45_934, 45_934, 45_934, 0, 0, 0, 45_630, 0, 0, 0, 0, 0];
const MIN_DE = [0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 2, 1];
const MIN_EN = [9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 4, 4];
const IN_FORCE = [
  '2023-11-18',
  '2023-11-18',
  '2023-11-18',
  '2023-11-18',
  '2023-11-18',
  '2023-11-18',
  '2017-08-01',
  '2024-03-01',
  '2024-03-01',
  '2020-03-01',
  '2024-06-01',
  '2024-06-01',
  '2024-06-01',
];
const BIRTH_BEFORE = [
  '2008-01-01',
  '2008-01-01',
  '2008-01-01',
  '2008-01-01',
  '1981-01-01',
  '1981-01-01',
  '2008-01-01',
  '1981-01-01',
  '2008-01-01',
  '2008-01-01',
  '2008-01-01',
  '1991-01-01',
  '1991-01-01',
];

/** ~65 comparisons per profile: for each of 13 routes, salary, language, qualification, date in force, age. */
function compareOnly(p: CheckInput): number {
  let n = 0;
  const salary = p.job?.annualGrossSalaryEur ?? 0;
  const de = LEVEL[p.person.german];
  const en = LEVEL[p.person.english];
  const skilled = p.qualification.level !== 'none' && p.qualification.germanAssessment !== 'none';
  for (let r = 0; r < 13; r++) {
    if (salary >= THRESHOLD[r]!) n++;
    if (de >= MIN_DE[r]! || en >= MIN_EN[r]!) n++;
    if (skilled) n++;
    if (p.decisionDate >= IN_FORCE[r]!) n++;
    if (p.person.birthDate < BIRTH_BEFORE[r]!) n++;
  }
  return n;
}

const CONDITION_IDS = ['salary', 'language', 'qualification', 'in_force', 'age'] as const;

/** The same comparisons, each written into a result of the engine's shape (13 routes of 5 conditions). */
function compareAndAllocate(p: CheckInput): {
  decisionDate: string;
  routes: Array<{ id: RouteId; outcome: string; conditions: Array<{ id: string; met: boolean; ref: string }> }>;
} {
  const salary = p.job?.annualGrossSalaryEur ?? 0;
  const de = LEVEL[p.person.german];
  const en = LEVEL[p.person.english];
  const skilled = p.qualification.level !== 'none' && p.qualification.germanAssessment !== 'none';
  const routes = [];
  for (let r = 0; r < 13; r++) {
    const met = [salary >= THRESHOLD[r]!, de >= MIN_DE[r]! || en >= MIN_EN[r]!, skilled, p.decisionDate >= IN_FORCE[r]!, p.person.birthDate < BIRTH_BEFORE[r]!];
    const conditions = met.map((m, i) => ({ id: CONDITION_IDS[i]!, met: m, ref: '§ 18 AufenthG' }));
    routes.push({ id: ROUTE_IDS[r]!, outcome: met.every(Boolean) ? 'eligible' : 'ineligible', conditions });
  }
  return { decisionDate: p.decisionDate, routes };
}

// ---- the runs ----

let sink = 0;
function timeLoop(fn: (p: CheckInput) => unknown): bigint {
  for (let i = 0; i < WARMUP; i++) fn(profiles[i]!);
  const t = process.hrtime.bigint();
  for (let i = 0; i < COUNT; i++) if (fn(profiles[i]!)) sink++;
  return process.hrtime.bigint() - t;
}

const runs: Array<[string, (p: CheckInput) => unknown]> = [
  ['baseline: compare (~65 comparisons)', compareOnly],
  ['baseline: compare + allocate a result', compareAndAllocate],
  ['decide (nothing worded)', decide],
  ['decide + explain in one language (de)', (p) => explainIn(decide(p), 'de')],
  ['decide + explain in both languages', (p) => explain(decide(p))],
  ['decide + guidance (unworded)', advise],
  ['evaluate in one language (de): decide + guidance + explain', (p) => evaluateIn(p, 'de')],
  ['evaluate (contract: both languages)', evaluate],
];
const results = runs.map(([name, fn]) => [name, timeLoop(fn)] as const);
const base = results[0]![1];
const width = Math.max(...runs.map(([n]) => n.length));
for (const [name, ns] of results) {
  console.log(`  ${name.padEnd(width)}  ${rate(COUNT, ns).padStart(11)} profiles/s  ratio to compare baseline ${(Number(base) / Number(ns)).toFixed(4)}`);
}

// latency of evaluate (the contract's answer), and what it answers
const times = new Float64Array(COUNT);
const recommended = new Map<RouteId | null, number>();
let conditions = 0;
for (let i = 0; i < COUNT; i++) {
  const a = process.hrtime.bigint();
  const r = evaluate(profiles[i]!);
  const b = process.hrtime.bigint();
  times[i] = Number(b - a);
  recommended.set(r.recommended, (recommended.get(r.recommended) ?? 0) + 1);
  for (const route of r.routes) conditions += route.conditions.length;
}
times.sort();
console.log(
  `  evaluate per profile: p50 ${ms(percentile(times, 50))} ms, p90 ${ms(percentile(times, 90))} ms, p99 ${ms(percentile(times, 99))} ms, max ${ms(times[COUNT - 1] ?? 0)} ms`,
);
console.log(`  conditions per profile: ${(conditions / Math.max(1, COUNT)).toFixed(1)}`);
const spread = [...recommended.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id ?? 'none'} ${((100 * n) / COUNT).toFixed(1)}%`);
console.log(`  recommended: ${spread.join(', ')}`);
if (sink < 0) console.log(sink);
