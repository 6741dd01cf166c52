// The JSON Schemas agree with the contract types, and every node is documented and closed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { CheckInputSchema, CheckResultSchema, FEDERAL_STATES, FEDERAL_STATE_PATTERN } from './schema.ts';
import type { CheckInput, CheckResult } from './types.ts';
import { CEFR_LEVELS, ROUTE_IDS } from './types.ts';

// ---- type level: the schema's static type and the contract type are the same type ----
// (a difference in a field's name, optionality or type is a compile error in `npx tsc --noEmit`)

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Deep structural equality that ignores how TypeBox spells intersections of optional and required keys. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Flat<T> = T extends object ? (T extends readonly unknown[] ? T : { [K in keyof T]: T[K] }) : T;

const inputAgrees: Same<Static<typeof CheckInputSchema>, CheckInput> = true;
const resultAgrees: Same<Static<typeof CheckResultSchema>, CheckResult> = true;
const keysAgree: Equals<keyof Static<typeof CheckInputSchema>, keyof CheckInput> = true;
const personKeysAgree: Equals<keyof Flat<Static<typeof CheckInputSchema>['person']>, keyof CheckInput['person']> = true;
const qualificationKeysAgree: Equals<
  keyof Flat<Static<typeof CheckInputSchema>['qualification']>,
  keyof CheckInput['qualification']
> = true;
const jobKeysAgree: Equals<
  keyof Flat<NonNullable<Static<typeof CheckInputSchema>['job']>>,
  keyof NonNullable<CheckInput['job']>
> = true;
const routeKeysAgree: Equals<
  keyof Flat<Static<typeof CheckResultSchema>['routes'][number]>,
  keyof CheckResult['routes'][number]
> = true;
// Optional in one and required in the other would still be mutually assignable in one direction only:
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
const optionalPersonAgree: Equals<
  OptionalKeys<Flat<Static<typeof CheckInputSchema>['person']>>,
  OptionalKeys<CheckInput['person']>
> = true;
const optionalJobAgree: Equals<
  OptionalKeys<Flat<NonNullable<Static<typeof CheckInputSchema>['job']>>>,
  OptionalKeys<NonNullable<CheckInput['job']>>
> = true;
const optionalTopAgree: Equals<OptionalKeys<Static<typeof CheckInputSchema>>, OptionalKeys<CheckInput>> = true;

test('the schema types and the contract types agree (checked by the compiler)', () => {
  assert.deepEqual(
    [inputAgrees, resultAgrees, keysAgree, personKeysAgree, qualificationKeysAgree, jobKeysAgree, routeKeysAgree, optionalPersonAgree, optionalJobAgree, optionalTopAgree],
    Array(10).fill(true),
  );
});

// ---- runtime: documented and closed ----

function walk(schema: TSchema, path: string, visit: (s: TSchema, path: string) => void): void {
  visit(schema, path);
  if (schema.properties) for (const [k, v] of Object.entries(schema.properties as Record<string, TSchema>)) walk(v, `${path}/${k}`, visit);
  if (schema.items) walk(schema.items as TSchema, `${path}/items`, visit);
  if (schema.anyOf) (schema.anyOf as TSchema[]).forEach((v, i) => walk(v, `${path}/anyOf/${i}`, visit));
}

test('every field of CheckInput has an English description and every object forbids unknown properties', () => {
  let fields = 0;
  walk(CheckInputSchema, '', (s, path) => {
    if (s.type === 'object') assert.equal(s.additionalProperties, false, `${path || '/'} must set additionalProperties: false`);
    if (!/anyOf\/\d+$/.test(path)) {
      assert.ok(typeof s.description === 'string' && s.description.length > 10, `${path || '/'} needs a description`);
      fields++;
    }
  });
  assert.ok(fields > 40, `only ${fields} nodes visited`);
});

test('every object of CheckResult is closed as well', () => {
  walk(CheckResultSchema, '', (s, path) => {
    if (s.type === 'object') assert.equal(s.additionalProperties, false, `${path || '/'} must set additionalProperties: false`);
  });
});

test('the schemas are plain JSON data: a JSON round trip keeps everything but TypeBox symbols', () => {
  for (const s of [CheckInputSchema, CheckResultSchema]) {
    const json = JSON.parse(JSON.stringify(s));
    assert.equal(json.type, 'object');
    assert.ok(json.properties);
  }
  assert.deepEqual(JSON.parse(JSON.stringify(CheckInputSchema)).properties.person.properties.german, {
    type: 'string',
    enum: [...CEFR_LEVELS],
    description: CheckInputSchema.properties.person.properties.german.description,
  });
  assert.deepEqual(JSON.parse(JSON.stringify(CheckResultSchema)).properties.routes.items.properties.id.enum, [...ROUTE_IDS]);
});

test('federalState accepts exactly the 16 Länder codes', () => {
  assert.equal(FEDERAL_STATES.length, 16);
  assert.equal(new Set(FEDERAL_STATES).size, 16);
  const re = new RegExp(FEDERAL_STATE_PATTERN);
  for (const s of FEDERAL_STATES) assert.ok(re.test(s), s);
  for (const s of ['DE-XX', 'DE-rp', 'DE-RPX', 'AT-RP', 'RP', 'DE-', 'DE-DE']) assert.ok(!re.test(s), s);
});

test('Value.Check with the schema alone is strict: no coercion, no unknown properties', () => {
  const base = {
    decisionDate: '2026-04-01',
    person: { birthDate: '1996-02-10', citizenship: 'IN', german: 'none', english: 'B2' },
    qualification: { level: 'academic', germanAssessment: 'comparable' },
    experience: [],
    job: { isco: '2512', annualGrossSalaryEur: 52000, federalState: 'DE-RP' },
  };
  assert.equal(Value.Check(CheckInputSchema, base), true);
  assert.equal(Value.Check(CheckInputSchema, { ...base, job: { ...base.job, annualGrossSalaryEur: '52000' } }), false);
  assert.equal(Value.Check(CheckInputSchema, { ...base, extra: 1 }), false);
  assert.equal(Value.Check(CheckInputSchema, { ...base, person: { ...base.person, german: 'B3' } }), false);
});
