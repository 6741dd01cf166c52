// The process plan as an iCalendar file: the plan's events (src/law/plan/calendarEvents.ts, pure) written by
// writeCalendar (ical-generator). Served by GET /checks/:id/plan.ics.

import { planEvents } from '../../law/plan/calendarEvents.ts';
import type { PlanEventOptions } from '../../law/plan/calendarEvents.ts';
import type { Plan } from '../../law/plan/types.ts';
import { writeCalendar } from './writeCalendar.ts';

export interface PlanCalendarOptions extends PlanEventOptions {
  /** creation time of the file (DTSTAMP) */
  now: Date | string;
}

/** The plan as RFC 5545 text: one all-day VEVENT per milestone and per statutory deadline, in date order. */
export function planToIcs(plan: Plan, opts: PlanCalendarOptions): string {
  return writeCalendar(planEvents(plan, opts), {
    prodId: { company: 'Lotse', product: 'Process plan', language: opts.lang.toUpperCase() },
    now: opts.now,
  });
}
