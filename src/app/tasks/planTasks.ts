// The plan of a case's route becomes its tasks (issue 14): one task per plan step, with the step's owner on the
// office's side (the company's and the candidate's own steps are theirs; a step where an authority acts is the
// adviser's to follow up), its typical start and end from the plan's schedule, its duration and dependencies (so that
// a changed date can move the later estimates) and its statutory deadline's norm. Called inside the transaction that
// creates the case. Issue 15: where the office has its own figure for a step (from MIN_CASES closed cases on,
// src/app/cases/officeDurations.ts), the step is planned with the office's median instead of the plan's typical
// duration, still cut where its statutory period ends, and the later steps move with it.

import type { Db } from '../../db/index.ts';
import { caseTasks } from '../../db/schema/index.ts';
import type { Plan, PlanStep } from '../../law/plan/types.ts';
import type { TaskOwner } from '../cases/codes.ts';
import { toDay } from '../../law/dates.ts';
import { officeDurationOf } from '../cases/durationStats.ts';
import type { OfficeDurations } from '../cases/durationStats.ts';
import { scheduleTasks } from './schedule.ts';
import type { ScheduledTask } from './schedule.ts';

export function ownerOfStep(step: PlanStep): TaskOwner {
  if (step.actor === 'company') return 'company';
  if (step.actor === 'candidate') return 'candidate';
  return 'adviser';
}

/** The task rows of a plan, in the plan's order; with the office's figures, planned with its medians. */
export function planTaskRows(c: { id: string; tenantId: string }, plan: Plan, office?: OfficeDurations): (typeof caseTasks.$inferInsert)[] {
  const rows = plan.steps.map((s, i) => ({
    tenantId: c.tenantId,
    caseId: c.id,
    planStepId: s.id,
    title: s.title.de,
    titleEn: s.title.en,
    description: s.description.de,
    owner: ownerOfStep(s),
    dependsOn: s.dependsOn,
    // the planned span: the typical duration, cut where a statutory period ends on its calendar date; so the case's
    // schedule (schedule.ts) gives the plan's dates back until someone changes one
    durationDays: Math.max(0, toDay(s.end) - toDay(s.start)),
    deadlineRef: s.deadline?.ref ?? null,
    startOn: s.start,
    dueOn: s.end,
    position: i,
  }));
  const figures = plan.steps.map((s) => officeDurationOf(office, plan.procedure, s.id));
  if (figures.every((f) => f === undefined)) return rows;
  // the schedule again, with the office's medians where it has them: the same schedule a changed date runs
  // (schedule.ts), capped by the step's statutory period counted from its (new) start, as the plan caps it
  const tasks: ScheduledTask[] = plan.steps.map((s, i) => {
    const f = figures[i];
    return {
      id: String(i),
      planStepId: s.id,
      dependsOn: s.dependsOn,
      durationDays: f ? f.median : rows[i]!.durationDays,
      startOn: null,
      dueOn: null,
      dueSetByHand: false,
      doneOn: null,
      capPeriod: f && s.deadline ? s.deadline.period : null,
    };
  });
  const estimates = scheduleTasks(tasks, plan.startDate);
  return rows.map((r, i) => {
    const e = estimates.get(String(i))!;
    return { ...r, startOn: e.startOn!, dueOn: e.dueOn!, durationDays: Math.max(0, toDay(e.dueOn!) - toDay(e.startOn!)) };
  });
}

export async function addPlanTasks(tx: Db, c: { id: string; tenantId: string }, plan: Plan, office?: OfficeDurations): Promise<number> {
  const rows = planTaskRows(c, plan, office);
  if (rows.length > 0) await tx.insert(caseTasks).values(rows);
  return rows.length;
}
