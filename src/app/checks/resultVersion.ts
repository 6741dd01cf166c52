// What a rendered result page (check_results, issue 13) depends on besides the check's input and the language: the
// law data the engine decided with, and the code that decided and rendered it. A cached page is valid only under the
// versions it was rendered with; a new law value or a new build makes every cached page a miss, rendered anew.
//
//   lawDataVersion  a hash of every registered dated parameter (values, validity, references, status): lawVersionAt()
//                   names only the newest validFrom in force, so a corrected value with the same date would not change
//                   it. Computed once, when this module is loaded.
//   appVersion()    the package's version and a fingerprint of the running code: the compiled bundle (dist/main.js,
//                   what `npm start` runs) when running from it, else every non-test source file under src/; and
//                   package-lock.json (the renderer's version shapes the bytes too). Instances running the same build
//                   share their cached pages.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPath } from '../../paths.ts';
import { allParameters } from '../../law/parameters/parameter.ts';
// every parameter file registers its parameters when imported: these are all of them (as the law's status page has)
import '../../law/parameters/index.ts';
import '../../law/parameters/plan/fees.ts';
import '../../law/parameters/plan/durations.ts';
import '../../law/parameters/plan/westbalkan.ts';

/**
 * JSON with object keys sorted and sets as sorted lists, so that equal data always gives equal text. Functions are
 * code, not data: they are left out (the code is covered by appVersion()).
 */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || value === undefined) return 'null';
    return JSON.stringify(value);
  }
  if (value instanceof Set) return stableJson([...value].map(stableJson).sort());
  if (value instanceof Map) return stableJson(Object.fromEntries([...value].map(([k, v]) => [String(k), v])));
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

function digest(...parts: Array<string | Buffer>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('base64url').slice(0, 22);
}

/** The law data's version: a hash of every registered parameter, in the order of their ids. */
export function lawDataHash(parameters: ReadonlyArray<{ id: string }> = allParameters()): string {
  const sorted = [...parameters].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `law-${digest(stableJson(sorted))}`;
}

export const LAW_DATA_VERSION: string = lawDataHash();

/** The non-test TypeScript sources below `dir`, sorted. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
    }
  };
  visit(dir);
  return out.sort();
}

let appVersionMemo: string | undefined;

/** The running code's version (computed at the first call: it reads the code once). */
export function appVersion(): string {
  if (appVersionMemo !== undefined) return appVersionMemo;
  const here = fileURLToPath(import.meta.url);
  // In the bundle, import.meta.url is the bundle's own file; from the sources (tsx) it is this file under src/.
  const bundled = !here.endsWith('.ts');
  const files = bundled ? [here] : sourceFiles(projectPath('src'));
  const pkg = JSON.parse(fs.readFileSync(projectPath('package.json'), 'utf8')) as { version?: string };
  let lock = '';
  try {
    lock = fs.readFileSync(projectPath('package-lock.json'), 'utf8');
  } catch {
    // no lock file (an unusual installation): the package's version and the code still count
  }
  const h = createHash('sha256');
  for (const f of files) h.update(path.relative(projectPath(), f)).update('\0').update(fs.readFileSync(f)).update('\0');
  appVersionMemo = `${pkg.version ?? '0'}-${digest(h.digest('base64url'), lock)}`;
  return appVersionMemo;
}
