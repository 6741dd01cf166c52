// evaluate(input) -> CheckResult, contract v1. Pure: the decision date comes from the input.

import type { CheckInput, CheckResult, RouteId } from './types.ts';
import type { DecidedRoute, Decision, Lang, ResultIn } from './decision.ts';
import { explain, explainIn } from './decision.ts';
import { ROUTE_IDS } from './types.ts';
import { applyDefaults } from './route.ts';
import { RULES } from './routes/index.ts';
import { lawVersionAt } from './parameters/index.ts';
import { addGuidance } from './guidance.ts';

/** First day the engine answers for: first stage of the 2023 reform (BGBl. 2023 I Nr. 217); defined once, in validate.ts. */
export { MODELLED_FROM } from './validate.ts';

/** The rules in the order of ROUTE_IDS. */
const RULES_IN_ORDER = ROUTE_IDS.map((id) => RULES[id]);

const ORDER = new Map<RouteId, number>(ROUTE_IDS.map((id, i) => [id, i]));
const OUTCOME_RANK = { eligible: 0, unknown: 1, ineligible: 2 } as const;

/** The place of a route in the sorted list: by outcome, then in preference order. */
function rank(r: { outcome: DecidedRoute['outcome']; id: RouteId }): number {
  return OUTCOME_RANK[r.outcome] * ROUTE_IDS.length + ORDER.get(r.id)!;
}

/** Eligible routes first in preference order, then unknown, then ineligible, each in preference order. */
export function sortRoutes<R extends { outcome: DecidedRoute['outcome']; id: RouteId }>(routes: R[]): R[] {
  const ranked = routes.map((r) => ({ r, rank: rank(r) }));
  ranked.sort((a, b) => a.rank - b.rank);
  return ranked.map((x) => x.r);
}

/**
 * Evaluate all 13 routes for the facts on input.decisionDate. The input must already be valid
 * (see validate.ts); evaluate does not re-check it. The rules decide outcomes and conditions; guidance.ts then
 * adds what issue 12 asks of an answer (missing answers, hints that hold, routes not for the person, the likely
 * route, next steps) without changing them.
 */
export function evaluate(input: CheckInput): CheckResult {
  return explain(advise(input));
}

/** The decision with the guidance of issue 12 (missing answers, hints that hold, the likely route, next steps), unworded. */
export function advise(input: CheckInput): Decision {
  return addGuidance(input, decide(input));
}

/** evaluate() worded in one language: what a page in that language shows. Same decision, half the words. */
export function evaluateIn(input: CheckInput, lang: Lang): ResultIn {
  return explainIn(advise(input), lang);
}

/**
 * The decision alone: outcomes, conditions and the rules' own hints as data, nothing worded (decision.ts), and
 * without the guidance of issue 12 (which re-runs rules to prove hints and name missing answers). For callers
 * that only need outcomes; bench:engine measures both.
 */
export function decide(input: CheckInput): Decision {
  const facts = applyDefaults(input);
  const date = input.decisionDate;
  const routes = sortRoutes(RULES_IN_ORDER.map((rule) => rule(facts, date)));
  const recommended = routes.find((r) => r.outcome === 'eligible')?.id ?? null;
  return { decisionDate: date, lawVersion: lawVersionAt(date), recommended, routes };
}
