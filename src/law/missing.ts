// Condition.missing: for each unknown condition, the answers that would settle it. A rule may name them itself
// (the job offer, the recognition-partnership agreement, the licence); for every other unknown condition the
// engine tries each answer the input leaves open with a few values and keeps those that settle the condition
// (met becomes true or false) for some value. An unknown condition no answer settles keeps `missing` absent:
// it rests on a figure of the law that is not published or not confirmed for the date.

import type { CheckInput } from './types.ts';
import type { DecidedCondition, DecidedRoute } from './decision.ts';
import type { RouteRule } from './route.ts';
import { applyDefaults } from './route.ts';
import { applyChange } from './change.ts';
import { addYears } from './dates.ts';

interface Probe {
  /** the dotted path named in Condition.missing */
  path: string;
  /** the changes to try, each a separate re-evaluation */
  tries: ReadonlyArray<ReadonlyArray<{ field: string; value: unknown }>>;
}

const set = (field: string, ...values: unknown[]): Probe => ({ path: field, tries: values.map((value) => [{ field, value }]) });

/**
 * The answers the input leaves open, each with values to try. Facts with a default in the contract
 * (firstTitleInGermany, qualifiedEmployment, appropriateToQualification, an open-ended contract, a job not
 * stated to be regulated, no transfer) are answered by their default and are not probed.
 */
function openAnswers(input: CheckInput): Probe[] {
  const probes: Probe[] = [];
  const p = input.person;
  const q = input.qualification;
  if (input.job === undefined) {
    // a job in the person's latest occupation that pays well, and a low-paid IT job: together they settle
    // whatever depends on the offer (its field, its pay, whether it is an IT job)
    const latest = [...input.experience].sort((a, b) => (a.to < b.to ? 1 : -1))[0]?.isco ?? '2512';
    const job = (isco: string, annualGrossSalaryEur: number, collectiveAgreement: boolean) => ({
      isco,
      annualGrossSalaryEur,
      collectiveAgreement,
      regulated: false,
      federalState: 'DE-BE',
    });
    probes.push({ path: 'job', tries: [[{ field: 'job', value: job(latest, 1_000_000, true) }], [{ field: 'job', value: job('2512', 0, false) }]] });
  } else if (input.job.collectiveAgreement === undefined) {
    probes.push(set('job.collectiveAgreement', true, false));
  }
  if (p.adequatePensionProvision === undefined) probes.push(set('person.adequatePensionProvision', true, false));
  if (p.lawfulStayMonthsLast5Years === undefined) probes.push(set('person.lawfulStayMonthsLast5Years', 0, 60));
  if (p.asylblgBenefitsLast24Months === undefined) probes.push(set('person.asylblgBenefitsLast24Months', false, true));
  if (q.awardedOn === undefined) {
    const adult = addYears(p.birthDate, 18);
    probes.push(set('qualification.awardedOn', input.decisionDate, adult < input.decisionDate ? adult : input.decisionDate));
  }
  if (q.obtainedIn === undefined) probes.push(set('qualification.obtainedIn', 'DE', 'abroad'));
  if (q.stateRecognisedAbroad === undefined) probes.push(set('qualification.stateRecognisedAbroad', true, false));
  if (q.trainingYears === undefined) probes.push(set('qualification.trainingYears', 1, 3));
  if (q.licence === undefined) probes.push(set('qualification.licence', 'granted', 'missing'));
  input.experience.forEach((e, i) => {
    if (e.relatedToQualification === undefined) probes.push(set(`experience.${i}.relatedToQualification`, true, false));
  });
  if (input.means === undefined) probes.push(set('means.monthlyNetEur', 0, 1_000_000));
  if (input.chancenkarte?.partnerApplies === undefined) probes.push(set('chancenkarte.partnerApplies', true, false));
  return probes;
}

/**
 * The dotted paths of the facts a rule reads (a property read through a recording proxy). A probe whose answer
 * the rule never reads cannot change its conditions, so only the answers read are probed: this keeps the cost
 * of naming missing answers to a few re-runs per route. Reading is pure; the facts are not changed.
 */
