// Qualified employment on professional experience, § 19c Abs. 2 AufenthG with § 6 BeschV ("kann": discretionary),
// BA approval without priority check. Two forms by date:
//   until 29.02.2024 (old § 6 BeschV): IT specialists only, 3 years of IT experience within the last 7 years,
//     60 % of the BBG, German B1 (waivable in individual cases: not modelled, see docs/law/coverage.md);
//   from 01.03.2024 (new § 6 BeschV): 2 years of experience within the last 5 years that qualify for the job,
//     45 % of the BBG unless the employer is bound by a collective agreement and pays its terms
//     (§ 6 Abs. 1 S. 2 BeschV), a state-recognised foreign qualification (vocational ≥ 2 years, degree, or AHK)
//     except for IT specialists, not for regulated professions.
// The 55 % rule for people aged 45+ is applied through § 1 Abs. 2 BeschV; its scope is UNCONFIRMED.

import type { Text } from '../types.ts';
import type { DecidedCondition, DecidedHint, Lang } from '../decision.ts';
import type { Facts, RouteRule } from '../route.ts';
import { assessment, condition } from '../route.ts';
import type { ThresholdLookup } from '../salary.ts';
import { reaches, salaryCondition, salaryHint, salaryThreshold, thresholdEur } from '../salary.ts';
import { describeQualification, hasStateRecognisedQualification } from '../qualification.ts';
import { experienceHint, experienceOn } from '../experience.ts';
import { age45Condition, germanCondition, jobOfferCondition, qualifiedEmploymentCondition } from '../requirements.ts';
import { valueAt } from '../parameters/parameter.ts';
import { experienceItGroups, iscoIn } from '../parameters/occupations.ts';
import { REFORM_STAGE_2, reformStageInForce } from '../parameters/reform2023.ts';
import { addDays } from '../dates.ts';
import { dateDe, dateEn, monthsDe, monthsEn } from '../format.ts';
import { refEn } from '../citation.ts';
import { age45Reaches } from '../parameters/age45.ts';

const ROUTE_REF = '§ 19c Abs. 2 AufenthG i. V. m. § 6 BeschV';
const TITLE: Text = { de: 'Beschäftigung bei ausgeprägter berufspraktischer Erfahrung', en: 'Qualified employment based on professional experience' };

interface Form {
  years: number;
  withinYears: number;
  ref: { experience: string; salary: string; qualification: string; language: string; occupation: string };
}
const OLD: Form = {
  years: 3,
  withinYears: 7,
  ref: {
    experience: '§ 6 BeschV a. F.',
    salary: '§ 6 BeschV a. F.',
    qualification: '§ 6 BeschV a. F.',
    language: '§ 6 BeschV a. F.',
    occupation: '§ 6 BeschV a. F.',
  },
};
const NEW: Form = {
  years: 2,
  withinYears: 5,
  ref: {
    experience: '§ 6 Abs. 1 S. 1 Nr. 1 BeschV',
    salary: '§ 6 Abs. 1 S. 1 Nr. 2 BeschV',
    qualification: '§ 6 Abs. 2 BeschV',
    language: '§ 6 BeschV',
    occupation: '§ 6 BeschV',
  },
};

function itGroupsAt(date: string): { groups: readonly string[]; unconfirmed: boolean } {
  const v = valueAt(experienceItGroups, date);
  return { groups: v?.value ?? [], unconfirmed: v?.unconfirmed === true };
}

function inForce(date: string, isNew: boolean): DecidedCondition {
  const last = addDays(REFORM_STAGE_2, -1);
  return condition(
    'in_force',
    true,
    (lang: Lang): string =>
      isNew
        ? lang === 'de'
          ? `§ 6 BeschV gilt in der neuen Fassung seit dem ${dateDe(REFORM_STAGE_2)}.`
          : `Section 6 BeschV applies in its new form since ${dateEn(REFORM_STAGE_2)}.`
        : lang === 'de'
          ? `Am ${dateDe(date)} gilt § 6 BeschV in der alten Fassung (nur IT-Fachkräfte, bis ${dateDe(last)}).`
          : `On ${dateEn(date)} section 6 BeschV applies in its old form (IT specialists only, until ${dateEn(last)}).`,
    ROUTE_REF,
  );
}

