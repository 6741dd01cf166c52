// § 16d AufenthG: residence for the recognition of a foreign qualification.
// Abs. 3: recognition partnership (from 1 March 2024). Abs. 1: qualification measure after a partial-recognition notice.

import type { Text } from '../types.ts';
import type { DecidedCondition, DecidedHint, DecidedRoute, Lang } from '../decision.ts';
import type { Facts } from '../route.ts';
import { assessment, condition, jobOfferMissing } from '../route.ts';
import { valueAt } from '../parameters/parameter.ts';
import { recognitionGerman, recognitionMonthlyMeans } from '../parameters/recognition.ts';
import { REFORM_STAGE_2, reformStageInForce } from '../parameters/reform2023.ts';
import { germanCondition, inForceCondition } from '../requirements.ts';
import { hasStateRecognisedQualification, describeQualification } from '../qualification.ts';
import { dateDe, dateEn, eurDe, eurEn } from '../format.ts';
import { yearOf } from '../dates.ts';
import { lastConfirmedValue } from '../lastKnown.ts';
import { waitUntil } from '../change.ts';

const REF_3 = '§ 16d Abs. 3 S. 1 AufenthG';

function qualificationCondition(facts: Facts, ref: string): DecidedCondition {
  const q = facts.qualification;
  const ok = hasStateRecognisedQualification(q);
  const d = describeQualification(q);
  return condition(
    'qualification',
    ok,
    (lang: Lang): string =>
      ok === true
        ? lang === 'de'
          ? `Qualifikation: ${d.de}. Sie ist im Ausland staatlich anerkannt und erfüllt die Mindestanforderung (Hochschulabschluss oder mindestens 2-jährige Berufsausbildung).`
          : `Qualification: ${d.en}. It is state-recognised abroad and meets the minimum (a degree or at least 2 years of vocational training).`
        : ok === false
          ? lang === 'de'
            ? `Qualifikation: ${d.de}. Nötig ist ein im Ausland staatlich anerkannter Hochschulabschluss oder eine dort staatlich anerkannte Berufsausbildung von mindestens 2 Jahren; das ist hier nicht gegeben.`
            : `Qualification: ${d.en}. A degree, or a vocational qualification of at least 2 years’ training, state-recognised where it was obtained is required; this is not the case here.`
          : lang === 'de'
            ? `Nötig ist ein im Ausland staatlich anerkannter Hochschulabschluss oder eine dort staatlich anerkannte Berufsausbildung von mindestens 2 Jahren; ob die Qualifikation das erfüllt, geht aus den Angaben nicht hervor (staatliche Anerkennung oder Ausbildungsdauer fehlt).`
            : `A degree, or a vocational qualification of at least 2 years’ training, state-recognised where it was obtained is required; the facts do not show whether the qualification meets this (state recognition or length of training missing).`,
    ref,
  );
}

/**
 * § 16d Abs. 3 AufenthG, recognition partnership ("kann"): from 1 March 2024. Not modelled: the professional
 * link between qualification, job and target occupation, and whether full equivalence is sufficiently likely.
 * BA approval is required (a BeschV provision before § 3, probably § 2a; numbering UNCONFIRMED).
 */
