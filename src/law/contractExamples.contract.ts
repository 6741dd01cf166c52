// The contract's worked examples (../shared/contract/examples) run through evaluate(), for the routes of
// the Blue Card, §§ 18a/18b and § 19c (2) and for `recommended`. The CLI run of all examples is
// ../shared/contract/check-examples.
// Not part of `npm test` (a clone of Lotse alone has no ../shared): `npm run test:contract`, run by .ci/run.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckInput, RouteId } from './types.ts';
import { evaluate } from './check.ts';

const DIR = fileURLToPath(new URL('../../../shared/contract/examples/', import.meta.url));
const MINE = new Set<string>(['18g-standard', '18g-shortage', '18g-new-entrant', '18g-it', '18b', '18a', '19c2-experience']);

interface Example {
  name: string;
  input: CheckInput;
  expect: Record<string, unknown>;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

test('The contract examples are present', () => assert.ok(files.length >= 8, `found ${files.length} examples in ${DIR}`));

for (const file of files) {
  const ex = JSON.parse(readFileSync(DIR + file, 'utf8')) as Example;
  test(`${file}: ${ex.name}`, () => {
    const result = evaluate(ex.input);
    assert.equal(result.routes.length, 13);
    for (const [key, want] of Object.entries(ex.expect)) {
      if (key === 'recommended') {
        assert.equal(result.recommended, want, 'recommended');
        continue;
      }
      if (!MINE.has(key)) continue;
      const route = result.routes.find((r) => r.id === (key as RouteId));
      assert.ok(route, `route ${key} missing`);
      for (const [field, value] of Object.entries(want as Record<string, unknown>)) {
        const got: unknown = (route as unknown as Record<string, unknown>)[field];
        const detail: string = `${key}.${field}\n${route.conditions.map((c) => `  ${c.id} ${c.met}: ${c.text.en}`).join('\n')}`;
        if (field === 'outcome' && Array.isArray(value)) assert.ok(value.includes(got), detail);
        else assert.deepEqual(got, value, detail);
      }
    }
  });
}
