// Chancenkarte (opportunity card), § 20a AufenthG, from 1 June 2024:
// Abs. 3 Nr. 1 for skilled workers, Abs. 3 Nr. 2 with § 20b and its Anlage by points.

import type { Condition, Hint, RouteAssessment, Text } from '../types.ts';
import type { Facts } from '../route.ts';
import { assessment, condition } from '../route.ts';
import { valueAt } from '../parameters/parameter.ts';
import type { PointsCriterion, PointsRow, PointsTable } from '../parameters/chancenkarte.ts';
import { chancenkarteEntryLanguage, chancenkarteMonthlyMeans, chancenkartePoints } from '../parameters/chancenkarte.ts';
import { REFORM_STAGE_3, reformStageInForce } from '../parameters/reform2023.ts';
import { blueCardShortageGroups, iscoIn } from '../parameters/occupations.ts';
import { englishLevel, germanLevel } from '../language.ts';
import { cefrAtLeast, inForceCondition } from '../requirements.ts';
import { describeQualification, hasStateRecognisedQualification, isFachkraft } from '../qualification.ts';
import type { ExperienceResult } from '../experience.ts';
import { experienceOn } from '../experience.ts';
import { ageOn, yearOf } from '../dates.ts';
import { dateDe, dateEn, eurDe, eurEn } from '../format.ts';
import { lastConfirmedValue } from '../lastKnown.ts';

const REF_MEANS = '§ 20a Abs. 4 S. 1 AufenthG';
const REF_POINTS = '§ 20a Abs. 3 Nr. 2 AufenthG i. V. m. § 20b Abs. 1 S. 1 AufenthG';

// ---------------------------------------------------------------------------------------------
// Conditions shared by both Chancenkarte routes

function notYetInForce(): { condition: Condition; hint: Hint } {
  return {
    condition: inForceCondition(false, REFORM_STAGE_3, '§ 20a AufenthG', { de: 'Die Chancenkarte', en: 'The Chancenkarte' }),
    hint: {
      conditionId: 'in_force',
      kind: 'deadline',
      date: REFORM_STAGE_3,
      text: { de: `Ein Antrag ist ab dem ${dateDe(REFORM_STAGE_3)} möglich.`, en: `An application is possible from ${dateEn(REFORM_STAGE_3)}.` },
    },
  };
}

/** § 20a Abs. 4 S. 1: secured means, net per month; an unconfirmed year's figure leaves the condition unknown. */
export function chancenkarteMeans(facts: Facts, date: string): { condition: Condition; hint?: Hint } {
  const year = yearOf(date);
  const v = valueAt(chancenkarteMonthlyMeans, date);
  const have = facts.means?.monthlyNetEur;
  if (v === undefined || v.value === null) {
    const last = lastConfirmedValue(chancenkarteMonthlyMeans, date, (x) => x !== null);
    const lastDe = last ? ` (${yearOf(last.validFrom)}: ${eurDe(last.value!)} netto im Monat)` : '';
    const lastEn = last ? ` (${yearOf(last.validFrom)}: ${eurEn(last.value!)} net a month)` : '';
    const haveDe = have === undefined ? '' : ` Angegeben sind ${eurDe(have)} netto im Monat.`;
    const haveEn = have === undefined ? '' : ` Stated: ${eurEn(have)} net a month.`;
    return {
      condition: condition(
        'means',
        null,
        {
          de: `Der für ${year} nachzuweisende Lebensunterhalt ist nicht bestätigt${lastDe}; bitte den aktuellen Betrag bei der Auslandsvertretung erfragen.${haveDe}`,
          en: `The means of subsistence required for ${year} are not confirmed${lastEn}; please ask the mission for the current figure.${haveEn}`,
        },
        REF_MEANS,
        { unconfirmed: true },
      ),
    };
  }
  const need = v.value;
  const hint: Hint = {
    conditionId: 'means',
    kind: 'means',
    target: need,
    text: {
      de: `Nachzuweisen sind ${eurDe(need)} netto im Monat (${year}), zum Beispiel ${eurDe(need * 12)} auf einem Sperrkonto für ein Jahr.`,
      en: `${eurEn(need)} net a month must be proven (${year}), for example ${eurEn(need * 12)} in a blocked account for one year.`,
    },
  };
  if (have === undefined) {
    return {
      condition: condition(
        'means',
        null,
        {
          de: `Nicht angegeben, wie der Lebensunterhalt gesichert ist; nötig sind ${eurDe(need)} netto im Monat (${year}), etwa über ein Sperrkonto, eine Verpflichtungserklärung oder einen Nebenjob.`,
          en: `Not stated how the means of subsistence are secured; ${eurEn(need)} net a month are required (${year}), e.g. a blocked account, a formal obligation or a part-time job.`,
        },
        REF_MEANS,
        { unconfirmed: v.unconfirmed === true },
      ),
      hint,
    };
  }
  const ok = have >= need;
  return {
    condition: condition(
      'means',
      ok,
      ok
        ? {
            de: `Gesicherte Mittel von ${eurDe(have)} netto im Monat erreichen den Betrag von ${eurDe(need)} für ${year}.`,
            en: `Secured means of ${eurEn(have)} net a month reach the ${year} figure of ${eurEn(need)}.`,
          }
        : {
            de: `Gesicherte Mittel von ${eurDe(have)} netto im Monat liegen ${eurDe(need - have)} unter dem Betrag von ${eurDe(need)} für ${year}.`,
            en: `Secured means of ${eurEn(have)} net a month are ${eurEn(need - have)} below the ${year} figure of ${eurEn(need)}.`,
          },
      REF_MEANS,
      { unconfirmed: v.unconfirmed === true },
    ),
    hint: ok ? undefined : hint,
  };
}

