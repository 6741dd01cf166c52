// Validation of a CheckInput at the edge (CLI and JSON API): the schema of schema.ts, checked strictly
// (no type coercion, no removal of unknown properties), then the rules a schema cannot express.
// Errors name the field as a JSON pointer ("/person/birthDate") and say in plain English what is wrong.
// Never throws for any input.

import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { TypeCheck } from '@sinclair/typebox/compiler';
import { ValueErrorType } from '@sinclair/typebox/errors';
import type { ValueError } from '@sinclair/typebox/errors';
import type { TSchema } from '@sinclair/typebox';
import type { CheckInput } from './types.ts';
import {
  CheckInputSchema,
  COUNTRY_PATTERN,
  FEDERAL_STATES,
  FEDERAL_STATE_PATTERN,
  ISCO_PATTERN,
  ISO_DATE_PATTERN,
} from './schema.ts';
import { addYears, isIsoDate } from './dates.ts';
import { MALFORMED_TEXT_MESSAGE, findMalformedText } from '../text.ts';

/** First day the engine answers for (first stage of the 2023 reform, BGBl. 2023 I Nr. 217); check.ts re-exports it. */
export const MODELLED_FROM = '2023-11-18';
/** Oldest person the engine accepts, a plausibility bound against typos in the birth year. */
export const MAX_AGE_YEARS = 120;

export interface InputError {
  /** JSON pointer to the field, "" for the input as a whole */
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: InputError[] };

let compiled: TypeCheck<typeof CheckInputSchema> | undefined;

function checker(): TypeCheck<typeof CheckInputSchema> {
  compiled ??= TypeCompiler.Compile(CheckInputSchema);
  return compiled;
}

/**
 * Validate x as a CheckInput of contract v1. On success `value` is x itself (not copied, not coerced).
 * Errors: at most one per path, schema errors first, in document order.
 */
export function validateCheckInput(x: unknown): ValidationResult<CheckInput> {
  return validateWith<CheckInput>(x, checker(), semanticErrors);
}

/**
 * Validate x against a compiled TypeBox schema and then the rules across fields (`semantic`, which must cope with
 * any data): the way every contract of src/law is validated (check-v1 here, residence-v1 in ./residence). On success
 * `value` is x itself. Errors: malformed text first, then at most one per path, schema errors first, in document order.
 */
export function validateWith<T>(x: unknown, check: TypeCheck<TSchema>, semantic: (x: unknown) => InputError[]): ValidationResult<T> {
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (e: InputError): void => {
    if (seen.has(e.path)) return;
    seen.add(e.path);
    errors.push(e);
  };
  try {
    // text that cannot be stored or encoded (NUL, an unpaired surrogate): named first, whatever else is wrong
    const malformed = findMalformedText(x);
    if (malformed !== undefined) add({ path: malformed, message: MALFORMED_TEXT_MESSAGE });
    if (!check.Check(x)) {
      for (const e of check.Errors(x)) add({ path: e.path, message: messageFor(e) });
    }
    for (const e of semantic(x)) add(e);
  } catch {
    // A defect in the validator must not reach the caller as an exception (and never as a stack trace).
    return { ok: false, errors: [{ path: '', message: 'could not be validated (internal error)' }] };
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: x as T };
}

// ---- messages ----

const PATTERN_MESSAGES: Record<string, string> = {
  [ISO_DATE_PATTERN]: 'must be a date in the form YYYY-MM-DD',
  [COUNTRY_PATTERN]: 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. "IN" ("XK" for Kosovo)',
  [ISCO_PATTERN]: 'must be an ISCO-08 unit group of exactly 4 digits, e.g. "2512"',
  [FEDERAL_STATE_PATTERN]: `must be the ISO 3166-2 code of a German federal state, one of ${FEDERAL_STATES.join(', ')}`,
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function expectedType(schema: TSchema): string {
  switch (schema.type) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'integer':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'null':
      return 'null';
    default:
      return 'a valid value';
  }
}

function unionMessage(schema: TSchema): string {
  const variants = (schema.anyOf ?? []) as TSchema[];
  const parts = variants.map((v) => (v.type === 'number' && v.maximum !== undefined ? `a number from ${v.minimum ?? 0} to ${v.maximum}` : expectedType(v)));
  return `must be ${parts.join(' or ')}`;
}

