// Answers → CheckInput (validated by the engine's own validateCheckInput) → the process-plan input of a route.

import { getOccupation } from '../../../catalogue/search.ts';
import type { Occupation } from '../../../catalogue/search.ts';
import type { CheckInput, RouteId, Text } from '../../../law/types.ts';
import { validateCheckInput } from '../../../law/validate.ts';
import type { PlanInput, Procedure } from '../../../law/plan/types.ts';
import { DATA_STEPS, tx } from './model.ts';
import type { Answers, DataStepId } from './model.ts';

export type BuildResult = { ok: true; input: CheckInput } | { ok: false; missing: DataStepId[]; errors: Array<{ step: DataStepId; field: string; message: Text }> };

/** Which page and field a CheckInput path belongs to (for the engine's own validation errors). */
export function locate(path: string): { step: DataStepId; field: string } {
  if (path.startsWith('/job/isco')) return { step: 'occupation', field: 'occupation' };
  if (path === '/decisionDate') return { step: 'job', field: 'decisionDate' };
  if (path === '/applicationDate') return { step: 'job', field: 'applicationDate' };
  if (path.startsWith('/job/annualGross')) return { step: 'job', field: 'salary' };
  if (path.startsWith('/job')) return { step: 'job', field: 'federalState' };
  if (path.startsWith('/person/birthDate')) return { step: 'person', field: 'birthDate' };
  if (path.startsWith('/means') || path.startsWith('/person')) return { step: 'person', field: path.startsWith('/means') ? 'means' : 'citizenship' };
  if (path.startsWith('/qualification/awardedOn')) return { step: 'qualification', field: 'awardedOn' };
  if (path.startsWith('/qualification/tertiaryEquivalent')) return { step: 'qualification', field: 'tertiaryEquivalent' };
  if (path.startsWith('/qualification')) return { step: 'qualification', field: 'level' };
  const m = /^\/experience\/(\d+)\/(\w+)/.exec(path);
  if (m) return { step: 'experience', field: `exp${m[1]}_${m[2] === 'to' ? 'to' : 'from'}` };
  return { step: 'job', field: 'decisionDate' };
}

export const CROSS_FIELD: Array<[RegExp, Text]> = [
  [/^\/person\/birthDate$/, tx('Das Geburtsdatum passt nicht zum Stichtag der Prüfung. Bitte prüfen Sie beide Daten.', 'The date of birth does not fit the reference date of the check. Please check both dates.')],
  [/^\/applicationDate$/, tx('Der Antrag muss vor dem Stichtag der Prüfung oder an ihm gestellt werden. Bitte prüfen Sie beide Daten.', 'The application must be made on or before the reference date of the check. Please check both dates.')],
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
    ...(job.applicationDate !== undefined ? { applicationDate: job.applicationDate } : {}),
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
      ...(q.tertiaryEquivalent !== undefined && q.level !== 'none' ? { tertiaryEquivalent: q.tertiaryEquivalent } : {}),
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

export function formatDe(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
