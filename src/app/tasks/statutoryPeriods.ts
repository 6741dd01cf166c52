// The statutory period of a plan step, by procedure and step id, as the plan engine gives it (issue 15): a case's
// tasks keep only the deadline's norm, so when the schedule plans a step with the office's own median instead of the
// plan's typical duration, this is where the statutory period that still caps it comes from. Pure: the periods are
// read off plans the engine builds for every route, procedure and qualification (not written down a second time), on
// the date asked for (parameters are dated), and kept per date.

import { PlanError, buildPlan } from '../../law/plan/buildPlan.ts';
import type { Period, PlanInput, Procedure } from '../../law/plan/types.ts';
import { ROUTE_IDS } from '../../law/types.ts';
import { addDays } from '../../law/dates.ts';
import { allParameters } from '../../law/parameters/parameter.ts';
import type { GermanAssessment, QualificationLevel } from '../../law/types.ts';

const LEVELS: QualificationLevel[] = ['academic', 'vocational', 'none'];
const ASSESSMENTS: GermanAssessment[] = ['none', 'partial', 'comparable', 'equivalent'];
const PROCEDURES: Procedure[] = ['regular', 'accelerated'];

export interface StepPeriod {
  period: Period;
  /** the deadline's norm, e.g. "§ 14a Abs. 3 BQFG" */
  ref: string;
}

/** Every step's statutory period in the plans on `date`, by `${procedure}:${stepId}`; a step that has different periods
 * in different plans is listed in `conflicts` (none today: tested) and left out. */
export function collectStepPeriods(date: string): { periods: Map<string, StepPeriod>; conflicts: string[] } {
  const periods = new Map<string, StepPeriod>();
  const conflicts = new Set<string>();
  for (const routeId of ROUTE_IDS) {
    for (const procedure of PROCEDURES) {
      for (const level of LEVELS) {
        for (const germanAssessment of ASSESSMENTS) {
          for (const chamber of level === 'vocational' ? (['IHK', 'HWK'] as const) : [undefined]) {
            for (const engineerTitle of level === 'academic' ? [false, true] : [false]) {
              const input: PlanInput = {
                routeId,
                procedure,
                federalState: 'DE-RP',
                qualification: { level, germanAssessment, ...(chamber ? { chamber } : {}), ...(engineerTitle ? { engineerTitle } : {}) },
                startDate: date,
              };
              let plan;
              try {
                plan = buildPlan(input);
              } catch (err) {
                if (err instanceof PlanError) continue;
                throw err;
              }
              for (const s of plan.steps) {
                if (!s.deadline) continue;
                const key = `${procedure}:${s.id}`;
                const known = periods.get(key);
                if (known === undefined) periods.set(key, { period: s.deadline.period, ref: s.deadline.ref });
                else if (known.period.n !== s.deadline.period.n || known.period.unit !== s.deadline.period.unit) conflicts.add(key);
              }
            }
          }
        }
      }
    }
  }
  for (const k of conflicts) periods.delete(k);
  return { periods, conflicts: [...conflicts] };
}

const cache = new Map<string, Map<string, StepPeriod>>();
let changeDays: string[] | undefined;

/**
 * The plans of two dates differ only where a parameter changes between them: the periods are kept per stretch of dates
 * between two changes of any parameter (its validFrom, or the day after its validUntil), so they are read off the
 * engine's plans once per stretch (about 0.2 s), not once per date.
 */
function stretchOf(date: string): string {
  if (changeDays === undefined) {
    const days = new Set<string>();
    for (const p of allParameters()) {
      for (const v of p.values) {
        days.add(v.validFrom);
        if (v.validUntil !== undefined) days.add(addDays(v.validUntil, 1));
      }
    }
    changeDays = [...days].sort();
  }
  let last = '';
  for (const d of changeDays) {
    if (d > date) break;
    last = d;
  }
  return last;
}

/** The statutory period of a step in a plan of `procedure` starting on `date`, or undefined where none applies. */
export function statutoryPeriodOf(procedure: string, stepId: string, date: string): StepPeriod | undefined {
  const key = stretchOf(date);
  let periods = cache.get(key);
  if (periods === undefined) {
    periods = collectStepPeriods(date).periods;
    cache.set(key, periods);
  }
  return periods.get(`${procedure}:${stepId}`);
}
