// Hints that hold (issue 12): every hint the engine returns names the change it proposes (Hint.change), and
// that change, applied to the input and run through the route's rule again, meets the condition the hint is
// about. What would still not be met is named in Hint.alsoNeeded. Dropped are hints
//   - without a change (a fact that cannot be changed, such as a past deadline or the field of a degree),
//   - whose change does not meet their condition,
//   - that would leave a condition failing which no other hint of the route can meet (an impossible near miss,
//     e.g. a higher salary for the Blue Card when the person has no degree).
// Real near misses (nothing else needed) come first.

import type { CheckInput } from './types.ts';
import type { DecidedHint, DecidedRoute } from './decision.ts';
import type { RouteRule } from './route.ts';
import { applyDefaults } from './route.ts';
import { applyChange } from './change.ts';

interface Tried {
  hint: DecidedHint;
  /** ids of the conditions not met after the change (false or unknown) */
  notMet: string[];
  /** ids of the conditions that fail (false) after the change */
  failing: string[];
}

/** Apply the hint's change and run the rule again. */
function tryHint(input: CheckInput, rule: RouteRule, hint: DecidedHint): Tried | undefined {
  if (!hint.change || hint.change.length === 0) return undefined;
  const changed = applyChange(input, hint.change);
  const after = rule(applyDefaults(changed), changed.decisionDate);
  const target = after.conditions.find((c) => c.id === hint.conditionId);
  if (target?.met !== true) return undefined;
  return {
    hint,
    notMet: after.conditions.filter((c) => c.met !== true).map((c) => c.id),
    failing: after.conditions.filter((c) => c.met === false).map((c) => c.id),
  };
}

/** The route's hints that hold, each with `alsoNeeded`, real near misses first. */
export function holdingHints(input: CheckInput, route: DecidedRoute, rule: RouteRule): DecidedHint[] {
  if (route.hints.length === 0) return route.hints;
  let kept = route.hints.map((h) => tryHint(input, rule, h)).filter((t): t is Tried => t !== undefined);
  // drop hints that leave a failing condition no remaining hint can meet, until none is left to drop
  for (;;) {
    const reachable = new Set(kept.map((t) => t.hint.conditionId));
    const next = kept.filter((t) => t.failing.every((id) => reachable.has(id)));
    if (next.length === kept.length) break;
    kept = next;
  }
  const near = kept.filter((t) => t.notMet.length === 0);
  const partial = kept.filter((t) => t.notMet.length > 0);
  return [...near, ...partial].map((t) => ({ ...t.hint, alsoNeeded: t.notMet }));
}
