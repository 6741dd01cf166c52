// The questionnaire's answers: one typed object per page, parsed from untrusted form fields with bilingual
// field errors; the CheckInput built from them (validated by the engine's own validateCheckInput), and the
// process-plan input for a route. Pure: no I/O. "today" is always passed in.

import { getOccupation } from '../../catalogue/search.ts';
import type { Occupation } from '../../catalogue/search.ts';
import { iscoUnitGroup } from '../../catalogue/isco08.ts';
import { addYears, isIsoDate } from '../../law/dates.ts';
import { LIMITS } from '../../law/schema.ts';
import { CEFR_LEVELS } from '../../law/types.ts';
import type { Cefr, CheckInput, GermanAssessment, QualificationLevel, RouteId, Text } from '../../law/types.ts';
import { validateCheckInput } from '../../law/validate.ts';
import { MODELLED_FROM } from '../../law/validate.ts';
import type { PlanInput, Procedure } from '../../law/plan/types.ts';
import { displayableText, isMalformedText } from '../../text.ts';
import { countryByCode } from './data/countries.ts';
import { isFederalState } from './data/places.ts';

export const STEPS = ['occupation', 'job', 'person', 'qualification', 'experience', 'review'] as const;
export type StepId = (typeof STEPS)[number];
export type DataStepId = Exclude<StepId, 'review'>;
export const DATA_STEPS: readonly DataStepId[] = ['occupation', 'job', 'person', 'qualification', 'experience'];

export function isStep(s: string): s is StepId {
  return (STEPS as readonly string[]).includes(s);
}

export interface OccupationAnswers {
  occupationId: string;
}
export interface JobAnswers {
  hasOffer: boolean;
  salaryEur?: number;
  collectiveAgreement?: boolean;
  contract?: 'open' | 'fixed';
  contractMonths?: number;
  federalState: string;
  municipality?: string;
  decisionDate: string;
}
export interface PersonAnswers {
  citizenship: string;
  birthDate: string;
  german: Cefr;
  english: Cefr;
  firstTitle: boolean;
  meansMonthlyNetEur?: number;
}
export interface QualificationAnswers {
  level: QualificationLevel;
  obtainedIn?: 'abroad' | 'DE';
  stateRecognised?: boolean;
  awardedOn?: string;
  trainingYears?: number;
  assessment: GermanAssessment;
  engineerTitle?: boolean;
}
export interface ExperienceEntryAnswers {
  isco: string;
  from: string;
  /** absent: still working there (counted to the decision date) */
  to?: string;
  related: boolean;
}
export interface ExperienceAnswers {
  entries: ExperienceEntryAnswers[];
}

export interface Answers {
  occupation?: OccupationAnswers;
  job?: JobAnswers;
  person?: PersonAnswers;
  qualification?: QualificationAnswers;
  experience?: ExperienceAnswers;
}

export interface FieldError {
  /** the form field's name (and id of its control) */
  field: string;
  message: Text;
}

/** Raw form values as entered, for re-rendering a form. */
export type FormValues = Record<string, string>;

export type ParseResult<T> = { ok: true; value: T; values: FormValues } | { ok: false; errors: FieldError[]; values: FormValues };

export const MAX_EXPERIENCE_ROWS = 3;
const MAX_FIELD_LENGTH = 200;

/** The form fields of each page, in order (also the order of the error summary). */
export const FIELDS: Record<DataStepId, readonly string[]> = {
  occupation: ['occupation'],
  job: ['hasOffer', 'salary', 'collectiveAgreement', 'contract', 'contractMonths', 'federalState', 'municipality', 'decisionDate'],
  person: ['citizenship', 'birthDate', 'german', 'english', 'firstTitle', 'means'],
  qualification: ['level', 'obtainedIn', 'stateRecognised', 'awardedOn', 'trainingYears', 'assessment', 'engineerTitle'],
  experience: Array.from({ length: MAX_EXPERIENCE_ROWS }, (_, i) => [`exp${i}_isco`, `exp${i}_from`, `exp${i}_to`, `exp${i}_related`]).flat(),
};