function experienceCondition(
  facts: Facts,
  date: string,
  form: Form,
  it: { groups: readonly string[]; unconfirmed: boolean },
  isNew: boolean,
): { condition: DecidedCondition; hints: DecidedHint[] } {
  const ref = form.ref.experience;
  const job = facts.job;
  // which experience counts: old form: IT work; new form: work in the job's ISCO minor group (3 digits), or IT work for an IT job
  let groups: readonly string[] | undefined;
  let scope: () => Text;
  let unconfirmed = false;
  if (!isNew) {
    groups = it.groups;
    unconfirmed = it.unconfirmed;
    scope = () => ({ de: `IT-Berufserfahrung (ISCO-08 ${it.groups.join(', ')})`, en: `IT experience (ISCO-08 ${it.groups.join(', ')})` });
  } else if (job) {
    const jobIsIt = iscoIn(job.isco, it.groups);
    groups = jobIsIt ? it.groups : [job.isco.slice(0, 3)];
    unconfirmed = jobIsIt && it.unconfirmed;
    scope = jobIsIt
      ? () => ({ de: `IT-Berufserfahrung (ISCO-08 ${it.groups.join(', ')})`, en: `IT experience (ISCO-08 ${it.groups.join(', ')})` })
      : () => ({
          de: `Berufserfahrung im Berufsfeld der Stelle (ISCO-08 ${job.isco.slice(0, 3)})`,
          en: `experience in the job's field (ISCO-08 ${job.isco.slice(0, 3)})`,
        });
  } else {
    groups = undefined;
    scope = () => ({ de: 'Berufserfahrung', en: 'professional experience' });
  }
  // "in den letzten fünf Jahren" (§ 6 BeschV; old form: "sieben") names no reference day, unlike § 18g Abs. 1 S. 2
  // Nr. 2 ("vor der Beantragung"): the window stays on the decision date, not facts.applicationDate.
  const xp = experienceOn(
    facts.experience,
    date,
    groups ? { years: form.years, withinYears: form.withinYears, iscoGroups: groups } : { years: form.years, withinYears: form.withinYears },
  );
  // without a job offer, experience in any field cannot be weighed against the job: unknown
  const noJob = xp.met === true && !groups;
  const met = noJob ? null : xp.met;
  const say = (lang: Lang): string => {
    const need = {
      de: `verlangt sind ${form.years} Jahre in den letzten ${form.withinYears} Jahren`,
      en: `${form.years} years within the last ${form.withinYears} are required`,
    };
    const had = { de: monthsDe(xp.months), en: monthsEn(xp.months) };
    const field = scope();
    if (noJob) {
      return lang === 'de'
        ? `Die Person hat in den letzten ${form.withinYears} Jahren ${had.de} ${field.de}; ob sie zur Stelle befähigt, lässt sich ohne Stellenangebot nicht prüfen (${ref}).`
        : `The person has ${had.en} of ${field.en} within the last ${form.withinYears} years; whether it qualifies them for the job cannot be checked without a job offer (${refEn(ref)}).`;
    }
    if (met === true) {
      return lang === 'de'
        ? `Die Person hat in den letzten ${form.withinYears} Jahren ${had.de} ${field.de}; ${need.de} (${ref}).`
        : `The person has ${had.en} of ${field.en} within the last ${form.withinYears} years; ${need.en} (${refEn(ref)}).`;
    }
    return lang === 'de'
      ? `Die Person hat in den letzten ${form.withinYears} Jahren nur ${had.de} ${field.de}; ${need.de}, es fehlen etwa ${monthsDe(xp.missingMonths)} (${ref}).`
      : `The person has only ${had.en} of ${field.en} within the last ${form.withinYears} years; ${need.en}, about ${monthsEn(xp.missingMonths)} are missing (${refEn(ref)}).`;
  };
  return {
    condition: condition('experience', met, say, ref, { unconfirmed }),
    hints: met === false ? [experienceHint(xp.missingMonths, xp.reachedOn, facts)] : [],
  };
}

