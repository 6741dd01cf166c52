// Properties of the pathway check over many generated inputs (fast-check): the contract's invariants of
// evaluate(), and validateCheckInput accepting every valid input and rejecting every single-field breakage
// at the right path. Failures print the seed and the shrunk counterexample.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Value } from '@sinclair/typebox/value';
import { evaluate, MODELLED_FROM as ENGINE_MODELLED_FROM } from './check.ts';
import { MODELLED_FROM, validateCheckInput } from './validate.ts';
import { CheckResultSchema } from './schema.ts';
import { ROUTE_IDS } from './types.ts';
import type { CheckInput, CheckResult, RouteId } from './types.ts';
import { checkInputArb, invalidCheckInputArb } from './testing/arbitraries.ts';
import { UNPUBLISHED } from './testing/years.ts';

const RUNS = 500;
const PREFERENCE = new Map<RouteId, number>(ROUTE_IDS.map((id, i) => [id, i]));
/** Routes that cannot be granted without a concrete job offer. */
const NEEDS_JOB: readonly RouteId[] = ['18g-standard', '18g-shortage', '18g-new-entrant', '18g-it', '18b', '18a', '19-ict', '19c2-experience'];

function assertContract(input: CheckInput, r: CheckResult): void {
  assert.equal(r.decisionDate, input.decisionDate);
  assert.ok(typeof r.lawVersion === 'string' && r.lawVersion.length > 0, 'lawVersion');

  // all 13 routes, each once
  const ids = r.routes.map((x) => x.id);
  assert.equal(ids.length, ROUTE_IDS.length);
  assert.deepEqual([...ids].sort(), [...ROUTE_IDS].sort());

  // recommended: the first eligible route in the contract's preference order
  const eligibleInPreference = ROUTE_IDS.filter((id) => r.routes.find((x) => x.id === id)!.outcome === 'eligible');
  assert.equal(r.recommended, eligibleInPreference[0] ?? null, 'recommended');

  // eligible routes first, in preference order; then unknown, then ineligible, each in preference order
  const rank = { eligible: 0, unknown: 1, ineligible: 2 } as const;
  assert.deepEqual(
    ids.slice(0, eligibleInPreference.length),
    eligibleInPreference,
    'eligible routes first in preference order',
  );
  for (let i = 1; i < r.routes.length; i++) {
    const a = r.routes[i - 1]!;
    const b = r.routes[i]!;
    assert.ok(
      rank[a.outcome] < rank[b.outcome] || (rank[a.outcome] === rank[b.outcome] && PREFERENCE.get(a.id)! < PREFERENCE.get(b.id)!),
      `order: ${a.id} (${a.outcome}) before ${b.id} (${b.outcome})`,
    );
  }

  for (const route of r.routes) {
    const where = `${route.id} on ${input.decisionDate}`;
    assert.ok(route.conditions.length > 0, `${where}: no conditions`);
    const met = route.conditions.map((c) => c.met);
    const expected = met.includes(false) ? 'ineligible' : met.includes(null) ? 'unknown' : 'eligible';
    assert.equal(route.outcome, expected, `${where}: outcome vs conditions ${JSON.stringify(route.conditions.map((c) => [c.id, c.met]))}`);
    assert.ok(route.title.de.trim() && route.title.en.trim(), `${where}: title`);
    assert.match(route.ref, /§/, `${where}: ref`);
    assert.ok(['required', 'not_required'].includes(route.baApproval), `${where}: baApproval`);
    assert.ok(route.salaryThresholdEur === null || (Number.isFinite(route.salaryThresholdEur) && route.salaryThresholdEur > 0), `${where}: salaryThresholdEur`);
    if (route.outcome === 'eligible') assert.deepEqual(route.hints, [], `${where}: hints of an eligible route`);
    if (route.points !== undefined) assert.equal(route.id, '20a-points', `${where}: points outside the points route`);
    const condIds = new Set<string>();
    for (const c of route.conditions) {
      assert.ok(c.id && !condIds.has(c.id), `${where}: condition id ${c.id} missing or repeated`);
      condIds.add(c.id);
      assert.ok(c.text.de.trim().length > 0 && c.text.en.trim().length > 0, `${where}/${c.id}: empty text`);
      assert.match(c.ref, /§/, `${where}/${c.id}: ref without §`);
      assert.ok(c.met === true || c.met === false || c.met === null, `${where}/${c.id}: met`);
    }
  }
}

test('the engine and the validator share the first modelled day', () => {
  assert.equal(MODELLED_FROM, ENGINE_MODELLED_FROM);
});

