// Changes of a CheckInput as dotted paths ("job.annualGrossSalaryEur", "experience.0.to"): what a hint proposes
// (Hint.change) and what the engine tries when it asks which answer would settle an unknown condition
// (Condition.missing). Pure: the input is never changed, a copy is returned.

import type { CheckInput, InputChange } from './types.ts';

type Json = Record<string, unknown>;

/** Set `value` at the dotted `path` of `root` (a copy owned by the caller), creating missing objects on the way. */
function setPath(root: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Json = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]!;
    let next = node[key];
    if (typeof next !== 'object' || next === null) {
      next = {};
      node[key] = next;
    }
    node = next as Json;
  }
  node[keys[keys.length - 1]!] = value;
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
  const copy = structuredClone(input) as unknown as Json;
  for (const c of change) setPath(copy, c.field, structuredClone(c.value));
  return copy as unknown as CheckInput;
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
