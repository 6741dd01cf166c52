// EU Blue Card, § 18g AufenthG (form in force since 18 November 2023): four routes.
//   18g-standard     § 18g Abs. 1 S. 1        academic Fachkraft, appropriate job, 50 % of the BBG, no BA approval
//   18g-shortage     § 18g Abs. 1 S. 2 Nr. 1  as above in a shortage occupation, 45.3 %, BA approval (§ 39 Abs. 2)
//   18g-new-entrant  § 18g Abs. 1 S. 2 Nr. 2  degree awarded at most 3 years before, 45.3 %, BA approval
//   18g-it           § 18g Abs. 2             IT specialist without degree, 3 of the last 7 years, 45.3 %, BA approval
// The Blue Card is an entitlement ("wird erteilt"). The 45+ rule of § 18 Abs. 2 Nr. 5 does not apply to it.
// § 18g Abs. 1 S. 5: a degree-equivalent tertiary programme of at least 3 years counts as a degree for the Blue Card
// (qualification.ts, isTertiaryEquivalent), and so opens the three degree routes, not § 18b.
// Dates: the new-entrant window runs to the application (facts.applicationDate, default decisionDate), as the
// statute says ("innerhalb der letzten drei Jahre vor der Beantragung"). The IT route's "in den letzten sieben
// Jahren" (§ 18g Abs. 2) names no reference day: it stays on decisionDate. Thresholds and the law in force are
// those of decisionDate.
// Not modelled: refusal grounds of § 19f (see docs/law/coverage.md).

import type { Text } from '../types.ts';
import type { DecidedCondition, DecidedHint, Lang } from '../decision.ts';
import type { Facts, RouteRule } from '../route.ts';
import { assessment, condition } from '../route.ts';
import { salaryCondition, salaryHint, salaryThreshold, thresholdEur } from '../salary.ts';
import { describeQualification, isAcademicFachkraft, isTertiaryEquivalent, TERTIARY_EQUIVALENT_FROM, TERTIARY_EQUIVALENT_MIN_YEARS } from '../qualification.ts';
import { experienceHint, experienceOn } from '../experience.ts';
import { inForceCondition, jobOfferCondition, licenceCondition } from '../requirements.ts';
import { valueAt } from '../parameters/parameter.ts';
import { blueCardItGroups, blueCardShortageGroups, iscoIn } from '../parameters/occupations.ts';
import { REFORM_STAGE_1, reformStageInForce } from '../parameters/reform2023.ts';
import { addDays, addYears } from '../dates.ts';
import { dateDe, dateEn, monthsDe, monthsEn, numberDe, numberEn } from '../format.ts';
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

function inForce(date: string): DecidedCondition {
  return inForceCondition(reformStageInForce(1, date), REFORM_STAGE_1, '§ 18g AufenthG', BLUE_CARD);
}

/** § 18g Abs. 1 S. 5 AufenthG: a degree-equivalent tertiary programme of at least 3 years. */
const TERTIARY_REF = '§ 18g Abs. 1 S. 5 AufenthG';

/**
 * The Blue Card's qualification: a Fachkraft mit akademischer Ausbildung (§ 18g Abs. 1 S. 1 with § 18 Abs. 3 Nr. 2),
 * or, since 18 November 2023, a degree-equivalent tertiary programme of at least 3 years (§ 18g Abs. 1 S. 5).
 */
