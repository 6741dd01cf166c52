// The labels of the candidate form's fields (the error summary names fields by them) and the options of its selects.

import type { Lang } from '../../i18n/index.ts';
import { CEFR_LEVELS } from '../../law/types.ts';
import { RECOGNITION_STATUSES } from '../../app/cases/codes.ts';
import { countriesSorted, countryByCode } from '../check/data/countries.ts';
import { cm } from '../check/messages/index.ts';
import { candidateMessages } from './messages/index.ts';
import { EXPERIENCE_ROWS } from './form.ts';

export type Option = { value: string; label: string };

export function candidateLabels(lang: Lang): Record<string, string> {
  const m = candidateMessages(lang);
  const out: Record<string, string> = {
    companyId: m.company,
    name: m.name,
    birthDate: m.birthDate,
    citizenship: m.citizenship,
    email: m.email,
    phone: m.phone,
    preferredLanguage: m.preferredLanguage,
    otherLanguages: m.otherLanguages,
    german: m.german,
    english: m.english,
    firstTitleInGermany: m.firstTitleInGermany,
    qualificationLevel: m.qualificationLevel,
    qualificationAwardedOn: m.qualificationAwardedOn,
    qualificationObtainedIn: m.qualificationObtainedIn,
    qualificationStateRecognisedAbroad: m.qualificationStateRecognisedAbroad,
    qualificationTrainingYears: m.qualificationTrainingYears,
    qualificationGermanAssessment: m.qualificationGermanAssessment,
    qualificationLicence: m.qualificationLicence,
    recognitionStatus: m.recognitionStatus,
    reportSex: m.reportSex,
    reportEmploymentStatus: m.reportEmploymentStatus,
    reportIsced: m.reportIsced,
    reportDisability: m.reportDisability,
    reportForeignOrigin: m.reportForeignOrigin,
  };
  for (let i = 0; i < EXPERIENCE_ROWS; i++) {
    out[`experience${i}Isco`] = `${m.experienceRow(i + 1)}: ${m.experienceIsco}`;
    out[`experience${i}From`] = `${m.experienceRow(i + 1)}: ${m.experienceFrom}`;
    out[`experience${i}To`] = `${m.experienceRow(i + 1)}: ${m.experienceTo}`;
    out[`experience${i}Related`] = `${m.experienceRow(i + 1)}: ${m.experienceRelated}`;
  }
  out.notes = m.notes;
  out.facts = m.facts;
  out.decisionDate = m.checkDate;
  out.jobFrom = m.checkJobFrom;
  out.purpose = m.purpose;
  out.given = m.given;
  out.declaredOn = m.declaredOn;
  out.textVersion = m.textVersion;
  return out;
}

export const countryOptions = (lang: Lang): Option[] => countriesSorted(lang).map((c) => ({ value: c.code, label: c[lang] }));
export const countryName = (lang: Lang, code: string | null): string | null => (code === null ? null : (countryByCode(code)?.[lang] ?? code));
export const cefrOptions = (lang: Lang): Option[] => CEFR_LEVELS.map((l) => ({ value: l, label: cm(lang).person.levels[l] ?? l }));
export const cefrLabel = (lang: Lang, level: string | undefined): string | undefined => (level === undefined ? undefined : (cm(lang).person.levels[level] ?? level));
export const optionsOf = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));
export const yesNoOptions = (lang: Lang): Option[] => [
  { value: 'yes', label: candidateMessages(lang).yes },
  { value: 'no', label: candidateMessages(lang).no },
];
export const recognitionOptions = (lang: Lang): Option[] => RECOGNITION_STATUSES.map((s) => ({ value: s, label: candidateMessages(lang).recognitionStatuses[s] ?? s }));
