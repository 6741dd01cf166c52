// Salary thresholds derived from the BBG (threshold = round(BBG × pct, 2)) and the salary condition
// every route with a minimum salary uses. A year whose BBG is not registered has no threshold: the
// condition is then unknown and says the figure is not yet published (contract v1, no fallback).

import type { Text } from './types.ts';
import type { DecidedCondition, DecidedHint, Lang } from './decision.ts';
import type { DatedValue, Parameter, Reference } from './parameters/parameter.ts';
import { draftAt, valueAt } from './parameters/parameter.ts';
import { bbg } from './parameters/bbg.ts';
import { age45Pct, blueCardReducedPct, blueCardStandardPct, experiencePct } from './parameters/salaryPercentages.ts';
import { condition } from './route.ts';
import { yearOf } from './dates.ts';
import { dateDe, dateEn, eurDe, eurEn, pctDe, pctEn } from './format.ts';
import { refEn } from './citation.ts';
import { memoize } from './memo.ts';

/**
 * blueCardStandard: § 18g Abs. 1 S. 1 AufenthG (50 %); blueCardReduced: § 18g Abs. 1 S. 2, Abs. 2 (45.3 %);
 * experience: § 6 BeschV (60 % until 29.02.2024, 45 % from 01.03.2024); age45: § 18 Abs. 2 Nr. 5 (55 %).
 */
export type SalaryKind = 'blueCardStandard' | 'blueCardReduced' | 'experience' | 'age45';

const PCT: Record<SalaryKind, Parameter<number>> = {
  blueCardStandard: blueCardStandardPct,
  blueCardReduced: blueCardReducedPct,
  experience: experiencePct,
  age45: age45Pct,
};

export type ThresholdLookup =
  | {
      status: 'published';
      kind: SalaryKind;
      /** the threshold in euro per year */
      amountEur: number;
      /** the calendar year of the BBG used */
      year: number;
      bbgEur: number;
      pct: number;
      references: Reference[];
      /** one of the values it rests on is marked UNCONFIRMED */
      unconfirmed: boolean;
    }
  | { status: 'not_published'; kind: SalaryKind; year: number; pct: number; references: Reference[] }
  | {
      /** no BBG in force for the year, but a published draft: the threshold it would give, not in force */
      status: 'draft';
      kind: SalaryKind;
      year: number;
      pct: number;
      /** the threshold the draft would give, in euro per year */
      expectedEur: number;
      /** first day the draft would apply */
      expectedFrom: string;
      /** whose draft of which date, e.g. "Entwurf des BMAS vom 21.09.2026" */
      draftOf: Text;
      references: Reference[];
    }
  | { status: 'not_in_force'; kind: SalaryKind; year: number };