test('validateCheckInput accepts every generated valid input, unchanged', () => {
  fc.assert(
    fc.property(checkInputArb, (input) => {
      const copy = structuredClone(input);
      const r = validateCheckInput(input);
      assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
      assert.deepEqual(input, copy);
    }),
    { numRuns: RUNS },
  );
});

test('evaluate never throws and keeps every promise of contract v1', () => {
  fc.assert(
    fc.property(checkInputArb, (input) => {
      const before = structuredClone(input);
      const r = evaluate(input);
      assert.deepEqual(input, before, 'evaluate changed its input');
      assertContract(input, r);
      // the response is exactly what the API publishes, and survives JSON
      const json = JSON.parse(JSON.stringify(r)) as CheckResult;
      assert.ok(Value.Check(CheckResultSchema, json), JSON.stringify([...Value.Errors(CheckResultSchema, json)].slice(0, 3)));
      // pure: the same facts give the same answer
      assert.deepEqual(evaluate(structuredClone(input)), r);
    }),
    { numRuns: RUNS },
  );
});

test('without a job offer no job-bound route is eligible, and each names the missing offer as unknown', () => {
  fc.assert(
    fc.property(checkInputArb, (generated) => {
      const input: CheckInput = { ...generated };
      delete input.job;
      const r = evaluate(input);
      for (const id of NEEDS_JOB) {
        const route = r.routes.find((x) => x.id === id)!;
        assert.notEqual(route.outcome, 'eligible', id);
        const offer = route.conditions.find((c) => c.id === 'job_offer');
        assert.ok(offer, `${id} on ${input.decisionDate}: no job_offer condition`);
        assert.equal(offer.met, null, id);
      }
    }),
    { numRuns: Math.round(RUNS / 2) },
  );
});

test('for a year whose figures are not published, no salary threshold is invented and no salary fails', () => {
  fc.assert(
    fc.property(
      checkInputArb.filter((x) => x.decisionDate >= `${UNPUBLISHED}-01-01`),
      (input) => {
        const r = evaluate(input);
        for (const route of r.routes) {
          assert.equal(route.salaryThresholdEur, null, `${route.id} on ${input.decisionDate}`);
          for (const c of route.conditions) {
            if (c.id !== 'salary') continue;
            // unknown, and saying why; or met because an exemption (collective agreement) makes the figure moot
            assert.notEqual(c.met, false, `${route.id}/salary failed against an unpublished figure`);
            if (c.met === null) assert.match(c.text.en, /not (yet )?(been )?published/, `${route.id}/salary: ${c.text.en}`);
          }
        }
      },
    ),
    { numRuns: Math.round(RUNS / 3) },
  );
});

test('before 1 June 2024 the Chancenkarte routes are ineligible because they are not in force', () => {
  fc.assert(
    fc.property(
      checkInputArb.filter((x) => x.decisionDate < '2024-06-01'),
      (input) => {
        const r = evaluate(input);
        for (const id of ['20a-skilled', '20a-points'] as const) {
          const route = r.routes.find((x) => x.id === id)!;
          assert.equal(route.outcome, 'ineligible', id);
          assert.equal(route.conditions.find((c) => c.id === 'in_force')?.met, false, id);
        }
      },
    ),
    { numRuns: Math.round(RUNS / 3) },
  );
});

test('validateCheckInput rejects every input with one broken field, pointing at that field', () => {
  const kinds = new Map<string, number>();
  fc.assert(
    fc.property(invalidCheckInputArb, ({ input, path, kind, date }) => {
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const r = validateCheckInput(input);
      assert.equal(r.ok, false, `${kind} at ${path} was accepted`);
      if (r.ok) return;
      const paths = r.errors.map((e) => e.path);
      assert.ok(paths.includes(path), `${kind} at ${path}: errors at ${JSON.stringify(r.errors)}`);
      // a broken date may also break a rule that compares it with another date; anything else is reported alone
      if (!date) assert.deepEqual(paths, [path], `${kind} at ${path}: ${JSON.stringify(r.errors)}`);
      for (const e of r.errors) assert.ok(e.message.length > 3 && !/\bat\s+\S+:\d+/.test(e.message), e.message);
    }),
    { numRuns: RUNS },
  );
  for (const kind of ['wrong_type', 'out_of_range', 'missing_required', 'extra_property', 'impossible_date']) {
    assert.ok((kinds.get(kind) ?? 0) > 10, `mutation ${kind} generated only ${kinds.get(kind) ?? 0} times`);
  }
});