function academicCondition(facts: Facts, date: string, ref: string): DecidedCondition {
  const q = facts.qualification;
  const met = isAcademicFachkraft(q);
  if (met !== true && q.tertiaryEquivalent === true && q.level !== 'none') return tertiaryCondition(facts, date, met);
  const say = (lang: Lang): string => {
    const desc = describeQualification(q);
    const text: Text =
      met === true
        ? {
            de: `${desc.de}: Die Person ist Fachkraft mit akademischer Ausbildung (${ref}).`,
            en: `${desc.en}: the person is a skilled worker with academic training (${refEn(ref)}).`,
          }
        : met === false
          ? {
              de: `${desc.de}: Verlangt ist ein deutscher, ein anerkannter oder ein einem deutschen vergleichbarer ausländischer Hochschulabschluss (${ref}).`,
              en: `${desc.en}: a German degree, a recognised foreign degree or a foreign degree comparable to a German one is required (${refEn(ref)}).`,
            }
          : {
              de: `Es ist nicht angegeben, wo der Hochschulabschluss erworben wurde, und er ist in Deutschland nicht bewertet; verlangt ist ein deutscher, anerkannter oder vergleichbarer Abschluss (${ref}).`,
              en: `It is not stated where the degree was obtained and it has not been assessed in Germany; a German, recognised or comparable degree is required (${refEn(ref)}).`,
            };
    if (met === false && q.level === 'vocational' && reformStageInForce(1, date)) {
      text.de += ` Eine einem Hochschulabschluss gleichwertige tertiäre Ausbildung von mindestens ${TERTIARY_EQUIVALENT_MIN_YEARS} Jahren genügt ebenfalls (${TERTIARY_REF}); eine solche ist nicht angegeben.`;
      text.en += ` A tertiary programme of at least ${TERTIARY_EQUIVALENT_MIN_YEARS} years equivalent to a degree is also enough (${refEn(TERTIARY_REF)}); none is stated.`;
    }
    return text[lang];
  };
  return condition('qualification', met, say, ref);
}

/**
 * The qualification condition for a person who states a degree-equivalent tertiary programme (§ 18g Abs. 1 S. 5):
 * met when the programme lasted at least 3 years on a date the sentence is in force; unknown when its length is not
 * given (or the degree's own status is open); not met when shorter or before 18 November 2023.
 */
function tertiaryCondition(facts: Facts, date: string, academic: boolean | null): DecidedCondition {
  const q = facts.qualification;
  const t = isTertiaryEquivalent(q, date);
  const years = q.trainingYears;
  const min = TERTIARY_EQUIVALENT_MIN_YEARS;
  const level = {
    de: 'mindestens der Stufe 6 der ISCED 2011 oder des Europäischen Qualifikationsrahmens zugeordnet',
    en: 'assigned to at least level 6 of ISCED 2011 or of the European Qualifications Framework',
  };
  if (t === true) {
    return condition(
      'qualification',
      true,
      (lang: Lang): string =>
        lang === 'de'
          ? `Die Person hat eine einem Hochschulabschluss gleichwertige tertiäre Ausbildung (${level.de}) von ${numberDe(years!)} Jahren abgeschlossen; verlangt sind mindestens ${min} Jahre. Für die Blaue Karte EU steht sie einem Hochschulabschluss gleich (${TERTIARY_REF}).`
          : `The person completed a tertiary programme equivalent to a degree (${level.en}) of ${numberEn(years!)} years; at least ${min} years are required. For the EU Blue Card it counts like a degree (${refEn(TERTIARY_REF)}).`,
      TERTIARY_REF,
    );
  }
  if (!reformStageInForce(1, date)) {
    return condition(
      'qualification',
      academic === null ? null : false,
      (lang: Lang): string =>
        lang === 'de'
          ? `Eine einem Hochschulabschluss gleichwertige tertiäre Ausbildung zählt für die Blaue Karte EU erst ab dem ${dateDe(TERTIARY_EQUIVALENT_FROM)} (${TERTIARY_REF}); verlangt ist am ${dateDe(date)} ein deutscher, anerkannter oder vergleichbarer Hochschulabschluss.`
          : `A tertiary programme equivalent to a degree only counts for the EU Blue Card from ${dateEn(TERTIARY_EQUIVALENT_FROM)} (${refEn(TERTIARY_REF)}); on ${dateEn(date)} a German, recognised or comparable degree is required.`,
      TERTIARY_REF,
    );
  }
  if (t === null || academic === null) {
    const c = condition(
      'qualification',
      null,
      (lang: Lang): string =>
        t === null
          ? lang === 'de'
            ? `Die Person hat eine einem Hochschulabschluss gleichwertige tertiäre Ausbildung abgeschlossen; ihre Dauer ist nicht angegeben. Sie muss mindestens ${min} Jahre gedauert haben, damit sie für die Blaue Karte EU einem Hochschulabschluss gleichsteht (${TERTIARY_REF}).`
            : `The person completed a tertiary programme equivalent to a degree; its length is not stated. It must have lasted at least ${min} years to count like a degree for the EU Blue Card (${refEn(TERTIARY_REF)}).`
          : lang === 'de'
            ? `Die tertiäre Ausbildung dauerte nur ${numberDe(years!)} Jahre; für die Blaue Karte EU müssten es mindestens ${min} sein (${TERTIARY_REF}). Es ist nicht angegeben, wo der Hochschulabschluss erworben wurde, und er ist in Deutschland nicht bewertet.`
            : `The tertiary programme lasted only ${numberEn(years!)} years; the EU Blue Card requires at least ${min} (${refEn(TERTIARY_REF)}). It is not stated where the degree was obtained and it has not been assessed in Germany.`,
      TERTIARY_REF,
    );
    c.missing = t === null ? ['qualification.trainingYears'] : ['qualification.obtainedIn'];
    return c;
  }
  return condition(
    'qualification',
    false,
    (lang: Lang): string =>
      lang === 'de'
        ? `Die einem Hochschulabschluss gleichwertige tertiäre Ausbildung dauerte ${numberDe(years!)} Jahre; für die Blaue Karte EU sind mindestens ${min} Jahre verlangt (${TERTIARY_REF}), sonst ein deutscher, anerkannter oder vergleichbarer Hochschulabschluss.`
        : `The tertiary programme equivalent to a degree lasted ${numberEn(years!)} years; the EU Blue Card requires at least ${min} years (${refEn(TERTIARY_REF)}), or else a German, recognised or comparable degree.`,
    TERTIARY_REF,
  );
}

