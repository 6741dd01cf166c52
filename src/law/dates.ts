// Calendar arithmetic on ISO dates (YYYY-MM-DD), pure and time-zone free.
// Periods follow §§ 187, 188 BGB: a period of N years that begins on day X (the day counted)
// ends at the end of the day before the same calendar date N years later.

import { memoize } from './memo.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** true if s is a real calendar date in ISO form */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * The arithmetic below is the proleptic Gregorian calendar, as Date.UTC is for years 100 to 9999 and months 1 to 12.
 * Outside that range (Date.UTC reads years 0 to 99 as 1900 to 1999) the functions defer to Date, as before.
 */
function inFastRange(year: number, month: number): boolean {
  return year >= 100 && year <= 9999 && month >= 1 && month <= 12;
}

export function daysInMonth(year: number, month: number): number {
  if (!inFastRange(year, month)) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

const DIGIT_0 = 48;

/** The number written by the `length` ASCII digits at s[start…], or -1 if one of them is not a digit. */
function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = s.charCodeAt(i) - DIGIT_0;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const DASH = 45;

/** [year, month, day] of a string of the form DDDD-DD-DD (the month and day need not exist). */
function parts(iso: string): [number, number, number] {
  if (iso.length === 10 && iso.charCodeAt(4) === DASH && iso.charCodeAt(7) === DASH) {
    const y = digits(iso, 0, 4);
    const m = digits(iso, 5, 2);
    const d = digits(iso, 8, 2);
    if (y >= 0 && m >= 0 && d >= 0) return [y, m, d];
  }
  throw new RangeError(`not an ISO date: ${iso}`);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (days past the month's end run on), after H. Hinnant's days_from_civil. */
function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** days since 1970-01-01 */
export function toDay(iso: string): number {
  const [y, m, d] = parts(iso);
  if (!inFastRange(y, m)) return Date.UTC(y, m - 1, d) / MS_PER_DAY;
  return dayFromCivil(y, m, d);
}

/** "00" … "99" */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

function twoDigits(n: number): string {
  return TWO_DIGITS[n] ?? String(n).padStart(2, '0');
}

/** "YYYY-MM-DD" (the fields are not checked) */
function formatIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** After H. Hinnant's civil_from_days. */
function formatDay(day: number): string {
  if (!Number.isInteger(day)) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return formatIso(y, m, d);
}

// The rules turn the same few thousand days into dates again and again: each day is formatted once, those of
// 1900 to 2099 kept in an array by day number (faster than a Map), any other in a bounded memo.
const FIRST_KEPT_DAY = -25_567; // 1900-01-01
const KEPT_DAYS = 73_049; // up to 2099-12-31
const keptDays = new Array<string | undefined>(KEPT_DAYS).fill(undefined);
const otherDays = memoize(formatDay, 10_000);

/** The ISO date of a day number. */
export function fromDay(day: number): string {
  const i = day - FIRST_KEPT_DAY;
  if (!(i >= 0 && i < KEPT_DAYS && Number.isInteger(i))) return otherDays(day);
  return (keptDays[i] ??= formatDay(day));
}

/** Day of the week of a day number (days since 1970-01-01): 0 Sunday … 6 Saturday, as Date#getUTCDay. */
export function weekdayOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

export function addDays(iso: string, n: number): string {
  return fromDay(toDay(iso) + n);
}

/**
 * Same calendar date n months later (n may be negative). A date that does not exist in the
 * target month (31 April, 29 February in a common year) becomes the first day of the next month,
 * so that a period ending "the day before" ends on the month's last day (§ 188 Abs. 3 BGB).
 */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + n;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const dim = daysInMonth(ty, tm);
  if (inFastRange(ty, tm) && d >= 1) return fromDay(d <= dim ? dayFromCivil(ty, tm, d) : dayFromCivil(ty, tm, dim) + 1);
  if (d <= dim) return formatIso(ty, tm, d);
  return addDays(formatIso(ty, tm, dim), 1);
}

export function addYears(iso: string, n: number): string {
  return addMonths(iso, 12 * n);
}

export function yearOf(iso: string): number {
  return parts(iso)[0];
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/**
 * Age in completed years on `date`. A person is N from their Nth birthday on (§ 187 Abs. 2 S. 2 BGB);
 * someone born on 29 February turns N on 1 March in a common year.
 */
export function ageOn(birthDate: string, date: string): number {
  const [by] = parts(birthDate);
  const [y] = parts(date);
  let age = y - by;
  if (addYears(birthDate, age) > date) age -= 1;
  return age;
}

/** The date on which a person born on birthDate turns `age`. */
export function birthdayAt(birthDate: string, age: number): string {
  return addYears(birthDate, age);
}

export interface Interval {
  from: string;
  /** inclusive */
  to: string;
}

/** Days from `from` to `to`, both inclusive, as day numbers (see toDay). */
export interface DaySpan {
  from: number;
  to: number;
}

/**
 * Number of calendar days covered by the union of the intervals (each inclusive of both ends),
 * clipped to [windowFrom, windowTo] (inclusive). Overlapping jobs count once.
 */
export function coveredDays(intervals: readonly Interval[], windowFrom: string, windowTo: string): number {
  return coveredDayCount(
    intervals.map((iv) => ({ from: toDay(iv.from), to: toDay(iv.to) })),
    toDay(windowFrom),
    toDay(windowTo),
  );
}

/** coveredDays on day numbers: the days of the union of the spans from `lo` to `hi` (inclusive). */
export function coveredDayCount(spans: readonly DaySpan[], lo: number, hi: number): number {
  if (hi < lo) return 0;
  const clipped: Array<[number, number]> = [];
  for (const span of spans) {
    const a = Math.max(span.from, lo);
    const b = Math.min(span.to, hi);
    if (b >= a) clipped.push([a, b]);
  }
  clipped.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curA = Number.NaN;
  let curB = Number.NaN;
  for (const [a, b] of clipped) {
    if (Number.isNaN(curA)) {
      curA = a;
      curB = b;
    } else if (a <= curB + 1) {
      curB = Math.max(curB, b);
    } else {
      total += curB - curA + 1;
      curA = a;
      curB = b;
    }
  }
  if (!Number.isNaN(curA)) total += curB - curA + 1;
  return total;
}

/**
 * Days that make up `years` full years ending on `date` (inclusive): someone who worked every day from
 * addYears(date, -years) + 1 day up to and including `date` has exactly this many days. The experience
 * requirement "N years" is met when coveredDays >= requiredDays(date, N) (§ 188 Abs. 2 BGB).
 */
export function requiredDays(date: string, years: number): number {
  return toDay(date) - toDay(addYears(date, -years));
}

/** Whole months (30.44 days) in a number of days, rounded up: used only in explanations. */
export function daysToMonthsCeil(days: number): number {
  return Math.ceil(days / (365.2425 / 12));
}
