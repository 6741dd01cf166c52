// Professional experience "N years within the last M years", counted to the decision date (contract v1).
// Days are counted inclusively and overlapping jobs once (dates.ts coveredDays); N years are met when the
// covered days reach requiredDays(decisionDate, N) (§ 188 Abs. 2 BGB, see dates.ts).

import type { CheckInput, ExperienceEntry } from './types.ts';
import type { DecidedHint, Lang } from './decision.ts';
import { waitUntil } from './change.ts';
import type { DaySpan } from './dates.ts';
import { addDays, addYears, coveredDayCount, daysToMonthsCeil, fromDay, maxDate, minDate, requiredDays, toDay, yearOf } from './dates.ts';
import { iscoIn } from './parameters/occupations.ts';
import { memoize } from './memo.ts';
import { dateDe, dateEn, monthsDe, monthsEn } from './format.ts';

export interface ExperienceQuery {
  /** required years, e.g. 2 */
  years: number;
  /** the window: the last `withinYears` years up to and including the decision date */
  withinYears: number;
  /** count only jobs whose ISCO unit group lies in one of these groups (prefix match) */
  iscoGroups?: readonly string[];
  /** count only jobs marked as related to the qualification (unmarked jobs make the result unknown) */
  relatedToQualification?: boolean;
  /**
   * count only days after the qualification was awarded; pass the award date, or null when the
   * qualification's date is unknown (the result may then be unknown)
   */
  afterQualification?: string | null;
}

export interface ExperienceResult {
  /** first and last day of the window (inclusive) */
  windowFrom: string;
  windowTo: string;
  /** days that surely count */
  days: number;
  /** the sure days in whole months, rounded down (for texts) */
  months: number;
  /** days that count if every unmarked job and an unknown award date are in the person's favour */
  daysIfUnknownCount: number;
  requiredDays: number;
  /** true: enough; false: not enough even counting unknowns in favour; null: depends on an unknown fact */
  met: boolean | null;
  /** days still missing (on the sure count) */
  missingDays: number;
  /** missing days in whole months, rounded up (for texts and hints) */
  missingMonths: number;
  /**
   * the first day on which the requirement will be met if a current job (one whose `to` is the decision date
   * and that counts) simply continues; null if already met or if no counting job is current
   */
  reachedOn: string | null;
}

function windowStart(date: string, withinYears: number): string {
  return addDays(addYears(date, -withinYears), 1);
}

interface Frame {
  /** first day of the window (ISO) and as a day number, and the decision date as a day number */
  windowFrom: string;
  first: number;
  last: number;
  /** the days `years` years make up, ending on the date */
  need: number;
}

function frameOf(date: string, withinYears: number, years: number): Frame {
  const windowFrom = windowStart(date, withinYears);
  return { windowFrom, first: toDay(windowFrom), last: toDay(date), need: requiredDays(date, years) };
}

// The routes ask for the same few (window, years) periods on the same dates again and again: the frames are
// remembered per period, by date.
const framesByPeriod = new Map<string, (date: string) => Frame>();

function frame(date: string, withinYears: number, years: number): Frame {
  const period = `${withinYears}/${years}`;
  let byDate = framesByPeriod.get(period);
  if (byDate === undefined) {
    if (framesByPeriod.size >= 100) framesByPeriod.clear();
    byDate = memoize((d: string) => frameOf(d, withinYears, years), 20_000);
    framesByPeriod.set(period, byDate);
  }
  return byDate(date);
}

function inScope(e: ExperienceEntry, q: ExperienceQuery, lenient: boolean): boolean {
  if (q.iscoGroups && !iscoIn(e.isco, q.iscoGroups)) return false;
  if (q.relatedToQualification) {
    if (e.relatedToQualification === false) return false;
    if (e.relatedToQualification === undefined && !lenient) return false;
  }
  return true;
}

/**
 * The days the entries make count on `decisionDate`: jobs in scope, from `earliest` on (the day after the award)
 * when given, and up to the decision date at the latest (experience after it is not experience yet).
 */
function countingSpans(
  entries: readonly ExperienceEntry[],
  decisionDate: string,
  q: ExperienceQuery,
  earliest: string | undefined,
  lenient: boolean,
): DaySpan[] {
  const out: DaySpan[] = [];
  if (q.afterQualification === null && !lenient) return out; // the award date is unknown: no day surely counts
  for (const e of entries) {
    if (e.from > decisionDate || !inScope(e, q, lenient)) continue;
    const to = minDate(e.to, decisionDate);
    const from = earliest ? maxDate(e.from, earliest) : e.from;
    if (from > to) continue;
    out.push({ from: toDay(from), to: toDay(to) });
  }
  return out;
}

/**
 * The first day after `decisionDate` on which the requirement is met if the jobs that count and run up to
 * `decisionDate` (the current ones) continue; null if none does or if that takes longer than `years` more years.
 *
 * Day d is a day number. With the current jobs continued to d, every day from `start` (the first day of the
 * earliest current job) to d counts, and the earlier jobs only add days before `start`. The window runs from
 * a(d) + 1 to d, where a(d) is the day `withinYears` years before d, and the requirement is d − b(d) days, where
 * b(d) is the day `years` years before d. So on day d
 *   counted = (d − a(d)) − gaps(a(d) + 1),   gaps(x) = days from x to start − 1 that no earlier job covers,
 * and the requirement is met when gaps(a(d) + 1) ≤ b(d) − a(d) (the slack: the window's days beyond the
 * requirement). gaps only falls as x grows, so this holds once a(d) + 1 ≥ firstWindowStart(slack).
 * From 1 March of a year to 28 February of the next, d − a(d) and d − b(d) stay the same (the periods back
 * contain the same 29 Februaries); 29 February is a piece of its own. Within each piece the first day that
 * meets the requirement follows directly, so the days are not walked one by one.
 */