export function anerkennungspartnerschaft(facts: Facts, date: string): DecidedRoute {
  const conditions: DecidedCondition[] = [];
  const hints: DecidedHint[] = [];
  const draft = {
    id: '16d3-partnership' as const,
    title: { de: 'Anerkennungspartnerschaft', en: 'Recognition partnership' },
    ref: '§ 16d Abs. 3 AufenthG',
    baApproval: 'required' as const,
    priorityCheck: false,
    discretionary: true,
    salaryThresholdEur: null,
    conditions,
    hints,
  };
  if (!reformStageInForce(2, date)) {
    conditions.push(
      inForceCondition(false, REFORM_STAGE_2, '§ 16d Abs. 3 AufenthG', { de: 'Die Anerkennungspartnerschaft', en: 'The recognition partnership' }),
    );
    hints.push({
      conditionId: 'in_force',
      kind: 'deadline',
      date: REFORM_STAGE_2,
      change: waitUntil(facts, REFORM_STAGE_2),
      say: (lang: Lang): string =>
        lang === 'de' ? `Ein Antrag ist ab dem ${dateDe(REFORM_STAGE_2)} möglich.` : `An application is possible from ${dateEn(REFORM_STAGE_2)}.`,
    });
    return assessment(draft);
  }
  const german = valueAt(recognitionGerman, date);
  if (!german) throw new RangeError(`§ 16d language level not modelled on ${date}`);
  const need = german.value.partnership;

  conditions.push(qualificationCondition(facts, REF_3));
  const lang = germanCondition(facts.person.german, need, REF_3);
  conditions.push(lang.condition);
  if (lang.hint) hints.push(lang.hint);

  const job = facts.job;
  if (!job) {
    conditions.push(jobOfferMissing(REF_3));
  } else {
    const qualified = job.qualifiedEmployment;
    const helperInRegulated = !qualified && job.regulated === true;
    conditions.push(
      condition(
        'qualified_employment',
        qualified || helperInRegulated,
        (lang: Lang): string =>
          qualified
            ? lang === 'de'
              ? 'Die angebotene Stelle ist eine qualifizierte Beschäftigung.'
              : 'The job offered is qualified employment.'
            : helperInRegulated
              ? lang === 'de'
                ? 'Die Stelle ist keine qualifizierte Beschäftigung; in einem reglementierten Beruf ist das bis zur Berufsausübungserlaubnis zulässig.'
                : 'The job is not qualified employment; in a regulated profession this is allowed until the licence to practise is granted.'
              : lang === 'de'
                ? 'Die Stelle ist keine qualifizierte Beschäftigung; die Anerkennungspartnerschaft setzt in der Regel eine qualifizierte Beschäftigung voraus.'
                : 'The job is not qualified employment; the recognition partnership requires qualified employment as a rule.',
        REF_3,
      ),
    );
  }

  const rp = facts.recognitionPartnership;
  conditions.push(
    condition(
      'agreement',
      rp === undefined ? null : rp.agreementSigned,
      (lang: Lang): string =>
        rp === undefined
          ? lang === 'de'
            ? 'Nicht angegeben, ob Arbeitgeber und Person schriftlich vereinbart haben, das Anerkennungsverfahren unverzüglich nach der Einreise zu beantragen.'
            : 'Not stated whether employer and person have agreed in writing to apply for recognition without delay after entry.'
          : rp.agreementSigned
            ? lang === 'de'
              ? 'Arbeitgeber und Person haben schriftlich vereinbart, das Anerkennungsverfahren unverzüglich nach der Einreise zu beantragen.'
              : 'Employer and person have agreed in writing to apply for recognition without delay after entry.'
            : lang === 'de'
              ? 'Es fehlt die schriftliche Vereinbarung zwischen Arbeitgeber und Person, das Anerkennungsverfahren unverzüglich nach der Einreise zu beantragen.'
              : 'The written agreement between employer and person to apply for recognition without delay after entry is missing.',
      REF_3,
      { missing: ['recognitionPartnership.agreementSigned'] },
    ),
  );
  conditions.push(
    condition(
      'employer_suitable',
      rp === undefined ? null : rp.employerSuitable,
      (lang: Lang): string =>
        rp === undefined
          ? lang === 'de'
            ? 'Nicht angegeben, ob der Arbeitgeber zur Ausbildung oder Nachqualifizierung geeignet ist.'
            : 'Not stated whether the employer is suitable for training or re-qualification.'
          : rp.employerSuitable
            ? lang === 'de'
              ? 'Der Arbeitgeber ist zur Ausbildung oder Nachqualifizierung geeignet.'
              : 'The employer is suitable for training or re-qualification.'
            : lang === 'de'
              ? 'Der Arbeitgeber ist nicht zur Ausbildung oder Nachqualifizierung geeignet.'
              : 'The employer is not suitable for training or re-qualification.',
      REF_3,
      { missing: ['recognitionPartnership.employerSuitable'] },
    ),
  );
  return assessment(draft);
}

interface MeansCheck {
  condition: DecidedCondition;
  hint?: DecidedHint;
}

/**
 * Means of subsistence during a § 16d (1) measure (§ 5 Abs. 1 Nr. 1 AufenthG). In-company: the monthly gross pay
 * reaches the in-company figure, or other net means reach the school-based figure; otherwise only the latter.
 */
