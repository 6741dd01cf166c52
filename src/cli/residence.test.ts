// `lotse residence` end to end: the real CLI in a child process (each spawn costs about a second, so few of them).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkResidence } from '../law/residence/check.ts';
import { blueCardHolder, skilledWorker, vary } from '../law/residence/testing.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = path.join(ROOT, 'src/cli/main.ts');

function lotse(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
  });
}

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-residence-'));
});
after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test('lotse residence FILE prints the ResidenceResult of one input, exit 0', async () => {
  const file = path.join(dir, 'one.json');
  fs.writeFileSync(file, JSON.stringify(blueCardHolder()));
  const r = await lotse(['residence', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(checkResidence(blueCardHolder()))));
});

test('lotse residence - reads an array on stdin and prints the results in the same order (compact)', async () => {
  const inputs = [skilledWorker(), blueCardHolder(), vary(skilledWorker('2027-06-01'), (x) => void (x.currentTitle.validUntil = '2027-05-31'))];
  const r = await lotse(['residence', '--compact', '-'], JSON.stringify(inputs));
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 1, 'one line');
  assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(inputs.map((x) => checkResidence(x)))));
});

test('Invalid input: exit 2, one line per field naming the item and the path, nothing on stdout, no stack trace', async () => {
  const inputs = [blueCardHolder(), vary(blueCardHolder(), (x) => {
    x.decisionDate = '2024-02-29';
    x.residenceHistory = [];
  })];
  const r = await lotse(['residence', '-'], JSON.stringify(inputs));
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trim().split('\n');
  assert.deepEqual(lines, [
    '<stdin>: [1]/decisionDate: must be 2024-03-01 or later: the residence check is modelled from 2024-03-01 (second stage of the 2023 skilled-immigration reform: new § 18c periods, § 36 (3)), 2024-02-29 is before that',
    '<stdin>: [1]/currentTitle/issuedOn: must not be after decisionDate (2024-02-29): the title is held on that day',
    '<stdin>: [1]/residenceHistory: must not be empty: its last entry is the period of the current title',
  ]);
  assert.doesNotMatch(r.stderr, /\n\s+at |node_modules/);
});

test('Not JSON, or not an object: exit 2 naming the contract type', async () => {
  const r = await lotse(['residence', '-'], '"a string"');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^<stdin>: \/: must be an object, not the string "a string"; expected a ResidenceInput object or an array of them\n$/);
});
