// `npm test` must pass on a clone of this repository alone: no test it runs may read the sibling folder shared/ (the contract's
// examples run from `npm run test:contract`, which .ci/run calls with that folder beside the clone). This guard names that
// folder itself, so it runs from `npm run test:contract` too, not from `npm test`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lotse-process.ts';

/** The files `npm test` runs, by its own file-selecting command in package.json ($(…), run without DATABASE_URL: all). */
function npmTestFiles(): string[] {
  const script = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.test!;
  const select = /\$\(([^)]*)\)/.exec(script)?.[1];
  assert.ok(select, `npm test selects its files with $(…): ${script}`);
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return execFileSync('sh', ['-c', select], { cwd: ROOT, encoding: 'utf8', env }).split('\n').filter(Boolean);
}

/** The shared folder beside the repository (the contract's examples). */
const SHARED = path.resolve(ROOT, '..', 'shared');

/**
 * Whether a test file reaches into the shared folder beside the repository. A module specifier (static or dynamic import) is
 * resolved against the file's own folder, so a folder named `shared` inside the repository would be fine; any other
 * text naming the sibling folder (a path handed to fs or path.join) counts, as it cannot be resolved here.
 */
export function readsSharedFolder(file: string, text: string): boolean {
  const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"`])([^'"`]*)\1/g;
  let imports = false;
  const rest = text.replace(specifiers, (_m, _q: string, spec: string) => {
    const target = path.resolve(ROOT, path.dirname(file), spec);
    if (target === SHARED || target.startsWith(SHARED + path.sep)) imports = true;
    return ' ';
  });
  return imports || /\.\.\/shared\/|['"`]\.\.\/\.\.\/\.\.\/shared/.test(rest);
}

test('the shared-folder guard resolves module paths: a shared folder inside the repository is fine, the sibling is not', () => {
  // the sibling folder's path is put together here, so that this file does not name it itself
  const up = '..';
  const sibling = (depth: number) => `${Array(depth).fill(up).join('/')}/shared`;
  assert.equal(readsSharedFolder('src/app/accounts/x.test.ts', `import { writeAudit } from '${sibling(1)}/audit.ts';`), false);
  assert.equal(readsSharedFolder('src/app/x.test.ts', "const { diff } = await import('./shared/audit.ts');"), false);
  assert.equal(readsSharedFolder('src/law/x.test.ts', `import examples from '${sibling(3)}/contract/examples.json';`), true);
  assert.equal(readsSharedFolder('test/x.test.ts', `import x from '${sibling(2)}/contract/examples.json';`), true);
  assert.equal(readsSharedFolder('src/app/accounts/x.test.ts', `import { a } from '${sibling(1)}/audit.ts';\nfs.readFileSync(path.join(ROOT, '${sibling(1)}/contract/x.json'));`), true);
});

test('no test file that npm test runs reads the shared folder beside the repository', () => {
  const files = npmTestFiles();
  assert.ok(files.length > 50, `npm test runs ${files.length} files`);
  const outside = files.filter((f) => readsSharedFolder(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));
  assert.deepEqual(outside, [], 'these need the sibling shared folder: run them from npm run test:contract instead');
});

test('the contract examples still run, from npm run test:contract', () => {
  const script = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['test:contract'];
  assert.ok(script?.includes('.contract.ts'));
  assert.ok(fs.existsSync(path.join(ROOT, 'src/law/contractExamples.contract.ts')));
  assert.match(fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8'), /npm run test:contract/);
});