function recognitionMeans(facts: Facts, date: string, inCompany: boolean): MeansCheck {
  const ref = '§ 5 Abs. 1 Nr. 1 AufenthG';
  const year = yearOf(date);
  const v = valueAt(recognitionMonthlyMeans, date);
  const figures = v?.value;
  const payMonthly = inCompany && facts.job ? Math.round((facts.job.annualGrossSalaryEur / 12) * 100) / 100 : undefined;
  const net = facts.means?.monthlyNetEur;
  const gross = figures?.inCompanyGross ?? null;
  const other = figures?.otherNet ?? null;

  if (payMonthly !== undefined && gross !== null && payMonthly >= gross) {
    return {
      condition: condition(
        'means',
        true,
        (lang: Lang): string =>
          lang === 'de'
            ? `Die Vergütung von ${eurDe(payMonthly)} brutto im Monat erreicht den Betrag von ${eurDe(gross)} für betriebliche Maßnahmen ${year}.`
            : `Pay of ${eurEn(payMonthly)} gross a month reaches the ${year} figure of ${eurEn(gross)} for in-company measures.`,
        ref,
      ),
    };
  }
  if (net !== undefined && other !== null && net >= other) {
    return {
      condition: condition(
        'means',
        true,
        (lang: Lang): string =>
          lang === 'de'
            ? `Gesicherte Mittel von ${eurDe(net)} netto im Monat erreichen den Betrag von ${eurDe(other)} für ${year}.`
            : `Secured means of ${eurEn(net)} net a month reach the ${year} figure of ${eurEn(other)}.`,
        ref,
      ),
    };
  }
  const unknownFigure = (inCompany && gross === null) || other === null;
  if (unknownFigure) {
    const last = lastConfirmedValue(recognitionMonthlyMeans, date, (x) => x.inCompanyGross !== null && x.otherNet !== null);
    const lastDe = last
      ? ` (zuletzt veröffentlicht für ${yearOf(last.validFrom)}: ${eurDe(last.value.inCompanyGross!)} brutto monatlich bei betrieblichen, ${eurDe(last.value.otherNet!)} netto monatlich bei schulischen Maßnahmen; Quelle: ${last.reference.title})`
      : '';
    const lastEn = last
      ? ` (last published for ${yearOf(last.validFrom)}: ${eurEn(last.value.inCompanyGross!)} gross a month for in-company, ${eurEn(last.value.otherNet!)} net a month for school-based measures; source: ${last.reference.title})`
      : '';
    return {
      condition: condition(
        'means',
        null,
        (lang: Lang): string =>
          lang === 'de'
            ? `Der für ${year} nachzuweisende Lebensunterhalt während einer Maßnahme nach § 16d ist nicht bestätigt${lastDe}; bitte den aktuellen Betrag bei der Auslandsvertretung erfragen.`
            : `The means of subsistence required during a § 16d measure in ${year} are not confirmed${lastEn}; please ask the mission for the current figure.`,
        ref,
        { unconfirmed: true },
      ),
    };
  }
  // both figures known, neither reached
  if (payMonthly === undefined && net === undefined) {
    return {
      condition: condition(
        'means',
        null,
        (lang: Lang): string =>
          lang === 'de'
            ? `Nicht angegeben, wie der Lebensunterhalt gesichert ist; nötig sind ${year} ${eurDe(other!)} netto im Monat (Sperrkonto, Verpflichtungserklärung oder Vergütung).`
            : `Not stated how the means of subsistence are secured; ${year} requires ${eurEn(other!)} net a month (blocked account, formal obligation or pay).`,
        ref,
      ),
      hint: meansHint(other!, year),
    };
  }
  const parts: Text = { de: '', en: '' };
  if (payMonthly !== undefined) {
    parts.de += `Die Vergütung von ${eurDe(payMonthly)} brutto im Monat erreicht den Betrag von ${eurDe(gross!)} für betriebliche Maßnahmen nicht`;
    parts.en += `Pay of ${eurEn(payMonthly)} gross a month is below the ${eurEn(gross!)} required for in-company measures`;
  }
  if (net !== undefined) {
    const sepDe = parts.de ? '; ' : '';
    const sepEn = parts.en ? '; ' : '';
    parts.de += `${sepDe}gesicherte Mittel von ${eurDe(net)} netto im Monat liegen unter ${eurDe(other!)}`;
    parts.en += `${sepEn}secured means of ${eurEn(net)} net a month are below ${eurEn(other!)}`;
  } else {
    parts.de += `; weitere gesicherte Mittel (nötig: ${eurDe(other!)} netto im Monat) sind nicht angegeben`;
    parts.en += `; no other secured means (required: ${eurEn(other!)} net a month) are stated`;
  }
  return {
    condition: condition(
      'means',
      net === undefined ? null : false,
      (lang: Lang): string => (lang === 'de' ? `${parts.de} (${year}).` : `${parts.en} (${year}).`),
      ref,
    ),
    hint: meansHint(other!, year),
  };
}

