// One schema per input: the fields of an input (a consultation, a company, …) declared once, in its area
// (src/app/<area>/…Schema.ts), and read by both edges: the use case's checker (check each field, errors name it) and
// the JSON API's body schema (TypeBox, compiled; the same field names as JSON pointers). A limit or a list of codes
// changed in the declaration changes both.

import { Type } from '@sinclair/typebox';
import type { TObject, TSchema } from '@sinclair/typebox';
import type { Checker } from './checker.ts';

export type Field =
  | { kind: 'text'; max: number; required?: boolean; description?: string }
  | { kind: 'date'; required?: boolean }
  | { kind: 'oneOf'; values: readonly string[]; required?: boolean; description?: string }
  | { kind: 'integer'; min: number; max: number; description?: string }
  /** one id (a uuid), optional */
  | { kind: 'id' }
  /** ids (uuids), without repetitions */
  | { kind: 'ids'; maxItems: number; description: string }
  /** at least `minItems` of the allowed values */
  | { kind: 'list'; values: readonly string[]; minItems: number }
  /** ISCO-08 codes; on pages also occupations by name (the checker resolves them) */
  | { kind: 'isco'; maxItems: number }
  /** a German postcode (five digits), optional */
  | { kind: 'postcode' }
  /** one of a list of codes; the API checks their shape (`pattern`), the checker the list itself */
  | { kind: 'code'; values: readonly string[]; pattern: string; description: string }
  /** a web address (http or https), optional */
  | { kind: 'url'; max: number }
  /** an e-mail address, optional (stored in lower case) */
  | { kind: 'email' };

export type Fields = Record<string, Field>;

// --- the API's rendering (TypeBox) -----------------------------------------------------------------------------

const Nullable = <T extends TSchema>(t: T, description?: string) => Type.Optional(Type.Union([t, Type.Null()], description ? { description } : {}));
const Text = (max: number) => Type.String({ maxLength: max });
const Enum = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));
export const Uuid = Type.String({ pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$', description: 'a UUID' });
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export function fieldSchema(f: Field): TSchema {
  switch (f.kind) {
    case 'text':
      return f.required ? Text(f.max) : Nullable(Text(f.max), f.description);
    case 'date':
      return f.required ? IsoDate : Nullable(IsoDate);
    case 'oneOf':
      return f.required ? Enum(f.values) : Nullable(Enum(f.values), f.description);
    case 'integer':
      return Nullable(Type.Integer({ minimum: f.min, maximum: f.max }), f.description);
    case 'id':
      return Type.Optional(Uuid);
    case 'ids':
      return Type.Optional(Type.Array(Uuid, { maxItems: f.maxItems, description: f.description }));
    case 'list':
      return Type.Array(Enum(f.values), { minItems: f.minItems, maxItems: f.values.length });
    case 'isco':
      return Type.Optional(Type.Array(Type.String({ pattern: '^\\d{1,4}$', description: 'an ISCO-08 code of one to four digits' }), { maxItems: f.maxItems, description: 'ISCO-08 codes' }));
    case 'postcode':
      return Nullable(Type.String({ pattern: '^\\d{5}$', description: 'five digits' }));
    case 'code':
      return Nullable(Type.String({ pattern: f.pattern }), f.description);
    case 'url':
      return Nullable(Text(f.max));
    case 'email':
      return Nullable(Text(254));
  }
}

/** The JSON body of the input: every field, no others. */
export function bodySchema(fields: Fields): TObject {
  return Type.Object(Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, fieldSchema(f)])), { additionalProperties: false });
}

// --- the use case's rendering (the checker) --------------------------------------------------------------------

/** Checks one field of the input with the checker (its errors name the field); the value, or null when absent or bad. */
export function checkField(c: Checker, fields: Fields, name: string, value: unknown): unknown {
  const f = fields[name];
  if (f === undefined) throw new Error(`no field ${name}`);
  switch (f.kind) {
    case 'text':
      return c.text(name, value, { required: f.required, max: f.max });
    case 'date':
      return c.date(name, value, { required: f.required });
    case 'oneOf':
      return c.oneOf(name, value, f.values, { required: f.required });
    case 'integer':
      return c.integer(name, value, f.min, f.max);
    case 'id':
    case 'ids':
      return c.ids(name, value);
    case 'list':
      return c.list(name, value, f.values);
    case 'isco':
      return c.isco(name, value);
    case 'postcode':
      return c.postcode(name, value);
    case 'code':
      return c.oneOf(name, value, f.values);
    case 'url':
      return c.url(name, value, f.max);
    case 'email':
      return c.email(name, value);
  }
}
