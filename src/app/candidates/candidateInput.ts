// The fields of a candidate as the use cases accept them (pages and API), checked into a row. The person's facts of a
// check (`facts`, CandidateFacts) are validated by the law's own validateCheckInput, on a CheckInput joined from the
// candidate with the day of the change as decision date; a candidate may be saved with facts missing (name and company
// are the minimum): what is missing is filled in with neutral stand-ins for the validation only, and their errors are
// not reported. The validator's JSON pointers become field names (see factField).

import { addYears, isIsoDate } from '../../law/dates.ts';
import { COUNTRY_PATTERN } from '../../law/schema.ts';
import { validateCheckInput } from '../../law/validate.ts';
import { MAX_AGE_YEARS } from '../../law/validate.ts';
import { Checker } from '../common/checker.ts';
import { LONG_TEXT_MAX, TEXT_MAX } from '../common/codes.ts';
import { wfe } from '../common/errors.ts';
import type { WorkspaceFieldError } from '../common/errors.ts';
import { RECOGNITION_STATUSES } from '../cases/codes.ts';
import type { RecognitionStatus } from '../cases/codes.ts';
import { EMPLOYMENT_STATUSES, ISCED_LEVELS, REPORT_SEXES, YES_NO_NOT_STATED } from '../reports/funderCodes.ts';
import type { EmploymentStatus, IscedLevel, ReportSex, YesNoNotStated } from '../reports/funderCodes.ts';
import { joinCheckInput } from './checkFacts.ts';
import type { CandidateFacts } from './checkFacts.ts';

export interface CandidateInput {
  name?: unknown;
  birthDate?: unknown;
  citizenship?: unknown;
  email?: unknown;
  phone?: unknown;
  preferredLanguage?: unknown;
  otherLanguages?: unknown;
  recognitionStatus?: unknown;
  notes?: unknown;
  /** CandidateFacts; absent or null: none yet */
  facts?: unknown;
  // issue 17, the funder's report: optional codes of src/app/reports/funderCodes.ts (absent or empty: not asked)
  reportSex?: unknown;
  reportEmploymentStatus?: unknown;
  reportIsced?: unknown;
  reportDisability?: unknown;
  reportForeignOrigin?: unknown;
}

export interface CandidateFields {
  name: string;
  birthDate: string | null;
  citizenship: string | null;
  email: string | null;
  phone: string | null;
  preferredLanguage: 'de' | 'en' | null;
  otherLanguages: string | null;
  recognitionStatus: RecognitionStatus;
  notes: string | null;
  facts: CandidateFacts;
  reportSex: ReportSex | null;
  reportEmploymentStatus: EmploymentStatus | null;
  reportIsced: IscedLevel | null;
  reportDisability: YesNoNotStated | null;
  reportForeignOrigin: YesNoNotStated | null;
}

export const CANDIDATE_FIELDS = [
  'name',
  'birthDate',
  'citizenship',
  'email',
  'phone',
  'preferredLanguage',
  'otherLanguages',
  'recognitionStatus',
  'notes',
  'facts',
  'reportSex',
  'reportEmploymentStatus',
  'reportIsced',
  'reportDisability',
  'reportForeignOrigin',
] as const satisfies readonly (keyof CandidateFields)[];

const FACT_KEYS = ['person', 'qualification', 'experience', 'means', 'recognitionPartnership', 'chancenkarte'] as const;

/**
 * The field a JSON pointer of the validator names: the person's facts by their own name ("/person/german" → "german"),
 * the others camel-cased along the path ("/qualification/awardedOn" → "qualificationAwardedOn",
 * "/experience/0/from" → "experience0From").
 */
export function factField(pointer: string): string {
  const parts = pointer.split('/').filter((p) => p !== '');
  if (parts.length === 0) return 'facts';
  if (parts[0] === 'person' && parts.length > 1) parts.shift();
  return parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('');
}