function meansHint(monthly: number, year: number): DecidedHint {
  return {
    conditionId: 'means',
    kind: 'means',
    target: monthly,
    change: [{ field: 'means.monthlyNetEur', value: monthly }],
    say: (lang: Lang): string =>
      lang === 'de'
        ? `Gesicherte Mittel von ${eurDe(monthly)} netto im Monat (${year}) würden den Lebensunterhalt decken.`
        : `Secured means of ${eurEn(monthly)} net a month (${year}) would cover the means of subsistence.`,
  };
}

/**
 * § 16d Abs. 1 AufenthG, qualification measure after a partial-recognition notice ("soll").
 * The contract has no field for where the measure takes place: with a job offer the employer is taken to run an
 * in-company measure (BA approval, § 16d Abs. 1 S. 2 Nr. 3); without one, a school- or course-based measure is
 * assumed (no BA approval). Not modelled: whether the measure is suitable to lead to recognition.
 */
export function qualifizierungsmassnahme(facts: Facts, date: string): DecidedRoute {
  const conditions: DecidedCondition[] = [];
  const hints: DecidedHint[] = [];
  const german = valueAt(recognitionGerman, date);
  if (!german) throw new RangeError(`§ 16d language level not modelled on ${date}`);
  const need = german.value.qualificationMeasure;
  const inCompany = facts.job !== undefined;

  const partial = facts.qualification.germanAssessment === 'partial';
  conditions.push(
    condition(
      'partial_recognition',
      partial,
      (lang: Lang): string =>
        partial
          ? lang === 'de'
            ? 'Eine deutsche Anerkennungsstelle hat festgestellt, dass Anpassungs- oder Ausgleichsmaßnahmen nötig sind (Teilanerkennung, Defizitbescheid).'
            : 'A German recognition body has found that adaptation or compensation measures are needed (partial recognition notice).'
          : lang === 'de'
            ? 'Nötig ist ein Bescheid einer deutschen Anerkennungsstelle, dass Anpassungs- oder Ausgleichsmaßnahmen nötig sind (Teilanerkennung, Defizitbescheid); ein solcher liegt nicht vor.'
            : 'A notice from a German recognition body that adaptation or compensation measures are needed (partial recognition) is required; there is none.',
      '§ 16d Abs. 1 S. 1 AufenthG',
    ),
  );
  const lang = germanCondition(facts.person.german, need, '§ 16d Abs. 1 S. 2 Nr. 1 AufenthG', {
    de: ' Das gilt in der Regel; die Kenntnisse müssen der Maßnahme entsprechen.',
    en: ' This applies as a rule; the German must suit the measure.',
  });
  conditions.push(lang.condition);
  if (lang.hint) hints.push(lang.hint);

  conditions.push(
    condition(
      'measure',
      inCompany ? true : null,
      (lang: Lang): string =>
        inCompany
          ? lang === 'de'
            ? 'Da ein Arbeitgeber eine Stelle anbietet, wird eine überwiegend betriebliche Maßnahme angenommen: Dafür muss die Bundesagentur für Arbeit zustimmen.'
            : 'As an employer offers a job, the measure is taken to be mainly in-company, which needs the approval of the Federal Employment Agency.'
          : lang === 'de'
            ? 'Ohne Arbeitgeber wird eine schulische oder kursförmige Maßnahme angenommen (ohne Zustimmung der Bundesagentur für Arbeit); der Platz in einer Qualifizierungsmaßnahme muss nachgewiesen werden. Findet sie überwiegend im Betrieb statt, muss die Bundesagentur für Arbeit zustimmen.'
            : 'Without an employer a school- or course-based measure is assumed (no approval of the Federal Employment Agency); a place in a qualification measure must be proven. If it takes place mainly in a company, the Federal Employment Agency must approve.',
      '§ 16d Abs. 1 S. 2 Nr. 3 AufenthG',
    ),
  );

  const means = recognitionMeans(facts, date, inCompany);
  conditions.push(means.condition);
  if (means.hint) hints.push(means.hint);

  return assessment({
    id: '16d1-qualification',
    title: { de: 'Qualifizierungsmaßnahme nach Teilanerkennung', en: 'Qualification measure after partial recognition' },
    ref: '§ 16d Abs. 1 AufenthG',
    baApproval: inCompany ? 'required' : 'not_required',
    priorityCheck: false,
    discretionary: true,
    salaryThresholdEur: null,
    conditions,
    hints,
  });
}
