// The law decides; explaining is separate (issue 13). The rules return their conditions and hints as data: the
// condition's id, whether it is met, its citation, and a function that words it (`say`), which closes over the
// figures that decided. Nothing is worded while deciding: `decide()` allocates no text, and `explain()` words a
// decision in the contract's shape (check-v1: both languages), or in one language where only one is shown.
// The words are exactly those the rules wrote before; only when they are produced changed.

import type { CheckResult, Condition, Hint, RouteAssessment, Text } from './types.ts';

export type Lang = 'de' | 'en';

/** Words a condition or hint in one language, from the figures it closes over. Pure; may be called again. */
export type Say = (lang: Lang) => string;

/** Both languages of a condition's or hint's words: the contract's Text. */
export function both(say: Say): Text {
  return { de: say('de'), en: say('en') };
}

/** A condition as the rules decide it: contract fields except the text, which `say` produces on demand. */
export interface DecidedCondition extends Omit<Condition, 'text'> {
  say: Say;
}

/** A hint as the rules decide it: contract fields except the text, which `say` produces on demand. */
export interface DecidedHint extends Omit<Hint, 'text'> {
  say: Say;
}

/** A route as the rules decide it. */
export interface DecidedRoute extends Omit<RouteAssessment, 'conditions' | 'hints'> {
  conditions: DecidedCondition[];
  hints: DecidedHint[];
}

/** The decision for all routes: the contract's result without any condition or hint worded. */
export interface Decision extends Omit<CheckResult, 'routes'> {
  routes: DecidedRoute[];
}

function explainCondition(c: DecidedCondition): Condition {
  const out: Condition = { id: c.id, met: c.met, text: both(c.say), ref: c.ref };
  if (c.unconfirmed) out.unconfirmed = true;
  if (c.missing !== undefined) out.missing = c.missing;
  return out;
}

/** The hint with its text in the place of `say`: the other fields keep their order (the JSON stays as before). */
function explainHint(h: DecidedHint): Hint {
  const out: Record<string, unknown> = {};
  for (const key in h) {
    if (key === 'say') out.text = both(h.say);
    else out[key] = h[key as keyof DecidedHint];
  }
  return out as unknown as Hint;
}

/** true when `Fields` names every key of T; the constants below fail to compile when a contract type gains a field. */
type Lists<T, Fields extends ReadonlyArray<keyof T>> = [Exclude<keyof T, Fields[number]>] extends [never] ? true : never;
// the fields routeWith(), hintIn() and explainIn() copy one by one
const ROUTE_LISTED: Lists<
  RouteAssessment,
  [
    'id',
    'outcome',
    'baApproval',
    'priorityCheck',
    'discretionary',
    'salaryThresholdEur',
    'conditions',
    'title',
    'ref',
    'hints',
    'points',
    'baApprovalNote',
    'notForPerson',
  ]
> = true;
const HINT_LISTED: Lists<Hint, ['conditionId', 'kind', 'text', 'target', 'date', 'change', 'alsoNeeded']> = true;
const RESULT_LISTED: Lists<CheckResult, ['decisionDate', 'lawVersion', 'recommended', 'routes', 'likely', 'nextSteps']> = true;
void [ROUTE_LISTED, HINT_LISTED, RESULT_LISTED];

/**
 * The route with its conditions and hints replaced, built field by field in the contract's order (a spread of the
 * many shapes routes come in is the slowest part of explaining).
 */
function routeWith<C, H>(r: DecidedRoute, conditions: C[], hints: H[]): Omit<RouteAssessment, 'conditions' | 'hints'> & { conditions: C[]; hints: H[] } {
  const out: Omit<RouteAssessment, 'conditions' | 'hints'> & { conditions: C[]; hints: H[] } = {
    id: r.id,
    outcome: r.outcome,
    baApproval: r.baApproval,
    priorityCheck: r.priorityCheck,
    discretionary: r.discretionary,
    salaryThresholdEur: r.salaryThresholdEur,
    conditions,
    title: r.title,
    ref: r.ref,
    hints,
  };
  if (r.points !== undefined) out.points = r.points;
  if (r.baApprovalNote !== undefined) out.baApprovalNote = r.baApprovalNote;
  if (r.notForPerson !== undefined) out.notForPerson = r.notForPerson;
  return out;
}

export function explainRoute(r: DecidedRoute): RouteAssessment {
  return routeWith(r, r.conditions.map(explainCondition), r.hints.map(explainHint));
}

/** The decision worded in both languages: the result of contract v1. */
export function explain(d: Decision): CheckResult {
  return { ...d, routes: d.routes.map(explainRoute) };
}

/** A condition worded in one language: what a page that shows one language needs. */
export interface ConditionIn extends Omit<Condition, 'text'> {
  text: string;
}

/** A hint worded in one language. */
export interface HintIn extends Omit<Hint, 'text'> {
  text: string;
}

export interface RouteIn extends Omit<DecidedRoute, 'conditions' | 'hints'> {
  conditions: ConditionIn[];
  hints: HintIn[];
}

/** The decision worded in one language. The fields the rules word eagerly (titles, next steps) keep both. */
export interface ResultIn extends Omit<Decision, 'routes'> {
  lang: Lang;
  routes: RouteIn[];
}

function conditionIn(c: DecidedCondition, lang: Lang): ConditionIn {
  const out: ConditionIn = { id: c.id, met: c.met, text: c.say(lang), ref: c.ref };
  if (c.unconfirmed) out.unconfirmed = true;
  if (c.missing !== undefined) out.missing = c.missing;
  return out;
}

function hintIn(h: DecidedHint, lang: Lang): HintIn {
  const out: HintIn = { conditionId: h.conditionId, kind: h.kind, text: h.say(lang) };
  if (h.target !== undefined) out.target = h.target;
  if (h.date !== undefined) out.date = h.date;
  if (h.change !== undefined) out.change = h.change;
  if (h.alsoNeeded !== undefined) out.alsoNeeded = h.alsoNeeded;
  return out;
}

/** The decision worded in `lang` only: half the words of explain(), for a page or a message in one language. */
export function explainIn(d: Decision, lang: Lang): ResultIn {
  const out: ResultIn = {
    decisionDate: d.decisionDate,
    lawVersion: d.lawVersion,
    recommended: d.recommended,
    lang,
    routes: d.routes.map((r) =>
      routeWith(
        r,
        r.conditions.map((c) => conditionIn(c, lang)),
        r.hints.map((h) => hintIn(h, lang)),
      ),
    ),
  };
  if (d.likely !== undefined) out.likely = d.likely;
  if (d.nextSteps !== undefined) out.nextSteps = d.nextSteps;
  return out;
}
