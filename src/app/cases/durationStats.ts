// The office's own durations per plan step (issue 15, "realistic durations"): pure, no I/O. What counts as a step's
// actual duration is defined in officeDurations.ts (which computes the figures in one grouped SQL query); this module
// holds what the query and the pages share: the steps that are measured, which official reference dates a step, the
// statistics themselves (the same definition as PostgreSQL's percentile_cont, so that the query's figures can be
// checked against it), the threshold below which nothing is shown, and the planned duration of a step.

import type { Procedure } from '../../law/plan/types.ts';
import type { ReferenceKind } from './codes.ts';

/**
 * Fewer closed cases than this: no figure (the plan's own figures stay). Five is the smallest sample whose median is
 * not decided by one or two unusual cases (a file lost for months, a decision on the day of receipt), and the figure
 * of fewer cases would let an adviser recognise the individual cases behind it.
 */
export const MIN_CASES = 5;

/**
 * The plan steps the office's figures are computed, shown and planned with: the official steps whose length the office
 * does not control (recognition, BA approval, visa appointment and decision, residence permit). Steps among private
 * parties (contract, travel, registration) measure only when someone ticked a task.
 */
export const OFFICE_STEPS = [
  'recognition-receipt',
  'recognition-decision',
  'zab-statement',
  'zab-vocational-statement',
  'ba-approval',
  'ba-preapproval',
  'pre-approval',
  'visa-application',
  'visa-decision',
  'residence-permit',
] as const;
export type OfficeStep = (typeof OFFICE_STEPS)[number];

/**
 * The official reference whose decision date (case_references.decided_on) is the end of a step: the authority's own
 * date beats the day someone ticked the task. Steps not listed end on their task's done day. (The § 81a pre-approval
 * has no reference of its own: the 'ba_approval' reference is the BA's approval inside it, decided earlier.)
 */
export const STEP_REFERENCE: Partial<Record<OfficeStep, ReferenceKind>> = {
  'recognition-decision': 'recognition',
  'zab-statement': 'recognition',
  'zab-vocational-statement': 'recognition',
  'ba-approval': 'ba_approval',
  'ba-preapproval': 'ba_approval',
  'visa-decision': 'visa',
  'residence-permit': 'immigration_office',
};

/** The figures of one step (days; quartiles and median as percentile_cont gives them, not rounded). */
export interface DurationSummary {
  n: number;
  median: number;
  min: number;
  max: number;
  q1: number;
  q3: number;
}

/** What the pages show and the schedule plans with: whole days, only for n ≥ MIN_CASES. */
export interface OfficeDuration {
  stepId: string;
  procedure: Procedure;
  n: number;
  /** rounded to whole days (half up) */
  median: number;
  min: number;
  max: number;
  /** interquartile range, rounded */
  q1: number;
  q3: number;
}

/** The office's figures by step, for one procedure each: key `${procedure}:${stepId}`. */
export type OfficeDurations = ReadonlyMap<string, OfficeDuration>;

export function durationKey(procedure: string, stepId: string): string {
  return `${procedure}:${stepId}`;
}

export function officeDurationOf(all: OfficeDurations | undefined, procedure: string, stepId: string): OfficeDuration | undefined {
  return all?.get(durationKey(procedure, stepId));
}

/**
 * The p-quantile of ascending values by linear interpolation between the closest ranks (PostgreSQL's percentile_cont,
 * Hyndman and Fan type 7): position p·(n−1), interpolated between its neighbours.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no values');
  if (!(p >= 0 && p <= 1)) throw new RangeError('p must lie in [0, 1]');
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** n, median, min, max and quartiles of durations in days; null for none. */
export function summarize(days: readonly number[]): DurationSummary | null {
  if (days.length === 0) return null;
  const s = [...days].sort((a, b) => a - b);
  return { n: s.length, median: percentile(s, 0.5), min: s[0]!, max: s[s.length - 1]!, q1: percentile(s, 0.25), q3: percentile(s, 0.75) };
}

/** The figure to show and plan with, or null below MIN_CASES (or for a step that is not measured). */
export function officeFigure(stepId: string, procedure: Procedure, s: DurationSummary | null): OfficeDuration | null {
  if (s === null || s.n < MIN_CASES || !(OFFICE_STEPS as readonly string[]).includes(stepId)) return null;
  return { stepId, procedure, n: s.n, median: Math.round(s.median), min: s.min, max: s.max, q1: Math.round(s.q1), q3: Math.round(s.q3) };
}

/** The planned length of a step: the office's median where there is a figure, else the plan's typical duration. */
export function plannedDays(typicalDays: number, office: OfficeDuration | undefined): number {
  return office ? office.median : typicalDays;
}
