// Chancenkarte by points: § 20a Abs. 3 Nr. 2 AufenthG with § 20b and its Anlage (the points table is the
// parameter ../parameters/chancenkarte.ts); the shared conditions are in ./chancenkarteCommon.ts.

import type { DecidedCondition, DecidedHint, DecidedRoute, Lang } from '../decision.ts';
import type { Facts } from '../route.ts';
import { assessment, condition } from '../route.ts';
import { valueAt } from '../parameters/parameter.ts';
import { chancenkarteEntryLanguage, chancenkartePoints } from '../parameters/chancenkarte.ts';
import { reformStageInForce } from '../parameters/reform2023.ts';
import { englishLevel, germanLevel } from '../language.ts';
import { cefrAtLeast } from '../requirements.ts';
import { describeQualification, hasStateRecognisedQualification } from '../qualification.ts';
import { chancenkarteMeans, notYetInForce } from './chancenkarteCommon.ts';
import { pointsExperience, criterionStatuses, listRows, pointsHints, scorePoints } from './chancenkarteScore.ts';

export { scorePoints } from './chancenkarteScore.ts';
export type { CriterionStatus, PointsScore } from './chancenkarteScore.ts';

const REF_POINTS = '§ 20a Abs. 3 Nr. 2 AufenthG i. V. m. § 20b Abs. 1 S. 1 AufenthG';

/**
 * § 20a Abs. 3 Nr. 2 AufenthG with § 20b and the Anlage: at least 6 points, a state-recognised qualification
 * (not needed with the partial-recognition points, § 20b Abs. 1 S. 2), German A1 or English B2, secured means; "kann".
 * Not modelled: § 20a Abs. 4 S. 2 (applicants already in Germany need a title of Abschnitt 3 or 4).
 */
export function chancenkartePunkte(facts: Facts, date: string): DecidedRoute {
  const conditions: DecidedCondition[] = [];
  const hints: DecidedHint[] = [];
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
    const f = notYetInForce(facts);
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
        (lang: Lang): string =>
          lang === 'de'
            ? 'Wegen der Punkte für die Teilanerkennung ist kein Nachweis der staatlichen Anerkennung im Ausland nötig.'
            : 'Because of the points for partial recognition, no proof of state recognition abroad is needed.',
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
        (lang: Lang): string =>
          ok === true
            ? lang === 'de'
              ? `Qualifikation: ${d.de}. Sie ist im Herkunftsstaat staatlich anerkannt (Hochschulabschluss, mindestens 2-jährige Berufsausbildung oder AHK-Abschluss).`
              : `Qualification: ${d.en}. It is state-recognised where it was obtained (a degree, at least 2 years of vocational training, or an AHK qualification).`
            : ok === false
              ? lang === 'de'
                ? `Qualifikation: ${d.de}. Nötig ist ein im Herkunftsstaat staatlich anerkannter Hochschulabschluss, eine dort staatlich anerkannte Berufsausbildung von mindestens 2 Jahren oder ein AHK-Abschluss; das ist hier nicht gegeben.`
                : `Qualification: ${d.en}. A degree or a vocational qualification of at least 2 years state-recognised where it was obtained, or an AHK qualification, is required; this is not the case here.`
              : lang === 'de'
                ? `Nötig ist ein im Herkunftsstaat staatlich anerkannter Hochschulabschluss, eine dort staatlich anerkannte Berufsausbildung von mindestens 2 Jahren oder ein AHK-Abschluss; die Angaben reichen nicht, um das zu prüfen.`
                : `A degree or a vocational qualification of at least 2 years state-recognised where it was obtained, or an AHK qualification, is required; the facts do not suffice to check this.`,
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
      (lang: Lang): string =>
        langOk
          ? lang === 'de'
            ? `Angegeben: ${g.de}, ${e.de}; damit ist der Sprachnachweis (Deutsch ${language.value.german} oder Englisch ${language.value.english}) erbracht.`
            : `Stated: ${g.en}, ${e.en}; this meets the language requirement (German ${language.value.german} or English ${language.value.english}).`
          : lang === 'de'
            ? `Nötig ist Deutsch ${language.value.german} oder Englisch ${language.value.english}; angegeben: ${g.de}, ${e.de}.`
            : `German ${language.value.german} or English ${language.value.english} is required; stated: ${g.en}, ${e.en}.`,
      '§ 20a Abs. 4 S. 3 Nr. 2 AufenthG',
    ),
  );
  if (!langOk) {
    hints.push({
      conditionId: 'language',
      kind: 'language',
      target: language.value.german,
      change: [{ field: 'person.german', value: language.value.german }],
      say: (lang: Lang): string =>
        lang === 'de'
          ? `Ein Deutschzertifikat ${language.value.german} (oder Englisch ${language.value.english}) würde den Sprachnachweis erbringen.`
          : `A German certificate at ${language.value.german} (or English at ${language.value.english}) would meet the language requirement.`,
    });
  }

  // § 20b with the Anlage: the points
  const met: boolean | null = score.sure >= t.minimum ? true : score.possible >= t.minimum ? null : false;
  const restsOnInferred = score.scored.some((r) => r.unconfirmed) || (met === null && score.open.some((r) => r.unconfirmed));
  const say = (lang: Lang): string => {
    const scoredDe = listRows(score.scored, t, 'de');
    const scoredEn = listRows(score.scored, t, 'en');
    return met === true
      ? lang === 'de'
        ? `${score.sure} Punkte (mindestens ${t.minimum} nötig): ${scoredDe}.`
        : `${score.sure} points (at least ${t.minimum} required): ${scoredEn}.`
      : met === false
        ? lang === 'de'
          ? `Nur ${score.sure} Punkte, mindestens ${t.minimum} sind nötig (${scoredDe}).`
          : `Only ${score.sure} points; at least ${t.minimum} are required (${scoredEn}).`
        : lang === 'de'
          ? `Sicher sind ${score.sure} Punkte (${scoredDe}); mindestens ${t.minimum} sind nötig. Es hängt an fehlenden Angaben zu: ${listRows(score.open, t, 'de')}.`
          : `${score.sure} points are certain (${scoredEn}); at least ${t.minimum} are required. It depends on missing facts about: ${listRows(score.open, t, 'en')}.`;
  };
  conditions.push(condition('points', met, say, REF_POINTS, { unconfirmed: restsOnInferred }));
  if (met !== true) hints.push(...pointsHints(facts, date, t, statuses, score, xp));

  const m = chancenkarteMeans(facts, date);
  conditions.push(m.condition);
  if (m.hint) hints.push(m.hint);
  return assessment(draft);
}
