// Chancenkarte by points (§ 20b AufenthG and the Anlage zu § 20a Abs. 3 Nr. 2): the status of each Merkmal,
// the score, and the hints on how to reach the minimum. The route function is ./chancenkartePoints.ts.

import type { Text } from '../types.ts';
import type { DecidedHint, Lang } from '../decision.ts';
import type { Facts } from '../route.ts';
import { valueAt } from '../parameters/parameter.ts';
import type { PointsCriterion, PointsRow, PointsTable } from '../parameters/chancenkarte.ts';
import { blueCardShortageGroups, iscoIn } from '../parameters/occupations.ts';
import { cefrAtLeast } from '../requirements.ts';
import type { ExperienceResult } from '../experience.ts';
import { experienceOn } from '../experience.ts';
import { ageOn } from '../dates.ts';
import { dateDe, dateEn } from '../format.ts';
import { waitUntil } from '../change.ts';

// ---------------------------------------------------------------------------------------------
// § 20a Abs. 3 Nr. 2 with § 20b: points

/** yes: the Merkmal is met; no: not met; unknown: depends on a fact that was not given */
export type CriterionStatus = 'yes' | 'no' | 'unknown';

export interface PointsScore {
  /** points that surely count */
  sure: number;
  /** points if every unknown fact turned out in the person's favour */
  possible: number;
  /** rows scored on the sure count */
  scored: readonly PointsRow[];
  /** rows that would score only if an unknown fact is in the person's favour */
  open: readonly PointsRow[];
}

export const yn = (b: boolean): CriterionStatus => (b ? 'yes' : 'no');
export const tri = (b: boolean | null): CriterionStatus => (b === null ? 'unknown' : yn(b));

/** The experience rows (Nr. 6, Nr. 7) on `date`, evaluated once and shared by the statuses and the hints. */
export interface PointsExperience {
  experienceLong: ExperienceResult;
  experienceShort: ExperienceResult;
}

export function pointsExperience(facts: Facts, date: string, t: PointsTable): PointsExperience {
  const after = facts.qualification.awardedOn ?? null;
  return {
    experienceLong: experienceOn(facts.experience, date, {
      years: t.experienceLong.years,
      withinYears: t.experienceLong.windowYears,
      relatedToQualification: true,
      afterQualification: after,
    }),
    experienceShort: experienceOn(facts.experience, date, {
      years: t.experienceShort.years,
      withinYears: t.experienceShort.windowYears,
      relatedToQualification: true,
      afterQualification: after,
    }),
  };
}

export function criterionStatuses(facts: Facts, date: string, t: PointsTable, xp = pointsExperience(facts, date, t)): Record<PointsCriterion, CriterionStatus> {
  const p = facts.person;
  const q = facts.qualification;
  const age = ageOn(p.birthDate, date);
  const stay = p.lawfulStayMonthsLast5Years;
  const partner = facts.chancenkarte?.partnerApplies;
  return {
    partialRecognition: yn(q.germanAssessment === 'partial'),
    germanGood: yn(cefrAtLeast(p.german, t.german.good)),
    germanSufficient: yn(cefrAtLeast(p.german, t.german.sufficient)),
    germanBasic: yn(cefrAtLeast(p.german, t.german.basic)),
    englishC1: yn(cefrAtLeast(p.english, t.english)),
    experienceLong: tri(xp.experienceLong.met),
    experienceShort: tri(xp.experienceShort.met),
    shortageOccupation: shortageStatus(facts, date),
    ageYoung: yn(age < t.age.young),
    ageMiddle: yn(age >= t.age.young && age < t.age.middle),
    priorStay: stay === undefined ? 'unknown' : yn(stay >= t.priorStay.months),
    partner: partner === undefined ? 'unknown' : yn(partner),
  };
}

/**
 * Nr. 8 (UNCONFIRMED which list): the occupation of the qualification, read from the job offer's ISCO group or
 * from experience marked as related to the qualification, in the § 18g Abs. 1 S. 2 Nr. 1 groups.
 */
export function shortageStatus(facts: Facts, date: string): CriterionStatus {
  const groups = valueAt(blueCardShortageGroups, date)?.value ?? [];
  if (facts.job && iscoIn(facts.job.isco, groups)) return 'yes';
  if (facts.experience.some((e) => e.relatedToQualification === true && iscoIn(e.isco, groups))) return 'yes';
  if (facts.experience.some((e) => e.relatedToQualification === undefined && iscoIn(e.isco, groups))) return 'unknown';
  return 'no';
}

