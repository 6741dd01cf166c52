// The plan of a case (issue 14): the process-plan input from the case's route, dates and place and the candidate's
// qualification (the same input the check's plan page builds: src/web/check/answers/build.ts planInputFromCheck, which
// the application may not import), the pipeline the plan needs and the milestones the timeline follows. Pure.

import { getOccupation } from '../../catalogue/search.ts';
import type { GermanAssessment, QualificationLevel, RouteId } from '../../law/types.ts';
import type { Plan, PlanInput, Procedure } from '../../law/plan/types.ts';
import { CASE_STATUSES } from './codes.ts';
import type { PipelineStatus } from './codes.ts';

export interface CasePlanFacts {
  routeId: RouteId;
  procedure: Procedure;
  startDate: string;
  /** the place of work */
  federalState: string;
  municipality?: string | null;
  qualification: { level: QualificationLevel; germanAssessment: GermanAssessment };
  /** the chamber of the German reference occupation (from the check's occupation), when known */
  chamber?: 'IHK' | 'HWK';
  engineerTitle?: boolean;
}

export function casePlanInput(f: CasePlanFacts): PlanInput {
  return {
    routeId: f.routeId,
    procedure: f.procedure,
    federalState: f.federalState,
    ...(f.municipality ? { municipality: f.municipality } : {}),
    qualification: {
      level: f.qualification.level,
      germanAssessment: f.qualification.germanAssessment,
      ...(f.chamber !== undefined ? { chamber: f.chamber } : {}),
      ...(f.engineerTitle ? { engineerTitle: true } : {}),
    },
    startDate: f.startDate,
  };
}

/** The chamber and engineer title a check's stored answers give (as planOptionsOf reads them); the answers are not trusted. */
export function planOptionsOfAnswers(answers: unknown): { chamber?: 'IHK' | 'HWK'; engineerTitle?: boolean } {
  const a = (typeof answers === 'object' && answers !== null ? answers : {}) as Record<string, unknown>;
  const occ = a.occupation as { occupationId?: unknown } | undefined;
  const occupation = typeof occ?.occupationId === 'string' ? getOccupation(occ.occupationId) : undefined;
  const q = a.qualification as { engineerTitle?: unknown } | undefined;
  return { ...(occupation?.chamber !== undefined ? { chamber: occupation.chamber } : {}), ...(q?.engineerTitle === true ? { engineerTitle: true } : {}) };
}

const RECOGNITION_MILESTONES = ['recognition-decision'];
const APPROVAL_MILESTONES = ['ba-approval', 'pre-approval'];

/**
 * The statuses a case passes through: CASE_STATUSES without the steps the plan does not contain (no recognition when
 * the degree is already comparable; no BA step when the route needs neither the BA's approval nor a pre-approval).
 */
export function pipelineFor(plan: Plan): PipelineStatus[] {
  const has = (ids: string[]) => plan.milestones.some((m) => ids.includes(m.id));
  return CASE_STATUSES.filter((s) => (s === 'recognition' ? has(RECOGNITION_MILESTONES) : s === 'ba_approval' ? has(APPROVAL_MILESTONES) : true));
}

export interface PlanMilestone {
  id: string;
  stepId: string;
}

export function planMilestones(plan: Plan): PlanMilestone[] {
  return plan.milestones.map((m) => ({ id: m.id, stepId: m.stepId }));
}

/**
 * When a status is planned to be reached, as the plan's milestones say: the day its phase starts. A status is reached
 * when the work of its phase begins (recognition: the recognition body starts on the application; BA approval: the
 * approval step starts; visa: the visa application), or when the milestone before it is reached (entry: the entry;
 * residence permit: the entry, after which the permit is applied for; integration: the permit is issued).
 * `start` and `end` give a milestone's task dates (null when the task is not there).
 */
export const STATUS_PLANNED_BY: Partial<Record<PipelineStatus, { milestones: string[]; at: 'start' | 'end' }>> = {
  recognition: { milestones: RECOGNITION_MILESTONES, at: 'start' },
  ba_approval: { milestones: APPROVAL_MILESTONES, at: 'start' },
  visa: { milestones: ['visa-appointment'], at: 'start' },
  entry: { milestones: ['entry'], at: 'end' },
  residence_permit: { milestones: ['residence-permit'], at: 'start' },
  integration: { milestones: ['residence-permit'], at: 'end' },
};
