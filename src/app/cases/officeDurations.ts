// Use case (issue 15, "realistic durations"): how long each official step of the plan took in the office's own closed
// cases, for the plan page and the case page (beside the statutory deadline and Lotse's typical duration), and for the
// schedule, which plans a step with the office's median where there is one (src/app/tasks/planTasks.ts, caseTasks.ts).
//
// The duration of a step in a case, in calendar days, from what Lotse records:
//   cases     the office's (tenant's) cases with status 'closed', nothing else: not cancelled ones (they stopped
//             somewhere, their last steps were not done), not open ones (their steps still run), never another
//             office's. Grouped by the case's procedure (regular or § 81a), since the same step runs on other periods.
//   end       the decision date recorded in the case's official reference for the step (case_references.decided_on:
//             recognition for the recognition decision and the ZAB statements, ba_approval for the BA's approval,
//             visa for the visa decision, immigration_office for the residence permit; durationStats.ts
//             STEP_REFERENCE): the authority's own date is better evidence than the day someone ticked the task; where
//             no decision date is recorded, the office's day (Europe/Berlin) the step's task was marked done. A step
//             with neither did not end on record and is not counted.
//   start     the day the step could begin: the latest end (as above) of the steps it depends on in the case's plan
//             (case_tasks.depends_on; a dependency the case does not have holds nothing up), and never before the
//             case's start date; a step that depends on nothing starts on the case's start date. If a dependency the
//             case has did not end on record, the step's start is unknown and it is not counted. (The tasks' own
//             start_on is an estimate, not a record, and is not used.)
//   duration  end − start in days; a negative one (a decision recorded before what it waited for was done) is
//             inconsistent data and not counted.
// Per step and procedure: n, median, quartiles (percentile_cont), min and max, in one grouped query over the office's
// closed cases; shown and planned with only from MIN_CASES cases on (durationStats.ts); kept per office for a while
// (OFFICE_DURATIONS_TTL_MS), since the query reads every closed case's tasks. Reading the figures is the
// office's (the 'report.read' action, like the funder report's figures: staff of the office, never a company user,
// whose cases are only a part of what the figures summarise, and never a visitor).

