// Western Balkans rule: § 19c Abs. 1 AufenthG with § 26 Abs. 2 BeschV.

import type { Text } from '../types.ts';
import type { DecidedCondition, DecidedHint, DecidedRoute, Lang } from '../decision.ts';
import type { Facts } from '../route.ts';
import { assessment, condition, jobOfferMissing } from '../route.ts';
import { valueAt } from '../parameters/parameter.ts';
import { westbalkanAsylblgMonths, westbalkanQuota, westbalkanQuotaExhausted, westbalkanStates } from '../parameters/westbalkan.ts';
import { addMonths, yearOf } from '../dates.ts';
import { dateDe, dateEn, numberDe, numberEn } from '../format.ts';
import { thresholdEur } from '../salary.ts';
import { age45Condition } from '../requirements.ts';
import { age45Reaches } from '../parameters/age45.ts';

const TITLE: Text = { de: 'Westbalkanregelung', en: 'Western Balkans rule' };
const REF = '§ 19c Abs. 1 AufenthG i. V. m. § 26 Abs. 2 BeschV';
const REF_26 = '§ 26 Abs. 2 S. 1 BeschV';
/** § 1 Abs. 2 BeschV: the 55 % rule for a first title at 45 or older (its scope for § 26 is UNCONFIRMED). */
const REF_45 = '§ 1 Abs. 2 BeschV';

const STATE_NAMES: Record<string, Text> = {
  AL: { de: 'Albanien', en: 'Albania' },
  BA: { de: 'Bosnien und Herzegowina', en: 'Bosnia and Herzegovina' },
  XK: { de: 'Kosovo', en: 'Kosovo' },
  ME: { de: 'Montenegro', en: 'Montenegro' },
  MK: { de: 'Nordmazedonien', en: 'North Macedonia' },
  RS: { de: 'Serbien', en: 'Serbia' },
};

function stateList(codes: readonly string[], lang: 'de' | 'en'): string {
  return codes.map((c) => STATE_NAMES[c]?.[lang] ?? c).join(', ');
}

/**
 * § 19c Abs. 1 AufenthG with § 26 Abs. 2 BeschV: nationals of the six Western Balkan states, any employment
 * without a formal qualification, BA approval with priority check, within an annual quota (hence discretionary).
 * Not modelled: the visa must be applied for at the mission in the home country; the exception for asylum
 * applications made between 1 January and 24 October 2015; the monthly quotas per state. Whether the year's quota
 * is used up is known only where the data carries the day it was (../parameters/westbalkan.ts).
 */
export function westbalkanregelung(facts: Facts, date: string): DecidedRoute {
  const conditions: DecidedCondition[] = [];
  const hints: DecidedHint[] = [];
  let salaryThresholdEur: number | null = null;

  const states = valueAt(westbalkanStates, date);
  const quota = valueAt(westbalkanQuota, date);
  const asylblgMonths = valueAt(westbalkanAsylblgMonths, date);
  if (!states || !quota || !asylblgMonths) throw new RangeError(`Western Balkans parameters not modelled on ${date}`);

  const citizen = states.value.includes(facts.person.citizenship);
  conditions.push(
    condition(
      'citizenship',
      citizen,
      (lang: Lang): string =>
        citizen
          ? lang === 'de'
            ? `Die Person ist Staatsangehörige/r von ${STATE_NAMES[facts.person.citizenship]?.de ?? facts.person.citizenship}; das Visum ist bei der deutschen Auslandsvertretung im Herkunftsstaat zu beantragen.`
            : `The person is a national of ${STATE_NAMES[facts.person.citizenship]?.en ?? facts.person.citizenship}; the visa must be applied for at the German mission in the home country.`
          : lang === 'de'
            ? `Die Regelung gilt nur für Staatsangehörige von ${stateList(states.value, 'de')}.`
            : `The rule applies only to nationals of ${stateList(states.value, 'en')}.`,
      REF_26,
    ),
  );

  const since = addMonths(date, -asylblgMonths.value);
  const benefits = facts.person.asylblgBenefitsLast24Months;
  conditions.push(
    condition(
      'asylblg',
      benefits === undefined ? null : !benefits,
      (lang: Lang): string =>
        benefits === undefined
          ? lang === 'de'
            ? `Nicht angegeben, ob die Person seit dem ${dateDe(since)} (${asylblgMonths.value} Monate) Leistungen nach dem Asylbewerberleistungsgesetz bezogen hat; wer das hat, ist ausgeschlossen.`
            : `Not stated whether the person has received benefits under the Asylum Seekers’ Benefits Act since ${dateEn(since)} (${asylblgMonths.value} months); anyone who has is excluded.`
          : benefits
            ? lang === 'de'
              ? `Die Person hat seit dem ${dateDe(since)} (in den letzten ${asylblgMonths.value} Monaten) Leistungen nach dem Asylbewerberleistungsgesetz bezogen; das schließt die Regelung aus.`
              : `The person has received benefits under the Asylum Seekers’ Benefits Act since ${dateEn(since)} (within the last ${asylblgMonths.value} months), which excludes the rule.`
            : lang === 'de'
              ? `Die Person hat seit dem ${dateDe(since)} (in den letzten ${asylblgMonths.value} Monaten) keine Leistungen nach dem Asylbewerberleistungsgesetz bezogen.`
              : `The person has received no benefits under the Asylum Seekers’ Benefits Act since ${dateEn(since)} (the last ${asylblgMonths.value} months).`,
      REF_26,
    ),
  );

  const job = facts.job;
  if (!job) {
    conditions.push(jobOfferMissing());
  } else {
    // as in the other routes, a job not stated to be regulated is taken as not regulated
    const regulated = job.regulated === true;
    conditions.push(
      condition(
        'not_regulated',
        !regulated,
        (lang: Lang): string =>
          regulated
            ? lang === 'de'
              ? 'Die Stelle ist ein reglementierter Beruf; dafür gilt die Westbalkanregelung nicht.'
              : 'The job is a regulated profession, which the Western Balkans rule does not cover.'
            : lang === 'de'
              ? 'Die Stelle ist nicht als reglementierter Beruf angegeben; eine formale Qualifikation ist nicht nötig.'
              : 'The job is not stated to be a regulated profession; no formal qualification is needed.',
        REF_26,
        { unconfirmed: true },
      ),
    );

    // § 1 Abs. 2 BeschV: 55 % of the BBG on a first title at 45 or older, unless adequate pension provision
    // the BMI notice (BAnz AT 04.01.2024 B2) names § 26 Abs. 2 BeschV; before 2024 its reach is not known here: flagged
    const age = age45Condition(facts, date, REF_45, { unconfirmed: !age45Reaches('26.2', date) });
    conditions.push(age.condition);
    hints.push(...age.hints);
    salaryThresholdEur = age.threshold ? thresholdEur(age.threshold) : null;
  }

  const year = yearOf(date);
  const quotaCheck = quotaCondition(quota.value, quota.unconfirmed === true, date, year);
  conditions.push(quotaCheck.condition);
  if (quotaCheck.hint) hints.push(quotaCheck.hint);

  return assessment({
    id: '19c1-westbalkan',
    title: TITLE,
    ref: REF,
    baApproval: 'required',
    priorityCheck: true,
    discretionary: true,
    salaryThresholdEur,
    conditions,
    hints,
  });
}

