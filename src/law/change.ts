// Changes of a CheckInput as dotted paths ("job.annualGrossSalaryEur", "experience.0.to"): what a hint proposes
// (Hint.change) and what the engine tries when it asks which answer would settle an unknown condition
// (Condition.missing). Pure: the input is never changed; a copy of the changed path is returned, sharing the rest.

import type { CheckInput, InputChange } from './types.ts';

type Json = Record<string, unknown>;

/**
 * `node` with `value` at `keys[i…]`: the objects and arrays on the path are copied, everything else is shared with
 * `node` (the rules never change their facts, so sharing is safe). Missing objects on the way are created.
 */
function withPath(node: unknown, keys: readonly string[], i: number, value: unknown): unknown {
  if (i === keys.length) return value;
  const key = keys[i]!;
  if (Array.isArray(node)) {
    const copy = node.slice();
    (copy as unknown as Json)[key] = withPath(copy[Number(key)], keys, i + 1, value);
    return copy;
  }
  const copy: Json = typeof node === 'object' && node !== null ? { ...(node as Json) } : {};
  copy[key] = withPath(copy[key], keys, i + 1, value);
  return copy;
}

/** The value at the dotted path, or undefined where the path does not exist. */
export function valueAtPath(input: CheckInput, path: string): unknown {
  let node: unknown = input;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

/**
 * The input with every change applied in order. Used for the hints (InputChange values) and, inside the engine,
 * for whole objects (a job offer) when it probes which answer settles a condition.
 */
export function applyChange(input: CheckInput, change: ReadonlyArray<InputChange | { field: string; value: unknown }>): CheckInput {
  let out: unknown = input;
  for (const c of change) out = withPath(out, c.field.split('.'), 0, typeof c.value === 'object' && c.value !== null ? structuredClone(c.value) : c.value);
  return out as CheckInput;
}

/**
 * Waiting until `date`: the decision date (and an application date, where the input has one) moves there, and every job that runs up to the current decision date
 * (a current job) is taken to continue to it. `date` must lie after the decision date.
 */
export function waitUntil(input: CheckInput, date: string): InputChange[] {
  if (date <= input.decisionDate) throw new RangeError(`waitUntil: ${date} is not after ${input.decisionDate}`);
  const change: InputChange[] = [{ field: 'decisionDate', value: date }];
  // an application date of its own (before the decision) moves with the decision: the person applies later. One
  // equal to the decision date — the contract's default, which the rules' facts always carry — needs no change.
  if (input.applicationDate !== undefined && input.applicationDate !== input.decisionDate) change.push({ field: 'applicationDate', value: date });
  input.experience.forEach((e, i) => {
    if (e.to === input.decisionDate) change.push({ field: `experience.${i}.to`, value: date });
  });
  return change;
}
