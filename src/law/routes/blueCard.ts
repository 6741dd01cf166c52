// EU Blue Card, § 18g AufenthG (form in force since 18 November 2023): four routes.
//   18g-standard     § 18g Abs. 1 S. 1        academic Fachkraft, appropriate job, 50 % of the BBG, no BA approval
//   18g-shortage     § 18g Abs. 1 S. 2 Nr. 1  as above in a shortage occupation, 45.3 %, BA approval (§ 39 Abs. 2)
//   18g-new-entrant  § 18g Abs. 1 S. 2 Nr. 2  degree awarded at most 3 years before, 45.3 %, BA approval
//   18g-it           § 18g Abs. 2             IT specialist without degree, 3 of the last 7 years, 45.3 %, BA approval
// The Blue Card is an entitlement ("wird erteilt"). The 45+ rule of § 18 Abs. 2 Nr. 5 does not apply to it.
// Not modelled: § 18g Abs. 1 S. 5 (tertiary equivalent), refusal grounds of § 19f (see docs/law/coverage.md).

import type { Condition, Hint, Text } from '../types.ts';
import type { Facts, RouteRule } from '../route.ts';
import { assessment, condition } from '../route.ts';
import { salaryCondition, salaryHint, salaryThreshold, thresholdEur } from '../salary.ts';
import { describeQualification, isAcademicFachkraft } from '../qualification.ts';
import { experienceHint, experienceOn } from '../experience.ts';
import { inForceCondition, jobOfferCondition, licenceCondition } from '../requirements.ts';
import { valueAt } from '../parameters/parameter.ts';
import { blueCardItGroups, blueCardShortageGroups, iscoIn } from '../parameters/occupations.ts';
import { REFORM_STAGE_1, reformStageInForce } from '../parameters/reform2023.ts';
import { addDays, addYears } from '../dates.ts';
import { dateDe, dateEn, monthsDe, monthsEn } from '../format.ts';
import { refEn } from '../citation.ts';

/** Minimum duration of the contract or binding job offer, in months. */
export const MIN_CONTRACT_MONTHS = 6;
/** § 18g Abs. 1 S. 2 Nr. 2: the degree may have been awarded at most this many years before. */
export const NEW_ENTRANT_YEARS = 3;
/** § 18g Abs. 2: comparable experience of this many years ... */
export const IT_EXPERIENCE_YEARS = 3;
/** ... within this many years. */
export const IT_WINDOW_YEARS = 7;

const BLUE_CARD: Text = { de: 'Die Blaue Karte EU', en: 'The EU Blue Card' };

function inForce(date: string): Condition {
  return inForceCondition(reformStageInForce(1, date), REFORM_STAGE_1, '§ 18g AufenthG', BLUE_CARD);
}

function academicCondition(facts: Facts, ref: string): Condition {
  const q = facts.qualification;
  const desc = describeQualification(q);
  const met = isAcademicFachkraft(q);
  const text: Text =
    met === true
      ? { de: `${desc.de}: Die Person ist Fachkraft mit akademischer Ausbildung (${ref}).`, en: `${desc.en}: the person is a skilled worker with academic training (${refEn(ref)}).` }
      : met === false
        ? {
            de: `${desc.de}: Verlangt ist ein deutscher, ein anerkannter oder ein einem deutschen vergleichbarer ausländischer Hochschulabschluss (${ref}).`,
            en: `${desc.en}: a German degree, a recognised foreign degree or a foreign degree comparable to a German one is required (${refEn(ref)}).`,
          }
        : {
            de: `Es ist nicht angegeben, wo der Hochschulabschluss erworben wurde, und er ist in Deutschland nicht bewertet; verlangt ist ein deutscher, anerkannter oder vergleichbarer Abschluss (${ref}).`,
            en: `It is not stated where the degree was obtained and it has not been assessed in Germany; a German, recognised or comparable degree is required (${refEn(ref)}).`,
          };
  return condition('qualification', met, text, ref);
}