function pathsRead(facts: object, rule: RouteRule, date: string): Set<string> {
  const read = new Set<string>();
  const wrap = (target: object, prefix: string): object =>
    new Proxy(target, {
      get(t, key, receiver) {
        const value: unknown = Reflect.get(t, key, receiver);
        if (typeof key !== 'string') return value;
        const path = prefix === '' ? key : `${prefix}.${key}`;
        read.add(path);
        return typeof value === 'object' && value !== null ? wrap(value, path) : value;
      },
      has(t, key) {
        if (typeof key === 'string') read.add(prefix === '' ? key : `${prefix}.${key}`);
        return Reflect.has(t, key);
      },
      // a spread or a key listing reads every answer inside, present or not
      ownKeys(t) {
        read.add(prefix === '' ? '*' : `${prefix}.*`);
        return Reflect.ownKeys(t);
      },
    });
  rule(wrap(facts, '') as Parameters<RouteRule>[0], date);
  return read;
}

/** A probe is worth trying when the rule read its path, a part of it, or something inside it. */
function readsProbe(read: Set<string>, path: string): boolean {
  if (read.has(path) || read.has('*')) return true;
  for (const r of read) if (r.endsWith('.*') && path.startsWith(r.slice(0, -1))) return true;
  const keys = path.split('.');
  for (let i = 1; i < keys.length; i++) if (read.has(keys.slice(0, i).join('.')) && !isObjectPrefixRead(read, keys.slice(0, i).join('.'))) return true;
  for (const r of read) if (r.startsWith(`${path}.`)) return true;
  return false;
}

/** Whether the rule read further into the object at `prefix` (then the deeper paths decide, not the prefix). */
function isObjectPrefixRead(read: Set<string>, prefix: string): boolean {
  for (const r of read) if (r.startsWith(`${prefix}.`)) return true;
  return false;
}

/**
 * The route with `missing` filled in on every unknown condition that an open answer settles. Conditions that
 * name their answers already are left as they are. Returns the same object when nothing changes.
 */
export function nameMissingAnswers(input: CheckInput, route: DecidedRoute, rule: RouteRule): DecidedRoute {
  const open = route.conditions.filter((c) => c.met === null && c.missing === undefined);
  if (open.length === 0) return route;
  // per condition: the answers that settle it alone, and those that change it without settling it
  const settling = new Map<string, string[]>(open.map((c) => [c.id, []]));
  const bearing = new Map<string, string[]>(open.map((c) => [c.id, []]));
  const read = pathsRead(applyDefaults(input), rule, input.decisionDate);
  for (const probe of openAnswers(input)) {
    if (!readsProbe(read, probe.path)) continue;
    const settled = new Set<string>();
    const touched = new Set<string>();
    for (const change of probe.tries) {
      const changed = applyChange(input, change);
      const after = rule(applyDefaults(changed), changed.decisionDate);
      for (const c of open) {
        if (settled.has(c.id)) continue;
        const now = after.conditions.find((x) => x.id === c.id);
        if (now === undefined) continue;
        if (now.met !== null) settled.add(c.id);
        else if (now.say('en') !== c.say('en')) touched.add(c.id);
      }
      if (settled.size === open.length) break;
    }
    for (const id of settled) settling.get(id)!.push(probe.path);
    for (const id of touched) if (!settled.has(id)) bearing.get(id)!.push(probe.path);
  }
  // an answer that settles the condition alone is named; where none does (a figure is open as well, or two
  // answers are needed together), the answers it depends on are
  const found = new Map<string, string[]>(open.map((c) => [c.id, settling.get(c.id)!.length > 0 ? settling.get(c.id)! : bearing.get(c.id)!]));
  if ([...found.values()].every((paths) => paths.length === 0)) return route;
  const conditions: DecidedCondition[] = route.conditions.map((c) => {
    const paths = found.get(c.id);
    return paths && paths.length > 0 && c.met === null && c.missing === undefined ? { ...c, missing: paths } : c;
  });
  return { ...route, conditions };
}
