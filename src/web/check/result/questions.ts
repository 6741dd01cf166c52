// Which question of the questionnaire settles an answer the engine names as missing (Condition.missing: dotted
// paths of CheckInput such as "qualification.awardedOn"): the step page and the field's anchor, and the question
// as the result page words it. Paths the questionnaire does not ask (pension provision, ICT details, …) have a
// question but no link.
//
// The question texts come from the law's table (src/law/questions.ts) through questionText() below, for the path or
// its nearest parent; this area's messages (result.questions) only word the parents the law's table does not name.

import type { Lang } from '../../../i18n/index.ts';
import type { DataStepId } from '../answers.ts';
import { cm } from '../messages/index.ts';
import { questionFor as lawQuestion } from '../../../law/questions.ts';

/**
 * path → the page and the id of the field (the first control of a radio group carries the field's name); null: the
 * questionnaire does not ask it (so a child path such as "job.ict.role" does not fall back to its parent's question).
 */
const WHERE: Record<string, { step: DataStepId; field: string } | null> = {
  decisionDate: { step: 'job', field: 'decisionDate' },
  applicationDate: { step: 'job', field: 'applicationDate' },
  'qualification.tertiaryEquivalent': { step: 'qualification', field: 'tertiaryEquivalent' },
  job: { step: 'job', field: 'hasOffer' },
  'job.isco': { step: 'occupation', field: 'q' },
  'job.annualGrossSalaryEur': { step: 'job', field: 'salary' },
  'job.collectiveAgreement': { step: 'job', field: 'collectiveAgreement' },
  'job.contractMonths': { step: 'job', field: 'contract' },
  'job.federalState': { step: 'job', field: 'federalState' },
  'job.municipality': { step: 'job', field: 'municipality' },
  'job.regulated': null,
  'job.qualifiedEmployment': null,
  'job.appropriateToQualification': null,
  'job.ict': null,
  'person.citizenship': { step: 'person', field: 'citizenship' },
  'person.birthDate': { step: 'person', field: 'birthDate' },
  'person.german': { step: 'person', field: 'german' },
  'person.english': { step: 'person', field: 'english' },
  'person.firstTitleInGermany': { step: 'person', field: 'firstTitle' },
  'person.adequatePensionProvision': null,
  'person.lawfulStayMonthsLast5Years': null,
  'person.asylblgBenefitsLast24Months': null,
  means: { step: 'person', field: 'means' },
  'means.monthlyNetEur': { step: 'person', field: 'means' },
  'qualification.level': { step: 'qualification', field: 'level' },
  'qualification.awardedOn': { step: 'qualification', field: 'awardedOn' },
  'qualification.obtainedIn': { step: 'qualification', field: 'obtainedIn' },
  'qualification.stateRecognisedAbroad': { step: 'qualification', field: 'stateRecognised' },
  'qualification.trainingYears': { step: 'qualification', field: 'trainingYears' },
  'qualification.germanAssessment': { step: 'qualification', field: 'assessment' },
  'qualification.ahk': null,
  'qualification.licence': null,
  experience: { step: 'experience', field: 'exp0_isco' },
};

/** The path itself, then its parents: "experience.0.from" → "experience.0" → "experience". */
function lookup<T>(table: Record<string, T>, path: string): T | undefined {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const hit = table[parts.slice(0, n).join('.')];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * The question that settles a path, in the page's language: the law's own table (src/law/questions.ts, the
 * words the API's users see too), else this page's wording for a parent path, else a general wording.
 */
export function questionText(path: string, lang: Lang): string {
  const m = cm(lang).result;
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    const text = lawQuestion(prefix)?.[lang] ?? m.questions[prefix];
    if (text !== undefined) return text;
  }
  return m.otherQuestion(path);
}

export interface Question {
  path: string;
  text: string;
  /** the questionnaire page and field; absent when the questionnaire does not ask it */
  href?: string;
}

export function questionFor(checkId: string, path: string, lang: Lang): Question {
  const where = lookup(WHERE, path);
  return {
    path,
    text: questionText(path, lang),
    ...(where ? { href: `/checks/${checkId}/step/${where.step}#${where.field}` } : {}),
  };
}