function messageFor(e: ValueError): string {
  const s = e.schema;
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return 'is required';
    case ValueErrorType.ObjectAdditionalProperties:
      return 'is not a field of the contract (unknown property)';
    case ValueErrorType.Union:
      return unionMessage(s);
    case ValueErrorType.Kind:
      return Array.isArray(s.enum) ? `must be one of: ${(s.enum as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` : `is invalid (${e.message})`;
    case ValueErrorType.Literal:
      return `must be ${JSON.stringify(s.const)}`;
    case ValueErrorType.StringPattern:
      return PATTERN_MESSAGES[s.pattern as string] ?? `must match the pattern ${s.pattern as string}`;
    case ValueErrorType.StringMinLength:
      return s.minLength === 1 ? 'must not be empty' : `must be at least ${s.minLength as number} characters long`;
    case ValueErrorType.StringMaxLength:
      return `must be at most ${s.maxLength as number} characters long`;
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.IntegerMinimum:
      return `must be at least ${s.minimum as number}`;
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.IntegerMaximum:
      return `must be at most ${s.maximum as number}`;
    case ValueErrorType.NumberExclusiveMinimum:
    case ValueErrorType.IntegerExclusiveMinimum:
      return `must be greater than ${s.exclusiveMinimum as number}`;
    case ValueErrorType.ArrayMaxItems:
      return `must have at most ${s.maxItems as number} entries`;
    case ValueErrorType.ArrayMinItems:
      return `must have at least ${s.minItems as number} entries`;
    case ValueErrorType.String:
    case ValueErrorType.Number:
    case ValueErrorType.Integer:
    case ValueErrorType.Boolean:
    case ValueErrorType.Object:
    case ValueErrorType.Array:
    case ValueErrorType.Null:
      return `must be ${expectedType(s)}, not ${describe(e.value)}`;
    default:
      return `is invalid (${e.message})`;
  }
}

// ---- rules the schema cannot express ----

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const ISO_DATE_SHAPE = new RegExp(ISO_DATE_PATTERN);

/** A string in the pattern's shape whose day the month does not have ("2026-02-30"). */
function impossibleDate(v: unknown): boolean {
  return typeof v === 'string' && ISO_DATE_SHAPE.test(v) && !isIsoDate(v);
}

/**
 * Rules across fields. Works on unknown data: each rule runs only when the fields it reads are real
 * dates, so that a schema error elsewhere does not hide these errors.
 */
function semanticErrors(x: unknown): InputError[] {
  const out: InputError[] = [];
  if (!isRecord(x)) return out;
  const dateAt = (path: string, v: unknown): string | undefined => {
    if (impossibleDate(v)) out.push({ path, message: `is not a real calendar date (${v as string})` });
    return isIsoDate(v) ? v : undefined;
  };

  const decision = dateAt('/decisionDate', x.decisionDate);
  if (decision !== undefined && decision < MODELLED_FROM) {
    out.push({
      path: '/decisionDate',
      message: `must be ${MODELLED_FROM} or later: the law is modelled from ${MODELLED_FROM} (first stage of the 2023 skilled-immigration reform), ${decision} is before that`,
    });
  }

  if (x.applicationDate !== undefined) {
    const application = dateAt('/applicationDate', x.applicationDate);
    if (application !== undefined && application < MODELLED_FROM) {
      out.push({
        path: '/applicationDate',
        message: `must be ${MODELLED_FROM} or later: the law is modelled from ${MODELLED_FROM} (first stage of the 2023 skilled-immigration reform), ${application} is before that`,
      });
    } else if (application !== undefined && decision !== undefined && application > decision) {
      out.push({ path: '/applicationDate', message: `must not be after decisionDate (${decision}): the authority decides on an application already made` });
    }
  }

  const person = isRecord(x.person) ? x.person : undefined;
  let birth = person ? dateAt('/person/birthDate', person.birthDate) : undefined;
  if (birth !== undefined && decision !== undefined) {
    if (birth >= decision) {
      out.push({ path: '/person/birthDate', message: `must be before decisionDate (${decision})` });
      birth = undefined; // an implausible birth date is no yardstick for the other dates
    } else if (addYears(birth, MAX_AGE_YEARS) <= decision) {
      out.push({ path: '/person/birthDate', message: `makes the person ${MAX_AGE_YEARS} or older on decisionDate; check the year` });
      birth = undefined;
    }
  }

  const q = isRecord(x.qualification) ? x.qualification : undefined;
  const awarded = q ? dateAt('/qualification/awardedOn', q.awardedOn) : undefined;
  if (awarded !== undefined) {
    if (decision !== undefined && awarded > decision) {
      out.push({ path: '/qualification/awardedOn', message: `must not be after decisionDate (${decision})` });
    } else if (birth !== undefined && awarded <= birth) {
      out.push({ path: '/qualification/awardedOn', message: `must be after birthDate (${birth})` });
    }
  }

  if (q && q.tertiaryEquivalent === true && q.level === 'none') {
    out.push({ path: '/qualification/tertiaryEquivalent', message: 'can only be true for a vocational or academic qualification (level is "none")' });
  }

  if (Array.isArray(x.experience)) {
    x.experience.forEach((entry: unknown, i) => {
      if (!isRecord(entry)) return;
      const from = dateAt(`/experience/${i}/from`, entry.from);
      const to = dateAt(`/experience/${i}/to`, entry.to);
      if (from !== undefined && to !== undefined && from > to) {
        out.push({ path: `/experience/${i}/from`, message: `must not be after to (${to})` });
      } else if (from !== undefined && birth !== undefined && from <= birth) {
        out.push({ path: `/experience/${i}/from`, message: `must be after birthDate (${birth})` });
      }
    });
  }
  return out;
}
