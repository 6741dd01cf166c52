// Professional experience "N years within the last M years", counted to the decision date (contract v1).
// Days are counted inclusively and overlapping jobs once (dates.ts coveredDays); N years are met when the
// covered days reach requiredDays(decisionDate, N) (§ 188 Abs. 2 BGB, see dates.ts).

import type { ExperienceEntry, Hint } from './types.ts';
import type { Interval } from './dates.ts';
import { addDays, addYears, coveredDays, daysToMonthsCeil, maxDate, minDate, requiredDays } from './dates.ts';
import { iscoIn } from './parameters/occupations.ts';
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

function inScope(e: ExperienceEntry, q: ExperienceQuery, lenient: boolean): boolean {
  if (q.iscoGroups && !iscoIn(e.isco, q.iscoGroups)) return false;
  if (q.relatedToQualification) {
    if (e.relatedToQualification === false) return false;
    if (e.relatedToQualification === undefined && !lenient) return false;
  }
  return true;
}

function intervals(entries: readonly ExperienceEntry[], q: ExperienceQuery, lenient: boolean): Interval[] {
  const out: Interval[] = [];
  let earliest: string | undefined;
  if (q.afterQualification !== undefined) {
    if (q.afterQualification === null) {
      if (!lenient) return out;
    } else {
      earliest = addDays(q.afterQualification, 1);
    }
  }
  for (const e of entries) {
    if (!inScope(e, q, lenient)) continue;
    const from = earliest ? maxDate(e.from, earliest) : e.from;
    if (from > e.to) continue;
    out.push({ from, to: e.to });
  }
  return out;
}

function countTo(ivs: readonly Interval[], date: string, q: ExperienceQuery): number {
  return coveredDays(ivs, windowStart(date, q.withinYears), date);
}

/** Evaluate the experience requirement on `decisionDate`. */
export function experienceOn(entries: readonly ExperienceEntry[], decisionDate: string, q: ExperienceQuery): ExperienceResult {
  // experience after the decision date is not experience yet
  const past = entries.filter((e) => e.from <= decisionDate).map((e) => ({ ...e, to: minDate(e.to, decisionDate) }));
  const sure = intervals(past, q, false);
  const lenient = intervals(past, q, true);
  const need = requiredDays(decisionDate, q.years);
  const days = countTo(sure, decisionDate, q);
  const daysIfUnknownCount = countTo(lenient, decisionDate, q);
  const met = days >= need ? true : daysIfUnknownCount >= need ? null : false;
  const missingDays = Math.max(0, need - days);
  let reachedOn: string | null = null;
  if (met !== true) {
    const current = sure.filter((iv) => iv.to === decisionDate);
    if (current.length > 0) {
      const others = sure.filter((iv) => iv.to !== decisionDate);
      // a continuing job meets any requirement after `years` more years at the latest
      const limit = addDays(addYears(decisionDate, q.years), 1);
      for (let d = addDays(decisionDate, 1); d <= limit; d = addDays(d, 1)) {
        const extended = [...others, ...current.map((iv) => ({ from: iv.from, to: d }))];
        if (countTo(extended, d, q) >= requiredDays(d, q.years)) {
          reachedOn = d;
          break;
        }
      }
    }
  }
  return {
    windowFrom: windowStart(decisionDate, q.withinYears),
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

/** "N months of experience missing; reached on D if the current job continues". */
export function experienceHint(missingMonths: number, reachedOn: string | null): Hint {
  const hint: Hint = {
    conditionId: 'experience',
    kind: 'experience',
    target: missingMonths,
    text: reachedOn
      ? {
          de: `Es fehlen etwa ${monthsDe(missingMonths)} Berufserfahrung; läuft die jetzige Stelle weiter, ist die Voraussetzung am ${dateDe(reachedOn)} erfüllt.`,
          en: `About ${monthsEn(missingMonths)} of experience are missing; if the current job continues, the requirement is met on ${dateEn(reachedOn)}.`,
        }
      : { de: `Es fehlen etwa ${monthsDe(missingMonths)} Berufserfahrung.`, en: `About ${monthsEn(missingMonths)} of experience are missing.` },
  };
  if (reachedOn) hint.date = reachedOn;
  return hint;
}