/** The value with the keys of every object sorted: jsonb keeps its own key order, so facts are compared in this form. */
export function canonical(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(canonical);
  if (isRecord(x)) return Object.fromEntries(Object.keys(x).sort().map((k) => [k, canonical(x[k])]));
  return x;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A birth date: a real day, before `today`, less than MAX_AGE_YEARS before it. */
function birthDateOf(c: Checker, value: unknown, today: string): string | null {
  const v = c.text('birthDate', value, { max: 10 });
  if (v === null) return null;
  if (!isIsoDate(v) || v >= today || addYears(v, MAX_AGE_YEARS) <= today) {
    c.errors.push(wfe('birthDate', 'date'));
    return null;
  }
  return v;
}

/**
 * Checks the facts (CandidateFacts) against the law's schema: the field errors, or none. `birthDate` and `citizenship`
 * are the candidate's own (already checked; null when absent or bad).
 */
export function factErrors(facts: CandidateFacts, birthDate: string | null, citizenship: string | null, today: string): WorkspaceFieldError[] {
  // neutral stand-ins for what is not given, so that the validator looks at what is; their errors are not reported
  const standIns = new Set<string>();
  const probe: CandidateFacts = { ...facts };
  if (probe.person === undefined) {
    probe.person = { german: 'none', english: 'none' };
    standIns.add('/person');
  }
  if (probe.qualification === undefined) {
    probe.qualification = { level: 'none', germanAssessment: 'none' };
    standIns.add('/qualification');
  }
  if (birthDate === null) standIns.add('/person/birthDate');
  if (citizenship === null) standIns.add('/person/citizenship');
  const joined = joinCheckInput(
    // a stand-in birth date long ago, so that it makes no date of the facts implausible
    { birthDate: birthDate ?? addYears(today, -(MAX_AGE_YEARS - 1)), citizenship: citizenship ?? 'DE', facts: probe },
    null,
    today,
  );
  if (!joined.ok) return [wfe('facts', 'required')];
  const v = validateCheckInput(joined.input);
  if (v.ok) return [];
  const out: WorkspaceFieldError[] = [];
  for (const e of v.errors) {
    if ([...standIns].some((s) => e.path === s || e.path.startsWith(`${s}/`))) continue;
    const field = factField(e.path);
    if (!out.some((x) => x.field === field)) out.push(wfe(field, 'invalid', e.message));
  }
  return out;
}

/** Reads the facts object: only CandidateFacts' own keys, the person without birth date and citizenship (columns). */
function factsOf(c: Checker, value: unknown): CandidateFacts | null {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    c.errors.push(wfe('facts', 'invalid', 'must be an object'));
    return null;
  }
  for (const k of Object.keys(value)) {
    if (!(FACT_KEYS as readonly string[]).includes(k)) {
      c.errors.push(wfe('facts', 'invalid', `${k} is not a fact of a candidate`));
      return null;
    }
  }
  if (isRecord(value.person) && ('birthDate' in value.person || 'citizenship' in value.person)) {
    c.errors.push(wfe('facts', 'invalid', 'birthDate and citizenship are fields of the candidate, not of facts.person'));
    return null;
  }
  return value as CandidateFacts;
}

/** Checks every field; throws WorkspaceInputError naming each bad one. `today` is the decision date of the validation. */
export function checkCandidate(input: CandidateInput, today: string): CandidateFields {
  const c = new Checker();
  const name = c.text('name', input.name, { required: true, max: TEXT_MAX });
  const birthDate = birthDateOf(c, input.birthDate, today);
  let citizenship = c.text('citizenship', input.citizenship, { max: 2 });
  if (citizenship !== null && !new RegExp(COUNTRY_PATTERN).test(citizenship)) {
    c.errors.push(wfe('citizenship', 'oneOf', 'an ISO 3166-1 alpha-2 code in capitals, e.g. IN ("XK" for Kosovo)'));
    citizenship = null;
  }
  const fields = {
    name: name ?? '',
    birthDate,
    citizenship,
    email: c.email('email', input.email),
    phone: c.text('phone', input.phone, { max: 50 }),
    preferredLanguage: c.oneOf('preferredLanguage', input.preferredLanguage, ['de', 'en'] as const),
    otherLanguages: c.text('otherLanguages', input.otherLanguages, { max: TEXT_MAX }),
    recognitionStatus: c.oneOf('recognitionStatus', input.recognitionStatus, RECOGNITION_STATUSES) ?? 'unknown',
    notes: c.text('notes', input.notes, { max: LONG_TEXT_MAX }),
    facts: factsOf(c, input.facts) ?? {},
    reportSex: c.oneOf('reportSex', input.reportSex, REPORT_SEXES),
    reportEmploymentStatus: c.oneOf('reportEmploymentStatus', input.reportEmploymentStatus, EMPLOYMENT_STATUSES),
    reportIsced: c.oneOf('reportIsced', input.reportIsced, ISCED_LEVELS),
    reportDisability: c.oneOf('reportDisability', input.reportDisability, YES_NO_NOT_STATED),
    reportForeignOrigin: c.oneOf('reportForeignOrigin', input.reportForeignOrigin, YES_NO_NOT_STATED),
  };
  if (!c.errors.some((e) => e.field === 'facts')) c.errors.push(...factErrors(fields.facts, birthDate, citizenship, today));
  c.done();
  return fields;
}
