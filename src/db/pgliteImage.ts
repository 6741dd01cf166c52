// The prepared image of the embedded database: a cluster directory made once by `npm run build` (so at `npm ci`, whose
// `prepare` runs it: nothing is downloaded), initialised by initdb and migrated to this version's schema, with no data
// of any installation in it (no settings, no secrets, no accounts: the cookie secret and the demo are written at the
// first start). A first start copies it into the empty data directory (pgliteInit.ts); buildPgliteImage.ts writes it.
//
// The image names the PGlite version that made it (lotse-image.json); an image of another version is not used (a
// cluster's files are only known to work with the PostgreSQL build that wrote them): the first start then runs initdb.
//
// Beside the cluster the image holds the same cluster as one tar file (memory.tar, PGlite's own dump format), which an
// in-memory database (`memory://`: every test file opens one or more) loads in ~0.4 s instead of running initdb and
// every migration in WebAssembly (~1.5–2.5 s each). It is never copied into a data directory.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPath } from '../paths.ts';

export const PGLITE_IMAGE_DIR = projectPath('dist', 'pglite-image');
export const IMAGE_MANIFEST = 'lotse-image.json';
/** the image's cluster as a tar file, for in-memory databases */
export const MEMORY_DUMP = 'memory.tar';

export interface ImageManifest {
  /** the version of @electric-sql/pglite that initialised and migrated the image */
  pglite: string;
  /** the migrations applied to the image (tags of drizzle/meta/_journal.json) */
  migrations: string[];
  builtAt: string;
}

/** The installed version of @electric-sql/pglite. */
export function installedPgliteVersion(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite'))); ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@electric-sql/pglite' && pkg.version) return pkg.version;
    } catch {
      // no package.json here: look one level up
    }
    if (path.dirname(dir) === dir) throw new Error('the package.json of @electric-sql/pglite was not found');
  }
}

export function readImageManifest(image: string): ImageManifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(image, IMAGE_MANIFEST), 'utf8')) as ImageManifest;
  } catch {
    return null;
  }
}

/** True when `image` holds a complete cluster made by the installed PGlite. */
export function usablePgliteImage(image: string): boolean {
  const manifest = readImageManifest(image);
  return manifest !== null && manifest.pglite === installedPgliteVersion() && fs.existsSync(path.join(image, 'PG_VERSION'));
}

/**
 * Copies the image's cluster into `dir` (which may exist and hold Lotse's lock file). PG_VERSION, by which a
 * directory counts as a cluster, comes last and by rename: a copy cut short leaves no cluster and is redone.
 */
export function copyPgliteImage(image: string, dir: string): void {
  const top = (src: string) => path.dirname(src) === image;
  fs.cpSync(image, dir, {
    recursive: true,
    filter: (src) => !(top(src) && [IMAGE_MANIFEST, MEMORY_DUMP, 'PG_VERSION'].includes(path.basename(src))),
  });
  const tmp = path.join(dir, `PG_VERSION.${process.pid}.tmp`);
  fs.copyFileSync(path.join(image, 'PG_VERSION'), tmp);
  fs.renameSync(tmp, path.join(dir, 'PG_VERSION'));
}

/** The image's cluster as a tar file for PGlite's `loadDataDir`, or null when the image is not usable or has none. */
export function memoryDumpOf(image: string): Blob | null {
  if (!usablePgliteImage(image)) return null;
  try {
    return new Blob([fs.readFileSync(path.join(image, MEMORY_DUMP))], { type: 'application/x-tar' });
  } catch {
    return null;
  }
}
