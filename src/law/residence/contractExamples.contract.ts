// The worked examples of contract residence-v1 (../shared/contract/residence-examples) through checkResidence(), field
// by field as the contract's checker compares them (outcome, earliestDate, procedure, targetRoute, discretionary,
// conditions' met; a list accepts any of its members). The CLI run of the same examples is
// ../shared/contract/check-residence-examples. Not part of `npm test` (a clone of Lotse alone has no ../shared):
// `npm run test:contract`, run by .ci/run.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkResidence } from './check.ts';
import { validateResidenceInput } from './validate.ts';
import type { MoveAssessment } from './types.ts';

const DIR = fileURLToPath(new URL('../../../../shared/contract/residence-examples/', import.meta.url));
const FIELDS = ['outcome', 'earliestDate', 'procedure', 'targetRoute', 'discretionary'] as const;

interface Example {
  name: string;
  input: unknown;
  expect: Record<string, Partial<Record<(typeof FIELDS)[number], unknown>> & { conditions?: Record<string, unknown> }>;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

test('The residence examples are present', () => assert.ok(files.length >= 6, `found ${files.length} examples in ${DIR}`));

const accepts = (want: unknown, got: unknown): boolean => (Array.isArray(want) ? want.some((w) => accepts(w, got)) : want === got);

for (const file of files) {
  const ex = JSON.parse(readFileSync(DIR + file, 'utf8')) as Example;
  test(`${file}: ${ex.name}`, () => {
    const valid = validateResidenceInput(ex.input);
    assert.ok(valid.ok, JSON.stringify(!valid.ok && valid.errors));
    const result = checkResidence(valid.value);
    for (const [key, want] of Object.entries(ex.expect)) {
      const [id, ref] = key.split(':') as [MoveAssessment['id'], string | undefined];
      const move = result.moves.find((m) => m.id === id && m.memberRef === ref);
      assert.ok(move, `move ${key} missing`);
      const detail = `${key}\n${move.conditions.map((c) => `  ${c.id} ${c.met}: ${c.text.en}`).join('\n')}`;
      for (const field of FIELDS) {
        if (field in want) assert.ok(accepts(want[field], move[field]), `${key}.${field}: expected ${JSON.stringify(want[field])}, got ${JSON.stringify(move[field])}\n${detail}`);
      }
      for (const [cid, met] of Object.entries(want.conditions ?? {})) {
        const c = move.conditions.find((x) => x.id === cid);
        assert.ok(c, `${key}.conditions.${cid} missing`);
        assert.ok(accepts(met, c.met), `${key}.conditions.${cid}: expected ${JSON.stringify(met)}, got ${c.met}\n${detail}`);
      }
    }
  });
}
