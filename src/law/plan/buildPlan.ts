// The process plan (issue 5): ordered steps for a route and a procedure (regular visa procedure or the
// accelerated procedure of § 81a AufenthG), each with actor, documents, authority, statutory deadline,
// duration and fee; a timeline from the start date along the dependencies; milestones; totals.
// Pure: every date comes from the input, every figure from the parameters in ../parameters/plan/.
//
// This module composes the phases (./steps/): preparation, recognition, approval, visa, arrival, after arrival;
// ./assemble.ts schedules them and adds totals and warnings.

import { isIsoDate } from '../dates.ts';
import { ROUTE_IDS } from '../types.ts';
import type { RouteId } from '../types.ts';
import type { Plan, PlanInput } from './types.ts';
import { ROUTE_PROFILES } from './data/routes.ts';
import type { RouteProfile } from './data/routes.ts';
import { PlanError } from './errors.ts';
import { assemble } from './assemble.ts';
import type { Ctx } from './steps/context.ts';
import { blockedAccountStep, contractStep } from './steps/preparation.ts';
import { qualificationSteps } from './steps/recognition.ts';
import { acceleratedRequest, baApprovalStep, preApproval, westbalkanPreApproval } from './steps/approval.ts';
import { visaSteps } from './steps/visa.ts';
import { arrivalSteps } from './steps/arrival.ts';
import { afterArrivalSteps } from './steps/afterArrival.ts';

export { PlanError } from './errors.ts';
export { MILESTONE_TITLES } from './milestones.ts';
export { comparePlans } from './compare.ts';
export { planRouteFor } from './planRoute.ts';
export type { PlanComparison } from './compare.ts';

/** Whether the route can use the § 81a procedure: true, false, or null (UNCONFIRMED). */
export function acceleratedAvailable(routeId: RouteId): boolean | null {
  return ROUTE_PROFILES[routeId].accelerated;
}

function validate(input: PlanInput): RouteProfile {
  if (!(ROUTE_IDS as readonly string[]).includes(input.routeId)) {
    throw new PlanError({ de: `Unbekannte Route: ${input.routeId}`, en: `Unknown route: ${input.routeId}` });
  }
  if (!isIsoDate(input.startDate)) {
    throw new PlanError({ de: `Ungültiges Startdatum: ${input.startDate}`, en: `Invalid start date: ${input.startDate}` });
  }
  if (!/^DE-[A-Z]{2}$/.test(input.federalState)) {
    throw new PlanError({ de: `Ungültiges Bundesland (ISO 3166-2 erwartet, z. B. DE-RP): ${input.federalState}`, en: `Invalid federal state (ISO 3166-2 expected, e.g. DE-RP): ${input.federalState}` });
  }
  const profile = ROUTE_PROFILES[input.routeId];
  if (input.procedure === 'accelerated' && profile.accelerated === false) {
    throw new PlanError(
      profile.acceleratedNote ?? {
        de: 'Für diese Route gibt es kein beschleunigtes Fachkräfteverfahren.',
        en: 'The accelerated procedure is not available for this route.',
      },
    );
  }
  return profile;
}

export function buildPlan(input: PlanInput): Plan {
  const profile = validate(input);
  const accelerated = input.procedure === 'accelerated';
  const ctx: Ctx = { input, profile, procedure: input.procedure, accelerated, steps: [] };

  let visaDecision: string;
  if (!profile.employer) {
    const ready = qualificationSteps(ctx, undefined);
    const account = blockedAccountStep(ctx);
    visaDecision = visaSteps(ctx, [...ready, account], false);
  } else if (accelerated) {
    const contract = contractStep(ctx);
    const request = acceleratedRequest(ctx, contract);
    const ready = qualificationSteps(ctx, request);
    const beforePreApproval = [request, ...ready];
    if (profile.ba === 'approval') beforePreApproval.push(baApprovalStep(ctx, [request, ...ready]));
    const pre = preApproval(ctx, beforePreApproval);
    visaDecision = visaSteps(ctx, [pre], false);
  } else {
    const ready = qualificationSteps(ctx, undefined);
    const contract = contractStep(ctx);
    const deps = [...ready, contract];
    if (profile.ba === 'westbalkan-pre') deps.push(westbalkanPreApproval(ctx, contract));
    visaDecision = visaSteps(ctx, deps, profile.ba === 'approval');
  }
  const { entry, firstDay } = arrivalSteps(ctx, visaDecision);
  afterArrivalSteps(ctx, firstDay);

  return assemble(ctx, firstDay ?? entry);
}
