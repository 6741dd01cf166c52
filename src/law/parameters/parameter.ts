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
  /**
   * 'draft': a published draft (e.g. a ministry's Referentenentwurf), not in force. valueAt never returns it; rules
   * may only say what is expected (draftAt). Turning the draft into law is deleting this line (and updating the
   * reference). Absent: in force from validFrom.
   */
  status?: 'draft';
  /** for a draft: whose draft of which date, as the texts name it, e.g. "Entwurf des BMAS vom 21.09.2026" */
  draftOf?: Text;
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
   * which engine reads the parameter: "check" (the pathway check; counts for lawVersionAt), "plan" (fees and
   * durations of the process plan) or "residence" (the residence lifecycle check, src/law/residence). Default "check".
   */
  scope?: 'check' | 'plan' | 'residence';
}

/** The value whose window (validFrom..validUntil or the next value's validFrom) covers `date`, draft or not. */
function windowAt<T>(p: Parameter<T>, date: string): DatedValue<T> | undefined {
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

/** The value in force on `date`, or undefined if none is (never the "latest known" one, never a draft). */
export function valueAt<T>(p: Parameter<T>, date: string): DatedValue<T> | undefined {
  const v = windowAt(p, date);
  return v === undefined || v.status === 'draft' ? undefined : v;
}

/**
 * The published draft value for `date` when no value is in force on it, else undefined. For explanations only
 * ("expected from …"): a rule never decides with it.
 */
export function draftAt<T>(p: Parameter<T>, date: string): DatedValue<T> | undefined {
  const v = windowAt(p, date);
  return v !== undefined && v.status === 'draft' ? v : undefined;
}

/** How a value stands as of `today`: in force (or expired), draft, unconfirmed, or not verified for over 12 months. */
export type ValueStatus = 'in_force' | 'draft' | 'unconfirmed' | 'stale';

/**
 * The status of one value as of `today` (ISO date, given by the caller: the law has no clock). Draft and unconfirmed
 * come first; a value whose lastVerified lies more than 12 months before `today` is 'stale'.
 */
export function valueStatus(v: DatedValue<unknown>, today: string): ValueStatus {
  if (v.status === 'draft') return 'draft';
  if (v.unconfirmed) return 'unconfirmed';
  const [y, m, d] = today.split('-');
  const yearAgo = `${String(Number(y) - 1).padStart(4, '0')}-${m}-${d}`;
  return v.lastVerified < yearAgo ? 'stale' : 'in_force';
}

/** All parameters registered for the reference-completeness test and for docs. */
const registry: Parameter<unknown>[] = [];

export function defineParameter<T>(p: Parameter<T>): Parameter<T> {
  registry.push(p as Parameter<unknown>);
  return p;
}

/** Every registered parameter, or those of one scope. Registration happens when a parameter file is imported. */
export function allParameters(scope?: 'check' | 'plan' | 'residence'): ReadonlyArray<Parameter<unknown>> {
  return scope === undefined ? registry : registry.filter((p) => (p.scope ?? 'check') === scope);
}
