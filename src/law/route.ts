// Building blocks shared by the route modules in ./routes.

import type { CheckInput, Condition, Hint, Outcome, RouteAssessment, RouteId, Text } from './types.ts';
import { VERIFY } from './format.ts';

/** The input with the contract's defaults applied; route modules only ever see this. */
export interface Facts extends CheckInput {
  /** the day of the application; the contract's default is decisionDate */
  applicationDate: string;
  person: CheckInput['person'] & { firstTitleInGermany: boolean };
  job?: NonNullable<CheckInput['job']> & { qualifiedEmployment: boolean; appropriateToQualification: boolean };
}

export function applyDefaults(input: CheckInput): Facts {
  return {
    ...input,
    applicationDate: input.applicationDate ?? input.decisionDate,
    person: { ...input.person, firstTitleInGermany: input.person.firstTitleInGermany ?? true },
    job: input.job
      ? {
          ...input.job,
          qualifiedEmployment: input.job.qualifiedEmployment ?? true,
          appropriateToQualification: input.job.appropriateToQualification ?? true,
        }
      : undefined,
  };
}

export function condition(
  id: string,
  met: boolean | null,
  text: Text,
  ref: string,
  opts: { unconfirmed?: boolean; missing?: string[] } = {},
): Condition {
  const c: Condition = opts.unconfirmed ? { id, met, text: { de: text.de + VERIFY.de, en: text.en + VERIFY.en }, ref, unconfirmed: true } : { id, met, text, ref };
  // Condition.missing: only for an unknown condition (the answers that would settle it)
  if (met === null && opts.missing && opts.missing.length > 0) c.missing = [...opts.missing];
  return c;
}

/** eligible: all met; ineligible: one not met; unknown: none failed, one unknown (contract v1). */
export function outcomeOf(conditions: readonly Condition[]): Outcome {
  if (conditions.some((c) => c.met === false)) return 'ineligible';
  if (conditions.some((c) => c.met === null)) return 'unknown';
  return 'eligible';
}

export interface RouteDraft {
  id: RouteId;
  title: Text;
  ref: string;
  baApproval: 'required' | 'not_required';
  priorityCheck: boolean;
  discretionary: boolean;
  salaryThresholdEur: number | null;
  points?: number;
  conditions: Condition[];
  hints?: Hint[];
}

/** Finish a route: derive the outcome; hints are kept only while the route is not eligible. */
export function assessment(d: RouteDraft): RouteAssessment {
  const outcome = outcomeOf(d.conditions);
  const a: RouteAssessment = {
    id: d.id,
    outcome,
    baApproval: d.baApproval,
    priorityCheck: d.priorityCheck,
    discretionary: d.discretionary,
    salaryThresholdEur: d.salaryThresholdEur,
    conditions: d.conditions,
    title: d.title,
    ref: d.ref,
    hints: outcome === 'eligible' ? [] : (d.hints ?? []),
  };
  if (d.points !== undefined) a.points = d.points;
  return a;
}

/** The condition every route that needs a job offer carries when `job` is absent (contract v1). */
export function jobOfferMissing(ref = '§ 18 Abs. 2 Nr. 1 AufenthG'): Condition {
  return condition(
    'job_offer',
    null,
    {
      de: 'Es liegt noch kein konkretes Arbeitsplatzangebot vor; ohne Angaben zur Stelle lässt sich dieser Weg nicht prüfen.',
      en: 'There is no concrete job offer yet; without details of the job this route cannot be checked.',
    },
    ref,
    { missing: ['job'] },
  );
}

/** A route module: a pure function of the facts and the decision date. */
export type RouteRule = (facts: Facts, decisionDate: string) => RouteAssessment;
