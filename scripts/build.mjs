// Compiles Lotse's server (src/main.ts and everything it imports) into one JavaScript file, dist/main.js, which
// `npm start` runs: no TypeScript is transpiled at start, and a start needs no compiler in memory.
// Runs after `npm ci` (the `prepare` script) and before every `npm start` (`--if-stale`: only when a source file,
// the package files or this script changed since the last build). Dependencies stay in node_modules (not bundled).
// Plain JavaScript on purpose: it must run before anything is compiled. Decision record 010.
// A full build (not `--if-stale`) also prepares the embedded database's image, dist/pglite-image: initdb and this
// version's migrations, done once here so that a first start copies it instead (src/db/pgliteImage.ts). A start whose
// image is missing or older still works: it runs initdb, or the migrations the image lacks.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTFILE = path.join(ROOT, 'dist', 'main.js');
const INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];

/** The newest modification time (ms) among the build's inputs: the sources (tests excluded) and the package files. */
export function newestInput() {
  let newest = 0;
  const visit = (file) => {
    let st;
    try {
      st = fs.statSync(file);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    } else if (!/\.test\.tsx?$/.test(file)) {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  for (const input of INPUTS) visit(path.join(ROOT, input));
  return newest;
}

/** True when dist/main.js is missing or older than one of its inputs. */
export function isStale() {
  let built;
  try {
    built = fs.statSync(OUTFILE).mtimeMs;
  } catch {
    return true;
  }
  return newestInput() > built;
}

/** Builds dist/main.js; the new file replaces the old one at once (a running Lotse keeps the file it loaded). */
export async function build() {
  const { build: esbuild } = await import('esbuild');
  const tmp = `${OUTFILE}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(OUTFILE), { recursive: true });
  try {
    await esbuild({
      absWorkingDir: ROOT,
      entryPoints: ['src/main.ts'],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      sourcesContent: false,
      logLevel: 'warning',
      legalComments: 'none',
      tsconfig: 'tsconfig.json',
    });
    fs.renameSync(`${tmp}.map`, `${OUTFILE}.map`);
    // the map was written under the temporary name: point the file at the final one
    const code = fs.readFileSync(tmp, 'utf8').replace(/\/\/# sourceMappingURL=\S+\s*$/, '//# sourceMappingURL=main.js.map\n');
    fs.writeFileSync(tmp, code);
    fs.renameSync(tmp, OUTFILE);
  } finally {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(`${tmp}.map`, { force: true });
  }
}

/** Writes dist/pglite-image (src/db/buildPgliteImage.ts, in a child process: its WebAssembly memory goes with it). */
export function buildImage() {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/db/buildPgliteImage.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    const line = (r.stderr ?? '').split('\n').find((l) => /error/i.test(l)) ?? r.error?.message ?? `exit ${r.status}`;
    throw new Error(line.trim());
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale');
  if (!ifStale || isStale()) {
    const t0 = performance.now();
    try {
      await build();
    } catch (err) {
      process.stderr.write(`lotse: compiling src/ into dist/main.js failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
      process.exit(1);
    }
    process.stderr.write(`lotse: compiled src/ into dist/main.js in ${Math.round(performance.now() - t0)} ms\n`);
  }
  if (!ifStale) {
    const t0 = performance.now();
    try {
      buildImage();
      process.stderr.write(`lotse: prepared the embedded database in dist/pglite-image in ${Math.round(performance.now() - t0)} ms\n`);
    } catch (err) {
      // not fatal: a first start without the image runs initdb, as before
      process.stderr.write(`lotse: preparing the embedded database in dist/pglite-image failed (${err instanceof Error ? err.message : String(err)}); a first start will create it instead (slower)\n`);
    }
  }
}
