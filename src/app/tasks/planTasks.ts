// The plan of a case's route becomes its tasks (issue 14): one task per plan step, with the step's owner on the
// office's side (the company's and the candidate's own steps are theirs; a step where an authority acts is the
// adviser's to follow up), its typical start and end from the plan's schedule, its duration and dependencies (so that
// a changed date can move the later estimates) and its statutory deadline's norm. Called inside the transaction that
// creates the case.

import type { Db } from '../../db/index.ts';
import { caseTasks } from '../../db/schema/index.ts';
import type { Plan, PlanStep } from '../../law/plan/types.ts';
import type { TaskOwner } from '../cases/codes.ts';
import { toDay } from '../../law/dates.ts';

export function ownerOfStep(step: PlanStep): TaskOwner {
  if (step.actor === 'company') return 'company';
  if (step.actor === 'candidate') return 'candidate';
  return 'adviser';
}

/** The task rows of a plan, in the plan's order. */
export function planTaskRows(c: { id: string; tenantId: string }, plan: Plan): (typeof caseTasks.$inferInsert)[] {
  return plan.steps.map((s, i) => ({
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
}

export async function addPlanTasks(tx: Db, c: { id: string; tenantId: string }, plan: Plan): Promise<number> {
  const rows = planTaskRows(c, plan);
  if (rows.length > 0) await tx.insert(caseTasks).values(rows);
  return rows.length;
}
