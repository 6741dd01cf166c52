// Use case: "Onboarding-Plan erstellen/aktualisieren" (issue 17). The legal duties after arrival and the company's own
// integration steps become tasks of the case (plan.ts), so that they appear on the due dashboard and in the reminder
// mails. Each task has a stable plan step id, so running it again:
//   - adds the steps the case does not have yet;
//   - updates an open task's title, owner, legal basis, description and due date, but keeps a date set by hand;
//   - never touches a done task;
//   - removes an open task of the plan that no longer applies (e.g. a step switched off, no foreign licence after all)
//     unless its date was set by hand;
//   - adopts the route plan's own step for a duty instead of doubling it (the registration, § 17 BMG, is the plan's
//     "anmeldung"): that task takes the legal date and basis once (codes.ts DUTY_PLAN_ALIASES).
// Without an arrival date there is no plan: the error names the field.

import { and, asc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseFamilyMembers, caseTasks } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';
import { loadCase } from '../cases/getCase.ts';
import type { CaseRow } from '../cases/getCase.ts';
import { DUTY_STEP, PLAN_ALIAS_KEYS, TEMPLATE_STEP } from './codes.ts';
import { onboardingPlan } from './plan.ts';
import type { PlannedTask } from './plan.ts';
import { templatesOf } from './templates.ts';

export interface GenerateResult {
  created: number;
  updated: number;
  removed: number;
  /** done tasks and dates set by hand that were left as they were */
  kept: number;
}

/** The plan the case should have now (no authorization: callers decide). */
export async function plannedTasksOf(db: Db, c: CaseRow): Promise<PlannedTask[] | null> {
  if (c.arrivalDate === null) return null;
  const children = await db
    .select({ id: caseFamilyMembers.id, birthDate: caseFamilyMembers.birthDate })
    .from(caseFamilyMembers)
    .where(and(eq(caseFamilyMembers.caseId, c.id), eq(caseFamilyMembers.tenantId, c.tenantId), eq(caseFamilyMembers.relation, 'child'), eq(caseFamilyMembers.joining, 'now')))
    .orderBy(asc(caseFamilyMembers.birthDate), asc(caseFamilyMembers.id));
  const templates = (await templatesOf(db, c.tenantId, c.companyId)).filter((t) => !t.disabled);
  return onboardingPlan(
    {
      arrivalDate: c.arrivalDate,
      visaValidUntil: c.visaValidUntil,
      workStartOn: c.workStartOn,
      foreignDrivingLicence: c.foreignDrivingLicence,
      federalState: c.federalState,
      routeId: c.titleRouteId ?? c.routeId,
    },
    children,
    templates,
  );
}

export async function generateOnboardingPlan(db: Db, actor: Actor, caseId: unknown, now: Date = new Date()): Promise<GenerateResult> {
  return db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'onboarding.manage');
    const planned = await plannedTasksOf(tx, c);
    if (planned === null) throw new WorkspaceInputError([wfe('arrivalDate', 'required')]);
    const existing = await tx
      .select()
      .from(caseTasks)
      .where(and(eq(caseTasks.caseId, c.id), eq(caseTasks.tenantId, c.tenantId), or(like(caseTasks.planStepId, `${DUTY_STEP}%`), like(caseTasks.planStepId, `${TEMPLATE_STEP}%`))));
    const byKey = new Map(existing.map((t) => [t.planStepId!, t]));
    // the route plan's own step for a duty (the registration): adopted, not doubled
    const aliases =
      Object.keys(PLAN_ALIAS_KEYS).length === 0
        ? []
        : await tx
            .select()
            .from(caseTasks)
            .where(and(eq(caseTasks.caseId, c.id), eq(caseTasks.tenantId, c.tenantId), inArray(caseTasks.planStepId, Object.keys(PLAN_ALIAS_KEYS))));
    const adopted = new Map(aliases.map((t) => [PLAN_ALIAS_KEYS[t.planStepId!]!, t]));
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${caseTasks.position}), -1)` })
      .from(caseTasks)
      .where(eq(caseTasks.caseId, c.id));
    let position = Number(last?.position ?? -1) + 1;
    const result: GenerateResult = { created: 0, updated: 0, removed: 0, kept: 0 };
    const wanted = new Set(planned.map((p) => p.key));
    for (const p of planned) {
      const plan = adopted.get(p.key);
      if (plan !== undefined && byKey.get(p.key) === undefined) {
        // the route plan's task keeps its own title; it takes the legal date (as a date set, so that the route plan's
        // schedule keeps it) and the legal basis, once, while it is open and nobody set a date by hand
        if (plan.doneAt !== null || plan.dueSetByHand || p.dueOn === null) {
          result.kept += 1;
          continue;
        }
        await tx.update(caseTasks).set({ dueOn: p.dueOn, dueSetByHand: true, deadlineRef: p.deadlineRef, updatedAt: now }).where(eq(caseTasks.id, plan.id));
        result.updated += 1;
        continue;
      }
      const t = byKey.get(p.key);
      const content = { title: p.title, titleEn: p.titleEn, description: p.description, owner: p.owner, deadlineRef: p.deadlineRef };
      if (t === undefined) {
        await tx.insert(caseTasks).values({ tenantId: c.tenantId, caseId: c.id, planStepId: p.key, ...content, dueOn: p.dueOn, dueSetByHand: false, position: position++, createdAt: now, updatedAt: now });
        result.created += 1;
        continue;
      }
      if (t.doneAt !== null) {
        result.kept += 1;
        continue;
      }
      const next = { ...content, ...(t.dueSetByHand ? {} : { dueOn: p.dueOn }) };
      if (t.dueSetByHand) result.kept += 1;
      const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== t[k]);
      if (!changed) continue;
      await tx.update(caseTasks).set({ ...next, updatedAt: now }).where(eq(caseTasks.id, t.id));
      result.updated += 1;
    }
    const stale = existing.filter((t) => !wanted.has(t.planStepId!) && t.doneAt === null && !t.dueSetByHand).map((t) => t.id);
    if (stale.length > 0) {
      await tx.delete(caseTasks).where(inArray(caseTasks.id, stale));
      result.removed = stale.length;
    }
    await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'onboardingPlan', entity: 'case', entityId: c.id, changes: result });
    return result;
  });
}
