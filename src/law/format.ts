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

/** "47.000 €", "45.934,20 €" */
export const eurDe: (n: number) => string = memoize((n) => `${(hasCents(n) ? EUR_DE_CENTS : EUR_DE).format(n)} €`);

/** "€47,000", "€45,934.20" */
export const eurEn: (n: number) => string = memoize((n) => `€${(hasCents(n) ? EUR_EN_CENTS : EUR_EN).format(n)}`);

const NUMBER_DE = new Intl.NumberFormat('de-DE');
const NUMBER_EN = new Intl.NumberFormat('en-GB');

/** "25.000" (as toLocaleString('de-DE')) */
export const numberDe: (n: number) => string = memoize((n) => NUMBER_DE.format(n));

/** "25,000" (as toLocaleString('en-GB')) */
export const numberEn: (n: number) => string = memoize((n) => NUMBER_EN.format(n));

const PCT_DE = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const PCT_EN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "45,3 %" for 0.453 */
export function pctDe(p: number): string {
  return `${PCT_DE.format(p * 100)} %`;
}

/** "45.3%" for 0.453 */
export function pctEn(p: number): string {
  return `${PCT_EN.format(p * 100)}%`;
}

const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "01.03.2026" */
export const dateDe: (iso: string) => string = memoize((iso) => {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
});

/** "1 March 2026" */
export const dateEn: (iso: string) => string = memoize((iso) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
});

/** "1. März 2026" */
export const dateLongDe: (iso: string) => string = memoize((iso) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}. ${MONTHS_DE[Number(m) - 1]} ${y}`;
});

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
