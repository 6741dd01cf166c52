// The recognition engine carries no money or big figure of its own (as the plan, src/law/plan/noLiterals.test.ts):
// fees and periods come from dated parameters or from the data tables in ./data/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { literalFindings } from '../plan/noLiterals.test.ts';

const DIR = fileURLToPath(new URL('.', import.meta.url));

test('Recognition code has no money or big-number literal: figures come from dated parameters or ./data', () => {
  const files = readdirSync(DIR)
    .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
    .map((n) => join(DIR, n));
  assert.ok(files.some((f) => f.endsWith('finder.ts')));
  const findings = files.flatMap((f) => literalFindings(f, readFileSync(f, 'utf8')).map((x) => `${relative(DIR, f)}:${x}`));
  assert.deepEqual(findings, []);
});
