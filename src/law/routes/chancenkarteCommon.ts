// Chancenkarte (§ 20a AufenthG): the conditions both routes share, in force from 1 June 2024 and the
// means of subsistence of § 20a Abs. 4 S. 1. The routes: ./chancenkarte.ts (Abs. 3 Nr. 1, skilled workers) and
// ./chancenkartePoints.ts (Abs. 3 Nr. 2 with § 20b, points).

import type { DecidedCondition, DecidedHint, Lang } from '../decision.ts';
import type { Facts } from '../route.ts';
import { condition } from '../route.ts';
import { valueAt } from '../parameters/parameter.ts';
import { chancenkarteMonthlyMeans } from '../parameters/chancenkarte.ts';
import { REFORM_STAGE_3 } from '../parameters/reform2023.ts';
import { inForceCondition } from '../requirements.ts';
import { yearOf } from '../dates.ts';
import { dateDe, dateEn, eurDe, eurEn } from '../format.ts';
import { lastConfirmedValue } from '../lastKnown.ts';
import { waitUntil } from '../change.ts';

const REF_MEANS = '§ 20a Abs. 4 S. 1 AufenthG';

// ---------------------------------------------------------------------------------------------
// Conditions shared by both Chancenkarte routes

export function notYetInForce(facts: Facts): { condition: DecidedCondition; hint: DecidedHint } {
  return {
    condition: inForceCondition(false, REFORM_STAGE_3, '§ 20a AufenthG', { de: 'Die Chancenkarte', en: 'The Chancenkarte' }),
    hint: {
      conditionId: 'in_force',
      kind: 'deadline',
      date: REFORM_STAGE_3,
      change: waitUntil(facts, REFORM_STAGE_3),
      say: (lang: Lang): string =>
        lang === 'de' ? `Ein Antrag ist ab dem ${dateDe(REFORM_STAGE_3)} möglich.` : `An application is possible from ${dateEn(REFORM_STAGE_3)}.`,
    },
  };
}

/** § 20a Abs. 4 S. 1: secured means, net per month; an unconfirmed year's figure leaves the condition unknown. */
export function chancenkarteMeans(facts: Facts, date: string): { condition: DecidedCondition; hint?: DecidedHint } {
  const year = yearOf(date);
  const v = valueAt(chancenkarteMonthlyMeans, date);
  const have = facts.means?.monthlyNetEur;
  if (v === undefined || v.value === null) {
    const last = lastConfirmedValue(chancenkarteMonthlyMeans, date, (x) => x !== null);
    const lastDe = last
      ? ` (zuletzt veröffentlicht: ${eurDe(last.value!)} netto monatlich für ${yearOf(last.validFrom)}; Quelle: ${last.reference.title})`
      : '';
    const lastEn = last ? ` (last published: ${eurEn(last.value!)} net a month for ${yearOf(last.validFrom)}; source: ${last.reference.title})` : '';
    const haveDe = have === undefined ? '' : ` Angegeben sind ${eurDe(have)} netto im Monat.`;
    const haveEn = have === undefined ? '' : ` Stated: ${eurEn(have)} net a month.`;
    return {
      condition: condition(
        'means',
        null,
        (lang: Lang): string =>
          lang === 'de'
            ? `Der für ${year} nachzuweisende Lebensunterhalt ist nicht bestätigt${lastDe}; bitte den aktuellen Betrag bei der Auslandsvertretung erfragen.${haveDe}`
            : `The means of subsistence required for ${year} are not confirmed${lastEn}; please ask the mission for the current figure.${haveEn}`,
        REF_MEANS,
        { unconfirmed: true },
      ),
    };
  }
  const need = v.value;
  const hint: DecidedHint = {
    conditionId: 'means',
    kind: 'means',
    target: need,
    change: [{ field: 'means.monthlyNetEur', value: need }],
    say: (lang: Lang): string =>
      lang === 'de'
        ? `Nachzuweisen sind ${eurDe(need)} netto im Monat (${year}), zum Beispiel ${eurDe(need * 12)} auf einem Sperrkonto für ein Jahr.`
        : `${eurEn(need)} net a month must be proven (${year}), for example ${eurEn(need * 12)} in a blocked account for one year.`,
  };
  if (have === undefined) {
    return {
      condition: condition(
        'means',
        null,
        (lang: Lang): string =>
          lang === 'de'
            ? `Nicht angegeben, wie der Lebensunterhalt gesichert ist; nötig sind ${eurDe(need)} netto im Monat (${year}), etwa über ein Sperrkonto, eine Verpflichtungserklärung oder einen Nebenjob.`
            : `Not stated how the means of subsistence are secured; ${eurEn(need)} net a month are required (${year}), e.g. a blocked account, a formal obligation or a part-time job.`,
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
      (lang: Lang): string =>
        ok
          ? lang === 'de'
            ? `Gesicherte Mittel von ${eurDe(have)} netto im Monat erreichen den Betrag von ${eurDe(need)} für ${year}.`
            : `Secured means of ${eurEn(have)} net a month reach the ${year} figure of ${eurEn(need)}.`
          : lang === 'de'
            ? `Gesicherte Mittel von ${eurDe(have)} netto im Monat liegen ${eurDe(need - have)} unter dem Betrag von ${eurDe(need)} für ${year}.`
            : `Secured means of ${eurEn(have)} net a month are ${eurEn(need - have)} below the ${year} figure of ${eurEn(need)}.`,
      REF_MEANS,
      { unconfirmed: v.unconfirmed === true },
    ),
    hint: ok ? undefined : hint,
  };
}