const tx = (de: string, en: string): Text => ({ de, en });

// ---------------------------------------------------------------------------------------------------------
// Reading untrusted form bodies

/**
 * Takes the page's fields from a parsed form body. Anything but a single string (a repeated field, an object)
 * and anything longer than 200 characters is an error for that field; unknown fields are ignored.
 */
export function readForm(body: unknown, fields: readonly string[]): { values: FormValues; errors: FieldError[] } {
  const values: FormValues = {};
  const errors: FieldError[] = [];
  const record = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  for (const f of fields) {
    if (!Object.prototype.hasOwnProperty.call(record, f)) continue;
    const v = record[f];
    if (typeof v !== 'string') {
      errors.push({ field: f, message: tx('Dieses Feld wurde mehrfach oder in falscher Form gesendet.', 'This field was sent more than once or in the wrong form.') });
      continue;
    }
    if (v.length > MAX_FIELD_LENGTH) {
      errors.push({ field: f, message: tx(`Die Eingabe ist zu lang (höchstens ${MAX_FIELD_LENGTH} Zeichen).`, `The entry is too long (at most ${MAX_FIELD_LENGTH} characters).`) });
      values[f] = '';
      continue;
    }
    if (isMalformedText(v)) {
      errors.push({
        field: f,
        message: tx(
          'Die Eingabe enthält ein unzulässiges Zeichen (ein Nullzeichen oder ein unvollständiges Unicode-Zeichen).',
          'The entry contains a character that is not allowed (a NUL character or an incomplete Unicode character).',
        ),
      });
      values[f] = displayableText(v.trim());
      continue;
    }
    values[f] = v.trim();
  }
  return { values, errors };
}

