// Building blocks shared by the route modules in ./routes.

import type { CheckInput, Outcome, RouteId, Text } from './types.ts';
import type { DecidedCondition, DecidedHint, DecidedRoute, Lang, Say } from './decision.ts';
import { VERIFY } from './format.ts';

/** The input with the contract's defaults applied; route modules only ever see this. */
export interface Facts extends CheckInput {
  /** the day of the application; the contract's default is decisionDate */
  applicationDate: string;
  person: CheckInput['person'] & { firstTitleInGermany: boolean };
  job?: NonNullable<CheckInput['job']> & { qualifiedEmployment: boolean; appropriateToQualification: boolean };
}

/**
 * The input with the contract's defaults applied; route modules only ever see this. Every field of the contract is
 * listed here, present or not, so that all facts share one shape and the rules' property reads stay monomorphic
 * (a copy by spread keeps each input's own shape: the engine ran about a third slower on varied inputs). A field
 * added to CheckInput must be added here too: the type below fails to compile otherwise.
 */
export function applyDefaults(input: CheckInput): Facts {
  const p = input.person;
  const q = input.qualification;
  const j = input.job;
  const facts = {
    decisionDate: input.decisionDate,
    applicationDate: input.applicationDate ?? input.decisionDate,
    person: {
      birthDate: p.birthDate,
      citizenship: p.citizenship,
      german: p.german,
      english: p.english,
      firstTitleInGermany: p.firstTitleInGermany ?? true,
      adequatePensionProvision: p.adequatePensionProvision,
      lawfulStayMonthsLast5Years: p.lawfulStayMonthsLast5Years,
      asylblgBenefitsLast24Months: p.asylblgBenefitsLast24Months,
    } satisfies Record<keyof Facts['person'], unknown>,
    qualification: {
      level: q.level,
      awardedOn: q.awardedOn,
      obtainedIn: q.obtainedIn,
      stateRecognisedAbroad: q.stateRecognisedAbroad,
      trainingYears: q.trainingYears,
      tertiaryEquivalent: q.tertiaryEquivalent,
      ahk: q.ahk,
      germanAssessment: q.germanAssessment,
      licence: q.licence,
    } satisfies Record<keyof Facts['qualification'], unknown>,
    experience: input.experience.map((e) => ({ isco: e.isco, from: e.from, to: e.to, relatedToQualification: e.relatedToQualification })),
    job: j
      ? ({
          isco: j.isco,
          annualGrossSalaryEur: j.annualGrossSalaryEur,
          collectiveAgreement: j.collectiveAgreement,
          qualifiedEmployment: j.qualifiedEmployment ?? true,
          appropriateToQualification: j.appropriateToQualification ?? true,
          contractMonths: j.contractMonths,
          regulated: j.regulated,
          federalState: j.federalState,
          municipality: j.municipality,
          ict: j.ict,
        } satisfies Record<keyof NonNullable<Facts['job']>, unknown>)
      : undefined,
    means: input.means,
    recognitionPartnership: input.recognitionPartnership,
    chancenkarte: input.chancenkarte,
  } satisfies Record<keyof Facts, unknown>;
  return facts as Facts;
}

/** Words of an unconfirmed condition: its own, then the note that an adviser should verify it. */
function withVerify(say: Say): Say {
  return (lang) => say(lang) + VERIFY[lang];
}

/** A condition as data: `say` words it when it is explained (decision.ts), not while deciding. */
export function condition(id: string, met: boolean | null, say: Say, ref: string, opts: { unconfirmed?: boolean; missing?: string[] } = {}): DecidedCondition {
  const c: DecidedCondition = opts.unconfirmed ? { id, met, say: withVerify(say), ref, unconfirmed: true } : { id, met, say, ref };
  // Condition.missing: only for an unknown condition (the answers that would settle it)
  if (met === null && opts.missing && opts.missing.length > 0) c.missing = [...opts.missing];
  return c;
}

/** eligible: all met; ineligible: one not met; unknown: none failed, one unknown (contract v1). */
export function outcomeOf(conditions: readonly { met: boolean | null }[]): Outcome {
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
  conditions: DecidedCondition[];
  hints?: DecidedHint[];
}

/** Finish a route: derive the outcome; hints are kept only while the route is not eligible. */
export function assessment(d: RouteDraft): DecidedRoute {
  const outcome = outcomeOf(d.conditions);
  const a: DecidedRoute = {
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
export function jobOfferMissing(ref = '§ 18 Abs. 2 Nr. 1 AufenthG'): DecidedCondition {
  return condition(
    'job_offer',
    null,
    (lang: Lang): string =>
      lang === 'de'
        ? 'Es liegt noch kein konkretes Arbeitsplatzangebot vor; ohne Angaben zur Stelle lässt sich dieser Weg nicht prüfen.'
        : 'There is no concrete job offer yet; without details of the job this route cannot be checked.',
    ref,
    { missing: ['job'] },
  );
}

/** A route module: a pure function of the facts and the decision date. */
export type RouteRule = (facts: Facts, decisionDate: string) => DecidedRoute;
