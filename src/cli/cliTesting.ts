// The CLI as an operator runs it, for the CLI's tests: the real `lotse` in a child process against a fresh embedded
// database in a temporary LOTSE_DATA_DIR or, when DATABASE_URL is set, a throwaway database on that server.
// Only test files import this module.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../db/index.ts';
import type { Database } from '../db/index.ts';
import { throwawayDatabase } from '../db/testing.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliTarget {
  /** what the CLI's environment needs to find the database */
  env: Record<string, string>;
  open: () => Promise<Database>;
  cleanup: () => Promise<void>;
}

/** A fresh database for one test file's CLI runs; `label` names the temporary directory. */
export async function cliTarget(label: string): Promise<CliTarget> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const db = await throwawayDatabase(serverUrl, 'lotse_cli');
    return { env: { DATABASE_URL: db.url }, open: () => openDb(db.url), cleanup: db.drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lotse-cli-${label}-`));
  return { env: { LOTSE_DATA_DIR: dir }, open: () => openDb(dir), cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Run `lotse ARGS` on the target, with `env` added to the environment; its exit code and output. */
export function runLotse(target: CliTarget, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env, ...target.env };
    if (!target.env.DATABASE_URL) delete childEnv.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Work on the database between CLI runs (the embedded one is free again once the CLI has exited). */
export async function withDb<T>(target: CliTarget, fn: (d: Database) => Promise<T>): Promise<T> {
  const d = await target.open();
  try {
    return await fn(d);
  } finally {
    await d.checkpoint();
    await d.close();
  }
}
