// ICT card, § 19 AufenthG (intra-corporate transfer, Directive (EU) 2014/66).

import type { IctRole, Text } from '../types.ts';
import type { DecidedCondition, DecidedHint, DecidedRoute, Lang } from '../decision.ts';
import type { Facts } from '../route.ts';
import { assessment, condition, jobOfferMissing } from '../route.ts';
import { valueAt } from '../parameters/parameter.ts';
import { ictLimits } from '../parameters/ict.ts';
import { monthsDe, monthsEn } from '../format.ts';

const TITLE: Text = { de: 'ICT-Karte (unternehmensinterner Transfer)', en: 'ICT card (intra-corporate transfer)' };
const REF = '§ 19 AufenthG';
/** trainees: their own paragraph after the managers and specialists of Abs. 2 (paragraph number to verify) */
const REF_TRAINEE = '§ 19 Abs. 3 AufenthG';

const ROLE_DE: Record<IctRole, string> = { manager: 'Führungskraft', specialist: 'Spezialist/in', trainee: 'Trainee' };
const ROLE_EN: Record<IctRole, string> = { manager: 'manager', specialist: 'specialist', trainee: 'trainee' };
const ROLES_DE: Record<IctRole, string> = { manager: 'Führungskräfte', specialist: 'Spezialisten', trainee: 'Trainees' };
const ROLES_EN: Record<IctRole, string> = { manager: 'managers', specialist: 'specialists', trainee: 'trainees' };

function months(n: number): Text {
  return Number.isInteger(n) ? { de: monthsDe(n), en: monthsEn(n) } : { de: `${n} Monate`, en: `${n} months` };
}

/**
 * § 19 AufenthG. A job offer without `ict` is not a transfer: the route is ineligible and says so.
 * BA approval is required (§ 18 Abs. 2 Nr. 2 AufenthG with the BeschV, without priority check); approval-free
 * cases of the BeschV (e.g. executives with Prokura) are not modelled. Not modelled either: the proof of the
 * professional qualification (§ 19 Abs. 2 S. 1 Nr. 5), the assignment letter and the return guarantee (Nr. 4).
 * The ICT card is an entitlement ("wird erteilt").
 */
