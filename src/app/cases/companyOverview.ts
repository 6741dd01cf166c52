// Use case: a company's overview of its cases (issue 14): each case with its status, the candidate's name, the
// company's own open tasks (due date, overdue) and how many documents are still missing; for the company user's start
// page. It reads nothing internal to the office: no case notes, no candidate notes, no tasks of the adviser. A company
// user sees only their own company (companyScope); the office's staff name the company.

import { and, asc, count, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseDocuments, caseTasks, cases } from '../../db/schema/index.ts';
import { authorize, companyScope } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { loadCompany } from '../companies/getCompany.ts';

export interface OverviewTask {
  id: string;
  title: string;
  titleEn: string | null;
  dueOn: string | null;
  overdue: boolean;
}

export interface OverviewCase {
  id: string;
  number: string;
  status: string;
  statusSince: string;
  /** null once the candidate was erased */
  candidateName: string | null;
  jobTitle: string | null;
  plannedStart: string | null;
  /** documents of the checklist still to be provided: missing or rejected */
  missingDocuments: number;
  /** the company's open tasks, the earliest due first */
  openTasks: OverviewTask[];
}

export interface CompanyOverview {
  companyId: string;
  companyName: string;
  cases: OverviewCase[];
  openTasks: number;
  overdueTasks: number;
}

const CLOSED = ['closed', 'cancelled'];

/**
 * @param companyId the company (ignored for a company user, who sees their own)
 * @param today the office's day (ISO), which decides "overdue"
 */
export async function companyOverview(db: Db, actor: Actor, companyId: unknown, today: string): Promise<CompanyOverview> {
  const company = await loadCompany(db, actor, companyScope(actor) ?? companyId, 'company.read');
  authorize(actor, 'case.list', { tenantId: company.tenantId, companyId: company.id });
  const rows = await db
    .select({
      id: cases.id,
      number: cases.number,
      status: cases.status,
      statusSince: cases.statusSince,
      candidateName: candidates.name,
      jobTitle: cases.jobTitle,
      plannedStart: cases.plannedStart,
    })
    .from(cases)
    .innerJoin(candidates, eq(candidates.id, cases.candidateId))
    .where(and(eq(cases.tenantId, company.tenantId), eq(cases.companyId, company.id)))
    // open cases first, then by number (the newest last within a year)
    .orderBy(sql`${cases.status} in ('closed','cancelled')`, asc(cases.number));
  const ids = rows.map((r) => r.id);
  const tasks =
    ids.length === 0
      ? []
      : await db
          .select({ id: caseTasks.id, caseId: caseTasks.caseId, title: caseTasks.title, titleEn: caseTasks.titleEn, dueOn: caseTasks.dueOn })
          .from(caseTasks)
          .where(and(eq(caseTasks.tenantId, company.tenantId), inArray(caseTasks.caseId, ids), eq(caseTasks.owner, 'company'), isNull(caseTasks.doneAt)))
          .orderBy(sql`${caseTasks.dueOn} asc nulls last`, asc(caseTasks.position));
  const missing =
    ids.length === 0
      ? []
      : await db
          .select({ caseId: caseDocuments.caseId, n: count() })
          .from(caseDocuments)
          .where(
            and(
              eq(caseDocuments.tenantId, company.tenantId),
              inArray(caseDocuments.caseId, ids),
              or(eq(caseDocuments.status, 'missing'), eq(caseDocuments.status, 'rejected')),
            ),
          )
          .groupBy(caseDocuments.caseId);
  const missingBy = new Map(missing.map((m) => [m.caseId, Number(m.n)]));
  const overviewCases = rows.map((r) => ({
    ...r,
    missingDocuments: missingBy.get(r.id) ?? 0,
    // a closed or cancelled case has nothing left to do, whatever its old tasks say
    openTasks: CLOSED.includes(r.status)
      ? []
      : tasks
          .filter((t) => t.caseId === r.id)
          .map((t) => ({ id: t.id, title: t.title, titleEn: t.titleEn, dueOn: t.dueOn, overdue: t.dueOn !== null && t.dueOn < today })),
  }));
  const all = overviewCases.flatMap((c) => c.openTasks);
  return { companyId: company.id, companyName: company.name, cases: overviewCases, openTasks: all.length, overdueTasks: all.filter((t) => t.overdue).length };
}
