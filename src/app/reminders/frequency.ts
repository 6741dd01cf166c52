// When reminder digests go out (issue 15). Pure: no clock, no database.
//
// - The digest job runs at 06:00 Europe/Berlin on working days (Monday to Friday; public holidays are not known here).
// - A "daily" recipient gets a digest on every working day, a "weekly" one on Mondays only, "off" never.
// - Without a choice of their own, advisers and company users get it daily; admins do not (they may choose it).
// - The employee (candidate) with a personal link gets it weekly, on Mondays.
// - "Today" is the day in Berlin: 23:30 UTC on a Sunday in winter is already Monday there.

import type { Role } from '../../policies/index.ts';

export const FREQUENCIES = ['daily', 'weekly', 'off'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export function isFrequency(v: unknown): v is Frequency {
  return typeof v === 'string' && (FREQUENCIES as readonly string[]).includes(v);
}

export const DIGEST_TIME_ZONE = 'Europe/Berlin';
/** the hour (Berlin) the digests are sent at */
export const DIGEST_HOUR = 6;
/** the job queue's cron: 06:00 Berlin, Monday to Friday */
export const DIGEST_CRON = `0 ${DIGEST_HOUR} * * 1-5`;
/** how far ahead "upcoming" looks, in days (today included) */
export const UPCOMING_DAYS = 7;
/** for the employee: how far ahead their next steps look */
export const CANDIDATE_UPCOMING_DAYS = 14;
/** the employee's digest */
export const CANDIDATE_FREQUENCY: Frequency = 'weekly';

export function defaultFrequency(role: Role): Frequency {
  return role === 'admin' ? 'off' : 'daily';
}

export interface DigestDay {
  /** YYYY-MM-DD in Berlin */
  date: string;
  /** ISO weekday in Berlin: 1 Monday … 7 Sunday */
  weekday: number;
  /** the hour in Berlin (0–23) */
  hour: number;
}

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: DIGEST_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function digestDayOf(now: Date): DigestDay {
  const p = Object.fromEntries(PARTS.formatToParts(now).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, weekday: WEEKDAYS[p.weekday!]!, hour: Number(p.hour) };
}

/** Whether a recipient with this frequency gets a digest on this day (before the digest hour: nobody yet). */
export function receivesDigest(frequency: Frequency, day: DigestDay): boolean {
  if (day.hour < DIGEST_HOUR || day.weekday > 5) return false;
  if (frequency === 'daily') return true;
  if (frequency === 'weekly') return day.weekday === 1;
  return false;
}

/** YYYY-MM-DD plus n days (calendar arithmetic in UTC, which has no daylight saving). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
