// Counting rules of contract residence-v1: month periods after §§ 187 Abs. 2, 188 Abs. 2, 3 BGB, chains of residence
// periods, contribution months after § 191 BGB, and the day a count reaches a number. Pure, on ISO dates.

import { addDays, addMonths, toDay, fromDay } from '../dates.ts';

/**
 * Complete months of a period that begins on `from` (the day counted) and has run up to the end of the day before
 * `until`: the largest N with addMonths(from, N) <= until. A period of N months from F is complete at the end of the
 * day before the same-numbered day N months later, or at the end of the month's last day if it has no such day
 * (§ 188 Abs. 2, 3 BGB): addMonths gives the first day after it in both cases.
 */
export function completeMonths(from: string, until: string): number {
  if (until <= from) return 0;
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [uy, um] = [Number(until.slice(0, 4)), Number(until.slice(5, 7))];
  let n = Math.max(0, (uy - fy) * 12 + (um - fm));
  while (n > 0 && addMonths(from, n) > until) n--;
  while (addMonths(from, n + 1) <= until) n++;
  return n;
}

/** The first day on which a period that began on `from` has lasted `months` months (the condition is met from then). */
export function monthsReachedOn(from: string, months: number): string {
  return addMonths(from, Math.ceil(months));
}

export interface Span {
  from: string;
  /** inclusive; null: ongoing */
  to: string | null;
}

/** Spans sorted by start, overlapping or meeting ones (the next begins at the latest the day after) joined. */
export function joinSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && (last.to === null || s.from <= addDays(last.to, 1))) {
      if (last.to !== null && (s.to === null || s.to > last.to)) last.to = s.to;
    } else {
      out.push({ from: s.from, to: s.to });
    }
  }
  return out;
}

export interface Chain {
  /** first day of the chain */
  from: string;
  /** last day, null: ongoing */
  to: string | null;
  /** the last day of the block before the gap that restarted the chain, if any */
  previousEnd: string | null;
}

/**
 * The continuous chain of `spans` that covers `date`: periods that meet or overlap join it, any gap restarts it.
 * null when no span covers the date.
 */
export function chainCovering(spans: readonly Span[], date: string): Chain | null {
  const joined = joinSpans(spans);
  for (let i = 0; i < joined.length; i++) {
    const s = joined[i]!;
    if (s.from <= date && (s.to === null || s.to >= date)) {
      return { from: s.from, to: s.to, previousEnd: i > 0 ? joined[i - 1]!.to : null };
    }
  }
  return null;
}

/** Complete months of a chain on `date` (counted up to the end of the day before). */
export function chainMonths(chain: Chain, date: string): number {
  const end = chain.to === null || chain.to >= date ? date : addDays(chain.to, 1);
  return completeMonths(chain.from, end);
}

/** The day the chain reaches `months`, or null if it ends before (only an ongoing period continues). */
export function chainReachesOn(chain: Chain, months: number): string | null {
  const day = monthsReachedOn(chain.from, months);
  return chain.to === null || day <= addDays(chain.to, 1) ? day : null;
}

/**
 * Contribution months on `date`: the periods (overlapping or meeting ones joined, so that no day counts twice), each
 * counted up to the end of the day before `date`; each period's complete months plus, for several periods, the
 * remaining days of all periods together at 30 days a month (§ 191 BGB); plus `extraMonths`.
 */
export function contributionMonths(spans: readonly Span[], date: string, extraMonths = 0): number {
  let months = 0;
  let days = 0;
  let periods = 0;
  for (const s of joinSpans(spans)) {
    if (s.from >= date) continue;
    periods++;
    const until = s.to === null || s.to >= date ? date : addDays(s.to, 1);
    const n = completeMonths(s.from, until);
    months += n;
    days += toDay(until) - toDay(addMonths(s.from, n));
  }
  // one period counts in complete months only; § 191 BGB adds up the remaining days of several
  return months + (periods > 1 ? Math.floor(days / 30) : 0) + extraMonths;
}

/**
 * The first day from `date` on when contributionMonths reaches `months`, if ongoing periods continue; null if it never
 * does (no period is ongoing, or those that are end first).
 */
export function contributionsReachOn(spans: readonly Span[], date: string, months: number, extraMonths = 0): string | null {
  if (contributionMonths(spans, date, extraMonths) >= months) return date;
  // once every period has begun, the count grows by about one month a month: the day lies within months + 2 months
  let base = date;
  for (const s of spans) if (s.from > base) base = s.from;
  let lo = toDay(date);
  let hi = toDay(addMonths(base, Math.ceil(months) + 2));
  if (contributionMonths(spans, fromDay(hi), extraMonths) < months) return null;
  // invariant: count(lo) < months <= count(hi); the count never falls as the day moves on
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (contributionMonths(spans, fromDay(mid), extraMonths) >= months) hi = mid;
    else lo = mid;
  }
  return fromDay(hi);
}
