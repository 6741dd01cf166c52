// `npm run seed` as an operator runs it: loads the demo, prints the logins, is idempotent, refuses real data.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../db/index.ts';
import { tenants } from '../db/schema/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function seed(dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOTSE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'seed'], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

test('seed loads the demo service office into an empty embedded database, prints the logins, and is idempotent', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-seed-'));
  const first = await seed(dir);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /Loaded the demo service office "IQ-Service MINT Kaiserslautern \(Demo\)"/);
  assert.match(first.stdout, /admin@demo\.lotse\.example {2}\/ {2}demo-admin-2026/);
  assert.match(first.stdout, /beratung@demo\.lotse\.example/);
  assert.ok(!fs.existsSync(path.join(dir, 'lotse.lock')), 'lock released');
  const second = await seed(dir);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /Already present/);
});

test('seed refuses a database that already holds real data, with one line and a non-zero exit', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-seed-'));
  const db = await openDb(dir);
  await db.db.insert(tenants).values({ name: 'Welcome Center Westpfalz' });
  await db.checkpoint();
  await db.close();
  const r = await seed(dir);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /refused: this database already holds real data \(service office "Welcome Center Westpfalz"\)/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.equal(r.stdout, '');
});
