// The settlement moves: § 18c Abs. 1 (skilled workers), § 18c Abs. 2 (Blue Card), § 9 (general) and § 9a (EU
// long-term residence) AufenthG, with the counting rules of contract residence-v1.

import type { Text } from '../types.ts';
import type { Chain } from './counting.ts';
import { chainCovering, chainMonths, chainReachesOn, contributionMonths, contributionsReachOn } from './counting.ts';
import type { ResidenceFacts } from './facts.ts';
import { spansOf } from './facts.ts';
import type { MoveAssessment, MoveCondition, MoveHint, PastTitle } from './types.ts';
import type { TimeFill } from './move.ts';
import {
  PUBLIC_SAFETY_HINT,
  basicKnowledgeCondition,
  cefrAtLeast,
  cond,
  d,
  expiredTitleHint,
  finish,
  germanCondition,
  isBlueCard,
  livingSpaceCondition,
  meansCondition,
  titleName,
} from './move.ts';
import { required, s18c1Months, s18c2Months, s9Months, s9aPensionMonthsCap, s9aResidenceMonths } from './parameters.ts';

const SKILLED_TITLES: ReadonlySet<PastTitle> = new Set<PastTitle>(['18a', '18b', '18d', '18g-standard', '18g-shortage', '18g-new-entrant', '18g-it']);

/** § 85 AufenthG: the authority may disregard interruptions of up to one year; the engine does not. */
function interruptionHint(chain: Chain | null): MoveHint {
  const gap =
    chain?.previousEnd != null
      ? {
          de: ` Hier beginnt die Kette nach einer Lücke (bis ${d.de(chain.previousEnd)}) am ${d.de(chain.from)} neu.`,
          en: ` Here the chain restarts on ${d.en(chain.from)} after a gap (up to ${d.en(chain.previousEnd)}).`,
        }
      : { de: '', en: '' };
  return {
    de: `Gezählt wird nur der ununterbrochene Aufenthalt; die Behörde kann Unterbrechungen bis zu einem Jahr außer Betracht lassen, der Check tut das nicht.${gap.de}`,
    en: `Only uninterrupted residence is counted; the authority may disregard interruptions of up to one year, the check does not.${gap.en}`,
    ref: '§ 85 AufenthG',
  };
}

function sinceText(chain: Chain | null): Text {
  return chain === null ? { de: '', en: '' } : { de: ` (seit ${d.de(chain.from)})`, en: ` (since ${d.en(chain.from)})` };
}

/**
 * A count against a requirement. `alternative`: a shorter requirement that may apply (null: unknown whether it does);
 * between the two the condition is unknown.
 */
function countMet(count: number, needed: number, shorter?: { months: number; applies: boolean | null }): boolean | null {
  if (shorter === undefined || shorter.applies === false) return count >= needed;
  if (shorter.applies === true) return count >= shorter.months;
  return count >= needed ? true : count >= shorter.months ? null : false;
}

// ---- § 18c Abs. 1 ----