// ---------------------------------------------------------------------------------------------
// § 20a Abs. 3 Nr. 1: skilled workers

/** § 20a Abs. 3 Nr. 1 AufenthG: a Fachkraft (§ 18 Abs. 3) with secured means; no language, no job offer, "kann". */
export function chancenkarteFachkraft(facts: Facts, date: string): RouteAssessment {
  const conditions: Condition[] = [];
  const hints: Hint[] = [];
  const draft = {
    id: '20a-skilled' as const,
    title: { de: 'Chancenkarte für Fachkräfte', en: 'Chancenkarte for skilled workers' },
    ref: '§ 20a Abs. 3 Nr. 1 AufenthG',
    baApproval: 'not_required' as const,
    priorityCheck: false,
    discretionary: true,
    salaryThresholdEur: null,
    conditions,
    hints,
  };
  if (!reformStageInForce(3, date)) {
    const f = notYetInForce();
    conditions.push(f.condition);
    hints.push(f.hint);
    return assessment(draft);
  }
  const q = facts.qualification;
  const fk = isFachkraft(q);
  const d = describeQualification(q);
  conditions.push(
    condition(
      'fachkraft',
      fk,
      fk === true
        ? {
            de: `Qualifikation: ${d.de}. Die Person ist damit Fachkraft; Punkte und Sprachnachweise sind nicht nötig.`,
            en: `Qualification: ${d.en}. The person is therefore a skilled worker; no points and no language certificate are needed.`,
          }
        : fk === false
          ? {
              de: `Qualifikation: ${d.de}. Fachkraft ist, wer einen deutschen oder einen in Deutschland anerkannten oder vergleichbaren Abschluss hat; das ist hier nicht der Fall.`,
              en: `Qualification: ${d.en}. A skilled worker holds a German qualification or one recognised as equivalent or comparable in Germany; this is not the case here.`,
            }
          : {
              de: `Qualifikation: ${d.de}. Ob die Person damit Fachkraft ist, geht aus den Angaben nicht hervor; nötig ist ein deutscher oder ein in Deutschland anerkannter oder vergleichbarer Abschluss.`,
              en: `Qualification: ${d.en}. The facts do not show whether the person is a skilled worker; a German qualification or one recognised as equivalent or comparable in Germany is required.`,
            },
      '§ 20a Abs. 3 Nr. 1 AufenthG i. V. m. § 18 Abs. 3 AufenthG',
    ),
  );
  const m = chancenkarteMeans(facts, date);
  conditions.push(m.condition);
  if (m.hint) hints.push(m.hint);
  return assessment(draft);
}

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

const yn = (b: boolean): CriterionStatus => (b ? 'yes' : 'no');
const tri = (b: boolean | null): CriterionStatus => (b === null ? 'unknown' : yn(b));

/** The experience rows (Nr. 6, Nr. 7) on `date`, evaluated once and shared by the statuses and the hints. */
interface PointsExperience {
  experienceLong: ExperienceResult;
  experienceShort: ExperienceResult;
}