/**
 * § 26 Abs. 2 S. 1 BeschV: at most `quota` approvals a calendar year. On and after the day the data says the BA
 * stopped approving because the year's quota was used up, the condition is not met and a deadline hint names
 * 1 January of the next year, when the next quota opens.
 */
function quotaCondition(quota: number, quotaUnconfirmed: boolean, date: string, year: number): { condition: DecidedCondition; hint?: DecidedHint } {
  const ref = '§ 26 Abs. 2 S. 1 BeschV';
  const exhausted = valueAt(westbalkanQuotaExhausted, date);
  const nextOpens = `${year + 1}-01-01`;
  if (exhausted !== undefined && date >= exhausted.value) {
    const unconfirmed = exhausted.unconfirmed === true || quotaUnconfirmed;
    const dayDe = exhausted.unconfirmed ? `seit dem ${dateDe(exhausted.value)} (genauer Tag nicht bestätigt)` : `seit dem ${dateDe(exhausted.value)}`;
    const dayEn = exhausted.unconfirmed ? `since ${dateEn(exhausted.value)} (exact day not confirmed)` : `since ${dateEn(exhausted.value)}`;
    return {
      condition: condition(
        'quota',
        false,
        (lang: Lang): string =>
          lang === 'de'
            ? `Das Kontingent für ${year} (${numberDe(quota)} Zustimmungen) ist ausgeschöpft: Die Bundesagentur für Arbeit erteilt ${dayDe} keine Zustimmungen nach dieser Regelung mehr; offene Anträge werden abgelehnt. Das Kontingent für ${year + 1} öffnet am ${dateDe(nextOpens)}.`
            : `The ${year} quota (${numberEn(quota)} approvals) is used up: the Federal Employment Agency has given no more approvals under this rule ${dayEn}; pending applications are refused. The ${year + 1} quota opens on ${dateEn(nextOpens)}.`,
        ref,
        { unconfirmed },
      ),
      hint: {
        conditionId: 'quota',
        kind: 'deadline',
        date: nextOpens,
        say: (lang: Lang): string =>
          lang === 'de'
            ? `Ab dem ${dateDe(nextOpens)} gilt das Kontingent für ${year + 1}; die Bundesagentur für Arbeit bearbeitet Vorabzustimmungen nach Eingang.`
            : `From ${dateEn(nextOpens)} the ${year + 1} quota applies; the Federal Employment Agency handles prior approvals in order of receipt.`,
      },
    };
  }
  const laterDe =
    exhausted !== undefined
      ? ` Das Kontingent für ${year} war ab dem ${dateDe(exhausted.value)} ausgeschöpft${exhausted.unconfirmed ? ' (genauer Tag nicht bestätigt)' : ''}.`
      : ' Ob es erschöpft ist, ist für dieses Jahr nicht bekannt.';
  const laterEn =
    exhausted !== undefined
      ? ` The ${year} quota was used up from ${dateEn(exhausted.value)}${exhausted.unconfirmed ? ' (exact day not confirmed)' : ''}.`
      : ' Whether it is used up is not known for this year.';
  return {
    condition: condition(
      'quota',
      true,
      (lang: Lang): string =>
        lang === 'de'
          ? `Die Bundesagentur für Arbeit darf ${year} höchstens ${numberDe(quota)} Zustimmungen nach dieser Regelung erteilen (Vorabzustimmung, Bearbeitung nach Eingang); ist das Kontingent erschöpft, wird abgelehnt.${laterDe}`
          : `The Federal Employment Agency may give at most ${numberEn(quota)} approvals under this rule in ${year} (prior approval, handled in order of receipt); once the quota is used up, applications are refused.${laterEn}`,
      ref,
      { unconfirmed: quotaUnconfirmed },
    ),
  };
}
