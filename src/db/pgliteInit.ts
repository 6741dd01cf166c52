// Creating a new embedded database cluster: from the prepared image when there is one, else by PostgreSQL's initdb in
// a short-lived child process.
//
// The image (dist/pglite-image, written by `npm run build`, which `npm ci` runs as `prepare`: see pgliteImage.ts) is a
// plain cluster directory, initialised and migrated once at build time; a first start copies it (a fraction of a second)
// instead of running initdb in WebAssembly (~7.5 s of CPU) and every migration. The copy is a plain directory that
// later starts open as usual; the migrator then applies whatever migrations the image lacks.
//
// initdb runs a second WebAssembly program beside PostgreSQL; once compiled and run in Lotse's own process, its code
// and memory stay there for the life of the process (~120 MB of resident memory that an idle Lotse never gives back:
// bench:start). In a child process they are gone when it exits; Lotse then opens the ready cluster as on any later
// start.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { copyPgliteImage, PGLITE_IMAGE_DIR, usablePgliteImage } from './pgliteImage.ts';

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

export interface InitOptions {
  /** the prepared image to copy; default dist/pglite-image; null: always run initdb */
  image?: string | null;
}

/**
 * Creates the cluster in `dir` unless it has one: copies the prepared image when it is there and made by the installed
 * PGlite, else runs initdb. Resolves to how the cluster was made; rejects with initdb's first error line.
 */
export async function initPgliteCluster(dir: string, opts: InitOptions = {}): Promise<'existing' | 'image' | 'initdb'> {
  if (hasPgliteCluster(dir)) return 'existing';
  const image = opts.image === undefined ? PGLITE_IMAGE_DIR : opts.image;
  if (image !== null && usablePgliteImage(image)) {
    copyPgliteImage(image, dir);
    return 'image';
  }
  await runInitdb(dir);
  return 'initdb';
}

/** PostgreSQL's initdb on `dir`, in a child process. */
export async function runInitdb(dir: string): Promise<void> {
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
