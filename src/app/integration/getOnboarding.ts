// Use case: the onboarding of a case for its page (issue 17): the arrival facts, the plan's tasks as the case has them
// (dated first, in date order; then those that wait for a missing fact, naming it; then the rest), the steps the plan
// would add or change if it were generated again, and the family with what the lifecycle check says about each member.
// Anyone who may read the case reads it (onboarding.read); nothing is written.

import { and, asc, eq, inArray, like, or } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseFamilyMembers, caseStatusChanges, caseTasks } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import type { CandidateFacts } from '../candidates/checkFacts.ts';
import { loadCase } from '../cases/getCase.ts';
import type { CaseRow } from '../cases/getCase.ts';
import { residenceInputOfCase } from '../cases/residenceOutlook.ts';
import type { TaskOwner } from '../cases/codes.ts';
import { arrivalOf } from './arrival.ts';
import type { ArrivalFacts } from './arrival.ts';
import { DUTY_STEP, PLAN_ALIAS_KEYS, TEMPLATE_STEP, isOnboardingStep } from './codes.ts';
import { assessFamily } from './family.ts';
import type { FamilyAssessment, FamilyMemberRow } from './family.ts';
import { plannedTasksOf } from './generatePlan.ts';
import type { MissingFact } from './plan.ts';

export interface OnboardingTask {
  id: string;
  key: string;
  title: string;
  titleEn: string | null;
  description: string | null;
  owner: TaskOwner;
  dueOn: string | null;
  dueSetByHand: boolean;
  deadlineRef: string | null;
  unconfirmed: boolean;
  /** the fact the date waits for (from the plan as it would be now) */
  missing: MissingFact | null;
  onEventDays: number | null;
  done: boolean;
  kind: 'duty' | 'template';
}

export interface OnboardingView {
  case: CaseRow;
  arrival: ArrivalFacts;
  tasks: OnboardingTask[];
  /** the plan as it would be generated now differs from the tasks (new steps, other dates): "aktualisieren" */
  outdated: boolean;
  /** the plan has never been generated */
  generated: boolean;
  /** the facts whose absence leaves steps without a date */
  missing: MissingFact[];
  family: FamilyMemberRow[];
  assessments: FamilyAssessment[];
}

function rank(t: OnboardingTask): number {
  if (t.done) return 4;
  if (t.dueOn !== null) return 0;
  if (t.missing !== null) return 1;
  if (t.onEventDays !== null) return 2;
  return 3;
}

export async function getOnboarding(db: Db, actor: Actor, caseId: unknown, today: string): Promise<OnboardingView> {
  const c = await loadCase(db, actor, caseId, 'onboarding.read');
  const rows = await db
    .select()
    .from(caseTasks)
    .where(
      and(
        eq(caseTasks.caseId, c.id),
        eq(caseTasks.tenantId, c.tenantId),
        // the route plan's steps the onboarding plan adopts (the registration) are part of it
        or(like(caseTasks.planStepId, `${DUTY_STEP}%`), like(caseTasks.planStepId, `${TEMPLATE_STEP}%`), inArray(caseTasks.planStepId, Object.keys(PLAN_ALIAS_KEYS))),
      ),
    )
    .orderBy(asc(caseTasks.position));
  const keyOf = (planStepId: string) => PLAN_ALIAS_KEYS[planStepId] ?? planStepId;
  const planned = await plannedTasksOf(db, c);
  const plan = new Map((planned ?? []).map((p) => [p.key, p]));
  const tasks: OnboardingTask[] = rows.map((t) => {
    const p = plan.get(keyOf(t.planStepId!));
    return {
      id: t.id,
      key: keyOf(t.planStepId!),
      title: t.title,
      titleEn: t.titleEn,
      description: t.description,
      owner: t.owner as TaskOwner,
      dueOn: t.dueOn,
      // an adopted route plan step holds the legal date as a date set: it is the plan's date, not one set by hand
      dueSetByHand: t.dueSetByHand && !(t.planStepId! in PLAN_ALIAS_KEYS && p !== undefined && p.dueOn === t.dueOn),
      deadlineRef: t.deadlineRef,
      unconfirmed: p?.unconfirmed ?? (t.deadlineRef?.includes('zu prüfen') === true),
      missing: t.dueOn === null ? (p?.missing ?? null) : null,
      onEventDays: p?.onEventDays ?? null,
      done: t.doneAt !== null,
      kind: t.planStepId!.startsWith(TEMPLATE_STEP) ? 'template' : 'duty',
    };
  });
  tasks.sort((a, b) => rank(a) - rank(b) || (a.dueOn !== null && b.dueOn !== null && a.dueOn !== b.dueOn ? (a.dueOn < b.dueOn ? -1 : 1) : 0));
  const byKey = new Map(rows.map((t) => [keyOf(t.planStepId!), t]));
  const outdated =
    planned !== null &&
    (planned.some((p) => {
      const t = byKey.get(p.key);
      return t === undefined || (t.doneAt === null && !t.dueSetByHand && t.dueOn !== p.dueOn);
    }) ||
      rows.some((t) => t.doneAt === null && !t.dueSetByHand && !plan.has(keyOf(t.planStepId!))));
  const missing = [...new Set((planned ?? []).map((p) => p.missing).filter((m): m is MissingFact => m !== null))];

  const family = await db
    .select({
      id: caseFamilyMembers.id,
      relation: caseFamilyMembers.relation,
      name: caseFamilyMembers.name,
      birthDate: caseFamilyMembers.birthDate,
      citizenship: caseFamilyMembers.citizenship,
      joining: caseFamilyMembers.joining,
      jointProcedure: caseFamilyMembers.jointProcedure,
      german: caseFamilyMembers.german,
    })
    .from(caseFamilyMembers)
    .where(and(eq(caseFamilyMembers.caseId, c.id), eq(caseFamilyMembers.tenantId, c.tenantId)))
    .orderBy(asc(caseFamilyMembers.createdAt), asc(caseFamilyMembers.id));
  let principal = null;
  if (family.length > 0) {
    const [candidate] = await db
      .select({ birthDate: candidates.birthDate, citizenship: candidates.citizenship, facts: candidates.facts })
      .from(candidates)
      .where(and(eq(candidates.id, c.candidateId), eq(candidates.tenantId, c.tenantId)));
    const [entry] = await db
      .select({ changedOn: caseStatusChanges.changedOn })
      .from(caseStatusChanges)
      .where(and(eq(caseStatusChanges.caseId, c.id), eq(caseStatusChanges.toStatus, 'entry')))
      .orderBy(asc(caseStatusChanges.changedOn))
      .limit(1);
    const built = residenceInputOfCase({
      today,
      candidate: { birthDate: candidate?.birthDate ?? null, citizenship: candidate?.citizenship ?? null, facts: (candidate?.facts ?? {}) as CandidateFacts },
      title: { routeId: c.titleRouteId, issuedOn: c.titleIssuedOn, validUntil: c.titleValidUntil, employmentFrom: c.titleEmploymentFrom },
      enteredOn: entry?.changedOn ?? c.arrivalDate,
      plannedStart: c.workStartOn ?? c.plannedStart,
    });
    principal = 'input' in built ? built.input : null;
  }
  const assessments = assessFamily(family, c.titleRouteId ?? c.routeId, today, principal, c.procedure === 'accelerated');
  return { case: c, arrival: arrivalOf(c), tasks, outdated, generated: rows.some((t) => isOnboardingStep(t.planStepId)), missing, family, assessments };
}
