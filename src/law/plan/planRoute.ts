// Which route the process plan opens on (issue 12): the plan follows the answer, never simply the first route of
// the list. Pure: a function of the check's result.

import { ROUTE_IDS } from '../types.ts';
import type { CheckResult, RouteAssessment, RouteId } from '../types.ts';

const ORDER = new Map<RouteId, number>(ROUTE_IDS.map((id, i) => [id, i]));

/** The route waits for a job offer the person does not have (its job-offer condition is not met or not known). */
function waitsForOffer(r: RouteAssessment): boolean {
  return r.conditions.some((c) => c.id === 'job_offer' && c.met !== true);
}

/**
 * The route the plan opens on:
 * 1. the recommended route (the first eligible one in preference order);
 * 2. else `result.likely`, the route the engine names as most likely to open;
 * 3. else the first unknown route in preference order that concerns the person (no `notForPerson`), preferring
 *    one that does not wait for a job offer the person does not have (the Chancenkarte before the ICT card for
 *    someone without an employer);
 * 4. else the first route in preference order that concerns the person, else the first route of all.
 */
export function planRouteFor(result: CheckResult): RouteId {
  if (result.recommended) return result.recommended;
  if (result.likely && result.routes.some((r) => r.id === result.likely)) return result.likely;
  const inOrder = [...result.routes].sort((a, b) => ORDER.get(a.id)! - ORDER.get(b.id)!);
  const concerns = inOrder.filter((r) => r.notForPerson === undefined);
  const unknown = concerns.filter((r) => r.outcome === 'unknown');
  const pick = unknown.find((r) => !waitsForOffer(r)) ?? unknown[0] ?? concerns[0] ?? inOrder[0];
  if (!pick) throw new Error('planRouteFor: the result has no routes');
  return pick.id;
}
