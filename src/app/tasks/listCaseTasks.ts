// Use case: the tasks of a case, in the plan's order (tasks added by hand after), as the case page and the API show
// them: the title in the reader's language, whose task it is and who carries it, the due date and whether it is
// overdue on the given day, done and by whom, and the statutory deadline's norm. Whoever may read the case and list
// its tasks sees all of them (a company user too: they tick only their own).

import { and, asc, eq, inArray } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseTasks, users } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import type { TaskOwner } from '../cases/codes.ts';
import { loadCase, officeDayOf } from './caseTasks.ts';

export interface TaskView {
  id: string;
  caseId: string;
  /** null for a task added by hand */
  planStepId: string | null;
  /** the title in the reader's language */
  title: string;
  /** the title as written (a plan task's German one), and a plan task's English title (null for one written by hand) */
  baseTitle: string;
  titleEn: string | null;
  description: string | null;
  owner: TaskOwner;
  assigneeUserId: string | null;
  assigneeName: string | null;
  startOn: string | null;
  dueOn: string | null;
  /** the due date was set by someone, not estimated */
  dueSetByHand: boolean;
  /** open and due before `today` */
  overdue: boolean;
  done: boolean;
  doneAt: Date | null;
  /** the office's day it was done */
  doneOn: string | null;
  doneByName: string | null;
  /** the statutory deadline's norm, e.g. "§ 14a Abs. 3 BQFG" */
  deadlineRef: string | null;
  position: number;
}

export interface CaseTasks {
  caseId: string;
  companyId: string;
  tenantId: string;
  tasks: TaskView[];
}

/** `lang`: the reader's language (a plan task has a German and an English title); `today`: the office's day. */
export async function listCaseTasks(db: Db, actor: Actor, caseId: unknown, opts: { lang: 'de' | 'en'; today: string }): Promise<CaseTasks> {
  const c = await loadCase(db, actor, caseId, 'case.read');
  authorize(actor, 'task.list', { tenantId: c.tenantId, companyId: c.companyId });
  return { caseId: c.id, companyId: c.companyId, tenantId: c.tenantId, tasks: await taskViews(db, and(eq(caseTasks.caseId, c.id), eq(caseTasks.tenantId, c.tenantId))!, opts) };
}

/** The views of the tasks `where` selects, in the case's order. */
export async function taskViews(db: Db, where: SQL, opts: { lang: 'de' | 'en'; today: string }): Promise<TaskView[]> {
  const rows = await db
    .select({ t: caseTasks, assigneeName: users.name })
    .from(caseTasks)
    .leftJoin(users, eq(users.id, caseTasks.assigneeUserId))
    .where(where)
    .orderBy(asc(caseTasks.position), asc(caseTasks.createdAt), asc(caseTasks.id));
  const doneBy = [...new Set(rows.map((r) => r.t.doneBy).filter((id): id is string => id !== null))];
  const doneByNames = new Map(
    doneBy.length === 0 ? [] : (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, doneBy))).map((u) => [u.id, u.name]),
  );
  return rows.map(({ t, assigneeName }) => ({
    id: t.id,
    caseId: t.caseId,
    planStepId: t.planStepId,
    title: opts.lang === 'en' ? (t.titleEn ?? t.title) : t.title,
    baseTitle: t.title,
    titleEn: t.titleEn,
    description: t.description,
    owner: t.owner as TaskOwner,
    assigneeUserId: t.assigneeUserId,
    assigneeName,
    startOn: t.startOn,
    dueOn: t.dueOn,
    dueSetByHand: t.dueSetByHand,
    overdue: t.doneAt === null && t.dueOn !== null && t.dueOn < opts.today,
    done: t.doneAt !== null,
    doneAt: t.doneAt,
    doneOn: t.doneAt === null ? null : officeDayOf(t.doneAt),
    doneByName: t.doneBy === null ? null : (doneByNames.get(t.doneBy) ?? null),
    deadlineRef: t.deadlineRef,
    position: t.position,
  }));
}
