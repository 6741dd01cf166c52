// Requirement builders shared by the route modules: job offer, licence, qualified employment, in force,
// the 45+ salary rule, language. Each returns a named condition with a statute reference and a bilingual
// text that states the facts and the rule.

import type { Cefr, Text } from './types.ts';
import type { DecidedCondition, DecidedHint, Lang } from './decision.ts';
import { CEFR_LEVELS } from './types.ts';
import type { Facts } from './route.ts';
import { condition, jobOfferMissing } from './route.ts';
import type { ThresholdLookup } from './salary.ts';
import { salaryCondition, salaryHint, salaryThreshold } from './salary.ts';
import { ageOn, birthdayAt } from './dates.ts';
import { dateDe, dateEn, eurDe, eurEn } from './format.ts';
import { refEn } from './citation.ts';

type Job = NonNullable<Facts['job']>;

/** The job-offer condition: met with the job's key facts, or unknown when there is no offer (contract v1). */
export function jobOfferCondition(job: Job | undefined, ref = '§ 18 Abs. 2 Nr. 1 AufenthG'): DecidedCondition {
  if (!job) return jobOfferMissing(ref);
  return condition(
    'job_offer',
    true,
    (lang: Lang): string =>
      lang === 'de'
        ? `Es liegt ein konkretes Arbeitsplatzangebot vor (ISCO-08 ${job.isco}, ${eurDe(job.annualGrossSalaryEur)} brutto im Jahr).`
        : `There is a concrete job offer (ISCO-08 ${job.isco}, ${eurEn(job.annualGrossSalaryEur)} gross a year).`,
    ref,
  );
}

/**
 * § 18 Abs. 2 Nr. 3 AufenthG: for a regulated job the licence to practise must be granted or promised.
 * Returns undefined when the job is not regulated (nothing to check).
 */
export function licenceCondition(facts: Facts, ref = '§ 18 Abs. 2 Nr. 3 AufenthG'): DecidedCondition | undefined {
  if (!facts.job || facts.job.regulated !== true) return undefined;
  const licence = facts.qualification.licence;
  if (licence === 'granted' || licence === 'promised') {
    const de = licence === 'granted' ? 'erteilt' : 'zugesagt';
    const en = licence === 'granted' ? 'granted' : 'promised';
    return condition(
      'licence',
      true,
      (lang: Lang): string =>
        lang === 'de'
          ? `Die Stelle ist reglementiert; die Berufsausübungserlaubnis ist ${de} (${ref}).`
          : `The job is regulated; the licence to practise has been ${en} (${refEn(ref)}).`,
      ref,
    );
  }
  if (licence === 'missing') {
    return condition(
      'licence',
      false,
      (lang: Lang): string =>
        lang === 'de'
          ? `Die Stelle ist reglementiert, aber die Berufsausübungserlaubnis ist weder erteilt noch zugesagt (${ref}).`
          : `The job is regulated, but the licence to practise has been neither granted nor promised (${refEn(ref)}).`,
      ref,
    );
  }
  if (licence === 'not_needed') {
    return condition(
      'licence',
      null,
      (lang: Lang): string =>
        lang === 'de'
          ? `Die Stelle ist als reglementiert angegeben, die Qualifikation aber als „keine Berufsausübungserlaubnis nötig“; das ist zu klären (${ref}).`
          : `The job is marked as regulated, but the qualification as "no licence to practise needed"; this needs clarifying (${refEn(ref)}).`,
      ref,
      { missing: ['qualification.licence', 'job.regulated'] },
    );
  }
  return condition(
    'licence',
    null,
    (lang: Lang): string =>
      lang === 'de'
        ? `Die Stelle ist reglementiert; ob die Berufsausübungserlaubnis erteilt oder zugesagt ist, ist nicht angegeben (${ref}).`
        : `The job is regulated; whether the licence to practise has been granted or promised is not stated (${refEn(ref)}).`,
    ref,
    { missing: ['qualification.licence'] },
  );
}

