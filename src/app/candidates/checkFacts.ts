// The facts of a pathway check split into what belongs to the person (a candidate) and what belongs to the job (a
// case), and joined again: a candidate plus a job plus a date is a complete CheckInput, so any candidate can be
// checked with one click and re-checked on another date or with other facts (issue 14). Pure.

import type { CheckInput, ExperienceEntry } from '../../law/types.ts';

type Person = CheckInput['person'];
type Job = NonNullable<CheckInput['job']>;

/** The person's facts kept in candidates.facts (birth date and citizenship are columns of their own). */
export interface CandidateFacts {
  person?: Omit<Person, 'birthDate' | 'citizenship'>;
  qualification?: CheckInput['qualification'];
  /** work experience; an entry without `to` is the current job, counted to the decision date of each check */
  experience?: CandidateExperience[];
  means?: CheckInput['means'];
  recognitionPartnership?: CheckInput['recognitionPartnership'];
  chancenkarte?: CheckInput['chancenkarte'];
}

export type CandidateExperience = Omit<ExperienceEntry, 'to'> & { to?: string };

/** The job's facts: the columns of a case (occupation, salary, place) and the rest in cases.job_facts. */
export interface JobColumns {
  occupationIsco: string | null;
  annualGrossSalaryEur: number | null;
  federalState: string | null;
  municipality: string | null;
}
export type JobFacts = Omit<Job, 'isco' | 'annualGrossSalaryEur' | 'federalState' | 'municipality'>;

export interface SplitFacts {
  candidate: { birthDate: string; citizenship: string; facts: CandidateFacts };
  job: (JobColumns & { jobFacts: JobFacts }) | null;
}

/** Splits a check's input into the candidate's facts and the job's. */
export function splitCheckInput(input: CheckInput): SplitFacts {
  const { birthDate, citizenship, ...person } = input.person;
  const facts: CandidateFacts = { person, qualification: input.qualification, experience: input.experience };
  if (input.means !== undefined) facts.means = input.means;
  if (input.recognitionPartnership !== undefined) facts.recognitionPartnership = input.recognitionPartnership;
  if (input.chancenkarte !== undefined) facts.chancenkarte = input.chancenkarte;
  let job: SplitFacts['job'] = null;
  if (input.job !== undefined) {
    const { isco, annualGrossSalaryEur, federalState, municipality, ...jobFacts } = input.job;
    job = { occupationIsco: isco, annualGrossSalaryEur, federalState, municipality: municipality ?? null, jobFacts };
  }
  return { candidate: { birthDate, citizenship, facts }, job };
}

/** What a candidate lacks for a check: the facts a CheckInput cannot do without. */
export type MissingFact = 'birthDate' | 'citizenship' | 'person' | 'qualification';

/**
 * Joins a candidate's facts, a job (optional: without one, the check answers for the routes without a job offer) and
 * the decision date into a CheckInput; or the list of facts still missing. The result still goes through
 * validateCheckInput before the engine sees it.
 */
export function joinCheckInput(
  candidate: { birthDate: string | null; citizenship: string | null; facts: CandidateFacts },
  job: (JobColumns & { jobFacts?: JobFacts }) | null,
  decisionDate: string,
): { ok: true; input: CheckInput } | { ok: false; missing: MissingFact[] } {
  const missing: MissingFact[] = [];
  if (!candidate.birthDate) missing.push('birthDate');
  if (!candidate.citizenship) missing.push('citizenship');
  if (!candidate.facts.person) missing.push('person');
  if (!candidate.facts.qualification) missing.push('qualification');
  if (missing.length > 0) return { ok: false, missing };
  const { person, qualification, experience, ...rest } = candidate.facts;
  const input: CheckInput = {
    decisionDate,
    person: { birthDate: candidate.birthDate!, citizenship: candidate.citizenship!, ...person! },
    qualification: qualification!,
    // a current job (no end) counts to the day of the check
    experience: (experience ?? []).map((e) => (e.to === undefined ? { ...e, to: decisionDate } : (e as ExperienceEntry))),
    ...rest,
  };
  if (job !== null && job.occupationIsco !== null && job.annualGrossSalaryEur !== null && job.federalState !== null) {
    input.job = {
      ...(job.jobFacts ?? {}),
      isco: job.occupationIsco,
      annualGrossSalaryEur: job.annualGrossSalaryEur,
      federalState: job.federalState,
      ...(job.municipality ? { municipality: job.municipality } : {}),
    };
  }
  return { ok: true, input };
}