function qualificationCondition(facts: Facts, form: Form, it: { groups: readonly string[]; unconfirmed: boolean }): DecidedCondition {
  const ref = form.ref.qualification;
  const q = facts.qualification;
  const desc = describeQualification(q);
  const recognised = hasStateRecognisedQualification(q);
  const rule = {
    de: 'verlangt ist eine im Herkunftsland staatlich anerkannte Berufsausbildung von mindestens 2 Jahren, ein dort staatlich anerkannter Hochschulabschluss oder ein AHK-Abschluss, außer bei IT-Fachkräften',
    en: 'required is a vocational qualification of at least 2 years or a degree state-recognised in the country where it was obtained, or an AHK qualification, except for IT specialists',
  };
  if (recognised === true) {
    const why: Text = q.ahk
      ? { de: 'ein AHK-Abschluss', en: 'an AHK qualification' }
      : q.obtainedIn === 'DE'
        ? { de: 'in Deutschland erworben', en: 'obtained in Germany' }
        : q.level === 'academic'
          ? { de: 'im Herkunftsland staatlich anerkannt', en: 'state-recognised where it was obtained' }
          : {
              de: `im Herkunftsland staatlich anerkannt, Ausbildungsdauer ${q.trainingYears} Jahre`,
              en: `state-recognised where it was obtained, ${q.trainingYears} years of training`,
            };
    return condition(
      'qualification',
      true,
      (lang: Lang): string => (lang === 'de' ? `${desc.de}: ${why.de}; das genügt (${ref}).` : `${desc.en}: ${why.en}, which is enough (${refEn(ref)}).`),
      ref,
    );
  }
  const job = facts.job;
  if (job && iscoIn(job.isco, it.groups)) {
    return condition(
      'qualification',
      true,
      (lang: Lang): string =>
        lang === 'de'
          ? `${desc.de}: Für IT-Fachkräfte (Stelle ISCO-08 ${job.isco}) ist kein formaler Abschluss nötig (${ref}).`
          : `${desc.en}: IT specialists (job ISCO-08 ${job.isco}) need no formal qualification (${refEn(ref)}).`,
      ref,
      { unconfirmed: it.unconfirmed },
    );
  }
  if (!job && recognised === false) {
    return condition(
      'qualification',
      null,
      (lang: Lang): string =>
        lang === 'de'
          ? `${desc.de}: ${rule.de}; ob die Stelle eine IT-Stelle ist, lässt sich ohne Stellenangebot nicht sagen (${ref}).`
          : `${desc.en}: ${rule.en}; whether the job is an IT job cannot be said without a job offer (${refEn(ref)}).`,
      ref,
    );
  }
  return condition(
    'qualification',
    recognised,
    (lang: Lang): string =>
      recognised === false
        ? lang === 'de'
          ? `${desc.de}: ${rule.de} (${ref}).`
          : `${desc.en}: ${rule.en} (${refEn(ref)}).`
        : lang === 'de'
          ? `${desc.de}: Ob die Qualifikation im Herkunftsland staatlich anerkannt ist und wie lange die Ausbildung dauerte, ist nicht angegeben; ${rule.de} (${ref}).`
          : `${desc.en}: whether the qualification is state-recognised where it was obtained, and how long the training took, is not stated; ${rule.en} (${refEn(ref)}).`,
    ref,
  );
}

function salaryPart(
  facts: Facts,
  threshold: ThresholdLookup,
  form: Form,
  isNew: boolean,
): { condition?: DecidedCondition; hints: DecidedHint[]; exempt: boolean } {
  const job = facts.job;
  if (!job) return { hints: [], exempt: false };
  const ref = form.ref.salary;
  const salary = job.annualGrossSalaryEur;
  if (isNew && job.collectiveAgreement === true) {
    const r = '§ 6 Abs. 1 S. 2 BeschV';
    return {
      exempt: true,
      hints: [],
      condition: salaryCondition({
        salaryEur: salary,
        threshold,
        ref: r,
        exemption: {
          de: `Der Arbeitgeber ist tarifgebunden und zahlt nach Tarif; die Gehaltsgrenze von 45 % der Beitragsbemessungsgrenze gilt daher nicht (${r}).`,
          en: `The employer is bound by a collective agreement and pays its terms, so the minimum of 45% of the contribution ceiling does not apply (${refEn(r)}).`,
        },
      }),
    };
  }
  const c = salaryCondition({ salaryEur: salary, threshold, ref });
  const hints: DecidedHint[] = [];
  const h = salaryHint(salary, threshold);
  if (h) hints.push(h);
  if (isNew && c.met === false && job.collectiveAgreement === undefined) {
    // the exemption may apply: the fact is missing
    return {
      exempt: false,
      hints,
      condition: condition(
        'salary',
        null,
        (lang: Lang): string =>
          lang === 'de'
            ? `${c.say(lang)} Das schadet nicht, wenn der Arbeitgeber tarifgebunden ist und nach Tarif zahlt (§ 6 Abs. 1 S. 2 BeschV); dazu fehlt die Angabe.`
            : `${c.say(lang)} This does not matter if the employer is bound by a collective agreement and pays its terms (section 6 (1) sentence 2 BeschV), which is not stated.`,
        ref,
      ),
    };
  }
  if (isNew && c.met === false) {
    hints.push({
      conditionId: 'salary',
      kind: 'other',
      change: [{ field: 'job.collectiveAgreement', value: true }],
      say: (lang: Lang): string =>
        lang === 'de'
          ? 'Alternativ entfällt die Gehaltsgrenze, wenn der Arbeitgeber tarifgebunden ist und nach Tarif zahlt (§ 6 Abs. 1 S. 2 BeschV).'
          : 'Alternatively, the minimum salary does not apply if the employer is bound by a collective agreement and pays its terms (section 6 (1) sentence 2 BeschV).',
    });
  }
  return { condition: c, hints, exempt: false };
}