export function ictKarte(facts: Facts, date: string): DecidedRoute {
  const conditions: DecidedCondition[] = [];
  const hints: DecidedHint[] = [];
  const draft = {
    id: '19-ict' as const,
    title: TITLE,
    ref: REF,
    baApproval: 'required' as const,
    priorityCheck: false,
    discretionary: false,
    salaryThresholdEur: null,
    conditions,
    hints,
  };
  const job = facts.job;
  if (!job) {
    conditions.push(jobOfferMissing('§ 19 Abs. 2 S. 1 Nr. 4 AufenthG'));
    return assessment(draft);
  }
  const ict = job.ict;
  if (!ict) {
    conditions.push(
      condition(
        'transfer',
        false,
        (lang: Lang): string =>
          lang === 'de'
            ? 'Die Stelle ist kein unternehmensinterner Transfer: Die ICT-Karte setzt voraus, dass die Person von einem Unternehmen ihrer Unternehmensgruppe außerhalb der EU vorübergehend nach Deutschland entsandt wird.'
            : 'The job is not an intra-corporate transfer: the ICT card requires a temporary assignment to Germany from a company of the same group outside the EU.',
        '§ 19 Abs. 1 S. 2 AufenthG',
      ),
    );
    return assessment(draft);
  }
  const limits = valueAt(ictLimits, date);
  if (!limits) throw new RangeError(`ICT limits not modelled on ${date}`);
  const { minMonthsWithGroup, minTransferDaysExclusive, maxTransferMonths } = limits.value;

  conditions.push(
    condition(
      'sending_entity',
      ict.sendingEntityOutsideEu,
      (lang: Lang): string =>
        ict.sendingEntityOutsideEu
          ? lang === 'de'
            ? 'Die Person wird von einem Unternehmen der Gruppe mit Sitz außerhalb der EU entsandt.'
            : 'The person is assigned by a company of the group based outside the EU.'
          : lang === 'de'
            ? 'Das entsendende Unternehmen hat seinen Sitz in der EU; die ICT-Karte gilt nur für Transfers von außerhalb der EU (für Inhaber einer ICT-Karte eines anderen EU-Staats kommt die Mobiler-ICT-Karte in Betracht).'
            : 'The sending company is based in the EU; the ICT card covers only transfers from outside the EU (holders of another EU state’s ICT card may use the mobile ICT card).',
      '§ 19 Abs. 1 S. 2 AufenthG',
    ),
  );

  const role = ict.role;
  conditions.push(
    condition(
      'role',
      true,
      (lang: Lang): string =>
        lang === 'de'
          ? `Die Person wird in der aufnehmenden Niederlassung als ${ROLE_DE[role]} tätig.`
          : `The person will work at the receiving entity as a ${ROLE_EN[role]}.`,
      role === 'trainee' ? REF_TRAINEE : '§ 19 Abs. 2 S. 1 Nr. 1 AufenthG',
    ),
  );
  if (role === 'trainee') {
    const degree = facts.qualification.level === 'academic';
    conditions.push(
      condition(
        'trainee_degree',
        degree,
        (lang: Lang): string =>
          degree
            ? lang === 'de'
              ? 'Als Trainee hat die Person einen Hochschulabschluss.'
              : 'As a trainee the person holds a university degree.'
            : lang === 'de'
              ? 'Ein Trainee braucht einen Hochschulabschluss und muss an einem bezahlten Traineeprogramm teilnehmen; die Person hat keinen Hochschulabschluss.'
              : 'A trainee needs a university degree and a paid trainee programme; the person has no degree.',
        REF_TRAINEE,
      ),
    );
  }

  const groupOk = ict.monthsWithGroup >= minMonthsWithGroup;
  const groupHave = months(ict.monthsWithGroup);
  conditions.push(
    condition(
      'months_with_group',
      groupOk,
      (lang: Lang): string =>
        groupOk
          ? lang === 'de'
            ? `Zugehörigkeit zur Unternehmensgruppe: ${groupHave.de} (nötig: mindestens ${monthsDe(minMonthsWithGroup)} unmittelbar vor dem Transfer).`
            : `The person has been with the group for ${groupHave.en} (required: at least ${monthsEn(minMonthsWithGroup)} immediately before the transfer).`
          : lang === 'de'
            ? `Zugehörigkeit zur Unternehmensgruppe: nur ${groupHave.de}; nötig sind mindestens ${monthsDe(minMonthsWithGroup)} unmittelbar vor dem Transfer.`
            : `The person has been with the group for only ${groupHave.en}; at least ${monthsEn(minMonthsWithGroup)} immediately before the transfer are required.`,
      '§ 19 Abs. 2 S. 1 Nr. 2 AufenthG',
    ),
  );
  if (!groupOk) {
    const missing = Math.ceil(minMonthsWithGroup - ict.monthsWithGroup);
    hints.push({
      conditionId: 'months_with_group',
      kind: 'experience',
      target: minMonthsWithGroup,
      change: [{ field: 'job.ict.monthsWithGroup', value: minMonthsWithGroup }],
      say: (lang: Lang): string =>
        lang === 'de'
          ? `Es fehlen noch ${monthsDe(missing)} Zugehörigkeit zur Unternehmensgruppe bis zur Mindestdauer (${monthsDe(minMonthsWithGroup)}).`
          : `After ${monthsEn(missing)} more with the group the minimum of ${monthsEn(minMonthsWithGroup)} would be reached.`,
    });
  }

  // "more than 90 days": whole months above 3 surely exceed 90 days, fewer than 3 surely do not;
  // exactly 3 calendar months are 89 to 92 days, so the start date decides.
  const transferHave = months(ict.transferMonths);
  const minMet: boolean | null = ict.transferMonths > 3 ? true : ict.transferMonths < 3 ? false : null;
  conditions.push(
    condition(
      'transfer_min',
      minMet,
      (lang: Lang): string =>
        minMet === true
          ? lang === 'de'
            ? `Transferdauer: ${transferHave.de}, also mehr als ${minTransferDaysExclusive} Tage.`
            : `The transfer lasts ${transferHave.en}, more than ${minTransferDaysExclusive} days.`
          : minMet === false
            ? lang === 'de'
              ? `Transferdauer: nur ${transferHave.de}; die ICT-Karte setzt mehr als ${minTransferDaysExclusive} Tage voraus (kürzere Transfers: Kurzzeitmobilität ohne deutschen Aufenthaltstitel).`
              : `The transfer lasts only ${transferHave.en}; the ICT card requires more than ${minTransferDaysExclusive} days (shorter transfers: short-term mobility without a German residence title).`
            : lang === 'de'
              ? `Ein Transfer von genau 3 Monaten dauert je nach Beginn 89 bis 92 Tage; die ICT-Karte setzt mehr als ${minTransferDaysExclusive} Tage voraus. Bitte die genauen Daten prüfen.`
              : `A transfer of exactly 3 months lasts 89 to 92 days depending on its start; the ICT card requires more than ${minTransferDaysExclusive} days. Please check the exact dates.`,
      '§ 19 Abs. 2 S. 1 Nr. 3 AufenthG',
      { missing: ['job.ict.transferMonths'] },
    ),
  );

  if (minMet === false) {
    hints.push({
      conditionId: 'transfer_min',
      kind: 'other',
      target: 4,
      change: [{ field: 'job.ict.transferMonths', value: 4 }],
      say: (lang: Lang): string =>
        lang === 'de'
          ? `Mit einer Transferdauer von mindestens 4 Monaten wären es sicher mehr als ${minTransferDaysExclusive} Tage.`
          : `A transfer of at least 4 months would surely last more than ${minTransferDaysExclusive} days.`,
    });
  }

  const max = maxTransferMonths[role];
  const maxOk = ict.transferMonths <= max;
  conditions.push(
    condition(
      'transfer_max',
      maxOk,
      (lang: Lang): string =>
        maxOk
          ? lang === 'de'
            ? `Transferdauer: ${transferHave.de}; das liegt innerhalb der Höchstdauer für ${ROLES_DE[role]} (${monthsDe(max)}).`
            : `The transfer of ${transferHave.en} is within the maximum for ${ROLES_EN[role]} (${monthsEn(max)}).`
          : lang === 'de'
            ? `Transferdauer: ${transferHave.de}; das übersteigt die Höchstdauer für ${ROLES_DE[role]} (${monthsDe(max)}).`
            : `The transfer of ${transferHave.en} exceeds the maximum for ${ROLES_EN[role]} (${monthsEn(max)}).`,
      '§ 19 Abs. 4 AufenthG',
    ),
  );
  if (!maxOk) {
    hints.push({
      conditionId: 'transfer_max',
      kind: 'other',
      target: max,
      change: [{ field: 'job.ict.transferMonths', value: max }],
      say: (lang: Lang): string =>
        lang === 'de'
          ? `Bei einer Transferdauer bis höchstens ${monthsDe(max)} wäre die Höchstdauer eingehalten.`
          : `A transfer of at most ${monthsEn(max)} would keep within the maximum.`,
    });
  }
  return assessment(draft);
}
