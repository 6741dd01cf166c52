// Creating a new embedded database cluster (PostgreSQL's initdb) in a short-lived child process.
// initdb runs a second WebAssembly program beside PostgreSQL; once compiled and run in Lotse's own process, its code
// and memory stay there for the life of the process (~120 MB of resident memory that an idle Lotse never gives back:
// bench:start). In a child process they are gone when it exits; Lotse then opens the ready cluster as on any later
// start.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** True when `dir` already holds a database cluster. */
export function hasPgliteCluster(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'PG_VERSION'));
}

const INIT_SCRIPT = `
const [moduleUrl, dir] = process.argv.slice(-2);
const { PGlite } = await import(moduleUrl);
const db = await PGlite.create(dir);
await db.close();
`;

/** Creates the cluster in `dir` unless it has one; rejects with the child's first error line. */
export async function initPgliteCluster(dir: string): Promise<void> {
  if (hasPgliteCluster(dir)) return;
  const moduleUrl = import.meta.resolve('@electric-sql/pglite');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', INIT_SCRIPT, moduleUrl, dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && hasPgliteCluster(dir)) return resolve();
      const line = stderr.split('\n').find((l) => /error/i.test(l)) ?? stderr.split('\n')[0] ?? '';
      reject(new Error(`creating the database cluster failed (${signal ?? `exit ${code}`}): ${line.trim()}`));
    });
  });
}