function appropriateCondition(job: NonNullable<Facts['job']>, ref: string): DecidedCondition {
  return job.appropriateToQualification
    ? condition(
        'appropriate_employment',
        true,
        (lang: Lang): string => (lang === 'de' ? 'Die Stelle ist der Qualifikation angemessen.' : 'The job is appropriate to the qualification.'),
        ref,
      )
    : condition(
        'appropriate_employment',
        false,
        (lang: Lang): string =>
          lang === 'de'
            ? `Die Stelle ist der Qualifikation nicht angemessen; die Blaue Karte EU setzt eine angemessene Beschäftigung voraus (${ref}).`
            : `The job is not appropriate to the qualification, which the EU Blue Card requires (${refEn(ref)}).`,
        ref,
      );
}

function contractCondition(job: NonNullable<Facts['job']>): DecidedCondition {
  const ref = '§ 18g Abs. 1 AufenthG';
  const m = job.contractMonths;
  if (m === null || m === undefined) {
    return condition(
      'contract_duration',
      true,
      (lang: Lang): string =>
        lang === 'de'
          ? 'Der Arbeitsvertrag ist unbefristet (verlangt sind mindestens 6 Monate).'
          : 'The employment contract is open-ended (at least 6 months are required).',
      ref,
    );
  }
  const ok = m >= MIN_CONTRACT_MONTHS;
  return condition(
    'contract_duration',
    ok,
    (lang: Lang): string =>
      lang === 'de'
        ? `Der Arbeitsvertrag läuft ${monthsDe(m)}; verlangt sind mindestens ${MIN_CONTRACT_MONTHS} Monate (${ref}).`
        : `The employment contract runs for ${monthsEn(m)}; at least ${MIN_CONTRACT_MONTHS} months are required (${refEn(ref)}).`,
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
): { conditions: DecidedCondition[]; hints: DecidedHint[] } {
  const job = facts.job;
  if (!job) return { conditions: [jobOfferCondition(undefined)], hints: [] };
  const threshold = salaryThreshold(kind, date);
  const conditions: DecidedCondition[] = [jobOfferCondition(job)];
  const o = opts.occupation;
  if (o) conditions.push(occupationCondition(job.isco, o.groups, o.ref, o.label));
  if (opts.appropriate) conditions.push(appropriateCondition(job, '§ 18g Abs. 1 S. 1 AufenthG'));
  conditions.push(contractCondition(job));
  conditions.push(salaryCondition({ salaryEur: job.annualGrossSalaryEur, threshold, ref: salaryRef }));
  const licence = licenceCondition(facts);
  if (licence) conditions.push(licence);
  const hints: DecidedHint[] = [];
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
    conditions: [inForce(date), academicCondition(facts, date, ref), ...job.conditions],
    hints: job.hints,
  });
};