export function reachedIfCurrentJobContinues(sure: readonly DaySpan[], decisionDate: string, q: ExperienceQuery): string | null {
  const decision = toDay(decisionDate);
  const current = sure.filter((span) => span.to === decision);
  if (current.length === 0) return null;
  const start = Math.min(...current.map((span) => span.from));
  const earlier = disjointSpansBefore(
    sure.filter((span) => span.to !== decision),
    start,
  );
  // a continuing job meets any requirement after `years` more years at the latest
  const last = toDay(addDays(addYears(decisionDate, q.years), 1));
  for (let d = decision + 1; d <= last;) {
    const iso = fromDay(d);
    const pieceEnd = iso.endsWith('-02-29') ? d : toDay(`${String(yearOf(iso) + (iso.slice(5) < '03-01' ? 0 : 1)).padStart(4, '0')}-02-28`);
    const back = d - toDay(addYears(iso, -q.withinYears)); // d − a(d) throughout the piece
    const slack = toDay(addYears(iso, -q.years)) - (d - back); // b(d) − a(d) throughout the piece
    if (slack >= 0) {
      const first = Math.max(d, firstWindowStart(earlier, start, slack) + back - 1);
      if (first <= Math.min(pieceEnd, last)) return fromDay(first);
    }
    d = pieceEnd + 1;
  }
  return null;
}

/** The days the spans cover before `start`, as sorted, disjoint [first, last] day spans. */
function disjointSpansBefore(ivs: readonly DaySpan[], start: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const iv of ivs) {
    const a = iv.from;
    const b = Math.min(iv.to, start - 1);
    if (b >= a) spans.push([a, b]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const top = merged[merged.length - 1];
    if (top && a <= top[1] + 1) top[1] = Math.max(top[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/**
 * The smallest day x such that at most `allowed` days from x to start − 1 are covered by none of the spans
 * (sorted, disjoint, all before `start`): the day after the (allowed + 1)-th uncovered day counting back from start − 1.
 */
function firstWindowStart(spans: ReadonlyArray<readonly [number, number]>, start: number, allowed: number): number {
  let cursor = start - 1; // the latest day not yet passed
  let left = allowed + 1; // uncovered days still to pass
  for (let i = spans.length - 1; i >= 0; i--) {
    const [a, b] = spans[i]!;
    const uncovered = cursor - b; // the days b + 1 … cursor
    if (uncovered >= left) break;
    left -= uncovered;
    cursor = a - 1;
  }
  return cursor - left + 2;
}

/** Evaluate the experience requirement on `decisionDate`. */
export function experienceOn(entries: readonly ExperienceEntry[], decisionDate: string, q: ExperienceQuery): ExperienceResult {
  const { windowFrom, first, last, need } = frame(decisionDate, q.withinYears, q.years);
  const award = q.afterQualification;
  const earliest = award === undefined || award === null ? undefined : addDays(award, 1);
  const sure = countingSpans(entries, decisionDate, q, earliest, false);
  const lenient = countingSpans(entries, decisionDate, q, earliest, true);
  const days = coveredDayCount(sure, first, last);
  const daysIfUnknownCount = coveredDayCount(lenient, first, last);
  const met = days >= need ? true : daysIfUnknownCount >= need ? null : false;
  const missingDays = Math.max(0, need - days);
  const reachedOn = met === true ? null : reachedIfCurrentJobContinues(sure, decisionDate, q);
  return {
    windowFrom,
    windowTo: decisionDate,
    days,
    months: Math.floor(days / (365.2425 / 12)),
    daysIfUnknownCount,
    requiredDays: need,
    met,
    missingDays,
    missingMonths: daysToMonthsCeil(missingDays),
    reachedOn,
  };
}

/**
 * "N months of experience missing; reached on D if the current job continues". With `input`, the hint carries
 * the change it proposes: waiting until D with the current jobs continued (none when no current job counts).
 */
export function experienceHint(missingMonths: number, reachedOn: string | null, input?: CheckInput): DecidedHint {
  const hint: DecidedHint = {
    conditionId: 'experience',
    kind: 'experience',
    target: missingMonths,
    say: (lang: Lang): string =>
      reachedOn
        ? lang === 'de'
          ? `Es fehlen etwa ${monthsDe(missingMonths)} Berufserfahrung; läuft die jetzige Stelle weiter, ist die Voraussetzung am ${dateDe(reachedOn)} erfüllt.`
          : `About ${monthsEn(missingMonths)} of experience are missing; if the current job continues, the requirement is met on ${dateEn(reachedOn)}.`
        : lang === 'de'
          ? `Es fehlen etwa ${monthsDe(missingMonths)} Berufserfahrung.`
          : `About ${monthsEn(missingMonths)} of experience are missing.`,
  };
  if (reachedOn) hint.date = reachedOn;
  if (reachedOn && input) hint.change = waitUntil(input, reachedOn);
  return hint;
}
