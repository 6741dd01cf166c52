// A CheckInput turned back into the questionnaire's answers: the inverse of buildCheckInput
// (src/web/check/answers/build.ts), so that a check created from facts (issue 14: a candidate checked with one click)
// can be re-checked with other answers through "change answers". The questionnaire asks fewer facts than the contract
// holds; what its answers cannot hold is listed in `dropped` (dotted paths of CheckInput), never silently changed.
// Pure.

import { occupationsForIsco } from '../../catalogue/occupations.ts';
import { iscoUnitGroup } from '../../catalogue/isco08.ts';
import type { CheckInput } from '../../law/types.ts';
import { MAX_EXPERIENCE_ROWS } from './answersModel.ts';
import type { Answers, ExperienceEntryAnswers, JobAnswers, QualificationAnswers } from './answersModel.ts';

export interface InverseResult {
  answers: Answers;
  /** the facts of the input that the answers do not hold as they are (lost, or replaced by the questionnaire's default) */
  dropped: string[];
}

/** The questionnaire's limits (src/web/check/answers/parse.ts): a stored answer outside them is not read back. */
const TRAINING_YEARS = /^\d{1,2}(\.5)?$/;

/**
 * The answers of a check whose input is `input`. `federalState` is the Land the job page asks for when there is no job
 * offer (where the person will live; the input has none then): the company's, say.
 */
export function answersFromInput(input: CheckInput, opts: { federalState: string }): InverseResult {
  const dropped: string[] = [];
  const answers: Answers = {};
  const drop = (path: string, present: unknown): void => {
    if (present !== undefined) dropped.push(path);
  };

  // the occupation: the job's; without a job offer the latest work's, which the check does not use but the page asks
  const job = input.job;
  const occupationIsco = job?.isco ?? input.experience.at(-1)?.isco;
  const occupation = occupationIsco !== undefined ? occupationsForIsco(occupationIsco)[0] : undefined;
  if (occupation !== undefined) answers.occupation = { occupationId: occupation.id };
  else if (job !== undefined) dropped.push('job.isco');

  const jobAnswers: JobAnswers = {
    hasOffer: job !== undefined,
    federalState: job?.federalState ?? opts.federalState,
    decisionDate: input.decisionDate,
    ...(input.applicationDate !== undefined ? { applicationDate: input.applicationDate } : {}),
  };
  if (job !== undefined) {
    jobAnswers.salaryEur = job.annualGrossSalaryEur;
    if (job.collectiveAgreement === undefined) dropped.push('job.collectiveAgreement');
    jobAnswers.collectiveAgreement = job.collectiveAgreement ?? false;
    if (job.contractMonths === undefined) dropped.push('job.contractMonths');
    if (typeof job.contractMonths === 'number') {
      if (Number.isInteger(job.contractMonths) && job.contractMonths >= 1 && job.contractMonths <= 120) {
        jobAnswers.contract = 'fixed';
        jobAnswers.contractMonths = job.contractMonths;
      } else {
        dropped.push('job.contractMonths');
        jobAnswers.contract = 'open';
      }
    } else jobAnswers.contract = 'open';
    if (job.municipality !== undefined) jobAnswers.municipality = job.municipality;
    drop('job.qualifiedEmployment', job.qualifiedEmployment);
    drop('job.appropriateToQualification', job.appropriateToQualification);
    drop('job.regulated', job.regulated);
    drop('job.ict', job.ict);
  }
  answers.job = jobAnswers;

  const p = input.person;
  if (p.firstTitleInGermany === undefined) dropped.push('person.firstTitleInGermany');
  answers.person = {
    citizenship: p.citizenship,
    birthDate: p.birthDate,
    german: p.german,
    english: p.english,
    // the law's default when not given (src/law/route.ts)
    firstTitle: p.firstTitleInGermany ?? true,
    ...(input.means !== undefined ? { meansMonthlyNetEur: input.means.monthlyNetEur } : {}),
  };
  drop('person.adequatePensionProvision', p.adequatePensionProvision);
  drop('person.lawfulStayMonthsLast5Years', p.lawfulStayMonthsLast5Years);
  drop('person.asylblgBenefitsLast24Months', p.asylblgBenefitsLast24Months);

  const q = input.qualification;
  const qa: QualificationAnswers = { level: q.level, assessment: q.level === 'none' ? 'none' : q.germanAssessment };
  if (q.level === 'none') {
    // the page asks nothing more about "no qualification"
    if (q.germanAssessment !== 'none') dropped.push('qualification.germanAssessment');
    for (const k of ['awardedOn', 'obtainedIn', 'stateRecognisedAbroad', 'trainingYears', 'tertiaryEquivalent'] as const) drop(`qualification.${k}`, q[k]);
  } else {
    if (q.obtainedIn !== undefined) qa.obtainedIn = q.obtainedIn;
    if (q.stateRecognisedAbroad !== undefined) qa.stateRecognised = q.stateRecognisedAbroad;
    if (q.awardedOn !== undefined) qa.awardedOn = q.awardedOn;
    if (q.trainingYears !== undefined) {
      if (TRAINING_YEARS.test(String(q.trainingYears)) && q.trainingYears >= 0.5) qa.trainingYears = q.trainingYears;
      else dropped.push('qualification.trainingYears');
    }
    // asked for a vocational qualification only (the page hides it for a degree)
    if (q.tertiaryEquivalent !== undefined) {
      if (q.level === 'vocational') qa.tertiaryEquivalent = q.tertiaryEquivalent;
      else dropped.push('qualification.tertiaryEquivalent');
    }
  }
  drop('qualification.ahk', q.ahk);
  drop('qualification.licence', q.licence);
  answers.qualification = qa;

  const entries: ExperienceEntryAnswers[] = [];
  input.experience.forEach((e, i) => {
    if (i >= MAX_EXPERIENCE_ROWS || iscoUnitGroup(e.isco) === undefined) {
      dropped.push(`experience.${i}`);
      return;
    }
    if (e.relatedToQualification === undefined) dropped.push(`experience.${i}.relatedToQualification`);
    // an entry to the decision date is the current job (the page leaves its end empty); a later end cannot be entered
    if (e.to > input.decisionDate) dropped.push(`experience.${i}.to`);
    entries.push({ isco: e.isco, from: e.from, ...(e.to < input.decisionDate ? { to: e.to } : {}), related: e.relatedToQualification ?? true });
  });
  answers.experience = { entries };

  drop('recognitionPartnership', input.recognitionPartnership);
  drop('chancenkarte', input.chancenkarte);
  return { answers, dropped };
}