/** The rows that score when each row counts if `counts` its status; a row is excluded when one of its `excludedBy` rows scores. */
export function scoredRows(t: PointsTable, statuses: Record<PointsCriterion, CriterionStatus>, counts: (s: CriterionStatus) => boolean): PointsRow[] {
  const scored: PointsRow[] = [];
  for (const row of t.rows) {
    if (!counts(statuses[row.criterion])) continue;
    if (row.excludedBy.some((c) => scored.some((r) => r.criterion === c))) continue;
    scored.push(row);
  }
  return scored;
}

export const isYes = (s: CriterionStatus): boolean => s === 'yes';
export const isNotNo = (s: CriterionStatus): boolean => s !== 'no';
export const sumPoints = (rows: readonly PointsRow[]): number => rows.reduce((a, r) => a + r.points, 0);

/** Score the table for the statuses; a row is excluded when one of its `excludedBy` rows scores. */
export function scorePoints(t: PointsTable, statuses: Record<PointsCriterion, CriterionStatus>): PointsScore {
  const sure = scoredRows(t, statuses, isYes);
  const possible = scoredRows(t, statuses, isNotNo);
  return {
    sure: sumPoints(sure),
    possible: sumPoints(possible),
    scored: sure,
    open: possible.filter((r) => !sure.includes(r)),
  };
}

/** The sure points with the statuses changed as in `override`. */
export function surePointsWith(
  t: PointsTable,
  statuses: Record<PointsCriterion, CriterionStatus>,
  override: Partial<Record<PointsCriterion, CriterionStatus>>,
): number {
  return sumPoints(scoredRows(t, { ...statuses, ...override }, isYes));
}

export function rowLabel(row: PointsRow, t: PointsTable): Text {
  switch (row.criterion) {
    case 'partialRecognition':
      return { de: 'Teilanerkennung (Defizitbescheid)', en: 'partial recognition notice' };
    case 'germanGood':
      return { de: `Deutsch ${t.german.good}`, en: `German ${t.german.good}` };
    case 'germanSufficient':
      return { de: `Deutsch ${t.german.sufficient}`, en: `German ${t.german.sufficient}` };
    case 'germanBasic':
      return { de: `Deutsch ${t.german.basic}`, en: `German ${t.german.basic}` };
    case 'englishC1':
      return { de: `Englisch ${t.english}`, en: `English ${t.english}` };
    case 'experienceLong':
      return {
        de: `${t.experienceLong.years} Jahre Berufserfahrung in den letzten ${t.experienceLong.windowYears} Jahren`,
        en: `${t.experienceLong.years} years of experience in the last ${t.experienceLong.windowYears}`,
      };
    case 'experienceShort':
      return {
        de: `${t.experienceShort.years} Jahre Berufserfahrung in den letzten ${t.experienceShort.windowYears} Jahren`,
        en: `${t.experienceShort.years} years of experience in the last ${t.experienceShort.windowYears}`,
      };
    case 'shortageOccupation':
      return { de: 'Engpassberuf', en: 'shortage occupation' };
    case 'ageYoung':
      return { de: `Alter unter ${t.age.young}`, en: `age under ${t.age.young}` };
    case 'ageMiddle':
      return { de: `Alter ${t.age.young} bis ${t.age.middle - 1}`, en: `age ${t.age.young} to ${t.age.middle - 1}` };
    case 'priorStay':
      return {
        de: `Voraufenthalt von mindestens ${t.priorStay.months} Monaten in den letzten ${t.priorStay.windowYears} Jahren`,
        en: `lawful stay of at least ${t.priorStay.months} months in the last ${t.priorStay.windowYears} years`,
      };
    case 'partner':
      return { de: 'Ehe- oder Lebenspartner beantragt ebenfalls', en: 'spouse or partner applies too' };
  }
}

export function listRows(rows: readonly PointsRow[], t: PointsTable, lang: 'de' | 'en'): string {
  if (rows.length === 0) return lang === 'de' ? 'keine' : 'none';
  return rows.map((r) => `${rowLabel(r, t)[lang]} (${r.points})`).join(', ');
}