export function settlement18c1(f: ResidenceFacts): MoveAssessment {
  const { input, date } = f;
  const p = required(s18c1Months, date).value;
  const q = input.qualification;
  const germanTraining: boolean | null = q === undefined ? null : q.level === 'none' || q.obtainedIn === 'abroad' ? false : q.obtainedIn === 'DE' ? true : null;
  const shorter = { months: p.monthsGermanTraining, applies: germanTraining };
  const needed = germanTraining === true ? p.monthsGermanTraining : p.months;
  const titleRef = germanTraining === true ? '§ 18c Abs. 1 S. 2 AufenthG' : '§ 18c Abs. 1 S. 1 Nr. 1 AufenthG';
  const pensionRef = germanTraining === true ? '§ 18c Abs. 1 S. 2 AufenthG' : '§ 18c Abs. 1 S. 1 Nr. 3 AufenthG';

  const holds = SKILLED_TITLES.has(input.currentTitle.id);
  const name = titleName(input.currentTitle.id);
  const titleType = cond(
    'title_type',
    'fact',
    holds,
    holds
      ? { de: `Die ${name.de} ist ein Titel nach §§ 18a, 18b, 18d oder 18g AufenthG.`, en: `The ${name.en} is a title under §§ 18a, 18b, 18d or 18g AufenthG.` }
      : { de: `Die ${name.de} ist kein Titel nach §§ 18a, 18b, 18d oder 18g AufenthG; § 18c Abs. 1 setzt einen solchen voraus.`, en: `The ${name.en} is not a title under §§ 18a, 18b, 18d or 18g AufenthG, which § 18c (1) requires.` },
    '§ 18c Abs. 1 S. 1 Nr. 1 AufenthG',
  );

  const chain = chainCovering(spansOf(f, (t) => SKILLED_TITLES.has(t)), date);
  const titleMonths = chain === null ? 0 : chainMonths(chain, date);
  const since = sinceText(chain);
  const titleMet = countMet(titleMonths, p.months, shorter);
  const titleCond = cond(
    'title_months',
    'time',
    titleMet,
    germanTraining === null && titleMonths < p.months
      ? { de: `${titleMonths} Monate mit einem solchen Titel${since.de}: gefordert sind ${p.months}, nach einer inländischen Ausbildung oder einem inländischen Studium ${p.monthsGermanTraining}.`, en: `${titleMonths} months with such a title${since.en}: ${p.months} are required, ${p.monthsGermanTraining} after training or study completed in Germany.` }
      : { de: `${titleMonths} von ${needed} Monaten mit einem Titel nach §§ 18a, 18b, 18d oder 18g${since.de}.`, en: `${titleMonths} of ${needed} months with a title under §§ 18a, 18b, 18d or 18g${since.en}.` },
    titleRef,
  );

  const job = input.currentTitle.jobMeetsTitleConditions;
  const jobCond = cond(
    'job',
    'fact',
    job ?? null,
    job === undefined
      ? { de: 'Ob die jetzige Stelle die Voraussetzungen des Titels weiter erfüllt, ist nicht angegeben.', en: 'Whether the current job still meets the conditions of the title is not given.' }
      : job
        ? { de: 'Die jetzige Stelle darf nach den Voraussetzungen der §§ 18a, 18b, 18d oder 18g besetzt werden.', en: 'The current job may be held under the conditions of §§ 18a, 18b, 18d or 18g.' }
        : { de: 'Die jetzige Stelle erfüllt die Voraussetzungen des Titels nicht mehr.', en: 'The current job no longer meets the conditions of the title.' },
    '§ 18c Abs. 1 S. 1 Nr. 2 AufenthG',
  );

  const pension = contributionMonths(f.insured, date, f.extraPensionMonths);
  const pensionMet = countMet(pension, p.months, shorter);
  const pensionCond = cond(
    'pension_months',
    'time',
    pensionMet,
    germanTraining === null && pension < p.months
      ? { de: `${pension} Monate Rentenbeiträge: gefordert sind ${p.months}, nach einer inländischen Ausbildung oder einem inländischen Studium ${p.monthsGermanTraining}.`, en: `${pension} months of pension contributions: ${p.months} are required, ${p.monthsGermanTraining} after training or study completed in Germany.` }
      : { de: `${pension} von ${needed} Monaten Pflicht- oder freiwillige Beiträge zur gesetzlichen Rentenversicherung.`, en: `${pension} of ${needed} months of compulsory or voluntary contributions to the statutory pension insurance.` },
    pensionRef,
  );

  const fillTarget = germanTraining === true ? p.monthsGermanTraining : p.months;
  const fills: TimeFill[] = [
    { conditionId: 'title_months', on: chain === null ? null : chainReachesOn(chain, fillTarget) },
    { conditionId: 'pension_months', on: contributionsReachOn(f.insured, date, fillTarget, f.extraPensionMonths) },
  ];

  const hints: MoveHint[] = [PUBLIC_SAFETY_HINT, interruptionHint(chain)];
  if (germanTraining === null) {
    hints.push({
      de: `Nach einer in Deutschland abgeschlossenen Berufsausbildung oder einem Studium genügen ${p.monthsGermanTraining} Monate Titel und ${p.monthsGermanTraining} Monate Beiträge; angegeben ist nicht, wo die Qualifikation erworben wurde.`,
      en: `After vocational training or a degree completed in Germany, ${p.monthsGermanTraining} months of title and ${p.monthsGermanTraining} months of contributions suffice; where the qualification was obtained is not given.`,
      ref: '§ 18c Abs. 1 S. 2 AufenthG',
    });
  }
  if (f.expired) hints.push(expiredTitleHint(input));

  const conditions: MoveCondition[] = [
    titleType,
    titleCond,
    jobCond,
    pensionCond,
    germanCondition(input.person.german, 'B1', '§ 18c Abs. 1 S. 1 Nr. 4 AufenthG'),
    meansCondition(input, '§ 18c Abs. 1 S. 1 Nr. 5 i. V. m. § 9 Abs. 2 S. 1 Nr. 2 AufenthG'),
    basicKnowledgeCondition(input, '§ 18c Abs. 1 S. 1 Nr. 5 i. V. m. § 9 Abs. 2 S. 1 Nr. 8 AufenthG'),
    livingSpaceCondition(input, '§ 18c Abs. 1 S. 1 Nr. 5 i. V. m. § 9 Abs. 2 S. 1 Nr. 9 AufenthG'),
  ];
  return finish({
    id: 'settlement-18c1',
    title: { de: 'Niederlassungserlaubnis für Fachkräfte', en: 'Settlement permit for skilled workers' },
    conditions,
    fills,
    hints,
  });
}

