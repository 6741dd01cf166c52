// Where Lotse's own files are, for code that runs from the sources (tests, the CLI, through tsx) and from the
// compiled bundle (`npm start` runs dist/main.js): both find the project's root by its package.json, so the
// folders below never depend on where the running module sits.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'lotse') return dir;
    } catch {
      // no package.json here: look one level up
    }
    if (path.dirname(dir) === dir) throw new Error(`Lotse's package.json was not found above ${from}`);
  }
}

/** The project's root folder (the one with Lotse's package.json). */
export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path below the project's root, e.g. `projectPath('drizzle')`. */
export function projectPath(...parts: string[]): string {
  return path.join(PROJECT_ROOT, ...parts);
}