function occupationCondition(isco: string, groups: readonly string[], ref: string, label: Text): DecidedCondition {
  const ok = iscoIn(isco, groups);
  const list = groups.join(', ');
  return condition(
    'occupation',
    ok,
    (lang: Lang): string =>
      ok
        ? lang === 'de'
          ? `Die Stelle (ISCO-08 ${isco}) gehört zu den ${label.de} (Gruppen ${list}; ${ref}).`
          : `The job (ISCO-08 ${isco}) is one of the ${label.en} (groups ${list}; ${refEn(ref)}).`
        : lang === 'de'
          ? `Die Stelle (ISCO-08 ${isco}) gehört nicht zu den ${label.de} (Gruppen ${list}; ${ref}).`
          : `The job (ISCO-08 ${isco}) is not one of the ${label.en} (groups ${list}; ${refEn(ref)}).`,
    ref,
  );
}

export const blaueKarteEngpass: RouteRule = (facts, date) => {
  const ref = '§ 18g Abs. 1 S. 2 Nr. 1 AufenthG';
  const conditions: DecidedCondition[] = [inForce(date), academicCondition(facts, date, '§ 18g Abs. 1 S. 1 AufenthG')];
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
  const conditions: DecidedCondition[] = [inForce(date), academicCondition(facts, date, '§ 18g Abs. 1 S. 1 AufenthG')];
  const hints: DecidedHint[] = [];
  const q = facts.qualification;
  const awardedOn = q.awardedOn;
  // S. 5 puts a degree-equivalent tertiary programme on a par with a degree for the Blue Card, so its award date
  // opens the new-entrant window too.
  const tertiary = isAcademicFachkraft(q) !== true && q.tertiaryEquivalent === true && q.level !== 'none';
  if (q.level === 'academic' || tertiary) {
    const degree = tertiary
      ? {
          de: 'Der Abschluss der tertiären Ausbildung',
          en: 'The tertiary qualification',
          deOf: 'des Abschlusses der tertiären Ausbildung',
          enOf: 'of the tertiary qualification',
        }
      : { de: 'Der Hochschulabschluss', en: 'The degree', deOf: 'des Hochschulabschlusses', enOf: 'of the degree' };
    if (awardedOn === undefined) {
      conditions.push(
        condition(
          'degree_date',
          null,
          (lang: Lang): string =>
            lang === 'de'
              ? `Das Datum ${degree.deOf} ist nicht angegeben; er muss innerhalb der letzten ${NEW_ENTRANT_YEARS} Jahre vor dem Antrag erworben sein (${ref}).`
              : `The date ${degree.enOf} is not stated; it must have been awarded within the ${NEW_ENTRANT_YEARS} years before the application (${refEn(ref)}).`,
          ref,
        ),
      );
    } else {
      // § 18g Abs. 1 S. 2 Nr. 2: "innerhalb der letzten drei Jahre vor der Beantragung" - counted to the application.
      const applied = facts.applicationDate;
      const before =
        applied === date
          ? {
              de: `vor dem Antrag (gerechnet zum Tag der Entscheidung, ${dateDe(applied)})`,
              en: `before the application (counted to the decision date, ${dateEn(applied)})`,
            }
          : { de: `vor dem Antrag am ${dateDe(applied)}`, en: `before the application on ${dateEn(applied)}` };
      const end = newEntrantWindowEnd(awardedOn);
      const open = awardedOn <= applied && applied <= end;
      conditions.push(
        condition(
          'degree_date',
          open,
          (lang: Lang): string =>
            open
              ? lang === 'de'
                ? `${degree.de} vom ${dateDe(awardedOn)} wurde innerhalb der letzten ${NEW_ENTRANT_YEARS} Jahre ${before.de} erworben; diese Frist endet am ${dateDe(end)} (${ref}).`
                : `${degree.en} of ${dateEn(awardedOn)} was awarded within the ${NEW_ENTRANT_YEARS} years ${before.en}; this window closes on ${dateEn(end)} (${refEn(ref)}).`
              : awardedOn > applied
                ? lang === 'de'
                  ? `${degree.de} wird erst am ${dateDe(awardedOn)} erworben, nach dem Antrag am ${dateDe(applied)}; er muss bei Antragstellung vorliegen (${ref}).`
                  : `${degree.en} will only be awarded on ${dateEn(awardedOn)}, after the application on ${dateEn(applied)}; it must exist when the application is made (${refEn(ref)}).`
                : lang === 'de'
                  ? `${degree.de} vom ${dateDe(awardedOn)} wurde mehr als ${NEW_ENTRANT_YEARS} Jahre ${before.de} erworben; die Frist für Berufseinsteiger endete am ${dateDe(end)} (${ref}).`
                  : `${degree.en} of ${dateEn(awardedOn)} was awarded more than ${NEW_ENTRANT_YEARS} years ${before.en}; the new-entrant window closed on ${dateEn(end)} (${refEn(ref)}).`,
          ref,
        ),
      );
      if (awardedOn <= applied) {
        hints.push({
          conditionId: 'degree_date',
          kind: 'deadline',
          date: end,
          say: (lang: Lang): string =>
            open
              ? lang === 'de'
                ? `Die Frist für Berufseinsteiger endet am ${dateDe(end)}; der Antrag muss bis dahin gestellt sein.`
                : `The new-entrant window closes on ${dateEn(end)}; the application must be made on or before that day.`
              : lang === 'de'
                ? `Die Frist für Berufseinsteiger endete am ${dateDe(end)}.`
                : `The new-entrant window closed on ${dateEn(end)}.`,
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
  const conditions: DecidedCondition[] = [inForce(date)];
  const hints: DecidedHint[] = [];
  const groups = valueAt(blueCardItGroups, date);
  conditions.push(
    condition(
      'qualification',
      true,
      (lang: Lang): string =>
        lang === 'de'
          ? `Ein Hochschulabschluss ist nicht nötig: § 18g Abs. 2 AufenthG ist eine Ausnahme von § 18 Abs. 2 Nr. 4 AufenthG.`
          : `No degree is needed: section 18g (2) AufenthG is an exception to section 18 (2) no. 4 AufenthG.`,
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
        (lang: Lang): string =>
          xp.met
            ? lang === 'de'
              ? `Die Person hat ${window.de} ${had.de} IT-Berufserfahrung (ISCO-08 ${groups.value.join(', ')}); verlangt sind ${IT_EXPERIENCE_YEARS} Jahre in den letzten ${IT_WINDOW_YEARS} Jahren (${ref}).`
              : `The person has ${had.en} of IT experience (ISCO-08 ${groups.value.join(', ')}) ${window.en}; ${IT_EXPERIENCE_YEARS} years within the last ${IT_WINDOW_YEARS} are required (${refEn(ref)}).`
            : lang === 'de'
              ? `Die Person hat ${window.de} nur ${had.de} IT-Berufserfahrung (ISCO-08 ${groups.value.join(', ')}); verlangt sind ${IT_EXPERIENCE_YEARS} Jahre in den letzten ${IT_WINDOW_YEARS} Jahren, es fehlen etwa ${monthsDe(xp.missingMonths)} (${ref}).`
              : `The person has only ${had.en} of IT experience (ISCO-08 ${groups.value.join(', ')}) ${window.en}; ${IT_EXPERIENCE_YEARS} years within the last ${IT_WINDOW_YEARS} are required, about ${monthsEn(xp.missingMonths)} are missing (${refEn(ref)}).`,
        ref,
      ),
    );
    if (xp.met === false) hints.push(experienceHint(xp.missingMonths, xp.reachedOn, facts));
  }
  const job = jobConditions(facts, date, 'blueCardReduced', ref, {
    appropriate: false,
    occupation: groups && {
      groups: groups.value,
      ref,
      label: { de: 'IT-Berufen nach § 18g Abs. 2 AufenthG', en: 'IT occupations of section 18g (2) AufenthG' },
    },
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