// ---- § 18c Abs. 2 ----

export function settlement18c2(f: ResidenceFacts): MoveAssessment {
  const { input, date } = f;
  const p = required(s18c2Months, date).value;
  const german = input.person.german;
  const b1 = cefrAtLeast(german, 'B1') === true;
  const needed = b1 ? p.monthsB1 : p.monthsA1;
  const ref = b1 ? '§ 18c Abs. 2 S. 2 AufenthG' : '§ 18c Abs. 2 S. 1 AufenthG';
  const holds = isBlueCard(input.currentTitle.id);
  const name = titleName(input.currentTitle.id);

  const titleType = cond(
    'title_type',
    'fact',
    holds,
    holds
      ? { de: 'Eine Blaue Karte EU liegt vor.', en: 'An EU Blue Card is held.' }
      : { de: `Die ${name.de} ist keine Blaue Karte EU; § 18c Abs. 2 gilt nur für deren Inhaber.`, en: `The ${name.en} is not an EU Blue Card; § 18c (2) applies only to its holders.` },
    '§ 18c Abs. 2 S. 1 AufenthG',
  );
  const germanCond = b1
    ? cond('german', 'fact', true, { de: `Deutschkenntnisse ${german} (ausreichend, B1): es genügen ${p.monthsB1} Monate.`, en: `German at ${german} (sufficient, B1): ${p.monthsB1} months suffice.` }, '§ 18c Abs. 2 S. 2 AufenthG')
    : germanCondition(german, 'A1', '§ 18c Abs. 2 S. 1 AufenthG');

  const months = contributionMonths(f.insuredBlueCard, date, f.extraPensionMonths);
  const monthsCond = cond(
    'blue_card_months',
    'time',
    months >= needed,
    { de: `${months} von ${needed} Monaten Beschäftigung mit Blauer Karte EU und Beiträgen zur Rentenversicherung.`, en: `${months} of ${needed} months of Blue Card employment with pension contributions.` },
    ref,
  );
  const fills: TimeFill[] = [{ conditionId: 'blue_card_months', on: contributionsReachOn(f.insuredBlueCard, date, needed, f.extraPensionMonths) }];

  const hints: MoveHint[] = [PUBLIC_SAFETY_HINT];
  if (holds && !b1 && cefrAtLeast(german, 'A1') === true && months < needed) {
    const withB1 = contributionsReachOn(f.insuredBlueCard, date, p.monthsB1, f.extraPensionMonths);
    hints.push({
      de: `Mit Deutschkenntnissen B1 genügen ${p.monthsB1} Monate${withB1 === null ? '' : withB1 <= date ? ' – schon jetzt erreicht' : `, erreicht am ${d.de(withB1)}`}.`,
      en: `With German at B1, ${p.monthsB1} months suffice${withB1 === null ? '' : withB1 <= date ? ', already reached' : `, reached on ${d.en(withB1)}`}.`,
      ref: '§ 18c Abs. 2 S. 2 AufenthG',
    });
  }
  if (f.expired) hints.push(expiredTitleHint(input));

  // which conditions of § 9 Abs. 2 apply under § 18c Abs. 2 is UNCONFIRMED
  const conditions: MoveCondition[] = [
    titleType,
    germanCond,
    monthsCond,
    meansCondition(input, '§ 18c Abs. 2 S. 1 i. V. m. § 9 Abs. 2 S. 1 Nr. 2 AufenthG', true),
    basicKnowledgeCondition(input, '§ 18c Abs. 2 S. 1 i. V. m. § 9 Abs. 2 S. 1 Nr. 8 AufenthG', true),
    livingSpaceCondition(input, '§ 18c Abs. 2 S. 1 i. V. m. § 9 Abs. 2 S. 1 Nr. 9 AufenthG', true),
  ];
  return finish({
    id: 'settlement-18c2',
    title: { de: 'Niederlassungserlaubnis für Inhaber der Blauen Karte EU', en: 'Settlement permit for EU Blue Card holders' },
    conditions,
    fills,
    hints,
  });
}

