// One schema per input: the use case's checker and the API's body schema, both made from one declaration, refuse a
// bad value of a field and name the same field (the checker by name, the API as a JSON pointer).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { COMPANY_SCHEMA, CompanyBody } from '../companies/companySchema.ts';
import { checkCompany } from '../companies/companyInput.ts';
import { CONSULTATION_SCHEMA, ConsultationBody } from '../consultations/consultationSchema.ts';
import { Checker } from './checker.ts';
import { WorkspaceInputError } from './errors.ts';
import { checkField } from './fields.ts';
import type { Field, Fields } from './fields.ts';

/** A value that is wrong for the field whichever edge reads it. */
function badValue(f: Field): unknown {
  switch (f.kind) {
    case 'text':
      return 'x'.repeat(f.max + 1);
    case 'url':
      return `https://example.org/${'x'.repeat(f.max)}`;
    case 'date':
      return '2026-13-45x';
    case 'oneOf':
    case 'code':
      return 'zz';
    case 'integer':
      return f.max + 1;
    case 'postcode':
      return '6765';
    case 'email':
      return 'not an address';
    case 'id':
    case 'ids':
    case 'list':
      return ['not one'];
    case 'isco':
      return ['12345'];
  }
}

function checkerFields(fields: Fields, name: string): string[] {
  const c = new Checker();
  checkField(c, fields, name, badValue(fields[name]!));
  return c.errors.map((e) => e.field);
}

for (const [label, fields, body] of [
  ['company', COMPANY_SCHEMA, CompanyBody],
  ['consultation', CONSULTATION_SCHEMA, ConsultationBody],
] as const) {
  test(`${label}: every field is refused by the checker and by the API's schema, under the same name`, () => {
    const api = TypeCompiler.Compile(body);
    for (const [name, f] of Object.entries(fields as Fields)) {
      assert.deepEqual(checkerFields(fields, name), [name], `checker on ${name}`);
      const paths = [...api.Errors({ [name]: badValue(f) })].map((e) => e.path);
      assert.ok(paths.some((p) => p === `/${name}` || p.startsWith(`/${name}/`)), `API on ${name}: ${paths.join(', ')}`);
    }
    assert.deepEqual(Object.keys(body.properties), Object.keys(fields));
  });
}

test('the company checker reads the declaration: a field error names the field as the API does', () => {
  assert.throws(
    () => checkCompany({ name: 'Firma', headcount: COMPANY_SCHEMA.headcount.max + 1 }),
    (e: unknown) => e instanceof WorkspaceInputError && e.errors.length === 1 && e.errors[0]!.field === 'headcount',
  );
});
