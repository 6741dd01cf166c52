// npm run bench:engine [-- --count N --seed S --warmup N]
// Throughput and latency of the law engine on one core: generates N profiles deterministically (the
// property tests' arbitraries with a fixed seed), validates and evaluates each, and prints profiles per second
// and the p50/p90/p99/max time per profile, with the machine it ran on. No absolute figure is asserted.

import os from 'node:os';
import fc from 'fast-check';
import { checkInputArb } from '../src/law/testing/arbitraries.ts';
import { decide, evaluate } from '../src/law/check.ts';
import { validateCheckInput } from '../src/law/validate.ts';
import type { CheckInput, RouteId } from '../src/law/types.ts';

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
console.log(`  machine: ${cpus[0]?.model ?? 'unknown CPU'} (${cpus.length} logical cores), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()} ${os.arch()}`);
console.log(`  runtime: Node ${process.version}, V8 ${process.versions.v8}; one core (single-threaded loop)`);
console.log(`  profiles: ${COUNT.toLocaleString('en-GB')}, seed ${SEED}, warm-up ${WARMUP.toLocaleString('en-GB')}`);

let t0 = process.hrtime.bigint();
const profiles: CheckInput[] = fc.sample(checkInputArb, { numRuns: COUNT, seed: SEED });
let t1 = process.hrtime.bigint();
console.log(`  generated in ${ms(t1 - t0)} ms`);

// validation (what the CLI and the API run before the engine)
t0 = process.hrtime.bigint();
let invalid = 0;
for (const p of profiles) if (!validateCheckInput(p).ok) invalid++;
t1 = process.hrtime.bigint();
console.log(`  validate: ${rate(COUNT, t1 - t0)} profiles/s${invalid ? ` (${invalid} INVALID: the generator is broken)` : ''}`);

for (let i = 0; i < WARMUP; i++) evaluate(profiles[i]!);
for (let i = 0; i < WARMUP; i++) decide(profiles[i]!);

// the decision alone (outcomes and conditions, no guidance): the baseline the guidance's cost is measured against
const decideStart = process.hrtime.bigint();
for (let i = 0; i < COUNT; i++) decide(profiles[i]!);
const decideTotal = process.hrtime.bigint() - decideStart;

const times = new Float64Array(COUNT);
const recommended = new Map<RouteId | null, number>();
let conditions = 0;
const start = process.hrtime.bigint();
for (let i = 0; i < COUNT; i++) {
  const a = process.hrtime.bigint();
  const r = evaluate(profiles[i]!);
  const b = process.hrtime.bigint();
  times[i] = Number(b - a);
  recommended.set(r.recommended, (recommended.get(r.recommended) ?? 0) + 1);
  for (const route of r.routes) conditions += route.conditions.length;
}
const total = process.hrtime.bigint() - start;
times.sort();

console.log(`  decide only: ${rate(COUNT, decideTotal)} profiles/s (${ms(decideTotal)} ms in all)`);
console.log(`  evaluate (decide + guidance): ${rate(COUNT, total)} profiles/s (${ms(total)} ms in all); ratio to decide only ${(Number(decideTotal) / Number(total)).toFixed(3)}`);
console.log(
  `  per profile: p50 ${ms(percentile(times, 50))} ms, p90 ${ms(percentile(times, 90))} ms, p99 ${ms(percentile(times, 99))} ms, max ${ms(times[COUNT - 1] ?? 0)} ms`,
);
console.log(`  conditions per profile: ${(conditions / Math.max(1, COUNT)).toFixed(1)}`);
const spread = [...recommended.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id ?? 'none'} ${((100 * n) / COUNT).toFixed(1)}%`);
console.log(`  recommended: ${spread.join(', ')}`);