// ---- § 9 ----

function residenceCondition(f: ResidenceFacts, chain: Chain | null, needed: number, ref: string): MoveCondition {
  const months = chain === null ? 0 : chainMonths(chain, f.date);
  const since = sinceText(chain);
  return cond(
    'residence_months',
    'time',
    months >= needed,
    { de: `${months} von ${needed} Monaten ununterbrochen mit Aufenthaltstitel in Deutschland${since.de}.`, en: `${months} of ${needed} months uninterrupted in Germany with a residence title${since.en}.` },
    ref,
  );
}

function studyHint(f: ResidenceFacts, chain: Chain | null): MoveHint | null {
  if (chain === null) return null;
  const inChain = f.history.some((p) => (p.titleId === 'study' || p.titleId === 'training') && p.from >= chain.from && (chain.to === null || p.from <= chain.to));
  if (!inChain) return null;
  return {
    de: 'Zeiten des Studiums oder der Ausbildung sind hier voll gezählt; ob sie nur zur Hälfte zählen, ist ungesichert und bitte zu prüfen.',
    en: 'Periods of study or training are counted in full here; whether they count only by half is unconfirmed and to be verified.',
    ref: '§ 9 Abs. 4 AufenthG',
  };
}

export function settlement9(f: ResidenceFacts): MoveAssessment {
  const { input, date } = f;
  const p = required(s9Months, date).value;
  const chain = chainCovering(f.history, date);
  const pension = contributionMonths(f.insured, date, f.extraPensionMonths);
  const conditions: MoveCondition[] = [
    residenceCondition(f, chain, p.residenceMonths, '§ 9 Abs. 2 S. 1 Nr. 1 AufenthG'),
    cond(
      'pension_months',
      'time',
      pension >= p.pensionMonths,
      { de: `${pension} von ${p.pensionMonths} Monaten Pflicht- oder freiwillige Beiträge zur gesetzlichen Rentenversicherung.`, en: `${pension} of ${p.pensionMonths} months of compulsory or voluntary contributions to the statutory pension insurance.` },
      '§ 9 Abs. 2 S. 1 Nr. 3 AufenthG',
    ),
    germanCondition(input.person.german, 'B1', '§ 9 Abs. 2 S. 1 Nr. 7 AufenthG'),
    basicKnowledgeCondition(input, '§ 9 Abs. 2 S. 1 Nr. 8 AufenthG'),
    meansCondition(input, '§ 9 Abs. 2 S. 1 Nr. 2 AufenthG'),
    livingSpaceCondition(input, '§ 9 Abs. 2 S. 1 Nr. 9 AufenthG'),
  ];
  const fills: TimeFill[] = [
    { conditionId: 'residence_months', on: chain === null ? null : chainReachesOn(chain, p.residenceMonths) },
    { conditionId: 'pension_months', on: contributionsReachOn(f.insured, date, p.pensionMonths, f.extraPensionMonths) },
  ];
  const hints: MoveHint[] = [PUBLIC_SAFETY_HINT, interruptionHint(chain)];
  const study = studyHint(f, chain);
  if (study) hints.push(study);
  if (f.expired) hints.push(expiredTitleHint(input));
  return finish({ id: 'settlement-9', title: { de: 'Allgemeine Niederlassungserlaubnis', en: 'General settlement permit' }, conditions, fills, hints });
}

