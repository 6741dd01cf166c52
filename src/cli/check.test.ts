// `lotse check` end to end: the real CLI in a child process, as a user or a script runs it.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROUTE_IDS } from '../law/types.ts';
import type { CheckInput, CheckResult } from '../law/types.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = path.join(ROOT, 'src/cli/main.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node --import tsx src/cli/main.ts ...args`, exactly what `npm run lotse -- ...args` runs. */
function lotse(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin ?? '');
  });
}

const developer: CheckInput = {
  decisionDate: '2026-04-01',
  person: { birthDate: '1996-02-10', citizenship: 'IN', german: 'none', english: 'B2' },
  qualification: { level: 'academic', awardedOn: '2018-06-30', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 4, germanAssessment: 'comparable', licence: 'not_needed' },
  experience: [{ isco: '2512', from: '2018-09-01', to: '2026-04-01', relatedToQualification: true }],
  job: { isco: '2512', annualGrossSalaryEur: 52000, federalState: 'DE-RP' },
};
const noJob: CheckInput = { ...developer, decisionDate: '2025-03-10', job: undefined, means: { monthlyNetEur: 1200 } };
delete noJob.job;

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-check-'));
});
after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

function assertResult(r: CheckResult, decisionDate: string): void {
  assert.equal(r.decisionDate, decisionDate);
  assert.deepEqual([...r.routes.map((x) => x.id)].sort(), [...ROUTE_IDS].sort());
}

function assertNoStack(run: Run): void {
  assert.doesNotMatch(run.stderr, /\n\s+at |Error:|node:internal|\.ts:\d+/);
}

test('a file with one object prints one result as JSON and exits 0', async () => {
  const run = await lotse(['check', file('one.json', JSON.stringify(developer))]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  const result = JSON.parse(run.stdout) as CheckResult;
  assert.ok(!Array.isArray(result));
  assertResult(result, '2026-04-01');
  assert.equal(result.recommended, '18g-standard');
});

test('an array prints an array of results in the same order', async () => {
  const run = await lotse(['check', file('many.json', JSON.stringify([noJob, developer, noJob]))]);
  assert.equal(run.code, 0, run.stderr);
  const results = JSON.parse(run.stdout) as CheckResult[];
  assert.equal(results.length, 3);
  assertResult(results[0]!, '2025-03-10');
  assertResult(results[1]!, '2026-04-01');
  assertResult(results[2]!, '2025-03-10');
  assert.deepEqual(results[0], results[2]);
});

test('- reads standard input; --compact prints one line; an empty array gives []', async () => {
  const run = await lotse(['check', '--compact', '-'], JSON.stringify(developer));
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.trim().split('\n').length, 1);
  assertResult(JSON.parse(run.stdout) as CheckResult, '2026-04-01');
  const empty = await lotse(['check', '-'], '[]');
  assert.equal(empty.code, 0, empty.stderr);
  assert.deepEqual(JSON.parse(empty.stdout), []);
});

test('bad JSON exits 2 with one line that says where, and prints nothing on stdout', async () => {
  const run = await lotse(['check', '-'], '{\n  "decisionDate": "2026-04-01",\n  person: {}\n}');
  assert.equal(run.code, 2);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr.trim().split('\n').length, 1);
  assert.match(run.stderr, /^<stdin>: not valid JSON: .*line 3/);
  assertNoStack(run);
  const empty = await lotse(['check', '-'], '  \n');
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /the input is empty/);
});

test('an invalid field exits 2 and names the field and the reason, without a stack trace', async () => {
  const bad = { ...developer, job: { ...developer.job!, annualGrossSalaryEur: '52000' }, decisionDate: '2023-01-01' };
  const p = file('bad.json', JSON.stringify(bad));
  const run = await lotse(['check', p]);
  assert.equal(run.code, 2);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trim().split('\n');
  assert.deepEqual(lines.map((l) => l.split(': ').slice(0, 2).join(': ')).sort(), [`${p}: /decisionDate`, `${p}: /job/annualGrossSalaryEur`]);
  assert.match(run.stderr, /\/decisionDate: .*modelled from 2023-11-18/);
  assert.match(run.stderr, /\/job\/annualGrossSalaryEur: must be a number/);
  assertNoStack(run);
});

test('in an array, the invalid inputs are named by index and nothing is checked', async () => {
  const run = await lotse(['check', '-'], JSON.stringify([developer, { ...developer, person: { ...developer.person, birthDate: '2026-02-30' } }, 7]));
  assert.equal(run.code, 2);
  assert.equal(run.stdout, '');
  assert.deepEqual(run.stderr.trim().split('\n'), [
    '<stdin>: [1]/person/birthDate: is not a real calendar date (2026-02-30)',
    '<stdin>: [2]: must be an object, not the number 7; expected a CheckInput object',
  ]);
});

test('a missing file, a directory and a missing argument exit 2 with one clear line', async () => {
  const missing = await lotse(['check', path.join(dir, 'nope.json')]);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, `lotse check: cannot read ${path.join(dir, 'nope.json')}: no such file\n`);
  const directory = await lotse(['check', dir]);
  assert.equal(directory.code, 2);
  assert.match(directory.stderr, /is a directory/);
  const none = await lotse(['check']);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /FILE is missing/);
  for (const r of [missing, directory, none]) assertNoStack(r);
});

test('--help, unknown commands and unknown options', async () => {
  const help = await lotse(['check', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: lotse check/);
  const top = await lotse(['--help']);
  assert.equal(top.code, 0);
  assert.match(top.stdout, /lotse check FILE\|-/);
  const unknown = await lotse(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  const option = await lotse(['check', '--fast', '-'], '{}');
  assert.equal(option.code, 2);
  assert.match(option.stderr, /unknown option --fast/);
});

// ---- large inputs (issue 10): an array is read and checked as a stream, in constant memory ----

/** Compact JSON of a CheckInput, as the item generators below write them. */
const developerJson = JSON.stringify(developer);
const noJobJson = JSON.stringify(noJob);

/**
 * The CLI with a small heap (--max-old-space-size=96): `input` is written to its stdin as it is generated (with
 * backpressure), its stdout is only scanned (`onStdout`), never kept whole: a result is about 24 KB.
 */
function lotseStreaming(args: string[], input: () => Generator<string>, onStdout: (chunk: Buffer) => void): Promise<Omit<Run, 'stdout'>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=96', '--import', 'tsx', MAIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', onStdout);
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.on('error', () => {});
    const parts = input();
    const pump = (): void => {
      for (let next = parts.next(); !next.done; next = parts.next()) {
        if (!child.stdin.write(next.value)) {
          child.stdin.once('drain', pump);
          return;
        }
      }
      child.stdin.end();
    };
    pump();
  });
}

/** `[` + n items (item(i) gives the JSON of item i) + `]`, in pieces of about 64 KB. */
function* jsonArray(n: number, item: (i: number) => string, end = ']\n'): Generator<string> {
  let piece = '[';
  for (let i = 0; i < n; i++) {
    piece += (i === 0 ? '' : ',\n') + item(i);
    if (piece.length > 64 * 1024) {
      yield piece;
      piece = '';
    }
  }
  yield piece + end;
}

test('an array of 20,000 inputs on stdin is checked in constant memory (96 MB heap): every result, in order', { timeout: 120_000 }, async () => {
  const n = 20_000; // about 9 MB of input: more than the 8 MiB that stdin is kept in memory for the second pass
  const { evaluate } = await import('../law/check.ts');
  const first = JSON.stringify(evaluate(developer));
  const last = JSON.stringify(evaluate(noJob));
  const marker = Buffer.from('{"decisionDate":"');
  let results = 0;
  let carry = Buffer.alloc(0);
  let head = Buffer.alloc(0);
  const tail: Buffer[] = []; // the last chunks, at least 256 KB
  let tailBytes = 0;
  const run = await lotseStreaming(['check', '--compact', '-'], () => jsonArray(n, (i) => (i % 2 === 0 ? developerJson : noJobJson)), (chunk) => {
    const b = Buffer.concat([carry, chunk]);
    for (let i = b.indexOf(marker); i >= 0; i = b.indexOf(marker, i + marker.length)) results++;
    carry = b.subarray(Math.max(0, b.length - marker.length + 1));
    if (head.length < 256 * 1024) head = Buffer.concat([head, chunk]); // decoded at the end: a chunk may split a character
    tail.push(chunk);
    tailBytes += chunk.length;
    while (tailBytes - tail[0]!.length >= 256 * 1024) tailBytes -= tail.shift()!.length;
  });
  assert.equal(run.code, 0, run.stderr.slice(0, 2000));
  assert.equal(run.stderr, '');
  assert.equal(results, n);
  assert.ok(head.toString('utf8').startsWith(`[${first},${last},${first},`), 'the first results, byte for byte');
  assert.ok(Buffer.concat(tail).toString('utf8').endsWith(`,${first},${last}]\n`), 'the last results, byte for byte');
});

test('an invalid input late in a large array: exit 2 naming it, nothing printed on stdout', { timeout: 60_000 }, async () => {
  const n = 5_000;
  const bad = JSON.stringify({ ...developer, person: { ...developer.person, birthDate: '2026-02-30' } });
  let stdout = 0;
  const run = await lotseStreaming(['check', '-'], () => jsonArray(n, (i) => (i === n - 1 ? bad : developerJson)), (chunk) => (stdout += chunk.length));
  assert.equal(run.code, 2);
  assert.equal(stdout, 0, 'nothing is checked when an input is invalid');
  assert.equal(run.stderr, `<stdin>: [${n - 1}]/person/birthDate: is not a real calendar date (2026-02-30)\n`);
});

test('JSON that ends in the middle of an array exits 2 naming the item and the position, and prints nothing', async () => {
  const text = `[${developerJson},\n${noJobJson},\n{"decisionDate": "2026-`;
  const run = await lotse(['check', '-'], text);
  assert.equal(run.code, 2);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr, `<stdin>: not valid JSON: the input ends in the middle of item [2] at line 3, column 24\n`);
  const between = await lotse(['check', '-'], `[${developerJson},\n${noJobJson},`);
  assert.equal(between.code, 2);
  assert.equal(between.stdout, '');
  assert.match(between.stderr, /^<stdin>: not valid JSON: the input ends after item \[1\], before the array is closed at line 2, column \d+\n$/);
  const missingComma = await lotse(['check', '-'], `[${developerJson}\n${noJobJson}]`);
  assert.equal(missingComma.code, 2);
  assert.equal(missingComma.stderr, '<stdin>: not valid JSON: unexpected "{" at line 2, column 1 (after item [0])\n');
  assertNoStack(missingComma);
});

test('one input over 1 MiB or nested over 16 levels exits 2 naming it (a huge item cannot exhaust memory either)', async () => {
  const huge = JSON.stringify({ ...developer, job: { ...developer.job!, municipality: 'x'.repeat(1024 * 1024) } });
  const single = await lotse(['check', '-'], huge);
  assert.equal(single.code, 2);
  assert.equal(single.stdout, '');
  assert.equal(single.stderr, '<stdin>: /: is larger than 1048576 bytes, the limit for one input\n');
  const deep = await lotse(['check', '-'], `[${developerJson}, ${'['.repeat(17)}${']'.repeat(17)}]`);
  assert.equal(deep.code, 2);
  assert.equal(deep.stdout, '');
  assert.equal(deep.stderr, '<stdin>: [1]: is nested deeper than 16 levels, the limit for one input\n');
  const fine = await lotse(['check', '-'], `[${developerJson}, ${'['.repeat(16)}${']'.repeat(16)}]`);
  assert.equal(fine.code, 2);
  assert.equal(fine.stderr, '<stdin>: [1]: must be an object, not an array; expected a CheckInput object\n');
});
