// The candidate form's fields ↔ the use cases' input (CandidateInput with its facts). The person's facts are form
// fields named as the use case names their errors (candidateInput.ts factField): german, english,
// qualificationAwardedOn, experience0From, … A group left empty (no language, no qualification, an empty experience
// row) is not sent as a fact; a group begun is sent as typed, so that what is wrong is named. Pure.

import type { CandidateInput } from '../../app/candidates/candidateInput.ts';
import type { CandidateExperience, CandidateFacts } from '../../app/candidates/checkFacts.ts';
import type { WorkspaceFieldError } from '../../app/common/errors.ts';
import { parseDateInput } from '../check/answers/read.ts';
import type { Values } from '../workspace/routing.ts';

export const EXPERIENCE_ROWS = 5;

export const PERSON_KEYS = ['name', 'birthDate', 'citizenship', 'email', 'phone', 'preferredLanguage', 'otherLanguages', 'german', 'english', 'firstTitleInGermany'];
export const QUALIFICATION_KEYS = [
  'qualificationLevel',
  'qualificationAwardedOn',
  'qualificationObtainedIn',
  'qualificationStateRecognisedAbroad',
  'qualificationTrainingYears',
  'qualificationGermanAssessment',
  'qualificationLicence',
  'recognitionStatus',
];
/** issue 17: the reporting fields for the funder */
export const REPORTING_KEYS = ['reportSex', 'reportEmploymentStatus', 'reportIsced', 'reportDisability', 'reportForeignOrigin'] as const;
export const EXPERIENCE_KEYS = Array.from({ length: EXPERIENCE_ROWS }, (_, i) => [`experience${i}Isco`, `experience${i}From`, `experience${i}To`, `experience${i}Related`]).flat();
/** every field of the form, in the order of the page (also the order of the error summary) */
export const CANDIDATE_KEYS = ['companyId', ...PERSON_KEYS, ...QUALIFICATION_KEYS, ...EXPERIENCE_KEYS, ...REPORTING_KEYS, 'notes'];

/** A date as typed (ISO from a date field, or "TT.MM.JJJJ"); what is not a date is passed on to be named. */
const date = (v: string): string => parseDateInput(v) ?? v;
const yesNo = (v: string): boolean | string => (v === 'yes' ? true : v === 'no' ? false : v);
/** "3", "3,5", "3.5" → a number; anything else is passed on as typed, to be named */
const years = (v: string): number | string => (/^\d{1,2}([.,]\d)?$/.test(v) ? Number(v.replace(',', '.')) : v);

export interface FormInput {
  input: CandidateInput;
  /** the form row of each experience entry sent (facts' experience[i] is form row rows[i]) */
  experienceRows: number[];
}

/**
 * The use case's input from the form. `kept`: the facts the form does not show (means, a recognition partnership, …),
 * from the candidate as stored, so that an edit on the page does not lose what the API set.
 */
export function inputFromForm(v: Values, kept: CandidateFacts = {}): FormInput {
  const s = (k: string): string => (typeof v[k] === 'string' ? (v[k] as string).trim() : '');
  const facts: Record<string, unknown> = {};
  for (const k of ['means', 'recognitionPartnership', 'chancenkarte'] as const) if (kept[k] !== undefined) facts[k] = kept[k];

  if (s('german') !== '' || s('english') !== '' || s('firstTitleInGermany') !== '') {
    const { german: _g, english: _e, firstTitleInGermany: _f, ...rest } = kept.person ?? {};
    void [_g, _e, _f];
    facts.person = { ...rest, german: s('german'), english: s('english'), ...(s('firstTitleInGermany') !== '' ? { firstTitleInGermany: yesNo(s('firstTitleInGermany')) } : {}) };
  }
  const qualificationGiven = QUALIFICATION_KEYS.filter((k) => k !== 'recognitionStatus').some((k) => s(k) !== '');
  if (qualificationGiven) {
    const level = s('qualificationLevel');
    const q: Record<string, unknown> = {
      // what the form does not ask (tertiaryEquivalent, ahk) stays as stored
      ...(kept.qualification?.tertiaryEquivalent !== undefined ? { tertiaryEquivalent: kept.qualification.tertiaryEquivalent } : {}),
      ...(kept.qualification?.ahk !== undefined ? { ahk: kept.qualification.ahk } : {}),
      level,
      // "none" needs no assessment; otherwise it is asked
      germanAssessment: s('qualificationGermanAssessment') !== '' ? s('qualificationGermanAssessment') : level === 'none' ? 'none' : '',
    };
    if (s('qualificationAwardedOn') !== '') q.awardedOn = date(s('qualificationAwardedOn'));
    if (s('qualificationObtainedIn') !== '') q.obtainedIn = s('qualificationObtainedIn');
    if (s('qualificationStateRecognisedAbroad') !== '') q.stateRecognisedAbroad = yesNo(s('qualificationStateRecognisedAbroad'));
    if (s('qualificationTrainingYears') !== '') q.trainingYears = years(s('qualificationTrainingYears'));
    if (s('qualificationLicence') !== '') q.licence = s('qualificationLicence');
    facts.qualification = q;
  }
  const experience: CandidateExperience[] = [];
  const experienceRows: number[] = [];
  for (let i = 0; i < EXPERIENCE_ROWS; i++) {
    const isco = s(`experience${i}Isco`);
    const from = s(`experience${i}From`);
    const to = s(`experience${i}To`);
    if (isco === '' && from === '' && to === '') continue;
    const related = s(`experience${i}Related`);
    experience.push({
      isco,
      from: date(from),
      ...(to !== '' ? { to: date(to) } : {}),
      ...(related !== '' ? { relatedToQualification: yesNo(related) as boolean } : {}),
    });
    experienceRows.push(i);
  }
  // entries beyond the form's rows (set through the API) stay
  experience.push(...(kept.experience ?? []).slice(EXPERIENCE_ROWS));
  if (experience.length > 0) facts.experience = experience;

  return {
    input: {
      name: s('name'),
      birthDate: s('birthDate') === '' ? '' : date(s('birthDate')),
      citizenship: s('citizenship'),
      email: s('email'),
      phone: s('phone'),
      preferredLanguage: s('preferredLanguage'),
      otherLanguages: s('otherLanguages'),
      recognitionStatus: s('recognitionStatus'),
      notes: s('notes'),
      facts,
      reportSex: s('reportSex'),
      reportEmploymentStatus: s('reportEmploymentStatus'),
      reportIsced: s('reportIsced'),
      reportDisability: s('reportDisability'),
      reportForeignOrigin: s('reportForeignOrigin'),
    },
    experienceRows,
  };
}

