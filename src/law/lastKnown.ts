// The last confirmed value of a parameter before a date: for explanations only ("in 2025 it was …").
// Rules never decide with it; valueAt (no fallback) decides.

import type { DatedValue, Parameter } from './parameters/parameter.ts';

/** The latest value starting on or before `date` that is usable, in force (not a draft) and not marked unconfirmed. */
export function lastConfirmedValue<T>(p: Parameter<T>, date: string, usable: (v: T) => boolean = () => true): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined;
  for (const v of p.values) {
    if (v.validFrom > date) break;
    if (!v.unconfirmed && v.status !== 'draft' && usable(v.value)) found = v;
  }
  return found;
}
