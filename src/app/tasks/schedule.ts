// The schedule of a case's tasks (issue 14): pure, no I/O. Every estimate is recomputed from the case's start date,
// the tasks' durations and their dependencies, the way the plan computed them when the case was created
// (src/law/plan/schedule.ts): a task starts when every task it depends on has ended and ends after its duration. What
// people said wins over the estimate: a done task ended on the day it was done, and a date set by hand is kept and is
// the end its dependants wait for. So a changed date in one step moves the estimates of the later ones, and only
// theirs.
//
// Tasks added by hand (no plan step) and the onboarding plan's tasks (issue 17: dated by the law and the templates from
// the arrival, src/app/integration/plan.ts) are outside the schedule: nothing depends on them and their date is whatever
// someone set. A done task keeps its own dates (they are what was planned); only its dependants move.

import { addDays } from '../../law/dates.ts';
import { deadlineDate } from '../../law/plan/schedule.ts';
import type { Period } from '../../law/plan/types.ts';
import { isOnboardingStep } from '../integration/codes.ts';

export interface ScheduledTask {
  id: string;
  /** null for a task added by hand */
  planStepId: string | null;
  /** the plan step ids this task waits for */
  dependsOn: readonly string[];
  durationDays: number;
  startOn: string | null;
  dueOn: string | null;
  dueSetByHand: boolean;
  /** the office's day the task was done (YYYY-MM-DD), null while open */
  doneOn: string | null;
  /**
   * a statutory period the estimate may not run past, counted from the task's start like the plan counts it (issue 15:
   * set where the duration is the office's median rather than the plan's own, already capped, duration)
   */
  capPeriod?: Period | null;
}

/** The estimated end of a task starting on `start`: its duration, cut where its statutory period ends. */
function plannedEnd(t: ScheduledTask, start: string): string {
  const end = addDays(start, t.durationDays);
  if (!t.capPeriod) return end;
  const deadline = deadlineDate(start, t.capPeriod);
  return deadline < end ? deadline : end;
}

export interface Estimate {
  startOn: string | null;
  dueOn: string | null;
}

/** The new start and due date of every task (by id); tasks whose dates stay as they are are included unchanged. */
export function scheduleTasks(tasks: readonly ScheduledTask[], caseStart: string): Map<string, Estimate> {
  const byStep = new Map<string, ScheduledTask>();
  for (const t of tasks) if (t.planStepId !== null && !isOnboardingStep(t.planStepId) && !byStep.has(t.planStepId)) byStep.set(t.planStepId, t);
  const out = new Map<string, Estimate>();
  /** the day each plan step ends, for its dependants */
  const ends = new Map<string, string>();
  const visiting = new Set<string>();

  const endOf = (step: string): string | null => {
    const known = ends.get(step);
    if (known !== undefined) return known;
    const t = byStep.get(step);
    // a dependency on a step the case does not have, or a cycle back to a task being scheduled: it holds nothing up
    // (a cycle cannot come from a plan; this only keeps bad data from hanging the scheduler)
    if (t === undefined || visiting.has(step)) return null;
    visiting.add(step);
    let start = caseStart;
    for (const d of t.dependsOn) {
      const e = endOf(d);
      if (e !== null && e > start) start = e;
    }
    visiting.delete(step);
    const estimate: Estimate = t.doneOn !== null ? { startOn: t.startOn, dueOn: t.dueOn } : { startOn: start, dueOn: t.dueSetByHand ? t.dueOn : plannedEnd(t, start) };
    out.set(t.id, estimate);
    const end = t.doneOn ?? (t.dueSetByHand && t.dueOn !== null ? t.dueOn : plannedEnd(t, start));
    ends.set(step, end);
    return end;
  };

  for (const t of tasks) {
    if (t.planStepId === null || byStep.get(t.planStepId) !== t) out.set(t.id, { startOn: t.startOn, dueOn: t.dueOn });
    else endOf(t.planStepId);
  }
  return out;
}