import { eq, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { officeDurationFigures } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { PROCEDURES } from './codes.ts';
import { OFFICE_STEPS, STEP_REFERENCE, durationKey, officeFigure } from './durationStats.ts';
import type { OfficeDuration, OfficeDurations } from './durationStats.ts';

export type { OfficeDuration, OfficeDurations } from './durationStats.ts';

interface Row {
  procedure: string;
  step: string;
  n: number | string;
  median: number | string;
  q1: number | string;
  q3: number | string;
  min: number | string;
  max: number | string;
}

function list(values: readonly string[]): SQL {
  return sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
}

/**
 * The office's figures, without authorization: for use cases that have authorized their own action on the office's
 * case (creating a case, rescheduling its tasks) and plan with the figures without showing them.
 */
export async function loadOfficeDurations(db: Db, tenantId: string): Promise<OfficeDurations> {
  const result = await db.execute(officeDurationsQuery(tenantId));
  // both drivers answer with their result object, whose rows are the ones selected
  const rows = (result as unknown as { rows: Row[] }).rows;
  const out = new Map<string, OfficeDuration>();
  for (const r of rows) {
    if (!(PROCEDURES as readonly string[]).includes(r.procedure)) continue;
    const figure = officeFigure(r.step, r.procedure as (typeof PROCEDURES)[number], {
      n: Number(r.n),
      median: Number(r.median),
      q1: Number(r.q1),
      q3: Number(r.q3),
      min: Number(r.min),
      max: Number(r.max),
    });
    if (figure) out.set(durationKey(figure.procedure, figure.stepId), figure);
  }
  return out;
}

/** The grouped query: one row per procedure and measured step of the office's closed cases (see the header). */
export function officeDurationsQuery(tenantId: string): SQL {
  const referenceOf = sql.join(
    Object.entries(STEP_REFERENCE).map(([step, kind]) => sql`when ${step} then ${kind}`),
    sql` `,
  );
  return sql`
    with closed as (
      select id, start_date, procedure from cases where tenant_id = ${tenantId} and status = 'closed'
    ),
    ends as (
      select t.case_id, t.plan_step_id, t.depends_on,
             coalesce(r.decided_on, (t.done_at at time zone 'Europe/Berlin')::date) as end_on
      from closed c
      join case_tasks t on t.case_id = c.id and t.tenant_id = ${tenantId} and t.plan_step_id is not null
      left join case_references r on r.case_id = t.case_id and r.tenant_id = ${tenantId} and r.decided_on is not null
           and r.kind = (case t.plan_step_id ${referenceOf} end)
    ),
    deps as (
      select e.case_id, e.plan_step_id, unnest(e.depends_on) as dep
      from ends e where e.plan_step_id in (${list(OFFICE_STEPS)})
    ),
    starts as (
      select d.case_id, d.plan_step_id, max(x.end_on) as latest, bool_or(x.end_on is null) as missing
      from deps d join ends x on x.case_id = d.case_id and x.plan_step_id = d.dep
      group by d.case_id, d.plan_step_id
    ),
    spans as (
      select c.procedure, e.plan_step_id as step, e.end_on - greatest(c.start_date, s.latest) as days
      from ends e
      join closed c on c.id = e.case_id
      left join starts s on s.case_id = e.case_id and s.plan_step_id = e.plan_step_id
      where e.plan_step_id in (${list(OFFICE_STEPS)}) and e.end_on is not null and s.missing is not true
    )
    select procedure, step, count(*)::int as n,
           percentile_cont(0.5) within group (order by days) as median,
           percentile_cont(0.25) within group (order by days) as q1,
           percentile_cont(0.75) within group (order by days) as q3,
           min(days) as min, max(days) as max
    from spans where days >= 0
    group by procedure, step`;
}

/**
 * How long an office's figures are kept before they are computed again. The grouped query reads every closed case's
 * tasks: on the volume demo (20,000 cases, 9,544 closed, 190,000 plan tasks) measured at 0.4–0.6 s on PostgreSQL and
 * 0.6–2.6 s on the embedded database (which answers no other page meanwhile), on a 2-core machine shared with other
 * work; so the case page and the plan page must not run it on every request. The figures are kept in the database
 * (office_duration_figures, migration 0018), so every instance reads the same ones; closing or reopening a case deletes
 * them in its own transaction (changeCaseStatus), so no instance shows the figures of before it. A change to a closed
 * case's tasks or references made past the status shows within this time.
 */
export const OFFICE_DURATIONS_TTL_MS = 10 * 60_000;

/** The figures as stored: the map's values (the key follows from each). */
function toStored(figures: OfficeDurations): OfficeDuration[] {
  return [...figures.values()];
}

function fromStored(stored: unknown): OfficeDurations | null {
  if (!Array.isArray(stored)) return null;
  const out = new Map<string, OfficeDuration>();
  for (const f of stored as OfficeDuration[]) out.set(durationKey(f.procedure, f.stepId), f);
  return out;
}

/** The office's figures as kept (computed again after OFFICE_DURATIONS_TTL_MS), without authorization (see above). */
export async function keptOfficeDurations(db: Db, tenantId: string, nowMs: number = Date.now()): Promise<OfficeDurations> {
  const [row] = await db
    .select({ computedAt: officeDurationFigures.computedAt, figures: officeDurationFigures.figures })
    .from(officeDurationFigures)
    .where(eq(officeDurationFigures.tenantId, tenantId));
  if (row !== undefined) {
    const age = nowMs - row.computedAt.getTime();
    const kept = age >= 0 && age < OFFICE_DURATIONS_TTL_MS ? fromStored(row.figures) : null;
    if (kept !== null) return kept;
  }
  const figures = await loadOfficeDurations(db, tenantId);
  const computedAt = new Date(nowMs);
  await db
    .insert(officeDurationFigures)
    .values({ tenantId, computedAt, figures: toStored(figures) })
    .onConflictDoUpdate({ target: officeDurationFigures.tenantId, set: { computedAt, figures: toStored(figures) } });
  return figures;
}

/** Forget an office's kept figures (its set of closed cases changed): every instance computes them at their next use. */
export async function forgetOfficeDurations(db: Db, tenantId: string): Promise<void> {
  await db.delete(officeDurationFigures).where(eq(officeDurationFigures.tenantId, tenantId));
}

/** The office's figures for the actor's office, for its staff ('report.read'); ForbiddenError for anyone else. */
export async function officeDurations(db: Db, actor: Actor, nowMs: number = Date.now()): Promise<OfficeDurations> {
  authorize(actor, 'report.read', { tenantId: actor.tenantId });
  return keptOfficeDurations(db, actor.tenantId, nowMs);
}
