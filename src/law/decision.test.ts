// The law decides; explaining is separate (issue 13): the decision carries no words, and explaining it gives the
// very words of contract v1, in both languages or in one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkInputArb } from './testing/arbitraries.ts';
import { advise, decide, evaluate, evaluateIn } from './check.ts';
import { explain } from './decision.ts';

const RUNS = Number(process.env.LOTSE_PROPERTY_RUNS ?? 150);

test('a decision words nothing: conditions and hints carry a function, no text', () => {
  fc.assert(
    fc.property(checkInputArb, (input) => {
      for (const route of decide(input).routes) {
        for (const c of route.conditions) {
          assert.equal('text' in c, false, `${route.id}/${c.id}`);
          assert.equal(typeof c.say, 'function');
        }
        for (const h of route.hints) assert.equal('text' in h, false, `${route.id}: hint ${h.conditionId}`);
      }
    }),
    { numRuns: RUNS },
  );
});

test('explained in one language, the words are those of the contract in that language', () => {
  fc.assert(
    fc.property(checkInputArb, fc.constantFrom('de' as const, 'en' as const), (input, lang) => {
      const both = evaluate(input);
      const one = evaluateIn(input, lang);
      assert.equal(one.lang, lang);
      assert.equal(one.recommended, both.recommended);
      assert.deepEqual(
        one.routes.map((r) => r.id),
        both.routes.map((r) => r.id),
      );
      one.routes.forEach((r, i) => {
        const full = both.routes[i]!;
        assert.equal(r.outcome, full.outcome);
        assert.deepEqual(
          r.conditions.map((c) => [c.id, c.met, c.text, c.missing]),
          full.conditions.map((c) => [c.id, c.met, c.text[lang], c.missing]),
        );
        assert.deepEqual(
          r.hints.map((h) => [h.conditionId, h.text, h.alsoNeeded]),
          full.hints.map((h) => [h.conditionId, h.text[lang], h.alsoNeeded]),
        );
      });
    }),
    { numRuns: RUNS },
  );
});

test('explaining twice gives the same words (saying is pure)', () => {
  fc.assert(
    fc.property(checkInputArb, (input) => {
      const d = advise(input);
      assert.deepEqual(explain(d), explain(d));
      assert.deepEqual(explain(d), evaluate(input));
    }),
    { numRuns: Math.round(RUNS / 3) },
  );
});
