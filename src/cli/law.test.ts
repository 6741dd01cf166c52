// `lotse law status` end to end: the real CLI in a child process.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allParameters } from '../law/parameters/parameter.ts';
import '../law/parameters/status.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = path.join(ROOT, 'src/cli/main.ts');

function lotse(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface JsonRow {
  id: string;
  validFrom: string;
  validUntil: string | null;
  value: unknown;
  source: { title: string; url: string };
  lastVerified: string;
  status: string;
}

const expectedValues = allParameters().reduce((n, p) => n + p.values.length, 0);

test('lotse law status --json lists every value of every parameter with validity, source, last verified date and status', async () => {
  const r = await lotse(['law', 'status', '--json', '--today', '2026-12-04']);
  assert.equal(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as JsonRow[];
  assert.equal(rows.length, expectedValues);
  const bbg2027 = rows.find((x) => x.id === 'sgb6.bbg' && x.validFrom === '2027-01-01');
  assert.equal(bbg2027?.status, 'draft');
  assert.equal(bbg2027?.value, 106_200);
  assert.equal(bbg2027?.validUntil, '2027-12-31');
  const bbg2026 = rows.find((x) => x.id === 'sgb6.bbg' && x.validFrom === '2026-01-01');
  assert.equal(bbg2026?.status, 'in_force');
  assert.match(bbg2026?.source.url ?? '', /^https:\/\/www\.bmas\.de\//);
  assert.equal(rows.find((x) => x.id === 'beschv.26.2.quota.exhausted')?.status, 'unconfirmed');
  // a value without validUntil ends the day before the next one starts
  assert.equal(rows.find((x) => x.id === 'beschv.6.pct' && x.validFrom === '2023-11-18')?.validUntil, '2024-02-29');
  for (const row of rows) assert.ok(row.source.title && /^https?:\/\//.test(row.source.url) && /^\d{4}-\d{2}-\d{2}$/.test(row.lastVerified), row.id);
});

test('A value last verified more than 12 months before --today is stale; on the day 12 months after it is not yet', async () => {
  const onTheDay = JSON.parse((await lotse(['law', 'status', '--json', '--today', '2027-12-04'])).stdout) as JsonRow[];
  const after = JSON.parse((await lotse(['law', 'status', '--json', '--today', '2027-12-05'])).stdout) as JsonRow[];
  const pick = (rows: JsonRow[]) => rows.find((x) => x.id === 'sgb6.bbg' && x.validFrom === '2026-01-01')!.status;
  assert.equal(pick(onTheDay), 'in_force');
  assert.equal(pick(after), 'stale');
  // a draft stays a draft however old
  assert.equal(after.find((x) => x.id === 'sgb6.bbg' && x.validFrom === '2027-01-01')!.status, 'draft');
});

test('lotse law status prints a table with a header, one line per value and a summary', async () => {
  const r = await lotse(['law', 'status', '--today', '2026-12-04', '--lang', 'en']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[0]!, /^id\s+valid\s+value\s+status\s+lastVerified\s+source$/);
  assert.equal(lines.length, 1 + expectedValues + 2);
  assert.ok(lines.some((l) => /^sgb6\.bbg\s+2027-01-01–2027-12-31\s+€106,200 a year\s+draft\s+2026-12-04/.test(l)), 'the 2027 draft line');
  assert.match(lines.at(-1)!, new RegExp(`^${expectedValues} values as of 2026-12-04: .*1 draft`));
});

test('Bad arguments name the problem and exit 2', async () => {
  const r = await lotse(['law', 'status', '--today', '2026-13-45', '--lang', 'fr']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--today needs a date YYYY-MM-DD/);
  assert.match(r.stderr, /--lang must be de or en/);
  const s = await lotse(['law', 'nonsense']);
  assert.equal(s.code, 2);
  assert.match(s.stderr, /unknown subcommand "nonsense"/);
});