/** The employment is a qualified one (it needs skills acquired in a qualified training or degree). */
export function qualifiedEmploymentCondition(job: Job, ref: string): DecidedCondition {
  return job.qualifiedEmployment
    ? condition(
        'qualified_employment',
        true,
        (lang: Lang): string => (lang === 'de' ? 'Die Stelle ist eine qualifizierte Beschäftigung.' : 'The job is qualified employment.'),
        ref,
      )
    : condition(
        'qualified_employment',
        false,
        (lang: Lang): string =>
          lang === 'de'
            ? `Die Stelle ist keine qualifizierte Beschäftigung; dieser Weg setzt eine voraus (${ref}).`
            : `The job is not qualified employment, which this route requires (${refEn(ref)}).`,
        ref,
      );
}

/** The route's rule is in force on `date` (in force from `since`). */
export function inForceCondition(inForce: boolean, since: string, ref: string, name: Text): DecidedCondition {
  return inForce
    ? condition(
        'in_force',
        true,
        (lang: Lang): string =>
          lang === 'de' ? `${name.de} gilt in dieser Form seit dem ${dateDe(since)}.` : `${name.en} applies in this form since ${dateEn(since)}.`,
        ref,
      )
    : condition(
        'in_force',
        false,
        (lang: Lang): string => (lang === 'de' ? `${name.de} gilt erst ab dem ${dateDe(since)}.` : `${name.en} only applies from ${dateEn(since)}.`),
        ref,
      );
}

export function cefrAtLeast(level: Cefr, min: Cefr): boolean {
  return CEFR_LEVELS.indexOf(level) >= CEFR_LEVELS.indexOf(min);
}

/** A German-language requirement, with a hint naming the level needed when it fails. */
export function germanCondition(level: Cefr, min: Cefr, ref: string, note: Text = { de: '', en: '' }): { condition: DecidedCondition; hint?: DecidedHint } {
  const has = level === 'none' ? { de: 'keine Deutschkenntnisse', en: 'no German' } : { de: `Deutsch auf Niveau ${level}`, en: `German at level ${level}` };
  const ok = cefrAtLeast(level, min);
  const c = condition(
    'language',
    ok,
    (lang: Lang): string =>
      lang === 'de'
        ? `Die Person hat ${has.de}; verlangt ist mindestens ${min} (${ref}).${note.de}`
        : `The person has ${has.en}; at least ${min} is required (${refEn(ref)}).${note.en}`,
    ref,
  );
  if (ok) return { condition: c };
  return {
    condition: c,
    hint: {
      conditionId: 'language',
      kind: 'language',
      target: min,
      change: [{ field: 'person.german', value: min }],
      say: (lang: Lang): string =>
        lang === 'de' ? `Mit Deutschkenntnissen auf Niveau ${min} wäre diese Voraussetzung erfüllt.` : `German at level ${min} would meet this requirement.`,
    },
  };
}

export interface Age45Result {
  condition: DecidedCondition;
  /** the 55 % threshold when the rule applies to the person (even if the salary meets it); undefined when it does not apply */
  threshold?: ThresholdLookup;
  hints: DecidedHint[];
}

/**
 * The 45+ rule of § 18 Abs. 2 Nr. 5 AufenthG: on the first residence title for employment granted after the
 * person turned 45 (age on the decision date, § 187 Abs. 2 BGB), the salary must reach 55 % of the BBG unless
 * adequate old-age provision is proven. The statute ties the age to the grant ("im Fall der erstmaligen Erteilung
 * ... nach Vollendung des 45. Lebensjahres"), not to the application: decisionDate, never facts.applicationDate.
 */
