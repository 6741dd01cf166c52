// The timeline: each step starts when every step it depends on has ended and lasts its typical, minimum or
// maximum duration; a statutory period ends on its calendar date.

import { addDays, addMonths, toDay, fromDay, weekdayOfDay } from '../dates.ts';
import type { DurationValue, Period } from './types.ts';
import type { StepSpec } from './steps/context.ts';

export function deadlineDate(start: string, p: Period): string {
  switch (p.unit) {
    case 'days':
      return addDays(start, p.n);
    case 'weeks':
      return addDays(start, 7 * p.n);
    case 'months':
      return addMonths(start, p.n);
    case 'workingDays': {
      let day = toDay(start);
      let left = p.n;
      while (left > 0) {
        day += 1;
        const weekday = weekdayOfDay(day);
        if (weekday !== 0 && weekday !== 6) left -= 1;
      }
      return fromDay(day);
    }
  }
}

export type Pick = 'minDays' | 'typicalDays' | 'maxDays';

export function schedule(specs: readonly StepSpec[], values: ReadonlyMap<string, DurationValue>, startDate: string, pick: Pick): Map<string, { start: string; end: string }> {
  const out = new Map<string, { start: string; end: string }>();
  for (const s of specs) {
    let start = startDate;
    for (const d of s.dependsOn) {
      const e = out.get(d);
      if (!e) throw new Error(`plan step ${s.id}: dependency ${d} not scheduled`);
      if (e.end > start) start = e.end;
    }
    const v = values.get(s.id)!;
    let end = addDays(start, v[pick]);
    // A statutory period ends on its calendar date (months have 28 to 31 days): never plan past it.
    if (v.statutory && v.period) {
      const deadline = deadlineDate(start, v.period);
      if (pick === 'maxDays' || deadline < end) end = deadline;
    }
    out.set(s.id, { start, end });
  }
  return out;
}

export function ancestorsOf(specs: readonly StepSpec[], id: string): Set<string> {
  const byId = new Map(specs.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (seen.has(cur)) continue;
    seen.add(cur);
    for (const d of byId.get(cur)?.dependsOn ?? []) stack.push(d);
  }
  return seen;
}
