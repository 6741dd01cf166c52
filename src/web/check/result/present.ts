// How the result page arranges a result worded in the page's language (ResultIn) (pure, no rendering): the route on top (recommended, or the most likely
// one when none is open), the other routes that may apply, the closed routes that concern the person, the routes
// that do not concern the person at all, and the real near misses. Also a condition's text as shown: the engine's
// texts end with their citation and, for an unconfirmed fact, with the verify note; the page shows both once, in
// their own places, so the text loses exactly these duplicates (and nothing else) at render time.

import type { Lang } from '../../../i18n/index.ts';
import { refEn } from '../../../law/citation.ts';
import { VERIFY } from '../../../law/format.ts';
import { ROUTE_IDS } from '../../../law/types.ts';
import type { RouteId } from '../../../law/types.ts';
import type { ConditionIn, HintIn, ResultIn, RouteIn } from '../../../law/decision.ts';

/** A statute citation in the page's language (the contract keeps the German form in `ref`). */
export function citation(ref: string, lang: Lang): string {
  return lang === 'en' ? refEn(ref) : ref;
}

/**
 * The condition's text without what the page prints beside it: the verify note of an unconfirmed condition (at the
 * end) and the condition's own citation where the text repeats it exactly, as "(ref)" or as the last item of a
 * parenthesis ("(…; ref)"). A different citation in the text stays.
 */
export function conditionText(c: ConditionIn, lang: Lang): string {
  let t = c.text;
  if (c.unconfirmed && t.endsWith(VERIFY[lang])) t = t.slice(0, t.length - VERIFY[lang].length);
  const cites = lang === 'en' ? [refEn(c.ref), c.ref] : [c.ref];
  for (const cite of cites) {
    t = t.split(` (${cite})`).join('').split(`; ${cite})`).join(')');
  }
  return t.trim();
}

/** A hint is a real near miss when its change alone opens the route (nothing else would still fail). */
export function isNearMiss(h: HintIn): boolean {
  return h.alsoNeeded === undefined || h.alsoNeeded.length === 0;
}

export interface NearMiss {
  route: RouteIn;
  hint: HintIn;
}

export interface ResultView {
  /** the route shown on top with its conditions open */
  top?: { route: RouteIn; kind: 'recommended' | 'likely' };
  /** eligible and unknown routes that concern the person, without the top one, in the result's order */
  open: RouteIn[];
  /** ineligible routes that concern the person */
  closed: RouteIn[];
  /** routes that cannot concern the person (`notForPerson`), folded away */
  other: RouteIn[];
  /** real near misses of routes the law prefers to the top one (all routes when none is recommended), at most three */
  nearMisses: NearMiss[];
}

const rank = (id: RouteId): number => ROUTE_IDS.indexOf(id);

export function presentResult(result: ResultIn): ResultView {
  const byId = (id: RouteId | null | undefined) => (id ? result.routes.find((r) => r.id === id) : undefined);
  const rec = byId(result.recommended);
  const likely = rec ? undefined : byId(result.likely);
  const top = rec ? { route: rec, kind: 'recommended' as const } : likely ? { route: likely, kind: 'likely' as const } : undefined;
  const rest = result.routes.filter((r) => r !== top?.route);
  const concerns = rest.filter((r) => r.notForPerson === undefined);
  const limit = rec ? rank(rec.id) : ROUTE_IDS.length;
  const nearMisses = concerns
    .filter((r) => r.outcome !== 'eligible' && rank(r.id) < limit)
    .map((route) => ({ route, hint: route.hints.find(isNearMiss) }))
    .filter((n): n is NearMiss => n.hint !== undefined)
    .sort((a, b) => rank(a.route.id) - rank(b.route.id))
    .slice(0, 3);
  return {
    ...(top ? { top } : {}),
    open: concerns.filter((r) => r.outcome !== 'ineligible'),
    closed: concerns.filter((r) => r.outcome === 'ineligible'),
    other: rest.filter((r) => r.notForPerson !== undefined),
    nearMisses,
  };
}

/** The first condition that fails (ineligible routes have one). */
export function firstFailing(route: RouteIn): ConditionIn | undefined {
  return route.conditions.find((c) => c.met === false);
}

export function counts(route: RouteIn): { met: number; unmet: number; unknown: number } {
  return {
    met: route.conditions.filter((c) => c.met === true).length,
    unmet: route.conditions.filter((c) => c.met === false).length,
    unknown: route.conditions.filter((c) => c.met === null).length,
  };
}
