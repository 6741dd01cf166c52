// Each questionnaire page's answers from its form body, with a field error for each wrong field.

import { getOccupation } from '../../../catalogue/search.ts';
import { iscoUnitGroup } from '../../../catalogue/isco08.ts';
import { addYears } from '../../../law/dates.ts';
import { LIMITS } from '../../../law/schema.ts';
import { CEFR_LEVELS } from '../../../law/types.ts';
import type { Text } from '../../../law/types.ts';
import { MODELLED_FROM } from '../../../law/validate.ts';
import { countryByCode } from '../data/countries.ts';
import { isFederalState } from '../../shell/domain/places.ts';
import { FIELDS, MAX_EXPERIENCE_ROWS, tx } from './model.ts';
import type { Answers, DataStepId, ExperienceAnswers, ExperienceEntryAnswers, JobAnswers, OccupationAnswers, ParseResult, PersonAnswers, QualificationAnswers } from './model.ts';
import { YES_NO, dateField, need, oneOf, parseEuro, parseWhole, readForm } from './read.ts';
import { formatDe } from './build.ts';

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
  if (!bad.has('applicationDate')) {
    // the application comes before the decision (§ 18g Abs. 1 S. 2 Nr. 2 AufenthG counts to the application)
    const latest = out.decisionDate ?? addYears(today, 3);
    const a = dateField(values, errors, 'applicationDate', {
      required: false,
      min: MODELLED_FROM,
      max: latest,
      missing: tx('', ''),
      range: tx(
        `Der Antrag muss zwischen dem 18.11.2023 und dem Stichtag der Prüfung (${formatDe(latest)}) gestellt werden. Leer lassen heißt: am Stichtag.`,
        `The application must be made between 2023-11-18 and the reference date of the check (${latest}). Left empty: on the reference date.`,
      ),
    });
    if (a !== undefined) out.applicationDate = a;
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
    const te = values.tertiaryEquivalent ?? '';
    // asked for a vocational (or other non-university) qualification only; ignored for a degree, as the page hides it
    if (out.level === 'vocational' && !bad.has('tertiaryEquivalent') && te !== '') {
      if (!YES_NO.has(te) && te !== 'unknown') errors.push({ field: 'tertiaryEquivalent', message: tx('Bitte wählen Sie eine der angebotenen Antworten.', 'Please choose one of the answers offered.') });
      else if (te !== 'unknown') out.tertiaryEquivalent = te === 'yes';
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
