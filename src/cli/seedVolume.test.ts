// `npm run seed:volume` as an operator runs it: small numbers by flag, the logins printed, idempotent, bad flags named.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function seedVolume(dataDir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOTSE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'seed-volume', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

test('seed-volume loads the given numbers into an empty embedded database, prints counts, time and logins, and is idempotent', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-volume-'));
  try {
    const first = await seedVolume(dir, ['--companies', '12', '--consultations=40']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Loaded the volume demo office "Servicestelle Volumen \(Demo\)" into .* in \d+\.\d s/);
    assert.match(first.stdout, /12 companies, .* 40 consultations/s);
    // cases in proportion to the companies: 10 each
    assert.match(first.stdout, /132 candidates with \d+ consent declarations, 120 cases with \d+ status changes/);
    assert.match(first.stdout, /firma@volumen\.demo\.lotse\.example {2}\/ {2}volumen-firma-2026/);
    assert.match(first.stdout, /beratung@volumen\.demo\.lotse\.example {2}\/ {2}volumen-beratung-2026/);
    assert.ok(!fs.existsSync(path.join(dir, 'lotse.lock')), 'lock released');
    const second = await seedVolume(dir, []);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /Already present/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('seed-volume names a bad flag in one line and exits 2 without opening the database', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-volume-'));
  try {
    const r = await seedVolume(dir, ['--companies', 'many']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'lotse seed-volume: --companies must be a whole number from 1 to 100,000, not "many"\n');
    const cases = await seedVolume(dir, ['--cases=-1']);
    assert.equal(cases.code, 2);
    assert.equal(cases.stderr, 'lotse seed-volume: --cases must be a whole number from 0 to 1,000,000, not "-1"\n');
    const unknown = await seedVolume(dir, ['--tenants', '2']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown flag --tenants/);
    assert.deepEqual(fs.readdirSync(dir), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
