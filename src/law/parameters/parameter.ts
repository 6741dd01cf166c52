// Dated, referenced legal parameters (after OpenFisca's parameters; see docs/law/updating.md).
// A value holds from `validFrom` until the day before the next value's `validFrom`, or until `validUntil`
// when given. There is no fallback: a date outside every value's window has no value, and the rules say so.

import type { Text } from '../types.ts';

export interface Reference {
  /** title of the official source: the statute, the Bundesanzeiger notice, the mission's page */
  title: string;
  url: string;
}

export interface DatedValue<T> {
  /** first day the value applies (ISO date) */
  validFrom: string;
  /** last day the value applies (inclusive); absent: until the next value's validFrom */
  validUntil?: string;
  value: T;
  reference: Reference;
  /** further sources that confirm the value */
  alsoSee?: Reference[];
  /** the date someone last checked the value against its source */
  lastVerified: string;
  /** the reference marks the value UNCONFIRMED: rules resting on it tell the adviser to verify */
  unconfirmed?: boolean;
  note?: string;
}

export type Unit = 'EUR' | 'EUR/year' | 'EUR/month' | 'ratio' | 'count' | 'date' | 'codes' | 'days' | 'months' | 'years';

export interface Parameter<T> {
  /** dotted id mirroring the law, e.g. "sgb6.bbg" or "aufenthg.18g.pct.standard" */
  id: string;
  description: Text;
  unit: Unit;
  /** values in ascending validFrom order */
  values: ReadonlyArray<DatedValue<T>>;
  /**
   * which engine reads the parameter: "check" (the pathway check; counts for lawVersionAt) or "plan" (fees and
   * durations of the process plan). Default "check".
   */
  scope?: 'check' | 'plan';
}

/** The value in force on `date`, or undefined if none is (never the "latest known" one). */
export function valueAt<T>(p: Parameter<T>, date: string): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined;
  for (let i = 0; i < p.values.length; i++) {
    const v = p.values[i]!;
    if (v.validFrom > date) break;
    const next = p.values[i + 1];
    const until = v.validUntil;
    if (until !== undefined && date > until) continue;
    if (next !== undefined && date >= next.validFrom) continue;
    found = v;
  }
  return found;
}

/** All parameters registered for the reference-completeness test and for docs. */
const registry: Parameter<unknown>[] = [];

export function defineParameter<T>(p: Parameter<T>): Parameter<T> {
  registry.push(p as Parameter<unknown>);
  return p;
}

/** Every registered parameter, or those of one scope. Registration happens when a parameter file is imported. */
export function allParameters(scope?: 'check' | 'plan'): ReadonlyArray<Parameter<unknown>> {
  return scope === undefined ? registry : registry.filter((p) => (p.scope ?? 'check') === scope);
}
