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
  for (const [key, value] of Object.entries(h)) {
    if (key === 'say') out.text = both(h.say);
    else out[key] = value;
  }
  return out as unknown as Hint;
}

export function explainRoute(r: DecidedRoute): RouteAssessment {
  return { ...r, conditions: r.conditions.map(explainCondition), hints: r.hints.map(explainHint) };
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
  const { say, ...rest } = h;
  return { ...rest, text: say(lang) };
}

/** The decision worded in `lang` only: half the words of explain(), for a page or a message in one language. */
export function explainIn(d: Decision, lang: Lang): ResultIn {
  return {
    ...d,
    lang,
    routes: d.routes.map((r) => ({ ...r, conditions: r.conditions.map((c) => conditionIn(c, lang)), hints: r.hints.map((h) => hintIn(h, lang)) })),
  };
}
