// Chancenkarte (opportunity card), § 20a AufenthG, from 1 June 2024:
// Abs. 3 Nr. 1 for skilled workers, Abs. 3 Nr. 2 with § 20b and its Anlage by points.

import type { DecidedCondition, DecidedHint, DecidedRoute, Lang } from '../decision.ts';
import type { Facts } from '../route.ts';
import { assessment, condition } from '../route.ts';
import { reformStageInForce } from '../parameters/reform2023.ts';
import { describeQualification, isFachkraft } from '../qualification.ts';
import { chancenkarteMeans, notYetInForce } from './chancenkarteCommon.ts';

export { chancenkarteMeans } from './chancenkarteCommon.ts';
export { chancenkartePunkte, scorePoints } from './chancenkartePoints.ts';
export type { CriterionStatus, PointsScore } from './chancenkartePoints.ts';

// ---------------------------------------------------------------------------------------------
// § 20a Abs. 3 Nr. 1: skilled workers

/** § 20a Abs. 3 Nr. 1 AufenthG: a Fachkraft (§ 18 Abs. 3) with secured means; no language, no job offer, "kann". */
export function chancenkarteFachkraft(facts: Facts, date: string): DecidedRoute {
  const conditions: DecidedCondition[] = [];
  const hints: DecidedHint[] = [];
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
    const f = notYetInForce(facts);
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
      (lang: Lang): string =>
        fk === true
          ? lang === 'de'
            ? `Qualifikation: ${d.de}. Die Person ist damit Fachkraft; Punkte und Sprachnachweise sind nicht nötig.`
            : `Qualification: ${d.en}. The person is therefore a skilled worker; no points and no language certificate are needed.`
          : fk === false
            ? lang === 'de'
              ? `Qualifikation: ${d.de}. Fachkraft ist, wer einen deutschen oder einen in Deutschland anerkannten oder vergleichbaren Abschluss hat; das ist hier nicht der Fall.`
              : `Qualification: ${d.en}. A skilled worker holds a German qualification or one recognised as equivalent or comparable in Germany; this is not the case here.`
            : lang === 'de'
              ? `Qualifikation: ${d.de}. Ob die Person damit Fachkraft ist, geht aus den Angaben nicht hervor; nötig ist ein deutscher oder ein in Deutschland anerkannter oder vergleichbarer Abschluss.`
              : `Qualification: ${d.en}. The facts do not show whether the person is a skilled worker; a German qualification or one recognised as equivalent or comparable in Germany is required.`,
      '§ 20a Abs. 3 Nr. 1 AufenthG i. V. m. § 18 Abs. 3 AufenthG',
    ),
  );
  const m = chancenkarteMeans(facts, date);
  conditions.push(m.condition);
  if (m.hint) hints.push(m.hint);
  return assessment(draft);
}