/** round to cents, as the BMI does */
export function roundCents(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The threshold of `kind` on `date` computed from a given BBG parameter (the registered one by default; a test may
 * pass a copy, e.g. with a draft turned into law).
 */
export function lookUpThreshold(kind: SalaryKind, date: string, bbgParam: Parameter<number> = bbg): ThresholdLookup {
  const year = yearOf(date);
  const pct: DatedValue<number> | undefined = valueAt(PCT[kind], date);
  if (pct === undefined) return { status: 'not_in_force', kind, year };
  const base = valueAt(bbgParam, date);
  if (base === undefined) {
    const draft = draftAt(bbgParam, date);
    if (draft !== undefined) {
      return {
        status: 'draft',
        kind,
        year,
        pct: pct.value,
        expectedEur: roundCents(draft.value * pct.value),
        expectedFrom: draft.validFrom,
        draftOf: draft.draftOf ?? { de: 'Entwurf', en: 'draft' },
        references: [pct.reference, draft.reference],
      };
    }
    return { status: 'not_published', kind, year, pct: pct.value, references: [pct.reference] };
  }
  return {
    status: 'published',
    kind,
    amountEur: roundCents(base.value * pct.value),
    year,
    bbgEur: base.value,
    pct: pct.value,
    references: [pct.reference, base.reference],
    unconfirmed: Boolean(pct.unconfirmed || base.unconfirmed),
  };
}

// Every route with a salary condition asks for the same few thresholds on the same date: each lookup is made
// once per kind and date, and the result is frozen, as callers share it.
const thresholdsByKind = new Map<SalaryKind, (date: string) => ThresholdLookup>();

/** The threshold of `kind` in force on `date`; never the last known year's figure for a later year. */
export function salaryThreshold(kind: SalaryKind, date: string): ThresholdLookup {
  let byDate = thresholdsByKind.get(kind);
  if (byDate === undefined) {
    byDate = memoize((d: string) => {
      const t = lookUpThreshold(kind, d);
      if (t.status !== 'not_in_force') Object.freeze(t.references);
      return Object.freeze(t);
    }, 20_000);
    thresholdsByKind.set(kind, byDate);
  }
  return byDate(date);
}

/** The figure for RouteAssessment.salaryThresholdEur: the amount if published, else null. */
export function thresholdEur(t: ThresholdLookup): number | null {
  return t.status === 'published' ? t.amountEur : null;
}

/** salary >= threshold, compared in cents */
export function reaches(salaryEur: number, thresholdAmountEur: number): boolean {
  return Math.round(salaryEur * 100) >= Math.round(thresholdAmountEur * 100);
}

export interface SalaryConditionInput {
  salaryEur: number;
  threshold: ThresholdLookup;
  /** the norm setting the threshold, e.g. "§ 18g Abs. 1 S. 1 AufenthG" */
  ref: string;
  /** condition id; default "salary" */
  id?: string;
  /** what the threshold is for, placed after "Mindestgrenze"/"minimum", e.g. { de: 'bei erstmaliger Erteilung ab 45 Jahren', en: '...' } */
  purpose?: Text;
  /** when given, the threshold does not apply for this reason: the condition is met and says why */
  exemption?: Text;
}

/**
 * The salary condition with facts, rule and numbers in the text, e.g.
 * "Das Gehalt von 47.000 € liegt 3.700 € unter der Mindestgrenze von 50.700 € für 2026 (§ 18g Abs. 1 S. 1 AufenthG)."
 */
export function salaryCondition(input: SalaryConditionInput): DecidedCondition {
  const { salaryEur, threshold: t, ref } = input;
  const id = input.id ?? 'salary';
  const purpose = input.purpose;
  const purposeDe = purpose ? ` ${purpose.de}` : '';
  const purposeEn = purpose ? ` ${purpose.en}` : '';
  if (input.exemption) {
    const exemption = input.exemption;
    return condition(id, true, (lang: Lang): string => exemption[lang], ref);
  }
  if (t.status === 'not_in_force') {
    return condition(
      id,
      null,
      (lang: Lang): string =>
        lang === 'de'
          ? `Für dieses Datum ist keine Mindestgrenze nach ${ref} in Kraft oder modelliert; das Gehalt von ${eurDe(salaryEur)} lässt sich nicht prüfen.`
          : `No minimum salary under ${refEn(ref)} is in force or modelled for this date; the salary of ${eurEn(salaryEur)} cannot be checked.`,
      ref,
    );
  }
  if (t.status === 'draft') {
    return condition(
      id,
      null,
      (lang: Lang): string =>
        lang === 'de'
          ? `Die Mindestgrenze für ${t.year} (${pctDe(t.pct)} der Beitragsbemessungsgrenze der Rentenversicherung${purposeDe}) ist noch nicht in Kraft. Erwartet ab ${dateDe(t.expectedFrom)}: ${eurDe(t.expectedEur)} (${t.draftOf.de}, noch nicht in Kraft); ob das Gehalt von ${eurDe(salaryEur)} sie erreicht, lässt sich erst sagen, wenn sie gilt (${ref}).`
          : `The minimum salary for ${t.year} (${pctEn(t.pct)} of the pension insurance contribution ceiling${purposeEn}) is not in force yet. Expected from ${dateEn(t.expectedFrom)}: ${eurEn(t.expectedEur)} (${t.draftOf.en}, not yet in force); whether the salary of ${eurEn(salaryEur)} reaches it can only be said once it applies (${refEn(ref)}).`,
      ref,
    );
  }
  if (t.status === 'not_published') {
    return condition(
      id,
      null,
      (lang: Lang): string =>
        lang === 'de'
          ? `Die Mindestgrenze für ${t.year} (${pctDe(t.pct)} der Beitragsbemessungsgrenze der Rentenversicherung${purposeDe}) ist noch nicht veröffentlicht; ob das Gehalt von ${eurDe(salaryEur)} sie erreicht, lässt sich noch nicht sagen (${ref}).`
          : `The minimum salary for ${t.year} (${pctEn(t.pct)} of the pension insurance contribution ceiling${purposeEn}) has not been published yet; whether the salary of ${eurEn(salaryEur)} reaches it cannot be said yet (${refEn(ref)}).`,
      ref,
    );
  }
  const ok = reaches(salaryEur, t.amountEur);
  const say = (lang: Lang): string => {
    const gap = roundCents(t.amountEur - salaryEur);
    return ok
      ? lang === 'de'
        ? `Das Gehalt von ${eurDe(salaryEur)} erreicht die Mindestgrenze${purposeDe} von ${eurDe(t.amountEur)} für ${t.year} (${ref}).`
        : `The salary of ${eurEn(salaryEur)} reaches the minimum${purposeEn} of ${eurEn(t.amountEur)} for ${t.year} (${refEn(ref)}).`
      : lang === 'de'
        ? `Das Gehalt von ${eurDe(salaryEur)} liegt ${eurDe(gap)} unter der Mindestgrenze${purposeDe} von ${eurDe(t.amountEur)} für ${t.year} (${ref}).`
        : `The salary of ${eurEn(salaryEur)} is ${eurEn(gap)} below the minimum${purposeEn} of ${eurEn(t.amountEur)} for ${t.year} (${refEn(ref)}).`;
  };
  return condition(id, ok, say, ref, { unconfirmed: t.unconfirmed });
}

/** The hint "a salary of at least X (Y more) would meet this", or undefined when no published figure falls short. */
export function salaryHint(salaryEur: number, t: ThresholdLookup, conditionId = 'salary'): DecidedHint | undefined {
  if (t.status !== 'published' || reaches(salaryEur, t.amountEur)) return undefined;
  const gap = roundCents(t.amountEur - salaryEur);
  return {
    conditionId,
    kind: 'salary',
    target: t.amountEur,
    change: [{ field: 'job.annualGrossSalaryEur', value: t.amountEur }],
    say: (lang: Lang): string =>
      lang === 'de'
        ? `Mit einem Jahresbruttogehalt von mindestens ${eurDe(t.amountEur)} (${eurDe(gap)} mehr) wäre die Gehaltsgrenze für ${t.year} erreicht.`
        : `An annual gross salary of at least ${eurEn(t.amountEur)} (${eurEn(gap)} more) would reach the ${t.year} minimum.`,
  };
}
