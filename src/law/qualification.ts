// Qualification tests shared by the routes. Tri-state: null means a fact needed to decide is absent.

import type { CheckInput, Text } from './types.ts';
import { REFORM_STAGE_1, reformStageInForce } from './parameters/reform2023.ts';

type Qualification = CheckInput['qualification'];

/** Minimum formal length of a "qualified" vocational training (§ 2 Abs. 12a AufenthG; § 6 BeschV, § 16d Abs. 3, § 20a Abs. 4 S. 3). */
export const MIN_TRAINING_YEARS = 2;

/**
 * Fachkraft mit akademischer Ausbildung, § 18 Abs. 3 Nr. 2 AufenthG: a German degree, a recognised foreign
 * degree, or a foreign degree comparable to a German one (anabin H+ "entspricht"/"gleichwertig", ZAB statement).
 */
export function isAcademicFachkraft(q: Qualification): boolean | null {
  if (q.level !== 'academic') return false;
  if (q.germanAssessment === 'comparable' || q.germanAssessment === 'equivalent') return true;
  if (q.obtainedIn === 'DE') return true;
  if (q.obtainedIn === 'abroad') return false;
  return null;
}

/**
 * Fachkraft mit Berufsausbildung, § 18 Abs. 3 Nr. 1 AufenthG: a German qualified vocational training (at
 * least 2 years), or a foreign vocational qualification established as equivalent to one.
 */
export function isVocationalFachkraft(q: Qualification): boolean | null {
  if (q.level !== 'vocational') return false;
  if (q.germanAssessment === 'equivalent') return true;
  if (q.obtainedIn === 'DE') {
    if (q.trainingYears === undefined) return true;
    return q.trainingYears >= MIN_TRAINING_YEARS;
  }
  if (q.obtainedIn === 'abroad') return false;
  return null;
}

/** § 18g Abs. 1 S. 5 AufenthG: minimum length, in years, of a tertiary programme that counts as a degree for the Blue Card. */
export const TERTIARY_EQUIVALENT_MIN_YEARS = 3;

/**
 * § 18g Abs. 1 S. 5 AufenthG (in force with the first stage of the 2023 reform, REFORM_STAGE_1 = 18 November 2023):
 * for the EU Blue Card a tertiary education programme that is equivalent to a university degree, requires at least
 * three years of study and is assigned to at least ISCED 2011 level 6 or EQF level 6 counts like a degree. It does
 * not make the person a Fachkraft mit akademischer Ausbildung for § 18b (see isAcademicFachkraft).
 *
 * true: such a programme of at least 3 years on a date the sentence is in force; false: not claimed
 * (tertiaryEquivalent absent or false), shorter than 3 years, or before the sentence was in force; null: claimed,
 * but its length (trainingYears) is not given.
 */
export function isTertiaryEquivalent(q: Qualification, date: string): boolean | null {
  if (q.tertiaryEquivalent !== true || q.level === 'none') return false;
  if (!reformStageInForce(1, date)) return false;
  if (q.trainingYears === undefined) return null;
  return q.trainingYears >= TERTIARY_EQUIVALENT_MIN_YEARS;
}

/** The first day § 18g Abs. 1 S. 5 AufenthG applies (dated data of parameters/reform2023.ts). */
export const TERTIARY_EQUIVALENT_FROM = REFORM_STAGE_1;

/** Fachkraft under § 18 Abs. 3 AufenthG, either kind. */
export function isFachkraft(q: Qualification): boolean | null {
  const a = isAcademicFachkraft(q);
  const v = isVocationalFachkraft(q);
  if (a === true || v === true) return true;
  if (a === null || v === null) return null;
  return false;
}

/**
 * The "state-recognised qualification" test of § 6 Abs. 2 BeschV, § 16d Abs. 3 and § 20a Abs. 4 S. 3 AufenthG:
 * a foreign vocational qualification state-recognised where it was obtained with at least 2 years of training,
 * or a foreign degree state-recognised there, or a vocational qualification of a German chamber abroad (AHK).
 * A German qualification passes too (it is state-recognised by definition).
 */
export function hasStateRecognisedQualification(q: Qualification): boolean | null {
  if (q.ahk === true) return true;
  if (q.level === 'none') return false;
  if (q.obtainedIn === 'DE') return q.level === 'academic' || q.trainingYears === undefined || q.trainingYears >= MIN_TRAINING_YEARS;
  if (q.stateRecognisedAbroad === false) return false;
  if (q.level === 'academic') return q.stateRecognisedAbroad === true ? true : null;
  // vocational
  if (q.trainingYears !== undefined && q.trainingYears < MIN_TRAINING_YEARS) return false;
  if (q.stateRecognisedAbroad === true && q.trainingYears !== undefined) return true;
  return null;
}

const ASSESSMENT_DE: Record<Qualification['germanAssessment'], string> = {
  none: 'ohne deutsche Bewertung',
  comparable: 'in Deutschland als vergleichbar bewertet',
  equivalent: 'in Deutschland als gleichwertig anerkannt',
  partial: 'in Deutschland teilweise anerkannt (Ausgleichsmaßnahmen nötig)',
};
const ASSESSMENT_EN: Record<Qualification['germanAssessment'], string> = {
  none: 'not assessed in Germany',
  comparable: 'assessed as comparable in Germany',
  equivalent: 'recognised as equivalent in Germany',
  partial: 'partially recognised in Germany (compensation measures needed)',
};

/** A short description of the qualification for condition texts, e.g. "Hochschulabschluss aus dem Ausland, in Deutschland als vergleichbar bewertet". */
export function describeQualification(q: Qualification): Text {
  if (q.level === 'none') {
    return q.ahk ? { de: 'Abschluss einer deutschen Auslandshandelskammer (AHK)', en: 'Qualification from a German chamber of commerce abroad (AHK)' } : { de: 'Kein formaler Abschluss', en: 'No formal qualification' };
  }
  const kindDe = q.level === 'academic' ? 'Hochschulabschluss' : 'Berufsausbildung';
  const kindEn = q.level === 'academic' ? 'University degree' : 'Vocational qualification';
  if (q.obtainedIn === 'DE') return { de: `${kindDe} aus Deutschland`, en: `${kindEn} from Germany` };
  const whereDe = q.obtainedIn === 'abroad' ? ' aus dem Ausland' : '';
  const whereEn = q.obtainedIn === 'abroad' ? ' from abroad' : '';
  return {
    de: `${kindDe}${whereDe}, ${ASSESSMENT_DE[q.germanAssessment]}`,
    en: `${kindEn}${whereEn}, ${ASSESSMENT_EN[q.germanAssessment]}`,
  };
}