function appropriateCondition(job: NonNullable<Facts['job']>, ref: string): Condition {
  return job.appropriateToQualification
    ? condition('appropriate_employment', true, { de: 'Die Stelle ist der Qualifikation angemessen.', en: 'The job is appropriate to the qualification.' }, ref)
    : condition(
        'appropriate_employment',
        false,
        {
          de: `Die Stelle ist der Qualifikation nicht angemessen; die Blaue Karte EU setzt eine angemessene Beschäftigung voraus (${ref}).`,
          en: `The job is not appropriate to the qualification, which the EU Blue Card requires (${refEn(ref)}).`,
        },
        ref,
      );
}

function contractCondition(job: NonNullable<Facts['job']>): Condition {
  const ref = '§ 18g Abs. 1 AufenthG';
  const m = job.contractMonths;
  if (m === null || m === undefined) {
    return condition('contract_duration', true, { de: 'Der Arbeitsvertrag ist unbefristet (verlangt sind mindestens 6 Monate).', en: 'The employment contract is open-ended (at least 6 months are required).' }, ref);
  }
  const ok = m >= MIN_CONTRACT_MONTHS;
  return condition(
    'contract_duration',
    ok,
    {
      de: `Der Arbeitsvertrag läuft ${monthsDe(m)}; verlangt sind mindestens ${MIN_CONTRACT_MONTHS} Monate (${ref}).`,
      en: `The employment contract runs for ${monthsEn(m)}; at least ${MIN_CONTRACT_MONTHS} months are required (${refEn(ref)}).`,
    },
    ref,
  );
}

/** The occupation groups a route requires of the job (a condition on the job's ISCO group), with its norm. */
interface OccupationRule {
  groups: readonly string[];
  ref: string;
  /** the groups' name after "gehört zu den" / "is one of the" */
  label: Text;
}

/** Conditions on the job common to the Blue Card routes, the salary condition and its hint. */
function jobConditions(
  facts: Facts,
  date: string,
  kind: 'blueCardStandard' | 'blueCardReduced',
  salaryRef: string,
  opts: { appropriate: boolean; occupation?: OccupationRule | undefined },
): { conditions: Condition[]; hints: Hint[] } {
  const job = facts.job;
  if (!job) return { conditions: [jobOfferCondition(undefined)], hints: [] };
  const threshold = salaryThreshold(kind, date);
  const conditions: Condition[] = [jobOfferCondition(job)];
  const o = opts.occupation;
  if (o) conditions.push(occupationCondition(job.isco, o.groups, o.ref, o.label));
  if (opts.appropriate) conditions.push(appropriateCondition(job, '§ 18g Abs. 1 S. 1 AufenthG'));
  conditions.push(contractCondition(job));
  conditions.push(salaryCondition({ salaryEur: job.annualGrossSalaryEur, threshold, ref: salaryRef }));
  const licence = licenceCondition(facts);
  if (licence) conditions.push(licence);
  const hints: Hint[] = [];
  const h = salaryHint(job.annualGrossSalaryEur, threshold);
  if (h) hints.push(h);
  return { conditions, hints };
}

export const blaueKarteStandard: RouteRule = (facts, date) => {
  const ref = '§ 18g Abs. 1 S. 1 AufenthG';
  const job = jobConditions(facts, date, 'blueCardStandard', ref, { appropriate: true });
  return assessment({
    id: '18g-standard',
    title: { de: 'Blaue Karte EU (Regelfall)', en: 'EU Blue Card (standard)' },
    ref,
    baApproval: 'not_required',
    priorityCheck: false,
    discretionary: false,
    salaryThresholdEur: thresholdEur(salaryThreshold('blueCardStandard', date)),
    conditions: [inForce(date), academicCondition(facts, ref), ...job.conditions],
    hints: job.hints,
  });
};

function occupationCondition(isco: string, groups: readonly string[], ref: string, label: Text): Condition {
  const ok = iscoIn(isco, groups);
  const list = groups.join(', ');
  return condition(
    'occupation',
    ok,
    ok
      ? { de: `Die Stelle (ISCO-08 ${isco}) gehört zu den ${label.de} (Gruppen ${list}; ${ref}).`, en: `The job (ISCO-08 ${isco}) is one of the ${label.en} (groups ${list}; ${refEn(ref)}).` }
      : { de: `Die Stelle (ISCO-08 ${isco}) gehört nicht zu den ${label.de} (Gruppen ${list}; ${ref}).`, en: `The job (ISCO-08 ${isco}) is not one of the ${label.en} (groups ${list}; ${refEn(ref)}).` },
    ref,
  );
}