export const berufserfahrung: RouteRule = (facts, date) => {
  const isNew = reformStageInForce(2, date);
  const form = isNew ? NEW : OLD;
  const it = itGroupsAt(date);
  const job = facts.job;
  const conditions: DecidedCondition[] = [inForce(date, isNew), jobOfferCondition(job)];
  const hints: DecidedHint[] = [];

  if (job) {
    conditions.push(qualifiedEmploymentCondition(job, '§ 19c Abs. 2 AufenthG'));
    if (!isNew) {
      const ok = iscoIn(job.isco, it.groups);
      const r = form.ref.occupation;
      conditions.push(
        condition(
          'occupation',
          ok,
          (lang: Lang): string =>
            lang === 'de'
              ? `Die Stelle (ISCO-08 ${job.isco}) ist ${ok ? '' : 'k'}eine IT-Stelle; die alte Fassung von § 6 BeschV galt nur für IT-Fachkräfte (${r}).`
              : `The job (ISCO-08 ${job.isco}) is ${ok ? '' : 'not '}an IT job; the old form of section 6 BeschV applied to IT specialists only (${refEn(r)}).`,
          r,
          { unconfirmed: it.unconfirmed },
        ),
      );
    } else {
      const r = form.ref.occupation;
      const regulated = job.regulated === true;
      conditions.push(
        condition(
          'not_regulated',
          !regulated,
          (lang: Lang): string =>
            regulated
              ? lang === 'de'
                ? `Die Stelle ist ein reglementierter Beruf; dieser Weg steht reglementierten Berufen nicht offen (${r}).`
                : `The job is a regulated profession; this route is not open to regulated professions (${refEn(r)}).`
              : lang === 'de'
                ? 'Die Stelle ist kein reglementierter Beruf.'
                : 'The job is not a regulated profession.',
          r,
        ),
      );
    }
  }

  if (isNew) conditions.push(qualificationCondition(facts, form, it));

  const xp = experienceCondition(facts, date, form, it, isNew);
  conditions.push(xp.condition);
  hints.push(...xp.hints);

  const threshold = salaryThreshold('experience', date);
  const salary = salaryPart(facts, threshold, form, isNew);
  if (salary.condition) conditions.push(salary.condition);
  hints.push(...salary.hints);

  if (!isNew) {
    const lang = germanCondition(facts.person.german, 'B1', form.ref.language, {
      de: ' Im Einzelfall kann darauf verzichtet werden.',
      en: ' It can be waived in individual cases.',
    });
    conditions.push(lang.condition);
    if (lang.hint) hints.push(lang.hint);
  }

  // § 1 Abs. 2 S. 5 BeschV reaches § 6 BeschV from 01.03.2024; before, its reach is not known here: flagged
  const age = age45Condition(facts, date, '§ 1 Abs. 2 BeschV', { unconfirmed: !age45Reaches('6', date) });
  conditions.push(age.condition);
  hints.push(...age.hints);

  // the minimum that applied after any exemption: the higher of the § 6 threshold and the 45+ threshold
  const base = salary.exempt ? null : thresholdEur(threshold);
  const age45 = age.threshold ? thresholdEur(age.threshold) : null;
  const salaryThresholdEur = base === null ? age45 : age45 === null ? base : reaches(base, age45) ? base : age45;

  return assessment({
    id: '19c2-experience',
    title: TITLE,
    ref: ROUTE_REF,
    baApproval: 'required',
    priorityCheck: false,
    discretionary: true,
    salaryThresholdEur,
    conditions,
    hints,
  });
};
