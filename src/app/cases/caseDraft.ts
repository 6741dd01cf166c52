// Use cases for the case form: what a new case from a saved check or a consultation starts with (the company, the job,
// the route the check's plan opens on), and the candidates of a company to choose from. Reading only; createCase
// checks everything again.

import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, consultations, savedChecks } from '../../db/schema/index.ts';
import { can } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { planRouteFor } from '../../law/plan/buildPlan.ts';
import type { CheckInput, RouteId } from '../../law/types.ts';
import { validateCheckInput } from '../../law/validate.ts';
import { evaluateCheck } from '../checks/evaluateCheck.ts';
import { isCheckId } from '../checks/checkKeys.ts';
import { splitCheckInput } from '../candidates/checkFacts.ts';
import { isUuid } from '../common/errors.ts';
import { loadCompany } from '../companies/getCompany.ts';

export interface CaseDraft {
  companyId: string | null;
  routeId: RouteId | null;
  occupationIsco: string | null;
  annualGrossSalaryEur: number | null;
  federalState: string | null;
  municipality: string | null;
  /** the consultation's date */
  consultationDate?: string;
}

/** The check's validated input and company, when the actor may open a case from it (the office's check or an anonymous
 * one, complete). */
async function checkForCase(db: Db, actor: Actor, checkId: unknown): Promise<{ input: CheckInput; companyId: string | null } | undefined> {
  if (typeof checkId !== 'string' || !isCheckId(checkId)) return undefined;
  if (!can(actor, 'case.create', { tenantId: actor.tenantId })) return undefined;
  // the office's check, or an anonymous one whose link (its key) the actor presents: the key is the capability to it,
  // and creating the case attaches the check to the office and the case's company (createCase)
  const [row] = await db
    .select({ companyId: savedChecks.companyId, input: savedChecks.input })
    .from(savedChecks)
    .where(and(eq(savedChecks.id, checkId), or(eq(savedChecks.tenantId, actor.tenantId), isNull(savedChecks.tenantId))))
    .limit(1);
  if (!row || row.input === null) return undefined;
  if (row.companyId !== null && !can(actor, 'case.create', { tenantId: actor.tenantId, companyId: row.companyId })) return undefined;
  const v = validateCheckInput(row.input);
  return v.ok ? { input: v.value, companyId: row.companyId } : undefined;
}

/**
 * Whether the actor may open a case from the check: the check must be the office's (or anonymous) and complete, and the actor allowed
 * to create a case (for its company, when it has one). The check result page shows its "create a case" link only then.
 */
export async function mayCreateCaseFromCheck(db: Db, actor: Actor, checkId: unknown): Promise<boolean> {
  return (await checkForCase(db, actor, checkId)) !== undefined;
}

/** The draft of a case from a saved check (see mayCreateCaseFromCheck); undefined where no case can be opened from it. */
export async function caseDraftFromCheck(db: Db, actor: Actor, checkId: unknown): Promise<CaseDraft | undefined> {
  const check = await checkForCase(db, actor, checkId);
  if (!check) return undefined;
  const job = splitCheckInput(check.input).job;
  return {
    companyId: check.companyId,
    routeId: planRouteFor(evaluateCheck(check.input)),
    occupationIsco: job?.occupationIsco ?? null,
    annualGrossSalaryEur: job?.annualGrossSalaryEur ?? null,
    federalState: job?.federalState ?? null,
    municipality: job?.municipality ?? null,
  };
}

/** The draft of a case from a consultation of the office; undefined when there is none or the actor may not create. */
export async function caseDraftFromConsultation(db: Db, actor: Actor, consultationId: unknown): Promise<CaseDraft | undefined> {
  if (!isUuid(consultationId)) return undefined;
  const [row] = await db
    .select({ companyId: consultations.companyId, date: consultations.date })
    .from(consultations)
    .where(and(eq(consultations.id, consultationId), eq(consultations.tenantId, actor.tenantId)))
    .limit(1);
  if (!row || !can(actor, 'case.create', { tenantId: actor.tenantId, companyId: row.companyId })) return undefined;
  return { companyId: row.companyId, routeId: null, occupationIsco: null, annualGrossSalaryEur: null, federalState: null, municipality: null, consultationDate: row.date };
}

/** The candidates of a company (not erased), by name, to choose a case's candidate from. */
export async function companyCandidates(db: Db, actor: Actor, companyId: unknown): Promise<{ id: string; name: string }[]> {
  const company = await loadCompany(db, actor, companyId, 'company.read');
  if (!can(actor, 'candidate.list', { tenantId: company.tenantId, companyId: company.id })) return [];
  const rows = await db
    .select({ id: candidates.id, name: candidates.name })
    .from(candidates)
    .where(and(eq(candidates.tenantId, company.tenantId), eq(candidates.companyId, company.id), isNull(candidates.erasedAt)))
    .orderBy(asc(candidates.name));
  return rows.map((r) => ({ id: r.id, name: r.name ?? '' }));
}