export const blaueKarteEngpass: RouteRule = (facts, date) => {
  const ref = '§ 18g Abs. 1 S. 2 Nr. 1 AufenthG';
  const conditions: Condition[] = [inForce(date), academicCondition(facts, '§ 18g Abs. 1 S. 1 AufenthG')];
  const groups = valueAt(blueCardShortageGroups, date);
  const job = jobConditions(facts, date, 'blueCardReduced', '§ 18g Abs. 1 S. 2 AufenthG', {
    appropriate: true,
    occupation: groups && { groups: groups.value, ref, label: { de: 'Engpassberufen der Blauen Karte EU', en: 'shortage occupations of the EU Blue Card' } },
  });
  conditions.push(...job.conditions);
  return assessment({
    id: '18g-shortage',
    title: { de: 'Blaue Karte EU (Engpassberuf)', en: 'EU Blue Card (shortage occupation)' },
    ref,
    baApproval: 'required',
    priorityCheck: false,
    discretionary: false,
    salaryThresholdEur: thresholdEur(salaryThreshold('blueCardReduced', date)),
    conditions,
    hints: job.hints,
  });
};

/** Last day of the new-entrant window: 3 years from the award (§§ 187 Abs. 1, 188 Abs. 2 BGB). */
export function newEntrantWindowEnd(awardedOn: string): string {
  return addDays(addYears(addDays(awardedOn, 1), NEW_ENTRANT_YEARS), -1);
}

export const blaueKarteBerufseinsteiger: RouteRule = (facts, date) => {
  const ref = '§ 18g Abs. 1 S. 2 Nr. 2 AufenthG';
  const conditions: Condition[] = [inForce(date), academicCondition(facts, '§ 18g Abs. 1 S. 1 AufenthG')];
  const hints: Hint[] = [];
  const awardedOn = facts.qualification.awardedOn;
  if (facts.qualification.level === 'academic') {
    if (awardedOn === undefined) {
      conditions.push(
        condition(
          'degree_date',
          null,
          {
            de: `Das Datum des Hochschulabschlusses ist nicht angegeben; er darf höchstens ${NEW_ENTRANT_YEARS} Jahre zurückliegen (${ref}).`,
            en: `The date of the degree is not stated; it must have been awarded at most ${NEW_ENTRANT_YEARS} years earlier (${refEn(ref)}).`,
          },
          ref,
        ),
      );
    } else {
      const end = newEntrantWindowEnd(awardedOn);
      const open = awardedOn <= date && date <= end;
      conditions.push(
        condition(
          'degree_date',
          open,
          open
            ? {
                de: `Der Hochschulabschluss vom ${dateDe(awardedOn)} liegt höchstens ${NEW_ENTRANT_YEARS} Jahre zurück; diese Frist endet am ${dateDe(end)} (${ref}).`,
                en: `The degree of ${dateEn(awardedOn)} was awarded at most ${NEW_ENTRANT_YEARS} years ago; this window closes on ${dateEn(end)} (${refEn(ref)}).`,
              }
            : awardedOn > date
              ? {
                  de: `Der Hochschulabschluss wird erst am ${dateDe(awardedOn)} erworben (${ref}).`,
                  en: `The degree will only be awarded on ${dateEn(awardedOn)} (${refEn(ref)}).`,
                }
              : {
                  de: `Der Hochschulabschluss vom ${dateDe(awardedOn)} liegt mehr als ${NEW_ENTRANT_YEARS} Jahre zurück; die Frist für Berufseinsteiger endete am ${dateDe(end)} (${ref}).`,
                  en: `The degree of ${dateEn(awardedOn)} was awarded more than ${NEW_ENTRANT_YEARS} years ago; the new-entrant window closed on ${dateEn(end)} (${refEn(ref)}).`,
                },
          ref,
        ),
      );
      if (awardedOn <= date) {
        hints.push({
          conditionId: 'degree_date',
          kind: 'deadline',
          date: end,
          text: open
            ? { de: `Die Frist für Berufseinsteiger endet am ${dateDe(end)}; der Antrag muss bis dahin entschieden sein.`, en: `The new-entrant window closes on ${dateEn(end)}; the decision must fall on or before that day.` }
            : { de: `Die Frist für Berufseinsteiger endete am ${dateDe(end)}.`, en: `The new-entrant window closed on ${dateEn(end)}.` },
        });
      }
    }
  }
  const job = jobConditions(facts, date, 'blueCardReduced', '§ 18g Abs. 1 S. 2 AufenthG', { appropriate: true });
  conditions.push(...job.conditions);
  return assessment({
    id: '18g-new-entrant',
    title: { de: 'Blaue Karte EU (Berufseinsteiger)', en: 'EU Blue Card (new entrant)' },
    ref,
    baApproval: 'required',
    priorityCheck: false,
    discretionary: false,
    salaryThresholdEur: thresholdEur(salaryThreshold('blueCardReduced', date)),
    conditions,
    hints: [...job.hints, ...hints],
  });
};