// ---- § 9a ----

export function euLongTerm9a(f: ResidenceFacts): MoveAssessment {
  const { input, date } = f;
  const residenceMonths = required(s9aResidenceMonths, date).value;
  const pensionCap = required(s9aPensionMonthsCap, date).value;
  const chain = chainCovering(f.history, date);
  const chancenkarte = input.currentTitle.id === '20a-skilled' || input.currentTitle.id === '20a-points';
  const name = titleName(input.currentTitle.id);
  const titleType = chancenkarte
    ? cond(
        'title_type',
        'fact',
        null,
        { de: `Ob die ${name.de} wie ein Titel zu einem vorübergehenden Zweck ausgeschlossen ist, ist ungesichert.`, en: `Whether the ${name.en} is excluded like a title for a temporary purpose is unconfirmed.` },
        '§ 9a Abs. 3 AufenthG',
        true,
      )
    : cond(
        'title_type',
        'fact',
        true,
        { de: `Die ${name.de} ist kein Titel zum Studium oder zur Ausbildung, die § 9a Abs. 3 ausschließt.`, en: `The ${name.en} is not a study or training title, which § 9a (3) excludes.` },
        '§ 9a Abs. 3 AufenthG',
      );
  const pension = contributionMonths(f.insured, date, f.extraPensionMonths);
  const pensionCond =
    pension >= pensionCap
      ? cond('pension_months', 'time', true, { de: `${pension} Monate Beiträge zur Rentenversicherung: ${pensionCap} Monate genügen.`, en: `${pension} months of pension contributions: ${pensionCap} months suffice.` }, '§ 9c S. 2 AufenthG')
      : cond(
          'pension_months',
          'time',
          null,
          { de: `${pension} Monate Beiträge zur Rentenversicherung: ${pensionCap} Monate genügen sicher; wie viele § 9c S. 2 verlangt, ist ungesichert.`, en: `${pension} months of pension contributions: ${pensionCap} months certainly suffice; how many § 9c sentence 2 requires is unconfirmed.` },
          '§ 9c S. 2 AufenthG',
          true,
        );
  const conditions: MoveCondition[] = [
    titleType,
    residenceCondition(f, chain, residenceMonths, '§ 9a Abs. 2 S. 1 Nr. 1 AufenthG'),
    germanCondition(input.person.german, 'B1', '§ 9a Abs. 2 S. 1 Nr. 3 AufenthG'),
    basicKnowledgeCondition(input, '§ 9a Abs. 2 S. 1 Nr. 4 AufenthG'),
    meansCondition(input, '§ 9a Abs. 2 S. 1 Nr. 2 AufenthG'),
    pensionCond,
    livingSpaceCondition(input, '§ 9a Abs. 2 S. 1 Nr. 6 AufenthG'),
  ];
  const fills: TimeFill[] = [
    { conditionId: 'residence_months', on: chain === null ? null : chainReachesOn(chain, residenceMonths) },
    { conditionId: 'pension_months', on: contributionsReachOn(f.insured, date, pensionCap, f.extraPensionMonths) },
  ];
  const hints: MoveHint[] = [PUBLIC_SAFETY_HINT, interruptionHint(chain)];
  const study = studyHint(f, chain);
  if (study) hints.push({ ...study, ref: '§ 9b Abs. 1 AufenthG' });
  if (f.expired) hints.push(expiredTitleHint(input));
  return finish({ id: 'eu-long-term-9a', title: { de: 'Erlaubnis zum Daueraufenthalt – EU', en: 'EU long-term residence permit' }, conditions, fills, hints });
}
