// Issue 17, the funder's report: the codes of the reporting fields a candidate may have (asked on the candidate form,
// optional, never guessed) and the pure derivations the report makes from a candidate's other data. The categories are
// those of the EU common indicators of Regulation (EU) 2021/1057, Annex I (docs/decisions/026-funder-reporting.md):
//   1.1  unemployed incl. long-term unemployed; long-term unemployed; inactive; employed incl. self-employed;
//        children below 18; young people 18–29; participants 55 and over; ISCED 0–2, ISCED 3–4, ISCED 5–8; total;
//   1.2  ("other" indicators, which may be informed estimates) participants with disabilities (Art. 9 GDPR data),
//        third-country nationals, participants of foreign origin, minorities (Art. 9 data; not asked), homeless or
//        affected by housing exclusion, participants from rural areas (both not asked: not the office's business).
// Personal data is broken down by sex (women, men, non-binary; "according to national law") — and "not stated".
// The migration's CHECKs (drizzle/0023_funder_reporting.sql) repeat these codes.

export const REPORT_SEXES = ['female', 'male', 'non_binary', 'not_stated'] as const;
export type ReportSex = (typeof REPORT_SEXES)[number];

/**
 * Employment status at entry (Annex I 1.1). Long-term unemployed are unemployed too (the indicator "unemployed,
 * including long-term unemployed" counts both). A person in education or training who is not working is inactive
 * (Annex I has no separate category for them any more).
 */
export const EMPLOYMENT_STATUSES = ['employed', 'unemployed', 'long_term_unemployed', 'inactive', 'not_stated'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** The highest education completed, by ISCED 2011 groups as Annex I counts them. */
export const ISCED_LEVELS = ['isced_0_2', 'isced_3_4', 'isced_5_8', 'not_stated'] as const;
export type IscedLevel = (typeof ISCED_LEVELS)[number];

/** Self-declared, optional (disability: a special category of personal data, Art. 9 GDPR). */
export const YES_NO_NOT_STATED = ['yes', 'no', 'not_stated'] as const;
export type YesNoNotStated = (typeof YES_NO_NOT_STATED)[number];

/** Age at entry, in the bands the indicators need: below 18, 18–29, 30–54, 55 and over. */
export const AGE_BANDS = ['under_18', '18_29', '30_54', '55_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Size classes of a company (companies.size_class); micro, small and medium are SMEs. */
export const SME_CLASSES = ['micro', 'small', 'medium'] as const;

/** The EU member states (ISO 3166-1 alpha-2) and the other EEA states and Switzerland: not third countries. */
export const EU_EEA_CH = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  'IS', 'LI', 'NO', 'CH',
] as const;

/** Whether a citizenship is that of a third country (not EU, EEA or Switzerland); null when unknown. */
export function isThirdCountry(citizenship: string | null): boolean | null {
  if (citizenship === null || citizenship === '') return null;
  return !(EU_EEA_CH as readonly string[]).includes(citizenship);
}

/** Whole years between the birth date and the day (both ISO dates). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The age band on the day of entry; null without a birth date. */
export function ageBand(birthDate: string | null, entryOn: string): AgeBand | null {
  if (birthDate === null) return null;
  const age = ageOn(birthDate, entryOn);
  return age < 18 ? 'under_18' : age < 30 ? '18_29' : age < 55 ? '30_54' : '55_plus';
}

/**
 * The ISCED group: the stated one; else derived from the check facts' qualification level only where that is
 * unambiguous — a university degree ('academic') is ISCED 5–8. A vocational qualification may be ISCED 3, 4 or 5
 * (short-cycle tertiary) depending on the country's system, and 'none' may still be ISCED 3 (upper secondary school):
 * those are not derived, the adviser asks.
 */
export function iscedOf(stated: string | null, qualificationLevel: string | null | undefined): { value: IscedLevel | null; derived: boolean } {
  if (stated !== null && stated !== 'not_stated') return { value: stated as IscedLevel, derived: false };
  if (qualificationLevel === 'academic') return { value: 'isced_5_8', derived: true };
  return { value: stated === 'not_stated' ? 'not_stated' : null, derived: false };
}

/** The version of the consent text for funder reporting that the office's forms show. */
export const FUNDER_CONSENT_PURPOSE = 'funder_reporting';
