// Writes the prepared image of the embedded database (pgliteImage.ts): initdb, then this version's migrations, then a
// clean shutdown, into a temporary directory that replaces the image at once; then the same cluster as a tar file for
// in-memory databases (MEMORY_DUMP), dumped by PGlite from a copy (opening a cluster writes to it). `npm run build` (and so `npm ci`) runs
// it: `node --import tsx src/db/buildPgliteImage.ts [target]`.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS_FOLDER, openDb } from './index.ts';
import { PGlite } from '@electric-sql/pglite';
import { IMAGE_MANIFEST, installedPgliteVersion, MEMORY_DUMP, PGLITE_IMAGE_DIR } from './pgliteImage.ts';
import type { ImageManifest } from './pgliteImage.ts';
import { runInitdb } from './pgliteInit.ts';

export interface BuildImageOptions {
  /** default ./drizzle */
  migrationsFolder?: string;
}

export async function buildPgliteImage(target: string, opts: BuildImageOptions = {}): Promise<ImageManifest> {
  const migrationsFolder = opts.migrationsFolder ?? MIGRATIONS_FOLDER;
  const tmp = `${target}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  try {
    await runInitdb(tmp);
    const database = await openDb(tmp, { migrationsFolder });
    // the job queue's own schema (pg-boss, src/jobs/queue.ts), which it would otherwise create at the first start
    // (~1.7 s on PGlite): a queue started and stopped with no jobs leaves its tables behind
    const { startQueue } = await import('../jobs/queue.ts');
    const quiet = { info: () => {}, warn: () => {}, error: () => {} };
    await (await startQueue(database, { jobs: {}, log: quiet })).stop();
    await database.checkpoint();
    await database.close();
    await writeMemoryDump(tmp, path.join(tmp, MEMORY_DUMP));
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const manifest: ImageManifest = {
      pglite: installedPgliteVersion(),
      migrations: journal.entries.map((e) => e.tag),
      builtAt: new Date().toISOString(),
    };
    fs.writeFileSync(path.join(tmp, IMAGE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(tmp, target);
    return manifest;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Dumps the cluster in `dir` as PGlite's tar into `file`, from a copy of `dir`. */
async function writeMemoryDump(dir: string, file: string): Promise<void> {
  const copy = `${dir}.dump`;
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(dir, copy, { recursive: true });
  try {
    const client = await PGlite.create(copy);
    try {
      const dump = await client.dumpDataDir('none');
      fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await client.close();
    }
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildPgliteImage(path.resolve(process.argv[2] ?? PGLITE_IMAGE_DIR));
}
