// Number and date formatting for condition texts, in German and English. Pure (Intl only).
// The formatters are memoised (memo.ts): each text repeats the same few amounts and dates many times.

import { memoize } from './memo.ts';

// Building an Intl.NumberFormat is costly (toLocaleString with options builds one on every call): build each once.
const EUR_DE = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const EUR_DE_CENTS = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const EUR_EN = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const EUR_EN_CENTS = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function hasCents(n: number): boolean {
  return Math.round(n * 100) % 100 !== 0;
}

/**
 * A non-negative amount below 10^13 as the EUR formatters above write it, without asking ICU (several times
 * faster): ICU rounds the shortest decimal form of the number (String(n)) half away from zero, so the same is done
 * here on its digits. Trailing zeros of the cents are dropped unless `cents`. Undefined for any other number
 * (negative, -0, not finite, 10^13 or more, or so small that String(n) has an exponent): Intl formats those.
 */
function amount(n: number, cents: boolean, groupSeparator: string, decimalSeparator: string): string | undefined {
  if (!(n >= 0 && n < 1e13) || Object.is(n, -0)) return undefined;
  const s = String(n);
  if (s.includes('e')) return undefined;
  const dot = s.indexOf('.');
  let whole = dot < 0 ? s : s.slice(0, dot);
  let fraction = dot < 0 ? '00' : s.slice(dot + 1);
  if (fraction.length < 2) fraction = fraction.padEnd(2, '0');
  else if (fraction.length > 2) {
    const roundUp = fraction.charCodeAt(2) >= 53; // the third decimal is 5 or more
    fraction = fraction.slice(0, 2);
    if (roundUp) {
      const total = Number(whole) * 100 + Number(fraction) + 1; // in cents; exact, as it stays below 2^53
      whole = String(Math.floor(total / 100));
      fraction = String(total % 100).padStart(2, '0');
    }
  }
  if (!cents) fraction = fraction === '00' ? '' : fraction.endsWith('0') ? fraction.slice(0, 1) : fraction;
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += groupSeparator + whole.slice(i, i + 3);
  return fraction ? grouped + decimalSeparator + fraction : grouped;
}

/** "47.000 €", "45.934,20 €" */
export const eurDe: (n: number) => string = memoize((n) => {
  const cents = hasCents(n);
  return `${amount(n, cents, '.', ',') ?? (cents ? EUR_DE_CENTS : EUR_DE).format(n)} €`;
});

/** "€47,000", "€45,934.20" */
export const eurEn: (n: number) => string = memoize((n) => {
  const cents = hasCents(n);
  return `€${amount(n, cents, ',', '.') ?? (cents ? EUR_EN_CENTS : EUR_EN).format(n)}`;
});

const NUMBER_DE = new Intl.NumberFormat('de-DE');
const NUMBER_EN = new Intl.NumberFormat('en-GB');

/** "25.000" (as toLocaleString('de-DE')) */
export const numberDe: (n: number) => string = memoize((n) => NUMBER_DE.format(n));

/** "25,000" (as toLocaleString('en-GB')) */
export const numberEn: (n: number) => string = memoize((n) => NUMBER_EN.format(n));

const PCT_DE = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const PCT_EN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "45,3 %" for 0.453 */
export const pctDe: (p: number) => string = memoize((p) => `${PCT_DE.format(p * 100)} %`);

/** "45.3%" for 0.453 */
export const pctEn: (p: number) => string = memoize((p) => `${PCT_EN.format(p * 100)}%`);

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Dates in texts are few thousand distinct days: remember them all. */
const DATES_REMEMBERED = 50_000;

/** "01.03.2026" */
export const dateDe: (iso: string) => string = memoize((iso) => {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}, DATES_REMEMBERED);

/** "1 March 2026" */
export const dateEn: (iso: string) => string = memoize((iso) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
}, DATES_REMEMBERED);

/** "4 Jahre und 3 Monate" / "1 Monat" */
export function monthsDe(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const ys = y === 0 ? '' : y === 1 ? '1 Jahr' : `${y} Jahre`;
  const ms = m === 0 ? '' : m === 1 ? '1 Monat' : `${m} Monate`;
  if (ys && ms) return `${ys} und ${ms}`;
  return ys || ms || '0 Monate';
}

export function monthsEn(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const ys = y === 0 ? '' : y === 1 ? '1 year' : `${y} years`;
  const ms = m === 0 ? '' : m === 1 ? '1 month' : `${m} months`;
  if (ys && ms) return `${ys} and ${ms}`;
  return ys || ms || '0 months';
}

/** The adviser note appended to texts resting on an UNCONFIRMED fact. */
export const VERIFY = {
  de: ' (Angabe ungesichert: bitte durch die Beratungsstelle prüfen lassen.)',
  en: ' (Not yet confirmed: to be verified by the service office.)',
} as const;