/** A date as typed: ISO (the date input) or German "TT.MM.JJJJ"; undefined if neither or not a real day. */
export function parseDateInput(raw: string): string | undefined {
  let iso = raw;
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
  if (de) iso = `${de[3]}-${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * An amount in euro as typed: "52000", "52.000", "52 000 €", "52.000,50", "52,000.50". Returns a number,
 * 'negative', or undefined when it is not an amount.
 */
export function parseEuro(raw: string): number | 'negative' | undefined {
  let s = raw.replace(/\s|\u00a0|€|EUR/gi, '');
  if (s.startsWith('-') || s.startsWith('−')) return /\d/.test(s) ? 'negative' : undefined;
  if (s === '') return undefined;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) s = s.replace(/,/g, '');
  else if (!/^\d+(\.\d{1,2})?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function parseWhole(raw: string): number | undefined {
  return /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
}

const YES_NO = new Set(['yes', 'no']);

function need(values: FormValues, errors: FieldError[], field: string, message: Text): string | undefined {
  const v = values[field];
  if (v === undefined || v === '') {
    errors.push({ field, message });
    return undefined;
  }
  return v;
}

function oneOf<T extends string>(values: FormValues, errors: FieldError[], field: string, allowed: readonly T[], missing: Text): T | undefined {
  const v = need(values, errors, field, missing);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) {
    errors.push({ field, message: tx('Bitte wählen Sie eine der angebotenen Antworten.', 'Please choose one of the answers offered.') });
    return undefined;
  }
  return v as T;
}

function dateField(
  values: FormValues,
  errors: FieldError[],
  field: string,
  opts: { required: boolean; min: string; max: string; missing: Text; range: Text },
): string | undefined {
  const raw = values[field] ?? '';
  if (raw === '') {
    if (opts.required) errors.push({ field, message: opts.missing });
    return undefined;
  }
  const iso = parseDateInput(raw);
  if (iso === undefined) {
    errors.push({ field, message: tx('Bitte geben Sie ein gültiges Datum an, z. B. 31.12.2020.', 'Please enter a valid date, e.g. 2020-12-31.') });
    return undefined;
  }
  if (iso < opts.min || iso > opts.max) {
    errors.push({ field, message: opts.range });
    return undefined;
  }
  return iso;
}

// ---------------------------------------------------------------------------------------------------------
// Pages

export function parseOccupation(body: unknown): ParseResult<OccupationAnswers> {
  const { values, errors } = readForm(body, FIELDS.occupation);
  const id = values.occupation ?? '';
  if (errors.length === 0) {
    if (id === '') {
      errors.push({ field: 'occupation', message: tx('Bitte suchen Sie den Beruf und wählen Sie einen Eintrag aus der Liste.', 'Please search for the occupation and choose an entry from the list.') });
    } else if (getOccupation(id) === undefined) {
      errors.push({ field: 'occupation', message: tx('Diesen Beruf gibt es in der Liste nicht. Bitte suchen Sie erneut und wählen Sie einen Eintrag aus.', 'This occupation is not in the list. Please search again and choose an entry.') });
    }
  }
  return errors.length > 0 ? { ok: false, errors, values } : { ok: true, value: { occupationId: id }, values };
}

export function parseJob(body: unknown, today: string): ParseResult<JobAnswers> {
  const { values, errors } = readForm(body, FIELDS.job);
  const bad = new Set(errors.map((e) => e.field));
  const hasOffer = bad.has('hasOffer') ? undefined : oneOf(values, errors, 'hasOffer', ['yes', 'no'], tx('Bitte geben Sie an, ob es ein Stellenangebot gibt.', 'Please say whether there is a job offer.'));
  const out: Partial<JobAnswers> = { hasOffer: hasOffer === 'yes' };

  if (hasOffer === 'yes') {
    if (!bad.has('salary')) {
      const raw = need(values, errors, 'salary', tx('Bitte geben Sie das Bruttojahresgehalt an.', 'Please enter the gross annual salary.'));
      if (raw !== undefined) {
        const n = parseEuro(raw);
        if (n === 'negative') errors.push({ field: 'salary', message: tx('Das Gehalt kann nicht negativ sein.', 'The salary cannot be negative.') });
        else if (n === undefined) errors.push({ field: 'salary', message: tx('Bitte geben Sie das Gehalt als Betrag in Euro an, z. B. 52.000.', 'Please enter the salary as an amount in euro, e.g. 52,000.') });
        else if (n < 1 || n > LIMITS.annualGrossSalaryEur) errors.push({ field: 'salary', message: tx('Bitte geben Sie ein Jahresgehalt zwischen 1 € und 10.000.000 € an.', 'Please enter an annual salary between €1 and €10,000,000.') });
        else out.salaryEur = n;
      }
    }
    if (!bad.has('collectiveAgreement')) {
      const ca = oneOf(values, errors, 'collectiveAgreement', ['yes', 'no'], tx('Bitte geben Sie an, ob ein Tarifvertrag gilt.', 'Please say whether a collective agreement applies.'));
      if (ca !== undefined) out.collectiveAgreement = ca === 'yes';
    }
    if (!bad.has('contract')) {
      const c = oneOf(values, errors, 'contract', ['open', 'fixed'], tx('Bitte geben Sie an, ob der Vertrag befristet ist.', 'Please say whether the contract is fixed-term.'));
      if (c !== undefined) out.contract = c;
      if (c === 'fixed' && !bad.has('contractMonths')) {
        const raw = need(values, errors, 'contractMonths', tx('Bitte geben Sie die Laufzeit in Monaten an.', 'Please enter the length in months.'));
        if (raw !== undefined) {
          const n = parseWhole(raw);
          if (n === undefined || n < 1 || n > 120) errors.push({ field: 'contractMonths', message: tx('Bitte geben Sie eine ganze Zahl von Monaten zwischen 1 und 120 an.', 'Please enter a whole number of months between 1 and 120.') });
          else out.contractMonths = n;
        }
      }
    }
  }
  if (!bad.has('federalState')) {
    const fs = need(values, errors, 'federalState', tx('Bitte wählen Sie das Bundesland.', 'Please choose the federal state.'));
    if (fs !== undefined) {
      if (!isFederalState(fs)) errors.push({ field: 'federalState', message: tx('Bitte wählen Sie ein Bundesland aus der Liste.', 'Please choose a federal state from the list.') });
      else out.federalState = fs;
    }
  }
  const muni = values.municipality ?? '';
  if (!bad.has('municipality') && muni !== '') {
    if (/[\u0000-\u001f\u007f<>]/.test(muni)) errors.push({ field: 'municipality', message: tx('Der Ort enthält unzulässige Zeichen.', 'The place contains characters that are not allowed.') });
    else out.municipality = muni;
  }
  if (!bad.has('decisionDate')) {
    const d = dateField(values, errors, 'decisionDate', {
      required: false,
      min: MODELLED_FROM,
      max: addYears(today, 3),
      missing: tx('', ''),
      range: tx(
        `Der Stichtag muss zwischen dem 18.11.2023 (ab dann bildet Lotse das Recht ab) und ${formatDe(addYears(today, 3))} liegen.`,
        `The reference date must be between 2023-11-18 (Lotse models the law from then on) and ${addYears(today, 3)}.`,
      ),
    });
    out.decisionDate = d ?? (values.decisionDate ? undefined : today);
  }
  return errors.length > 0 ? { ok: false, errors, values } : { ok: true, value: out as JobAnswers, values };
}

export function parsePerson(body: unknown, today: string): ParseResult<PersonAnswers> {
  const { values, errors } = readForm(body, FIELDS.person);
  const bad = new Set(errors.map((e) => e.field));
  const out: Partial<PersonAnswers> = {};
  if (!bad.has('citizenship')) {
    const c = need(values, errors, 'citizenship', tx('Bitte wählen Sie die Staatsangehörigkeit.', 'Please choose the nationality.'));
    if (c !== undefined) {
      if (countryByCode(c) === undefined) errors.push({ field: 'citizenship', message: tx('Bitte wählen Sie ein Land aus der Liste.', 'Please choose a country from the list.') });
      else out.citizenship = c;
    }
  }
  if (!bad.has('birthDate')) {
    const d = dateField(values, errors, 'birthDate', {
      required: true,
      min: addYears(today, -100),
      max: addYears(today, -14),
      missing: tx('Bitte geben Sie das Geburtsdatum an.', 'Please enter the date of birth.'),
      range: tx('Bitte prüfen Sie das Jahr: Die Person muss zwischen 14 und 100 Jahre alt sein.', 'Please check the year: the person must be between 14 and 100 years old.'),
    });
    if (d !== undefined) out.birthDate = d;
  }
  const levelMissing = (which: Text): Text => tx(`Bitte wählen Sie das Niveau der ${which.de}.`, `Please choose the level of ${which.en}.`);
  if (!bad.has('german')) out.german = oneOf(values, errors, 'german', CEFR_LEVELS, levelMissing(tx('Deutschkenntnisse', 'German')));
  if (!bad.has('english')) out.english = oneOf(values, errors, 'english', CEFR_LEVELS, levelMissing(tx('Englischkenntnisse', 'English')));
  if (!bad.has('firstTitle')) {
    const f = oneOf(values, errors, 'firstTitle', ['yes', 'no'], tx('Bitte geben Sie an, ob die Person schon in Deutschland lebt.', 'Please say whether the person already lives in Germany.'));
    if (f !== undefined) out.firstTitle = f === 'yes';
  }
  const means = values.means ?? '';
  if (!bad.has('means') && means !== '') {
    const n = parseEuro(means);
    if (n === 'negative') errors.push({ field: 'means', message: tx('Der Betrag kann nicht negativ sein.', 'The amount cannot be negative.') });
    else if (n === undefined || n > LIMITS.monthlyNetEur) errors.push({ field: 'means', message: tx('Bitte geben Sie einen Betrag in Euro an, z. B. 1.100.', 'Please enter an amount in euro, e.g. 1,100.') });
    else out.meansMonthlyNetEur = n;
  }
  return errors.length > 0 ? { ok: false, errors, values } : { ok: true, value: out as PersonAnswers, values };
}

export function parseQualification(body: unknown, today: string): ParseResult<QualificationAnswers> {
  const { values, errors } = readForm(body, FIELDS.qualification);
  const bad = new Set(errors.map((e) => e.field));
  const out: Partial<QualificationAnswers> = {};
  if (!bad.has('level')) out.level = oneOf(values, errors, 'level', ['academic', 'vocational', 'none'] as const, tx('Bitte wählen Sie die Art des Abschlusses.', 'Please choose the kind of qualification.'));
  if (out.level !== 'none') {
    if (!bad.has('obtainedIn')) out.obtainedIn = oneOf(values, errors, 'obtainedIn', ['abroad', 'DE'] as const, tx('Bitte geben Sie an, wo der Abschluss erworben wurde.', 'Please say where the qualification was obtained.'));
    if (!bad.has('stateRecognised')) {
      const s = oneOf(values, errors, 'stateRecognised', ['yes', 'no', 'unknown'] as const, tx('Bitte geben Sie an, ob der Abschluss im Ausbildungsland staatlich anerkannt ist.', 'Please say whether the qualification is state-recognised where it was obtained.'));
      if (s === 'yes' || s === 'no') out.stateRecognised = s === 'yes';
    }
    if (!bad.has('awardedOn')) {
      const d = dateField(values, errors, 'awardedOn', {
        required: false,
        min: '1950-01-01',
        max: today,
        missing: tx('', ''),
        range: tx('Bitte prüfen Sie das Datum: Es muss zwischen 1950 und heute liegen.', 'Please check the date: it must be between 1950 and today.'),
      });
      if (d !== undefined) out.awardedOn = d;
    }
    const ty = values.trainingYears ?? '';
    if (!bad.has('trainingYears') && ty !== '') {
      const n = /^\d{1,2}([.,]5)?$/.test(ty) ? Number(ty.replace(',', '.')) : NaN;
      if (!Number.isFinite(n) || n < 0.5 || n > LIMITS.trainingYears) errors.push({ field: 'trainingYears', message: tx('Bitte geben Sie die Dauer in Jahren an (z. B. 3 oder 3,5; höchstens 20).', 'Please enter the length in years (e.g. 3 or 3.5; at most 20).') });
      else out.trainingYears = n;
    }
    if (!bad.has('assessment')) out.assessment = oneOf(values, errors, 'assessment', ['none', 'comparable', 'equivalent', 'partial'] as const, tx('Bitte geben Sie an, ob der Abschluss in Deutschland schon bewertet wurde.', 'Please say whether the qualification has already been assessed in Germany.'));
    const et = values.engineerTitle ?? '';
    if (!bad.has('engineerTitle') && et !== '') {
      if (!YES_NO.has(et)) errors.push({ field: 'engineerTitle', message: tx('Bitte wählen Sie eine der angebotenen Antworten.', 'Please choose one of the answers offered.') });
      else out.engineerTitle = et === 'yes';
    }
  } else {
    out.assessment = 'none';
  }
  return errors.length > 0 ? { ok: false, errors, values } : { ok: true, value: out as QualificationAnswers, values };
}

export function parseExperience(body: unknown, today: string): ParseResult<ExperienceAnswers> {
  const { values, errors } = readForm(body, FIELDS.experience);
  const bad = new Set(errors.map((e) => e.field));
  const entries: ExperienceEntryAnswers[] = [];
  for (let i = 0; i < MAX_EXPERIENCE_ROWS; i++) {
    const f = (n: string): string => `exp${i}_${n}`;
    const from = values[f('from')] ?? '';
    const to = values[f('to')] ?? '';
    if (from === '' && to === '' && !bad.has(f('from')) && !bad.has(f('to'))) continue;
    const before = errors.length;
    const isco = values[f('isco')] ?? '';
    if (!bad.has(f('isco')) && (!/^\d{4}$/.test(isco) || iscoUnitGroup(isco) === undefined)) {
      errors.push({ field: f('isco'), message: tx('Bitte wählen Sie die Tätigkeit aus der Liste.', 'Please choose the activity from the list.') });
    }
    const range = tx('Bitte prüfen Sie das Datum: Es muss zwischen 1950 und heute liegen.', 'Please check the date: it must be between 1950 and today.');
    const fromIso = bad.has(f('from'))
      ? undefined
      : dateField(values, errors, f('from'), { required: true, min: '1950-01-01', max: today, missing: tx('Bitte geben Sie an, seit wann die Tätigkeit ausgeübt wird.', 'Please enter when the work began.'), range });
    const toIso = bad.has(f('to')) ? undefined : dateField(values, errors, f('to'), { required: false, min: '1950-01-01', max: addYears(today, 3), missing: tx('', ''), range });
    if (fromIso !== undefined && toIso !== undefined && fromIso > toIso) {
      errors.push({ field: f('to'), message: tx('Das Ende darf nicht vor dem Beginn liegen.', 'The end must not be before the start.') });
    }
    const rel = values[f('related')] ?? 'yes';
    if (!bad.has(f('related')) && !YES_NO.has(rel)) errors.push({ field: f('related'), message: tx('Bitte wählen Sie eine der angebotenen Antworten.', 'Please choose one of the answers offered.') });
    if (errors.length === before && fromIso !== undefined) {
      entries.push({ isco, from: fromIso, ...(toIso !== undefined ? { to: toIso } : {}), related: rel === 'yes' });
    }
  }
  return errors.length > 0 ? { ok: false, errors, values } : { ok: true, value: { entries }, values };
}

export function parseStep(step: DataStepId, body: unknown, today: string): ParseResult<Answers[DataStepId]> {
  switch (step) {
    case 'occupation':
      return parseOccupation(body);
    case 'job':
      return parseJob(body, today);
    case 'person':
      return parsePerson(body, today);
    case 'qualification':
      return parseQualification(body, today);
    case 'experience':
      return parseExperience(body, today);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Saved answers → form values (for pre-filling), and the stored JSON read back defensively

const yn = (b: boolean | undefined): string => (b === undefined ? '' : b ? 'yes' : 'no');

export function formValuesOf(step: DataStepId, answers: Answers): FormValues {
  switch (step) {
    case 'occupation':
      return answers.occupation ? { occupation: answers.occupation.occupationId } : {};
    case 'job': {
      const j = answers.job;
      if (!j) return {};
      return {
        hasOffer: yn(j.hasOffer),
        salary: j.salaryEur !== undefined ? String(j.salaryEur) : '',
        collectiveAgreement: yn(j.collectiveAgreement),
        contract: j.contract ?? '',
        contractMonths: j.contractMonths !== undefined ? String(j.contractMonths) : '',
        federalState: j.federalState,
        municipality: j.municipality ?? '',
        decisionDate: j.decisionDate,
      };
    }
    case 'person': {
      const p = answers.person;
      if (!p) return {};
      return {
        citizenship: p.citizenship,
        birthDate: p.birthDate,
        german: p.german,
        english: p.english,
        firstTitle: yn(p.firstTitle),
        means: p.meansMonthlyNetEur !== undefined ? String(p.meansMonthlyNetEur) : '',
      };
    }
    case 'qualification': {
      const q = answers.qualification;
      if (!q) return {};
      return {
        level: q.level,
        obtainedIn: q.obtainedIn ?? '',
        stateRecognised: q.stateRecognised === undefined ? (q.level === 'none' ? '' : 'unknown') : yn(q.stateRecognised),
        awardedOn: q.awardedOn ?? '',
        trainingYears: q.trainingYears !== undefined ? String(q.trainingYears) : '',
        assessment: q.assessment,
        engineerTitle: yn(q.engineerTitle),
      };
    }
    case 'experience': {
      const out: FormValues = {};
      (answers.experience?.entries ?? []).forEach((e, i) => {
        out[`exp${i}_isco`] = e.isco;
        out[`exp${i}_from`] = e.from;
        out[`exp${i}_to`] = e.to ?? '';
        out[`exp${i}_related`] = e.related ? 'yes' : 'no';
      });
      return out;
    }
  }
}

/**
 * Stored answers, read back: each page is re-parsed through its own parser from its form values, so that a row
 * written by an older version (or edited by hand) can never smuggle an invalid value into the check.
 */
export function readStoredAnswers(raw: unknown, today: string): Answers {
  const out: Answers = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  const r = raw as Record<string, unknown>;
  for (const step of DATA_STEPS) {
    const page = r[step];
    if (typeof page !== 'object' || page === null) continue;
    // Dates far in the past stay valid when read later: parse against the page's own decision date horizon.
    const values = formValuesOf(step, { [step]: page } as Answers);
    const parsed = parseStep(step, values, today);
    if (parsed.ok) (out as Record<string, unknown>)[step] = parsed.value;
  }
  return out;
}

/** The first page without a saved answer, or 'review' when all are answered. */
export function firstOpenStep(answers: Answers): StepId {
  return DATA_STEPS.find((s) => answers[s] === undefined) ?? 'review';
}

// ---------------------------------------------------------------------------------------------------------
// Answers → CheckInput → plan input

export type BuildResult = { ok: true; input: CheckInput } | { ok: false; missing: DataStepId[]; errors: Array<{ step: DataStepId; field: string; message: Text }> };

/** Which page and field a CheckInput path belongs to (for the engine's own validation errors). */
function locate(path: string): { step: DataStepId; field: string } {
  if (path.startsWith('/job/isco')) return { step: 'occupation', field: 'occupation' };
  if (path === '/decisionDate') return { step: 'job', field: 'decisionDate' };
  if (path.startsWith('/job/annualGross')) return { step: 'job', field: 'salary' };
  if (path.startsWith('/job')) return { step: 'job', field: 'federalState' };
  if (path.startsWith('/person/birthDate')) return { step: 'person', field: 'birthDate' };
  if (path.startsWith('/means') || path.startsWith('/person')) return { step: 'person', field: path.startsWith('/means') ? 'means' : 'citizenship' };
  if (path.startsWith('/qualification/awardedOn')) return { step: 'qualification', field: 'awardedOn' };
  if (path.startsWith('/qualification')) return { step: 'qualification', field: 'level' };
  const m = /^\/experience\/(\d+)\/(\w+)/.exec(path);
  if (m) return { step: 'experience', field: `exp${m[1]}_${m[2] === 'to' ? 'to' : 'from'}` };
  return { step: 'job', field: 'decisionDate' };
}

const CROSS_FIELD: Array<[RegExp, Text]> = [
  [/^\/person\/birthDate$/, tx('Das Geburtsdatum passt nicht zum Stichtag der Prüfung. Bitte prüfen Sie beide Daten.', 'The date of birth does not fit the reference date of the check. Please check both dates.')],
  [/^\/qualification\/awardedOn$/, tx('Der Abschluss muss nach der Geburt und vor dem Stichtag erworben sein.', 'The qualification must be obtained after birth and before the reference date.')],
  [/^\/experience\/\d+\/from$/, tx('Die Berufserfahrung muss nach der Geburt beginnen und vor ihrem Ende liegen.', 'Work experience must start after birth and before it ends.')],
  [/^\/experience\/\d+\/to$/, tx('Das Ende der Berufserfahrung darf nicht nach dem Stichtag der Prüfung liegen.', 'The end of the work experience must not be after the reference date of the check.')],
];

export function buildCheckInput(answers: Answers): BuildResult {
  const missing = DATA_STEPS.filter((s) => answers[s] === undefined);
  if (missing.length > 0) return { ok: false, missing, errors: [] };
  const occ = getOccupation(answers.occupation!.occupationId)!;
  const job = answers.job!;
  const person = answers.person!;
  const q = answers.qualification!;
  const decisionDate = job.decisionDate;
  const input: CheckInput = {
    decisionDate,
    person: {
      birthDate: person.birthDate,
      citizenship: person.citizenship,
      german: person.german,
      english: person.english,
      firstTitleInGermany: person.firstTitle,
    },
    qualification: {
      level: q.level,
      germanAssessment: q.level === 'none' ? 'none' : q.assessment,
      ...(q.awardedOn !== undefined ? { awardedOn: q.awardedOn } : {}),
      ...(q.obtainedIn !== undefined ? { obtainedIn: q.obtainedIn } : {}),
      ...(q.stateRecognised !== undefined ? { stateRecognisedAbroad: q.stateRecognised } : {}),
      ...(q.trainingYears !== undefined ? { trainingYears: q.trainingYears } : {}),
    },
    experience: answers.experience!.entries.map((e) => ({
      isco: e.isco,
      from: e.from,
      to: e.to !== undefined && e.to < decisionDate ? e.to : decisionDate,
      relatedToQualification: e.related,
    })),
  };
  if (job.hasOffer) {
    input.job = {
      isco: occ.isco,
      annualGrossSalaryEur: job.salaryEur!,
      collectiveAgreement: job.collectiveAgreement ?? false,
      contractMonths: job.contract === 'fixed' ? job.contractMonths! : null,
      federalState: job.federalState,
      ...(job.municipality !== undefined ? { municipality: job.municipality } : {}),
    };
  }
  if (person.meansMonthlyNetEur !== undefined) input.means = { monthlyNetEur: person.meansMonthlyNetEur };
  const v = validateCheckInput(input);
  if (!v.ok) {
    return {
      ok: false,
      missing: [],
      errors: v.errors.map((e) => {
        const where = locate(e.path);
        const text = CROSS_FIELD.find(([re]) => re.test(e.path))?.[1] ?? tx(`Die Angabe ist ungültig (${e.message}).`, `The answer is invalid (${e.message}).`);
        return { ...where, message: text };
      }),
    };
  }
  return { ok: true, input: v.value };
}

/** The catalogue entry of the chosen occupation. */
export function occupationOf(answers: Answers): Occupation | undefined {
  return answers.occupation ? getOccupation(answers.occupation.occupationId) : undefined;
}

export interface PlanOptions {
  startDate: string;
  procedure: Procedure;
  /** place of work (or, without a job offer, where the person will live): from the job page */
  federalState: string;
  municipality?: string;
  /** chamber of the German reference occupation, from the catalogue */
  chamber?: 'IHK' | 'HWK';
  engineerTitle?: boolean;
}

/** The process-plan input for a route of a check. */
export function planInputFromCheck(input: CheckInput, routeId: RouteId, opts: PlanOptions): PlanInput {
  const federalState = input.job?.federalState ?? opts.federalState;
  const municipality = input.job?.municipality ?? opts.municipality;
  return {
    routeId,
    procedure: opts.procedure,
    federalState,
    ...(municipality !== undefined ? { municipality } : {}),
    qualification: {
      level: input.qualification.level,
      germanAssessment: input.qualification.germanAssessment,
      ...(opts.chamber !== undefined ? { chamber: opts.chamber } : {}),
      ...(opts.engineerTitle ? { engineerTitle: true } : {}),
    },
    startDate: opts.startDate,
  };
}

/** The plan options a check's answers give. */
export function planOptionsOf(answers: Answers, startDate: string, procedure: Procedure): PlanOptions {
  const occ = occupationOf(answers);
  return {
    startDate,
    procedure,
    federalState: answers.job?.federalState ?? 'DE-RP',
    ...(answers.job?.municipality !== undefined ? { municipality: answers.job.municipality } : {}),
    ...(occ?.chamber !== undefined ? { chamber: occ.chamber } : {}),
    ...(answers.qualification?.engineerTitle ? { engineerTitle: true } : {}),
  };
}

function formatDe(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