function pointsExperience(facts: Facts, date: string, t: PointsTable): PointsExperience {
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

function criterionStatuses(facts: Facts, date: string, t: PointsTable, xp = pointsExperience(facts, date, t)): Record<PointsCriterion, CriterionStatus> {
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
function shortageStatus(facts: Facts, date: string): CriterionStatus {
  const groups = valueAt(blueCardShortageGroups, date)?.value ?? [];
  if (facts.job && iscoIn(facts.job.isco, groups)) return 'yes';
  if (facts.experience.some((e) => e.relatedToQualification === true && iscoIn(e.isco, groups))) return 'yes';
  if (facts.experience.some((e) => e.relatedToQualification === undefined && iscoIn(e.isco, groups))) return 'unknown';
  return 'no';
}

/** The rows that score when each row counts if `counts` its status; a row is excluded when one of its `excludedBy` rows scores. */
function scoredRows(t: PointsTable, statuses: Record<PointsCriterion, CriterionStatus>, counts: (s: CriterionStatus) => boolean): PointsRow[] {
  const scored: PointsRow[] = [];
  for (const row of t.rows) {
    if (!counts(statuses[row.criterion])) continue;
    if (row.excludedBy.some((c) => scored.some((r) => r.criterion === c))) continue;
    scored.push(row);
  }
  return scored;
}

const isYes = (s: CriterionStatus): boolean => s === 'yes';
const isNotNo = (s: CriterionStatus): boolean => s !== 'no';
const sumPoints = (rows: readonly PointsRow[]): number => rows.reduce((a, r) => a + r.points, 0);

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
function surePointsWith(t: PointsTable, statuses: Record<PointsCriterion, CriterionStatus>, override: Partial<Record<PointsCriterion, CriterionStatus>>): number {
  return sumPoints(scoredRows(t, { ...statuses, ...override }, isYes));
}

function rowLabel(row: PointsRow, t: PointsTable): Text {
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

function listRows(rows: readonly PointsRow[], t: PointsTable, lang: 'de' | 'en'): string {
  if (rows.length === 0) return lang === 'de' ? 'keine' : 'none';
  return rows.map((r) => `${rowLabel(r, t)[lang]} (${r.points})`).join(', ');
}

/** The single changes of one fact that would lift the sure score to the minimum. */
function pointsHints(
  facts: Facts,
  date: string,
  t: PointsTable,
  statuses: Record<PointsCriterion, CriterionStatus>,
  score: PointsScore,
  xp: PointsExperience,
): Hint[] {
  const hints: Hint[] = [];
  const missing = t.minimum - score.sure;
  hints.push({
    conditionId: 'points',
    kind: 'points',
    target: t.minimum,
    text: {
      de: `${score.sure} von mindestens ${t.minimum} Punkten; es ${missing === 1 ? 'fehlt 1 Punkt' : `fehlen ${missing} Punkte`}.`,
      en: `${score.sure} of at least ${t.minimum} points; ${missing} ${missing === 1 ? 'point is' : 'points are'} missing.`,
    },
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
        text: { de: `Mit Deutsch ${level} wären die ${t.minimum} Punkte erreicht.`, en: `German ${level} would reach the ${t.minimum} points.` },
      });
      break;
    }
  }
  if (statuses.englishC1 !== 'yes' && surePointsWith(t, statuses, { englishC1: 'yes' }) >= t.minimum) {
    hints.push({
      conditionId: 'points',
      kind: 'language',
      target: t.english,
      text: { de: `Mit Englisch ${t.english} wären die ${t.minimum} Punkte erreicht.`, en: `English ${t.english} would reach the ${t.minimum} points.` },
    });
  }
  if (statuses.partialRecognition !== 'yes' && surePointsWith(t, statuses, { partialRecognition: 'yes' }) >= t.minimum) {
    hints.push({
      conditionId: 'points',
      kind: 'other',
      text: {
        de: `Ein Bescheid einer deutschen Anerkennungsstelle über eine Teilanerkennung (Defizitbescheid) brächte 4 Punkte und damit die ${t.minimum} Punkte.`,
        en: `A partial recognition notice from a German recognition body would add 4 points and reach the ${t.minimum} points.`,
      },
    });
  }
  // experience: the day a current related job completes the years, if the score then reaches the minimum
  for (const [criterion, spec] of [
    ['experienceShort', t.experienceShort],
    ['experienceLong', t.experienceLong],
  ] as const) {
    if (statuses[criterion] === 'yes') continue;
    const r = xp[criterion]; // experienceOn on `date` with this row's years and window
    if (r.reachedOn === null) continue;
    const later = { ...facts, experience: facts.experience.map((e) => (e.to === date ? { ...e, to: r.reachedOn! } : e)) };
    const laterStatuses = criterionStatuses(later, r.reachedOn, t);
    if (scorePoints(t, laterStatuses).sure >= t.minimum) {
      hints.push({
        conditionId: 'points',
        kind: 'experience',
        date: r.reachedOn,
        target: spec.years * 12,
        text: {
          de: `Läuft die jetzige Beschäftigung weiter, sind am ${dateDe(r.reachedOn)} ${spec.years} Jahre Berufserfahrung erreicht und damit ${t.minimum} Punkte.`,
          en: `If the current job continues, ${spec.years} years of experience are reached on ${dateEn(r.reachedOn)}, and with them ${t.minimum} points.`,
        },
      });
      break;
    }
  }
  if (statuses.partner !== 'yes' && surePointsWith(t, statuses, { partner: 'yes' }) >= t.minimum) {
    hints.push({
      conditionId: 'points',
      kind: 'other',
      text: {
        de: `Beantragt auch der Ehe- oder Lebenspartner die Chancenkarte und erfüllt deren Voraussetzungen, wären die ${t.minimum} Punkte erreicht.`,
        en: `If the spouse or partner also applies for and qualifies for a Chancenkarte, the ${t.minimum} points would be reached.`,
      },
    });
  }
  if (statuses.shortageOccupation !== 'yes' && surePointsWith(t, statuses, { shortageOccupation: 'yes' }) >= t.minimum) {
    hints.push({
      conditionId: 'points',
      kind: 'other',
      text: {
        de: `Mit einer Qualifikation in einem Engpassberuf wären die ${t.minimum} Punkte erreicht.`,
        en: `A qualification in a shortage occupation would reach the ${t.minimum} points.`,
      },
    });
  }
  return hints;
}

/**
 * § 20a Abs. 3 Nr. 2 AufenthG with § 20b and the Anlage: at least 6 points, a state-recognised qualification
 * (not needed with the partial-recognition points, § 20b Abs. 1 S. 2), German A1 or English B2, secured means; "kann".
 * Not modelled: § 20a Abs. 4 S. 2 (applicants already in Germany need a title of Abschnitt 3 or 4).
 */
export function chancenkartePunkte(facts: Facts, date: string): RouteAssessment {
  const conditions: Condition[] = [];
  const hints: Hint[] = [];
  const draft: Parameters<typeof assessment>[0] = {
    id: '20a-points',
    title: { de: 'Chancenkarte (Punkte)', en: 'Chancenkarte (points)' },
    ref: '§ 20a Abs. 3 Nr. 2 AufenthG',
    baApproval: 'not_required',
    priorityCheck: false,
    discretionary: true,
    salaryThresholdEur: null,
    conditions,
    hints,
  };
  if (!reformStageInForce(3, date)) {
    const f = notYetInForce();
    conditions.push(f.condition);
    hints.push(f.hint);
    return assessment(draft);
  }
  const tableValue = valueAt(chancenkartePoints, date);
  const language = valueAt(chancenkarteEntryLanguage, date);
  if (!tableValue || !language) throw new RangeError(`Chancenkarte points table not modelled on ${date}`);
  const t = tableValue.value;
  const xp = pointsExperience(facts, date, t);
  const statuses = criterionStatuses(facts, date, t, xp);
  const score = scorePoints(t, statuses);
  draft.points = score.sure;

  // § 20a Abs. 4 S. 3 Nr. 1, waived by the partial-recognition points (§ 20b Abs. 1 S. 2)
  const q = facts.qualification;
  if (statuses.partialRecognition === 'yes') {
    conditions.push(
      condition(
        'qualification',
        true,
        {
          de: 'Wegen der Punkte für die Teilanerkennung ist kein Nachweis der staatlichen Anerkennung im Ausland nötig.',
          en: 'Because of the points for partial recognition, no proof of state recognition abroad is needed.',
        },
        '§ 20b Abs. 1 S. 2 AufenthG',
      ),
    );
  } else {
    const ok = hasStateRecognisedQualification(q);
    const d = describeQualification(q);
    conditions.push(
      condition(
        'qualification',
        ok,
        ok === true
          ? {
              de: `Qualifikation: ${d.de}. Sie ist im Herkunftsstaat staatlich anerkannt (Hochschulabschluss, mindestens 2-jährige Berufsausbildung oder AHK-Abschluss).`,
              en: `Qualification: ${d.en}. It is state-recognised where it was obtained (a degree, at least 2 years of vocational training, or an AHK qualification).`,
            }
          : ok === false
            ? {
                de: `Qualifikation: ${d.de}. Nötig ist ein im Herkunftsstaat staatlich anerkannter Hochschulabschluss, eine dort staatlich anerkannte Berufsausbildung von mindestens 2 Jahren oder ein AHK-Abschluss; das ist hier nicht gegeben.`,
                en: `Qualification: ${d.en}. A degree or a vocational qualification of at least 2 years state-recognised where it was obtained, or an AHK qualification, is required; this is not the case here.`,
              }
            : {
                de: `Nötig ist ein im Herkunftsstaat staatlich anerkannter Hochschulabschluss, eine dort staatlich anerkannte Berufsausbildung von mindestens 2 Jahren oder ein AHK-Abschluss; die Angaben reichen nicht, um das zu prüfen.`,
                en: `A degree or a vocational qualification of at least 2 years state-recognised where it was obtained, or an AHK qualification, is required; the facts do not suffice to check this.`,
              },
        '§ 20a Abs. 4 S. 3 Nr. 1 AufenthG',
      ),
    );
  }

  // § 20a Abs. 4 S. 3 Nr. 2: German A1 or English B2
  const p = facts.person;
  const langOk = cefrAtLeast(p.german, language.value.german) || cefrAtLeast(p.english, language.value.english);
  const g = germanLevel(p.german);
  const e = englishLevel(p.english);
  conditions.push(
    condition(
      'language',
      langOk,
      langOk
        ? {
            de: `Angegeben: ${g.de}, ${e.de}; damit ist der Sprachnachweis (Deutsch ${language.value.german} oder Englisch ${language.value.english}) erbracht.`,
            en: `Stated: ${g.en}, ${e.en}; this meets the language requirement (German ${language.value.german} or English ${language.value.english}).`,
          }
        : {
            de: `Nötig ist Deutsch ${language.value.german} oder Englisch ${language.value.english}; angegeben: ${g.de}, ${e.de}.`,
            en: `German ${language.value.german} or English ${language.value.english} is required; stated: ${g.en}, ${e.en}.`,
          },
      '§ 20a Abs. 4 S. 3 Nr. 2 AufenthG',
    ),
  );
  if (!langOk) {
    hints.push({
      conditionId: 'language',
      kind: 'language',
      target: language.value.german,
      text: {
        de: `Ein Deutschzertifikat ${language.value.german} (oder Englisch ${language.value.english}) würde den Sprachnachweis erbringen.`,
        en: `A German certificate at ${language.value.german} (or English at ${language.value.english}) would meet the language requirement.`,
      },
    });
  }

  // § 20b with the Anlage: the points
  const met: boolean | null = score.sure >= t.minimum ? true : score.possible >= t.minimum ? null : false;
  const restsOnInferred = score.scored.some((r) => r.unconfirmed) || (met === null && score.open.some((r) => r.unconfirmed));
  const scoredDe = listRows(score.scored, t, 'de');
  const scoredEn = listRows(score.scored, t, 'en');
  const text: Text =
    met === true
      ? {
          de: `${score.sure} Punkte (mindestens ${t.minimum} nötig): ${scoredDe}.`,
          en: `${score.sure} points (at least ${t.minimum} required): ${scoredEn}.`,
        }
      : met === false
        ? {
            de: `Nur ${score.sure} Punkte, mindestens ${t.minimum} sind nötig (${scoredDe}).`,
            en: `Only ${score.sure} points; at least ${t.minimum} are required (${scoredEn}).`,
          }
        : {
            de: `Sicher sind ${score.sure} Punkte (${scoredDe}); mindestens ${t.minimum} sind nötig. Es hängt an fehlenden Angaben zu: ${listRows(score.open, t, 'de')}.`,
            en: `${score.sure} points are certain (${scoredEn}); at least ${t.minimum} are required. It depends on missing facts about: ${listRows(score.open, t, 'en')}.`,
          };
  conditions.push(condition('points', met, text, REF_POINTS, { unconfirmed: restsOnInferred }));
  if (met !== true) hints.push(...pointsHints(facts, date, t, statuses, score, xp));

  const m = chancenkarteMeans(facts, date);
  conditions.push(m.condition);
  if (m.hint) hints.push(m.hint);
  return assessment(draft);
}