export function age45Condition(facts: Facts, date: string, ref = '§ 18 Abs. 2 Nr. 5 AufenthG', opts: { unconfirmed?: boolean } = {}): Age45Result {
  const id = 'age_45_salary';
  const { person, job } = facts;
  const age = ageOn(person.birthDate, date);
  const turns45 = birthdayAt(person.birthDate, 45);
  // an unconfirmed scope matters only where the rule bites; the early returns below state that it does not
  const o = { unconfirmed: false };
  if (age < 45) {
    return {
      condition: condition(
        id,
        true,
        (lang: Lang): string =>
          lang === 'de'
            ? `Die Person ist am ${dateDe(date)} ${age} Jahre alt; die Gehaltsgrenze für Personen ab 45 Jahren gilt erst ab dem 45. Geburtstag am ${dateDe(turns45)} (${ref}).`
            : `The person is ${age} on ${dateEn(date)}; the minimum salary for people aged 45 or over only applies from their 45th birthday on ${dateEn(turns45)} (${refEn(ref)}).`,
        ref,
        o,
      ),
      hints: [],
    };
  }
  if (!person.firstTitleInGermany) {
    return {
      condition: condition(
        id,
        true,
        (lang: Lang): string =>
          lang === 'de'
            ? `Die Person ist ${age} Jahre alt, hatte aber schon einen Aufenthaltstitel zur Beschäftigung; die Gehaltsgrenze ab 45 Jahren gilt nur für den ersten (${ref}).`
            : `The person is ${age} but has held a residence title for employment before; the minimum salary from age 45 only applies to the first one (${refEn(ref)}).`,
        ref,
        o,
      ),
      hints: [],
    };
  }
  if (person.adequatePensionProvision === true) {
    return {
      condition: condition(
        id,
        true,
        (lang: Lang): string =>
          lang === 'de'
            ? `Die Person ist ${age} Jahre alt und weist eine angemessene Altersversorgung nach; die Gehaltsgrenze ab 45 Jahren gilt daher nicht (${ref}).`
            : `The person is ${age} and has proven adequate old-age provision, so the minimum salary from age 45 does not apply (${refEn(ref)}).`,
        ref,
        o,
      ),
      hints: [],
    };
  }
  o.unconfirmed = opts.unconfirmed ?? false;
  const threshold = salaryThreshold('age45', date);
  const pensionUnknown = person.adequatePensionProvision === undefined;
  const lead: Text = {
    de: `Die Person ist am ${dateDe(date)} ${age} Jahre alt und erhält ihren ersten Aufenthaltstitel zur Beschäftigung${pensionUnknown ? '' : ' ohne Nachweis einer angemessenen Altersversorgung'}.`,
    en: `The person is ${age} on ${dateEn(date)} and is getting their first residence title for employment${pensionUnknown ? '' : ' without proof of adequate old-age provision'}.`,
  };
  if (!job) {
    const amount =
      threshold.status === 'published' ? { de: ` von ${eurDe(threshold.amountEur)}`, en: ` of ${eurEn(threshold.amountEur)}` } : { de: '', en: '' };
    return {
      condition: condition(
        id,
        null,
        (lang: Lang): string =>
          lang === 'de'
            ? `${lead.de} Ohne Stellenangebot lässt sich die Gehaltsgrenze${amount.de} nicht prüfen (${ref}).`
            : `${lead.en} Without a job offer the minimum salary${amount.en} cannot be checked (${refEn(ref)}).`,
        ref,
        o,
      ),
      threshold,
      hints: [],
    };
  }
  const s = salaryCondition({
    salaryEur: job.annualGrossSalaryEur,
    threshold,
    ref,
    id,
    purpose: { de: 'für Personen ab 45 Jahren', en: 'for people aged 45 or over' },
  });
  let met = s.met;
  let tail: Text = { de: '', en: '' };
  if (met === false && pensionUnknown) {
    met = null;
    tail = {
      de: ' Das genügt nur, wenn eine angemessene Altersversorgung nachgewiesen wird; dazu fehlt die Angabe.',
      en: ' This is only enough if adequate old-age provision is proven, which is not stated.',
    };
  }
  // s's words already carry the verify note when the threshold rests on an unconfirmed value
  const cond = condition(id, met, (lang: Lang): string => `${lead[lang]} ${s.say(lang)}${tail[lang]}`, ref, {
    unconfirmed: o.unconfirmed && s.unconfirmed !== true,
  });
  if (s.unconfirmed) cond.unconfirmed = true;
  const hints: DecidedHint[] = [];
  const h = salaryHint(job.annualGrossSalaryEur, threshold, id);
  if (h && met !== true) {
    hints.push(h, {
      conditionId: id,
      kind: 'other',
      change: [{ field: 'person.adequatePensionProvision', value: true }],
      say: (lang: Lang): string =>
        lang === 'de' ? 'Alternativ genügt der Nachweis einer angemessenen Altersversorgung.' : 'Alternatively, proof of adequate old-age provision is enough.',
    });
  }
  return { condition: cond, threshold, hints };
}