/** The use case's errors named by the form's fields: an experience entry's error goes to the row it came from. */
export function formErrors(errors: WorkspaceFieldError[], experienceRows: number[]): WorkspaceFieldError[] {
  return errors.map((e) => {
    const m = /^experience(\d+)(\w*)$/.exec(e.field);
    if (!m) return e;
    const row = experienceRows[Number(m[1])];
    return { ...e, field: row === undefined ? 'experience0Isco' : `experience${row}${m[2] || 'Isco'}` };
  });
}

const yn = (b: unknown): string => (b === true ? 'yes' : b === false ? 'no' : '');

/** The form's values of a stored candidate. */
export function formFromCandidate(c: {
  name: string | null;
  birthDate: string | null;
  citizenship: string | null;
  email: string | null;
  phone: string | null;
  preferredLanguage: string | null;
  otherLanguages: string | null;
  recognitionStatus: string;
  notes: string | null;
  facts: unknown;
  reportSex?: string | null;
  reportEmploymentStatus?: string | null;
  reportIsced?: string | null;
  reportDisability?: string | null;
  reportForeignOrigin?: string | null;
}): Values {
  const f = (c.facts ?? {}) as CandidateFacts;
  const v: Values = {
    name: c.name ?? '',
    birthDate: c.birthDate ?? '',
    citizenship: c.citizenship ?? '',
    email: c.email ?? '',
    phone: c.phone ?? '',
    preferredLanguage: c.preferredLanguage ?? '',
    otherLanguages: c.otherLanguages ?? '',
    recognitionStatus: c.recognitionStatus,
    notes: c.notes ?? '',
    german: f.person?.german ?? '',
    english: f.person?.english ?? '',
    firstTitleInGermany: yn(f.person?.firstTitleInGermany),
    qualificationLevel: f.qualification?.level ?? '',
    qualificationAwardedOn: f.qualification?.awardedOn ?? '',
    qualificationObtainedIn: f.qualification?.obtainedIn ?? '',
    qualificationStateRecognisedAbroad: yn(f.qualification?.stateRecognisedAbroad),
    qualificationTrainingYears: f.qualification?.trainingYears !== undefined ? String(f.qualification.trainingYears) : '',
    qualificationGermanAssessment: f.qualification ? f.qualification.germanAssessment : '',
    qualificationLicence: f.qualification?.licence ?? '',
    reportSex: c.reportSex ?? '',
    reportEmploymentStatus: c.reportEmploymentStatus ?? '',
    reportIsced: c.reportIsced ?? '',
    reportDisability: c.reportDisability ?? '',
    reportForeignOrigin: c.reportForeignOrigin ?? '',
  };
  (f.experience ?? []).slice(0, EXPERIENCE_ROWS).forEach((e, i) => {
    v[`experience${i}Isco`] = e.isco;
    v[`experience${i}From`] = e.from;
    v[`experience${i}To`] = e.to ?? '';
    v[`experience${i}Related`] = yn(e.relatedToQualification);
  });
  return v;
}
