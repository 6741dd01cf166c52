// `npm test` must pass on a clone of this repository alone: no test it runs may read ../shared (the contract's
// examples run from `npm run test:contract`, which .ci/run calls with ../shared beside the clone).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lotse-process.ts';

/** The files `npm test` runs, by its own find expression in package.json. */
function npmTestFiles(): string[] {
  const script = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.test!;
  const find = /\$\((find [^)]*)\)/.exec(script)?.[1];
  assert.ok(find, `npm test selects its files with $(find …): ${script}`);
  return execFileSync('sh', ['-c', find], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
}

test('no test file that npm test runs reads the shared folder beside the repository', () => {
  const files = npmTestFiles();
  assert.ok(files.length > 50, `npm test runs ${files.length} files`);
  const outside = files.filter((f) => /\.\.\/shared\/|['"`]\.\.\/\.\.\/\.\.\/shared/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
  assert.deepEqual(outside, [], 'these need ../shared: run them from npm run test:contract instead');
});

test('the contract examples still run, from npm run test:contract', () => {
  const script = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['test:contract'];
  assert.ok(script?.includes('.contract.ts'));
  assert.ok(fs.existsSync(path.join(ROOT, 'src/law/contractExamples.contract.ts')));
  assert.match(fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8'), /npm run test:contract/);
});
