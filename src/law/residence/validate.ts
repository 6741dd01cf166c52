// Validation of a ResidenceInput at the edge (CLI and JSON API), in the style of ../validate.ts: the schema of
// ./schema.ts checked strictly (no coercion, no removal of unknown properties), then the rules across fields the
// contract names (decisionDate from 2024-03-01; a history that ends in the current title covering decisionDate; no
// period ending before it begins), and the rules of check-v1 for the parts the purpose change hands to the pathway
// check. Errors name the field as a JSON pointer. Never throws.

import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { TypeCheck } from '@sinclair/typebox/compiler';
import type { TSchema } from '@sinclair/typebox';
import { addYears, isIsoDate } from '../dates.ts';
import { ISO_DATE_PATTERN } from '../schema.ts';
import type { InputError, ValidationResult } from '../validate.ts';
import { MAX_AGE_YEARS, validateCheckInput, validateWith } from '../validate.ts';
import { ResidenceInputSchema } from './schema.ts';
import type { ResidenceInput } from './types.ts';
import { newJobCheckInput } from './employment.ts';

/** First day the residence check answers for: second stage of the 2023 reform (new § 18c periods, § 36 Abs. 3). */
export const RESIDENCE_MODELLED_FROM = '2024-03-01';

let compiled: TypeCheck<TSchema> | undefined;

/** Validate x as a ResidenceInput of contract residence-v1. On success `value` is x itself. */
export function validateResidenceInput(x: unknown): ValidationResult<ResidenceInput> {
  compiled ??= TypeCompiler.Compile(ResidenceInputSchema) as unknown as TypeCheck<TSchema>;
  const check = compiled;
  return validateWith<ResidenceInput>(x, check, (v) => semanticErrors(v, check.Check(v)));
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const ISO_DATE_SHAPE = new RegExp(ISO_DATE_PATTERN);

/**
 * Rules across fields. Each runs only when the fields it reads are real dates, so that a schema error elsewhere does
 * not hide it. `schemaOk`: the whole input matched the schema (the check-v1 rules need its shape).
 */
function semanticErrors(x: unknown, schemaOk: boolean): InputError[] {
  const out: InputError[] = [];
  if (!isRecord(x)) return out;
  const dateAt = (path: string, v: unknown): string | undefined => {
    if (typeof v === 'string' && ISO_DATE_SHAPE.test(v) && !isIsoDate(v)) out.push({ path, message: `is not a real calendar date (${v})` });
    return isIsoDate(v) ? v : undefined;
  };

  const decision = dateAt('/decisionDate', x.decisionDate);
  if (decision !== undefined && decision < RESIDENCE_MODELLED_FROM) {
    out.push({
      path: '/decisionDate',
      message: `must be ${RESIDENCE_MODELLED_FROM} or later: the residence check is modelled from ${RESIDENCE_MODELLED_FROM} (second stage of the 2023 skilled-immigration reform: new § 18c periods, § 36 (3)), ${decision} is before that`,
    });
  }

  const person = isRecord(x.person) ? x.person : undefined;
  const birth = person ? dateAt('/person/birthDate', person.birthDate) : undefined;
  if (birth !== undefined && decision !== undefined) {
    if (birth >= decision) out.push({ path: '/person/birthDate', message: `must be before decisionDate (${decision})` });
    else if (addYears(birth, MAX_AGE_YEARS) <= decision) out.push({ path: '/person/birthDate', message: `makes the person ${MAX_AGE_YEARS} or older on decisionDate; check the year` });
  }
  const since = person ? dateAt('/person/lawfulResidenceSince', person.lawfulResidenceSince) : undefined;
  if (since !== undefined && decision !== undefined && since > decision) {
    out.push({ path: '/person/lawfulResidenceSince', message: `must not be after decisionDate (${decision})` });
  }

  const title = isRecord(x.currentTitle) ? x.currentTitle : undefined;
  const issued = title ? dateAt('/currentTitle/issuedOn', title.issuedOn) : undefined;
  const validUntil = title ? dateAt('/currentTitle/validUntil', title.validUntil) : undefined;
  if (issued !== undefined && validUntil !== undefined && validUntil < issued) {
    out.push({ path: '/currentTitle/validUntil', message: `must not be before issuedOn (${issued})` });
  }
  if (issued !== undefined && decision !== undefined && issued > decision) {
    out.push({ path: '/currentTitle/issuedOn', message: `must not be after decisionDate (${decision}): the title is held on that day` });
  }

  const periods = (key: 'residenceHistory' | 'employment'): void => {
    const list = x[key];
    if (!Array.isArray(list)) return;
    list.forEach((p: unknown, i) => {
      if (!isRecord(p)) return;
      const from = dateAt(`/${key}/${i}/from`, p.from);
      const to = p.to === null || p.to === undefined ? undefined : dateAt(`/${key}/${i}/to`, p.to);
      if (from !== undefined && to !== undefined && to < from) out.push({ path: `/${key}/${i}/to`, message: `must not be before from (${from})` });
    });
  };
  periods('residenceHistory');
  periods('employment');

  // the last period is the current title and covers decisionDate
  if (Array.isArray(x.residenceHistory)) {
    const n = x.residenceHistory.length;
    if (n === 0) {
      out.push({ path: '/residenceHistory', message: 'must not be empty: its last entry is the period of the current title' });
    } else {
      const last: unknown = x.residenceHistory[n - 1];
      if (isRecord(last) && title && typeof title.id === 'string' && typeof last.titleId === 'string' && last.titleId !== title.id) {
        out.push({ path: `/residenceHistory/${n - 1}/titleId`, message: `must be the current title ${JSON.stringify(title.id)}: the last entry is the period of the current title` });
      } else if (isRecord(last) && decision !== undefined) {
        const from = isIsoDate(last.from) ? last.from : undefined;
        const to = last.to === null || last.to === undefined ? null : isIsoDate(last.to) ? last.to : undefined;
        if (from !== undefined && from > decision) {
          out.push({ path: `/residenceHistory/${n - 1}/from`, message: `must not be after decisionDate (${decision}): the period of the current title covers that day` });
        } else if (to !== undefined && to !== null && to < decision) {
          out.push({ path: `/residenceHistory/${n - 1}/to`, message: `must be null, absent or not before decisionDate (${decision}): the period of the current title covers that day` });
        }
      }
    }
  }

  if (Array.isArray(x.family)) {
    x.family.forEach((m: unknown, i) => {
      if (!isRecord(m)) return;
      const b = dateAt(`/family/${i}/birthDate`, m.birthDate);
      if (b !== undefined && decision !== undefined && b > decision) out.push({ path: `/family/${i}/birthDate`, message: `must not be after decisionDate (${decision})` });
      const married = dateAt(`/family/${i}/marriedOn`, m.marriedOn);
      if (married !== undefined && decision !== undefined && married > decision) out.push({ path: `/family/${i}/marriedOn`, message: `must not be after decisionDate (${decision})` });
    });
  }

  // the purpose change hands qualification, experience and newJob to the pathway check: its rules apply to them
  if (schemaOk && out.length === 0) {
    const r = validateCheckInput(newJobCheckInput(x as unknown as ResidenceInput));
    if (!r.ok) {
      for (const e of r.errors) out.push({ path: e.path.replace(/^\/job(?=\/|$)/, '/newJob'), message: e.message });
    }
  }
  return out;
}
