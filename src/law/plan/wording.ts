// Figures from parameters, written into the plan's texts. The plan's texts write euro amounts with the sign after
// the number in both languages ("411 €", "100–600 €"), as the fee notes always have.

import { eurDe, numberDe, numberEn } from '../format.ts';
import type { Text } from '../types.ts';
import type { FeeValue } from './types.ts';

/** "411 €" / "100–600 €" in the plan's German and English texts; undefined for an unknown amount. */
export function feeText(v: FeeValue | undefined): Text | undefined {
  if (v === undefined || v === null) return undefined;
  if (v.minEur === v.maxEur) return { de: eurDe(v.minEur), en: `${numberEn(v.minEur)} €` };
  return { de: `${numberDe(v.minEur)}–${eurDe(v.maxEur)}`, en: `${numberEn(v.minEur)}–${numberEn(v.maxEur)} €` };
}

/** The same amount or range in both fee values, else undefined. */
export function sameFee(a: FeeValue | undefined, b: FeeValue | undefined): FeeValue | undefined {
  if (!a || !b) return undefined;
  return a.minEur === b.minEur && a.maxEur === b.maxEur ? { minEur: a.minEur, maxEur: a.maxEur } : undefined;
}

/** "25.000" / "25,000" */
export function countText(n: number): Text {
  return { de: numberDe(n), en: numberEn(n) };
}
