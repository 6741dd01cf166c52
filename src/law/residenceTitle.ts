// The dates that follow from a residence title held in Germany (issue 15): when to remind the holder and the office to
// apply for the extension, the last day to apply so that the title continues while the office decides, and for a Blue
// Card the end of the first 12 months of employment, during which every change of employer must be notified. Pure:
// the date is an argument; parameters are dated and referenced (below); unknown instead of a guess.
//
// Not here: the settlement permit's earliest date and the naturalisation time condition, which the residence lifecycle
// engine (src/law/residence, contract residence-v1) computes from the person's whole history.

import { addDays, addMonths, daysInMonth } from './dates.ts';
import { valueAt } from './parameters/parameter.ts';
import type { Parameter, Reference } from './parameters/parameter.ts';
import { ROUTE_IDS } from './types.ts';
import type { RouteId } from './types.ts';

/** The title's route: a check-v1 route id names the title held (e.g. '18g-standard', a Blue Card), or 'other'. */
export const TITLE_ROUTE_IDS = [...ROUTE_IDS, 'other'] as const;
export type TitleRouteId = RouteId | 'other';

/** The Blue Card's routes (§ 18g AufenthG). */
export const BLUE_CARD_ROUTES: readonly RouteId[] = ['18g-standard', '18g-shortage', '18g-new-entrant', '18g-it'];

export function isBlueCard(titleRouteId: string): boolean {
  return (BLUE_CARD_ROUTES as readonly string[]).includes(titleRouteId);
}

export const REF_81_4 = '§ 81 Abs. 4 S. 1 AufenthG';
export const REF_81_4_LATE = '§ 81 Abs. 4 S. 3 AufenthG';
export const REF_82_1_6 = '§ 82 Abs. 1 S. 6 AufenthG';

const AUFENTHG_81: Reference = { title: '§ 81 AufenthG (Beantragung des Aufenthaltstitels), gesetze-im-internet.de', url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__81.html' };

/**
 * How many months before a title's expiry Lotse reminds of the extension. Not a statutory period: § 81 Abs. 4 S. 1
 * AufenthG only requires the application before the title expires (then the title continues until the office decides);
 * three months is the lead time issue 15 asks for, so that an appointment at the immigration office can be found in
 * time. A planning value of Lotse, shown as such.
 */
export const extensionReminderMonths: Parameter<number> = {
  id: 'lotse.title.extensionReminderMonths',
  description: {
    de: 'Erinnerung an die Verlängerung: Monate vor Ablauf des Aufenthaltstitels (Planungswert von Lotse; gesetzlich ist nur der Antrag vor Ablauf, § 81 Abs. 4 S. 1 AufenthG)',
    en: 'Reminder of the extension: months before the residence title expires (a planning value of Lotse; the statute requires only an application before expiry, section 81 (4) sentence 1 AufenthG)',
  },
  unit: 'months',
  values: [
    {
      validFrom: '2005-01-01',
      value: 3,
      reference: AUFENTHG_81,
      lastVerified: '2026-12-04',
      note: 'Lotse’s lead time, not a statutory period.',
    },
  ],
  scope: 'plan',
};

/**
 * The Blue Card's notice period (§ 82 Abs. 1 S. 6 AufenthG: every change of employer in the first 12 months of Blue
 * Card employment is notified to the immigration office; before 18 November 2023 the Blue Card bound its holder to the
 * employer for 24 months): the one registered parameter, shared with the residence lifecycle check (residence-v1,
 * `bc.noticeMonths`).
 */
export { blueCardNoticeMonths } from './residence/parameters.ts';
import { blueCardNoticeMonths } from './residence/parameters.ts';

/** The same calendar date `months` months before `iso`, or the last day of that month when it has no such date. */
export function monthsBefore(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const total = y * 12 + (m - 1) - months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(ty, tm));
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface TitleFacts {
  titleRouteId: TitleRouteId;
  issuedOn: string | null;
  validUntil: string;
  /** Blue Card: the first day of employment as a Blue Card holder; null: not known */
  employmentFrom?: string | null;
}

export interface DatedDuty {
  date: string;
  /** the statute, to the sentence; null for a planning value of Lotse */
  ref: string | null;
}

export type BlueCardNotice =
  /** not a Blue Card */
  | { status: 'not_applicable' }
  /** a Blue Card whose employment start is not known, or began before the rule was in force: to be verified */
  | { status: 'unknown'; reason: 'employment_start_missing' | 'before_rule'; ref: string }
  /** every change of employer from `from` to `until` (inclusive) must be notified; from the day after, none */
  | { status: 'known'; from: string; until: string; months: number; ref: string };

export interface TitleDates {
  /** the reminder of the extension (a planning value of Lotse, `extensionReminderMonths` before expiry); null when no value is in force */
  reminderOn: string | null;
  /** the last day on which an application keeps the title in force until the office decides (§ 81 Abs. 4 S. 1) */
  applyBy: DatedDuty;
  /** the first day without a title unless an extension was applied for */
  expiredFrom: string;
  blueCardNotice: BlueCardNotice;
}

/** The dates that follow from the title. */
export function titleDates(f: TitleFacts): TitleDates {
  const lead = valueAt(extensionReminderMonths, f.validUntil)?.value;
  return {
    reminderOn: lead === undefined ? null : monthsBefore(f.validUntil, lead),
    applyBy: { date: f.validUntil, ref: REF_81_4 },
    expiredFrom: addDays(f.validUntil, 1),
    blueCardNotice: blueCardNotice(f),
  };
}

function blueCardNotice(f: TitleFacts): BlueCardNotice {
  if (!isBlueCard(f.titleRouteId)) return { status: 'not_applicable' };
  const from = f.employmentFrom ?? null;
  if (from === null) return { status: 'unknown', reason: 'employment_start_missing', ref: REF_82_1_6 };
  const months = valueAt(blueCardNoticeMonths, from)?.value;
  if (months === undefined) return { status: 'unknown', reason: 'before_rule', ref: REF_82_1_6 };
  // a period of N months from day F ends at the end of the day before the same-numbered day N months later, or of
  // the month's last day when it has none (§ 187 Abs. 2, § 188 Abs. 2, 3 BGB; addMonths gives the day after)
  return { status: 'known', from, until: addDays(addMonths(from, months), -1), months, ref: REF_82_1_6 };
}

export type TitleState = 'valid' | 'reminder' | 'expired';

/** The title on `date`: expired after validUntil; 'reminder' from the reminder date on; valid before. */
export function titleStateOn(f: Pick<TitleFacts, 'validUntil'>, date: string): TitleState {
  if (date > f.validUntil) return 'expired';
  const { reminderOn } = titleDates({ titleRouteId: 'other', issuedOn: null, validUntil: f.validUntil });
  return reminderOn !== null && date >= reminderOn ? 'reminder' : 'valid';
}

/**
 * The latest validUntil whose reminder is due on `date` (its reminder date is on or before `date`): a title is due
 * for its extension exactly when validUntil ≤ this day, so that a database query can select the titles with one
 * comparison and agree with titleStateOn. The reminder date grows with validUntil, so the set is a range.
 */
export function reminderHorizon(date: string): string {
  const lead = valueAt(extensionReminderMonths, date)?.value ?? 0;
  let v = addMonths(date, lead);
  // addMonths may land on the first of the next month; the reminder of month ends may also still be due a few days later
  while (monthsBefore(addDays(v, 1), lead) <= date) v = addDays(v, 1);
  while (monthsBefore(v, lead) > date) v = addDays(v, -1);
  return v;
}
