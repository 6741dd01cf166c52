// Use case: one case for its page and the API: the case with its candidate's, company's and adviser's names, the
// status history, the official references, the notes the actor may read (a company user only those visible to the
// company) and the timeline: per status of its pipeline the day it was planned to be reached (from the tasks of the
// plan's milestones, which follow re-dated tasks) against the day it was reached.

import { and, asc, count, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseNotes, caseReferences, caseStatusChanges, caseTasks, cases, companies, users } from '../../db/schema/index.ts';
import { NotFoundError, authorize, can } from '../../policies/index.ts';
import type { Action, Actor } from '../../policies/index.ts';
import { assertId } from '../common/errors.ts';
import { STATUS_PLANNED_BY } from './casePlan.ts';
import type { PipelineStatus, ReferenceKind } from './codes.ts';

export type CaseRow = typeof cases.$inferSelect;

/** The case of the actor's tenant, or NotFoundError; authorizes `action` on it. */
export async function loadCase(db: Db, actor: Actor, caseId: unknown, action: Action): Promise<CaseRow> {
  assertId(caseId);
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.tenantId, actor.tenantId)))
    .limit(1);
  if (row === undefined) throw new NotFoundError();
  authorize(actor, action, { tenantId: row.tenantId, companyId: row.companyId });
  return row;
}

export interface StatusChangeView {
  fromStatus: string | null;
  toStatus: string;
  changedOn: string;
  reason: string | null;
  changedByName: string | null;
}

export interface ReferenceView {
  kind: ReferenceKind;
  referenceNumber: string | null;
  decidedOn: string | null;
}

export interface NoteView {
  id: string;
  body: string;
  visibleToCompany: boolean;
  authorName: string | null;
  createdAt: Date;
}

export interface TimelineRow {
  status: PipelineStatus;
  /** the day the plan expects the status to be reached; null where the plan says nothing (closed) */
  planned: string | null;
  /** the day the status was last reached; null while not reached */
  actual: string | null;
}

export interface MilestoneRow {
  /** the plan's milestone id (e.g. 'visa-issued') */
  id: string;
  /** the due date of its task (the plan's estimate, or as re-dated) */
  planned: string | null;
  /** the day its task was done (UTC), null while open */
  done: string | null;
}

export interface CaseView {
  case: CaseRow;
  candidateName: string | null;
  companyName: string;
  adviserName: string | null;
  history: StatusChangeView[];
  references: ReferenceView[];
  notes: NoteView[];
  timeline: TimelineRow[];
  /** the plan's milestones, planned against done, from their tasks */
  milestones: MilestoneRow[];
  tasks: { total: number; done: number };
}

/** The notes of a case the actor may read, newest first. */
export async function caseNotesFor(db: Db, actor: Actor, c: CaseRow): Promise<NoteView[]> {
  const internal = can(actor, 'note.readInternal', { tenantId: c.tenantId, companyId: c.companyId });
  const where = internal ? eq(caseNotes.caseId, c.id) : and(eq(caseNotes.caseId, c.id), eq(caseNotes.visibleToCompany, true));
  return db
    .select({ id: caseNotes.id, body: caseNotes.body, visibleToCompany: caseNotes.visibleToCompany, authorName: users.name, createdAt: caseNotes.createdAt })
    .from(caseNotes)
    .leftJoin(users, eq(users.id, caseNotes.authorUserId))
    .where(where)
    .orderBy(desc(caseNotes.createdAt), desc(caseNotes.id));
}

/** Planned against actual, per status of the pipeline. */
export function timelineOf(
  c: Pick<CaseRow, 'pipeline' | 'startDate' | 'planMilestones'>,
  tasks: { planStepId: string | null; startOn: string | null; dueOn: string | null }[],
  history: { toStatus: string; changedOn: string }[],
): TimelineRow[] {
  const taskOf = new Map(tasks.filter((t) => t.planStepId !== null).map((t) => [t.planStepId!, t]));
  const planned = (status: PipelineStatus): string | null => {
    if (status === 'advice') return c.startDate;
    const by = STATUS_PLANNED_BY[status];
    if (!by) return null;
    for (const id of by.milestones) {
      const m = c.planMilestones.find((x) => x.id === id);
      const t = m ? taskOf.get(m.stepId) : undefined;
      if (t) return by.at === 'start' ? t.startOn : t.dueOn;
    }
    return null;
  };
  // the last time each status was reached (a case moved back and forward again counts its latest arrival)
  const actual = new Map<string, string>();
  for (const h of history) actual.set(h.toStatus, h.changedOn);
  return (c.pipeline as PipelineStatus[]).map((status) => ({ status, planned: planned(status), actual: actual.get(status) ?? null }));
}

export async function getCase(db: Db, actor: Actor, caseId: unknown): Promise<CaseView> {
  const c = await loadCase(db, actor, caseId, 'case.read');
  const [names] = await db
    .select({ candidateName: candidates.name, companyName: companies.name })
    .from(candidates)
    .innerJoin(companies, eq(companies.id, c.companyId))
    .where(eq(candidates.id, c.candidateId));
  const adviser = c.adviserUserId === null ? undefined : (await db.select({ name: users.name }).from(users).where(eq(users.id, c.adviserUserId)))[0];
  const history = await db
    .select({
      fromStatus: caseStatusChanges.fromStatus,
      toStatus: caseStatusChanges.toStatus,
      changedOn: caseStatusChanges.changedOn,
      reason: caseStatusChanges.reason,
      changedByName: users.name,
    })
    .from(caseStatusChanges)
    .leftJoin(users, eq(users.id, caseStatusChanges.changedBy))
    .where(eq(caseStatusChanges.caseId, c.id))
    .orderBy(asc(caseStatusChanges.changedOn), asc(caseStatusChanges.createdAt));
  const references = await db
    .select({ kind: caseReferences.kind, referenceNumber: caseReferences.referenceNumber, decidedOn: caseReferences.decidedOn })
    .from(caseReferences)
    .where(eq(caseReferences.caseId, c.id));
  const stepIds = c.planMilestones.map((m) => m.stepId);
  const milestoneTasks =
    stepIds.length === 0
      ? []
      : await db
          .select({ planStepId: caseTasks.planStepId, startOn: caseTasks.startOn, dueOn: caseTasks.dueOn, doneAt: caseTasks.doneAt })
          .from(caseTasks)
          .where(and(eq(caseTasks.caseId, c.id), inArray(caseTasks.planStepId, stepIds)));
  const [total] = await db.select({ n: count() }).from(caseTasks).where(eq(caseTasks.caseId, c.id));
  const [done] = await db
    .select({ n: count() })
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, c.id), isNotNull(caseTasks.doneAt)));
  return {
    case: c,
    candidateName: names?.candidateName ?? null,
    companyName: names?.companyName ?? '',
    adviserName: adviser?.name ?? null,
    history,
    references: references.map((r) => ({ ...r, kind: r.kind as ReferenceKind })),
    notes: await caseNotesFor(db, actor, c),
    timeline: timelineOf(c, milestoneTasks, history),
    milestones: c.planMilestones.map((m) => {
      const t = milestoneTasks.find((x) => x.planStepId === m.stepId);
      return { id: m.id, planned: t?.dueOn ?? null, done: t?.doneAt ? t.doneAt.toISOString().slice(0, 10) : null };
    }),
    tasks: { total: total?.n ?? 0, done: done?.n ?? 0 },
  };
}
