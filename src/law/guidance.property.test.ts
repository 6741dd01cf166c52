// Properties of the fields issue 12 adds to a result, over many generated profiles (fast-check):
//   hints hold: every hint's change, applied to the input and evaluated again, gives what the hint promised;
//   every unknown condition names the answers that settle it, or rests on a figure that is not published or
//   not confirmed; notForPerson, likely and nextSteps never change an outcome or a condition of contract v1.
// The change is applied here by a setter of this file, not by the engine's applyChange.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluate } from './check.ts';
import { validateCheckInput } from './validate.ts';
import { RULES } from './routes/index.ts';
import { explainRoute } from './decision.ts';
import { applyDefaults } from './route.ts';
import { questionFor } from './questions.ts';
import type { CheckInput, Condition, InputChange } from './types.ts';
import { checkInputArb } from './testing/arbitraries.ts';
import { PERSONAS } from './testing/personas.ts';

const RUNS = Number(process.env.LOTSE_PROPERTY_RUNS ?? 1000);

/** The input with each change set at its dotted path (objects on the way are created). */
function changed(input: CheckInput, change: readonly InputChange[]): CheckInput {
  const copy = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  for (const { field, value } of change) {
    const keys = field.split('.');
    let node = copy;
    for (const k of keys.slice(0, -1)) {
      if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
      node = node[k] as Record<string, unknown>;
    }
    node[keys.at(-1)!] = value;
  }
  return copy as unknown as CheckInput;
}

/** An unknown condition no answer settles must rest on a figure of the law that is not published or not confirmed. */
function restsOnFigure(c: Condition): boolean {
  return c.unconfirmed === true || /not (yet )?(been )?published|not in force or modelled|not (yet )?confirmed|draft/i.test(c.text.en);
}

function assertHintsHold(input: CheckInput): number {
  const r = evaluate(input);
  let count = 0;
  for (const route of r.routes) {
    for (const hint of route.hints) {
      count++;
      const where = `${route.id}/${hint.conditionId} (${hint.text.en}) on ${JSON.stringify(input)}`;
      assert.ok(hint.change && hint.change.length > 0, `${where}: hint without a change`);
      assert.ok(Array.isArray(hint.alsoNeeded), `${where}: alsoNeeded missing`);
      const next = changed(input, hint.change);
      const valid = validateCheckInput(next);
      assert.ok(valid.ok, `${where}: the change makes the input invalid: ${JSON.stringify(!valid.ok && valid.errors)}`);
      const after = evaluate(next).routes.find((x) => x.id === route.id)!;
      const target = after.conditions.find((c) => c.id === hint.conditionId);
      assert.equal(target?.met, true, `${where}: the hinted condition is not met after the change`);
      const notMet = after.conditions.filter((c) => c.met !== true).map((c) => c.id);
      assert.deepEqual([...notMet].sort(), [...hint.alsoNeeded].sort(), `${where}: still not met after the change`);
      if (hint.alsoNeeded.length === 0) assert.equal(after.outcome, 'eligible', `${where}: a real near miss must open the route`);
      else assert.notEqual(after.outcome, 'eligible', where);
    }
  }
  return count;
}

test('every hint holds: its change, applied and evaluated again, meets its condition and leaves exactly alsoNeeded open', (t) => {
  let hints = 0;
  let near = 0;
  fc.assert(
    fc.property(checkInputArb, (input) => {
      hints += assertHintsHold(input);
      near += evaluate(input).routes.reduce((n, r) => n + r.hints.filter((h) => h.alsoNeeded?.length === 0).length, 0);
    }),
    { numRuns: RUNS },
  );
  t.diagnostic(`${RUNS} profiles, ${hints} hints, ${near} real near misses`);
  // the property must have had something to check
  assert.ok(hints > RUNS / 2, `only ${hints} hints in ${RUNS} profiles`);
  assert.ok(near > RUNS / 10, `only ${near} real near misses in ${RUNS} profiles`);
});

test('every hint of the three personas holds', () => {
  for (const make of Object.values(PERSONAS)) assertHintsHold(make());
});

function assertUnknownsNamed(input: CheckInput): void {
  const r = evaluate(input);
  for (const route of r.routes) {
    for (const c of route.conditions) {
      const where = `${route.id}/${c.id} on ${input.decisionDate}: ${c.text.en}`;
      if (c.met !== null) {
        assert.equal(c.missing, undefined, `${where}: missing on a settled condition`);
        continue;
      }
      assert.ok(
        (c.missing !== undefined && c.missing.length > 0) || restsOnFigure(c),
        `${where}: unknown, but names no answer and rests on no open figure (${JSON.stringify(input)})`,
      );
      for (const path of c.missing ?? []) assert.ok(questionFor(path), `${where}: no question for ${path}`);
    }
  }
}

test('every unknown condition names the answers that settle it, or rests on a figure not published or not confirmed', () => {
  fc.assert(fc.property(checkInputArb, assertUnknownsNamed), { numRuns: Math.round(RUNS / 3) });
  // and without a job offer, where most is open
  fc.assert(
    fc.property(checkInputArb, (x) => {
      const input = { ...x };
      delete input.job;
      assertUnknownsNamed(input);
    }),
    { numRuns: Math.round(RUNS / 3) },
  );
});

test('every unknown condition of the three personas names its answers or rests on an open figure', () => {
  for (const make of Object.values(PERSONAS)) assertUnknownsNamed(make());
});

test('the added fields change no outcome and no condition of contract v1', () => {
  fc.assert(
    fc.property(checkInputArb, (input) => {
      const r = evaluate(input);
      const facts = applyDefaults(input);
      for (const route of r.routes) {
        const raw = explainRoute(RULES[route.id](facts, input.decisionDate));
        assert.equal(route.outcome, raw.outcome, route.id);
        assert.deepEqual(
          route.conditions.map(({ missing: _m, ...c }) => c),
          raw.conditions.map(({ missing: _m, ...c }) => c),
          route.id,
        );
        if (route.notForPerson) {
          assert.ok(route.notForPerson.de.trim() && route.notForPerson.en.trim(), route.id);
          assert.deepEqual(route.hints, [], `${route.id}: hints on a route not for the person`);
        }
      }
      if (r.likely !== undefined) {
        assert.equal(r.recommended, null, 'likely beside a recommended route');
        const likely = r.routes.find((x) => x.id === r.likely)!;
        assert.equal(likely.outcome, 'unknown', `likely ${likely.id}`);
        assert.equal(likely.notForPerson, undefined, `likely ${likely.id} is not for the person`);
      }
      for (const step of r.nextSteps ?? []) {
        assert.ok(step.routes.length > 0, `${step.id}: decides no route`);
        assert.ok(
          step.links.every((l) => /^https:\/\//.test(l.url)),
          step.id,
        );
        for (const id of step.routes) assert.notEqual(r.routes.find((x) => x.id === id)!.outcome, 'eligible', `${step.id}: ${id} is open already`);
      }
    }),
    { numRuns: Math.round(RUNS / 3) },
  );
});