export const blaueKarteIt: RouteRule = (facts, date) => {
  const ref = '§ 18g Abs. 2 AufenthG';
  const conditions: Condition[] = [inForce(date)];
  const hints: Hint[] = [];
  const groups = valueAt(blueCardItGroups, date);
  conditions.push(
    condition(
      'qualification',
      true,
      {
        de: `Ein Hochschulabschluss ist nicht nötig: § 18g Abs. 2 AufenthG ist eine Ausnahme von § 18 Abs. 2 Nr. 4 AufenthG.`,
        en: `No degree is needed: section 18g (2) AufenthG is an exception to section 18 (2) no. 4 AufenthG.`,
      },
      ref,
    ),
  );
  if (groups) {
    const xp = experienceOn(facts.experience, date, { years: IT_EXPERIENCE_YEARS, withinYears: IT_WINDOW_YEARS, iscoGroups: groups.value });
    const had = { de: monthsDe(xp.months), en: monthsEn(xp.months) };
    const window = { de: `vom ${dateDe(xp.windowFrom)} bis ${dateDe(xp.windowTo)}`, en: `from ${dateEn(xp.windowFrom)} to ${dateEn(xp.windowTo)}` };
    conditions.push(
      condition(
        'experience',
        xp.met,
        xp.met
          ? {
              de: `Die Person hat ${window.de} ${had.de} IT-Berufserfahrung (ISCO-08 ${groups.value.join(', ')}); verlangt sind ${IT_EXPERIENCE_YEARS} Jahre in den letzten ${IT_WINDOW_YEARS} Jahren (${ref}).`,
              en: `The person has ${had.en} of IT experience (ISCO-08 ${groups.value.join(', ')}) ${window.en}; ${IT_EXPERIENCE_YEARS} years within the last ${IT_WINDOW_YEARS} are required (${refEn(ref)}).`,
            }
          : {
              de: `Die Person hat ${window.de} nur ${had.de} IT-Berufserfahrung (ISCO-08 ${groups.value.join(', ')}); verlangt sind ${IT_EXPERIENCE_YEARS} Jahre in den letzten ${IT_WINDOW_YEARS} Jahren, es fehlen etwa ${monthsDe(xp.missingMonths)} (${ref}).`,
              en: `The person has only ${had.en} of IT experience (ISCO-08 ${groups.value.join(', ')}) ${window.en}; ${IT_EXPERIENCE_YEARS} years within the last ${IT_WINDOW_YEARS} are required, about ${monthsEn(xp.missingMonths)} are missing (${refEn(ref)}).`,
            },
        ref,
      ),
    );
    if (xp.met === false) hints.push(experienceHint(xp.missingMonths, xp.reachedOn, facts));
  }
  const job = jobConditions(facts, date, 'blueCardReduced', ref, {
    appropriate: false,
    occupation: groups && { groups: groups.value, ref, label: { de: 'IT-Berufen nach § 18g Abs. 2 AufenthG', en: 'IT occupations of section 18g (2) AufenthG' } },
  });
  conditions.push(...job.conditions);
  return assessment({
    id: '18g-it',
    title: { de: 'Blaue Karte EU (IT-Fachkraft ohne Hochschulabschluss)', en: 'EU Blue Card (IT specialist without degree)' },
    ref,
    baApproval: 'required',
    priorityCheck: false,
    discretionary: false,
    salaryThresholdEur: thresholdEur(salaryThreshold('blueCardReduced', date)),
    conditions,
    hints: [...job.hints, ...hints],
  });
};
