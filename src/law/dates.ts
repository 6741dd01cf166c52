// Calendar arithmetic on ISO dates (YYYY-MM-DD), pure and time-zone free.
// Periods follow §§ 187, 188 BGB: a period of N years that begins on day X (the day counted)
// ends at the end of the day before the same calendar date N years later.

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

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(iso: string): [number, number, number] {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** days since 1970-01-01 */
export function toDay(iso: string): number {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
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
  if (d <= dim) return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return addDays(`${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(dim).padStart(2, '0')}`, 1);
}

export function addYears(iso: string, n: number): string {
  return addMonths(iso, 12 * n);
}

export function yearOf(iso: string): number {
  return parts(iso)[0];
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

/**
 * Number of calendar days covered by the union of the intervals (each inclusive of both ends),
 * clipped to [windowFrom, windowTo] (inclusive). Overlapping jobs count once.
 */
export function coveredDays(intervals: readonly Interval[], windowFrom: string, windowTo: string): number {
  const lo = toDay(windowFrom);
  const hi = toDay(windowTo);
  if (hi < lo) return 0;
  const spans: Array<[number, number]> = [];
  for (const iv of intervals) {
    const a = Math.max(toDay(iv.from), lo);
    const b = Math.min(toDay(iv.to), hi);
    if (b >= a) spans.push([a, b]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curA = Number.NaN;
  let curB = Number.NaN;
  for (const [a, b] of spans) {
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