/** The single changes of one fact that would lift the sure score to the minimum. */
export function pointsHints(
  facts: Facts,
  date: string,
  t: PointsTable,
  statuses: Record<PointsCriterion, CriterionStatus>,
  score: PointsScore,
  xp: PointsExperience,
): DecidedHint[] {
  const hints: DecidedHint[] = [];
  const missing = t.minimum - score.sure;
  hints.push({
    conditionId: 'points',
    kind: 'points',
    target: t.minimum,
    say: (lang: Lang): string =>
      lang === 'de'
        ? `${score.sure} von mindestens ${t.minimum} Punkten; es ${missing === 1 ? 'fehlt 1 Punkt' : `fehlen ${missing} Punkte`}.`
        : `${score.sure} of at least ${t.minimum} points; ${missing} ${missing === 1 ? 'point is' : 'points are'} missing.`,
  });

  // German: the lowest level that reaches the minimum
  const germanSteps: Array<[PointsCriterion, string]> = [
    ['germanBasic', t.german.basic],
    ['germanSufficient', t.german.sufficient],
    ['germanGood', t.german.good],
  ];
  for (const [criterion, level] of germanSteps) {
    if (statuses[criterion] === 'yes') continue;
    if (surePointsWith(t, statuses, { [criterion]: 'yes' }) >= t.minimum) {
      hints.push({
        conditionId: 'points',
        kind: 'language',
        target: level,
        change: [{ field: 'person.german', value: level }],
        say: (lang: Lang): string =>
          lang === 'de' ? `Mit Deutsch ${level} wären die ${t.minimum} Punkte erreicht.` : `German ${level} would reach the ${t.minimum} points.`,
      });
      break;
    }
  }
  if (statuses.englishC1 !== 'yes' && surePointsWith(t, statuses, { englishC1: 'yes' }) >= t.minimum) {
    hints.push({
      conditionId: 'points',
      kind: 'language',
      target: t.english,
      change: [{ field: 'person.english', value: t.english }],
      say: (lang: Lang): string =>
        lang === 'de' ? `Mit Englisch ${t.english} wären die ${t.minimum} Punkte erreicht.` : `English ${t.english} would reach the ${t.minimum} points.`,
    });
  }
  if (statuses.partialRecognition !== 'yes' && surePointsWith(t, statuses, { partialRecognition: 'yes' }) >= t.minimum) {
    hints.push({
      conditionId: 'points',
      kind: 'other',
      change: [{ field: 'qualification.germanAssessment', value: 'partial' }],
      say: (lang: Lang): string =>
        lang === 'de'
          ? `Ein Bescheid einer deutschen Anerkennungsstelle über eine Teilanerkennung (Defizitbescheid) brächte 4 Punkte und damit die ${t.minimum} Punkte.`
          : `A partial recognition notice from a German recognition body would add 4 points and reach the ${t.minimum} points.`,
    });
  }
  // experience: the day a current related job completes the years, if the score then reaches the minimum
  for (const [criterion, spec] of [
    ['experienceShort', t.experienceShort],
    ['experienceLong', t.experienceLong],
  ] as const) {
    if (statuses[criterion] === 'yes') continue;
    const r = xp[criterion]; // experienceOn on `date` with this row's years and window
    const reachedOn = r.reachedOn;
    if (reachedOn === null) continue;
    const later = { ...facts, experience: facts.experience.map((e) => (e.to === date ? { ...e, to: reachedOn } : e)) };
    const laterStatuses = criterionStatuses(later, reachedOn, t);
    if (scorePoints(t, laterStatuses).sure >= t.minimum) {
      hints.push({
        conditionId: 'points',
        kind: 'experience',
        date: reachedOn,
        target: spec.years * 12,
        change: waitUntil(facts, reachedOn),
        say: (lang: Lang): string =>
          lang === 'de'
            ? `Läuft die jetzige Beschäftigung weiter, sind am ${dateDe(reachedOn)} ${spec.years} Jahre Berufserfahrung erreicht und damit ${t.minimum} Punkte.`
            : `If the current job continues, ${spec.years} years of experience are reached on ${dateEn(reachedOn)}, and with them ${t.minimum} points.`,
      });
      break;
    }
  }
  if (statuses.partner !== 'yes' && surePointsWith(t, statuses, { partner: 'yes' }) >= t.minimum) {
    hints.push({
      conditionId: 'points',
      kind: 'other',
      change: [{ field: 'chancenkarte.partnerApplies', value: true }],
      say: (lang: Lang): string =>
        lang === 'de'
          ? `Beantragt auch der Ehe- oder Lebenspartner die Chancenkarte und erfüllt deren Voraussetzungen, wären die ${t.minimum} Punkte erreicht.`
          : `If the spouse or partner also applies for and qualifies for a Chancenkarte, the ${t.minimum} points would be reached.`,
    });
  }
  if (statuses.shortageOccupation !== 'yes' && surePointsWith(t, statuses, { shortageOccupation: 'yes' }) >= t.minimum) {
    hints.push({
      conditionId: 'points',
      kind: 'other',
      say: (lang: Lang): string =>
        lang === 'de'
          ? `Mit einer Qualifikation in einem Engpassberuf wären die ${t.minimum} Punkte erreicht.`
          : `A qualification in a shortage occupation would reach the ${t.minimum} points.`,
    });
  }
  return hints;
}
