// Use case: open a case (issue 14): a company, a candidate, a job and a route, in one of three ways:
//   from a saved check  (checkId) the check must belong to the office and be complete; its facts become a new candidate
//                       (or fill nothing of an existing one chosen by candidateId) and the job; the route is the one
//                       chosen, by default the one the check's plan opens on (planRouteFor); the check stays linked;
//   from a consultation (consultationId) the company is the consultation's; the candidate is chosen or created by name;
//   by hand             company, candidate (chosen or created by name), job, route.
// In one transaction: the case with its number (caseNumber.ts), its plan's tasks (planned with the office's own
// durations where it has them: officeDurations.ts) and documents checklist, the pipeline the plan needs (casePlan.ts),
// the first status change and the audit rows.

import { and, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseStatusChanges, cases, consultations, savedChecks } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { PlanError, buildPlan, planRouteFor } from '../../law/plan/buildPlan.ts';
import type { Plan } from '../../law/plan/types.ts';
import { ROUTE_IDS } from '../../law/types.ts';
import type { CheckInput, GermanAssessment, QualificationLevel, RouteId } from '../../law/types.ts';
import { validateCheckInput } from '../../law/validate.ts';
import { evaluateCheck } from '../checks/evaluateCheck.ts';
import { isCheckId } from '../checks/checkKeys.ts';
import { mayAccessLoadedCheck } from '../checks/checkAccess.ts';
import { splitCheckInput } from '../candidates/checkFacts.ts';
import type { CandidateFacts, JobFacts } from '../candidates/checkFacts.ts';
import { addPlanTasks } from '../tasks/planTasks.ts';
import { keptOfficeDurations } from './officeDurations.ts';
import { addPlanDocuments } from '../documents/planDocuments.ts';
import { loadCompany } from '../companies/getCompany.ts';
import { Checker } from '../common/checker.ts';
import { TEXT_MAX } from '../common/codes.ts';
import { WorkspaceInputError, isUuid, wfe } from '../common/errors.ts';
import { writeAudit } from '../common/audit.ts';
import { allocateCaseNumber } from './caseNumber.ts';
import { checkAdviser, checkJob } from './caseInput.ts';
import type { JobValues } from './caseInput.ts';
import { casePlanInput, pipelineFor, planMilestones, planOptionsOfAnswers } from './casePlan.ts';
import { PROCEDURES } from './codes.ts';
import type { RecognitionStatus } from './codes.ts';

export const QUALIFICATION_LEVELS = ['academic', 'vocational', 'none'] as const satisfies readonly QualificationLevel[];
export const GERMAN_ASSESSMENTS = ['none', 'comparable', 'equivalent', 'partial'] as const satisfies readonly GermanAssessment[];

export interface CreateCaseInput extends Partial<Record<keyof JobValues, unknown>> {
  checkId?: unknown;
  consultationId?: unknown;
  companyId?: unknown;
  /** an existing candidate of the company; else candidateName creates one */
  candidateId?: unknown;
  candidateName?: unknown;
  routeId?: unknown;
  procedure?: unknown;
  /** the day the plan starts from; default today */
  startDate?: unknown;
  adviserUserId?: unknown;
  /** without a check and without the candidate's facts: the qualification the plan is built for */
  qualificationLevel?: unknown;
  germanAssessment?: unknown;
}

/** The recognition state a check's qualification implies for a new candidate. */
function recognitionOf(q: CheckInput['qualification']): RecognitionStatus {
  if (q.level === 'none') return 'unknown';
  return ({ comparable: 'not_needed', equivalent: 'full', partial: 'partial', none: 'not_started' } as const)[q.germanAssessment];
}

/** What the case is created from, loaded in the actor's tenant (another office's check or consultation: not found). */
async function loadSource(tx: Db, actor: Actor, input: CreateCaseInput) {
  let check: { id: string; input: CheckInput; answers: unknown; companyId: string | null } | undefined;
  let consultation: { id: string; companyId: string } | undefined;
  if (input.checkId !== undefined && input.checkId !== null && input.checkId !== '') {
    if (typeof input.checkId !== 'string' || !isCheckId(input.checkId)) throw new NotFoundError();
    // the office's check, or an anonymous one: whoever presents its key (the id in its link) holds it, like a visitor
    // would; the new case then attaches it to the office and the case's company (below)
    const [row] = await tx
      .select({ id: savedChecks.id, tenantId: savedChecks.tenantId, companyId: savedChecks.companyId, input: savedChecks.input, answers: savedChecks.answers })
      .from(savedChecks)
      .where(and(eq(savedChecks.id, input.checkId), or(eq(savedChecks.tenantId, actor.tenantId), isNull(savedChecks.tenantId))))
      .limit(1);
    if (!row) throw new NotFoundError();
    if (row.tenantId !== null && !mayAccessLoadedCheck(actor, 'check.read', row.id, row)) throw new NotFoundError();
    const v = row.input === null ? undefined : validateCheckInput(row.input);
    if (!v || !v.ok) throw new WorkspaceInputError([wfe('checkId', 'checkIncomplete')]);
    check = { id: row.id, input: v.value, answers: row.answers, companyId: row.companyId };
  }
  if (input.consultationId !== undefined && input.consultationId !== null && input.consultationId !== '') {
    if (!isUuid(input.consultationId)) throw new NotFoundError();
    const [row] = await tx
      .select({ id: consultations.id, companyId: consultations.companyId })
      .from(consultations)
      .where(and(eq(consultations.id, input.consultationId), eq(consultations.tenantId, actor.tenantId)))
      .limit(1);
    if (!row) throw new NotFoundError();
    consultation = row;
  }
  return { check, consultation };
}

export async function createCase(
  db: Db,
  actor: Actor,
  input: CreateCaseInput,
  today: string = new Date().toISOString().slice(0, 10),
  now: Date = new Date(),
): Promise<{ id: string; number: string }> {
  return db.transaction(async (tx) => {
    const { check, consultation } = await loadSource(tx, actor, input);
    // the company: the consultation's, the check's, or the one chosen; they must agree
    const given = input.companyId === '' || input.companyId === null ? undefined : input.companyId;
    const chosen: unknown[] = [consultation?.companyId, check?.companyId ?? undefined, given].filter((x) => x !== undefined);
    if (chosen.length === 0) throw new WorkspaceInputError([wfe('companyId', 'required')]);
    const companyId = chosen[0];
    if (chosen.some((x) => x !== companyId)) throw new WorkspaceInputError([wfe('companyId', 'oneOf', 'the company of the check or consultation')]);
    const company = await loadCompany(tx, actor, companyId, 'company.read');
    authorize(actor, 'case.create', { tenantId: company.tenantId, companyId: company.id });

    const c = new Checker();
    const routeRaw = c.oneOf('routeId', input.routeId, ROUTE_IDS, { required: check === undefined });
    const procedure = c.oneOf('procedure', input.procedure, PROCEDURES) ?? 'regular';
    const startDate = c.date('startDate', input.startDate) ?? today;
    const job = checkJob(c, input as Record<string, unknown>);
    const candidateName = c.text('candidateName', input.candidateName, { max: TEXT_MAX });
    const candidateIds = c.ids('candidateId', input.candidateId);
    const level = c.oneOf('qualificationLevel', input.qualificationLevel, QUALIFICATION_LEVELS);
    const assessment = c.oneOf('germanAssessment', input.germanAssessment, GERMAN_ASSESSMENTS);
    if (candidateIds.length === 0 && candidateName === null && !c.errors.some((e) => e.field === 'candidateName')) c.errors.push(wfe('candidateName', 'required'));
    c.done();
    const adviserUserId = input.adviserUserId === undefined ? (actor.role === 'company' ? null : actor.userId) : await checkAdviser(tx, company.tenantId, input.adviserUserId);

    // the candidate: chosen (of this company), or new with the check's person facts
    const split = check ? splitCheckInput(check.input) : undefined;
    let candidate: { id: string; facts: CandidateFacts };
    if (candidateIds.length > 0) {
      const [row] = await tx
        .select({ id: candidates.id, facts: candidates.facts })
        .from(candidates)
        .where(and(eq(candidates.id, candidateIds[0]!), eq(candidates.tenantId, company.tenantId), eq(candidates.companyId, company.id)))
        .limit(1);
      if (!row) throw new WorkspaceInputError([wfe('candidateId', 'unknown')]);
      candidate = { id: row.id, facts: row.facts as CandidateFacts };
    } else {
      authorize(actor, 'candidate.create', { tenantId: company.tenantId, companyId: company.id });
      const facts = split?.candidate.facts ?? {};
      const [row] = await tx
        .insert(candidates)
        .values({
          tenantId: company.tenantId,
          companyId: company.id,
          name: candidateName,
          birthDate: split?.candidate.birthDate ?? null,
          citizenship: split?.candidate.citizenship ?? null,
          facts,
          recognitionStatus: check ? recognitionOf(check.input.qualification) : 'unknown',
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: candidates.id });
      candidate = { id: row!.id, facts };
      await writeAudit(tx, actor, now, {
        tenantId: company.tenantId,
        action: 'create',
        entity: 'candidate',
        entityId: row!.id,
        changes: { companyId: company.id, fromCheck: check?.id ?? null },
      });
    }

    // the job: what was given, else the check's
    const fromCheck = split?.job;
    const pick = <K extends keyof JobValues>(k: K, fallback: JobValues[K] | undefined): JobValues[K] | null => (job[k] ?? fallback ?? null) as JobValues[K] | null;
    const jobColumns: JobValues = {
      jobTitle: pick('jobTitle', null),
      occupationIsco: pick('occupationIsco', fromCheck?.occupationIsco),
      annualGrossSalaryEur: pick('annualGrossSalaryEur', fromCheck?.annualGrossSalaryEur),
      federalState: pick('federalState', fromCheck?.federalState),
      municipality: pick('municipality', fromCheck?.municipality),
      plannedStart: pick('plannedStart', null),
    };
    const jobFacts: JobFacts | Record<string, never> = fromCheck?.jobFacts ?? {};

    // the plan: its input from the route, the start date, the place of work and the candidate's qualification
    const q = check?.input.qualification ?? candidate.facts.qualification;
    const qualification = level !== null && assessment !== null ? { level, germanAssessment: assessment } : q ? { level: q.level, germanAssessment: q.germanAssessment } : undefined;
    const missing = [];
    if (jobColumns.federalState === null) missing.push(wfe('federalState', 'required'));
    if (qualification === undefined) {
      if (level === null) missing.push(wfe('qualificationLevel', 'required'));
      if (assessment === null) missing.push(wfe('germanAssessment', 'required'));
    }
    if (missing.length > 0) throw new WorkspaceInputError(missing);
    const routeId: RouteId = routeRaw ?? planRouteFor(evaluateCheck(check!.input));
    let plan: Plan;
    try {
      plan = buildPlan(
        casePlanInput({
          routeId,
          procedure,
          startDate,
          federalState: jobColumns.federalState!,
          municipality: jobColumns.municipality,
          qualification: qualification!,
          ...(check ? planOptionsOfAnswers(check.answers) : {}),
        }),
      );
    } catch (err) {
      if (err instanceof PlanError) throw new WorkspaceInputError([wfe('procedure', 'oneOf', err.text.en)]);
      throw err;
    }
    const pipeline = pipelineFor(plan);
    // issue 15: the steps the office has its own figures for are planned with its median (officeDurations.ts); read
    // before the case number is allocated, whose lock would otherwise wait for the figures' query
    const office = await keptOfficeDurations(tx, company.tenantId);

    const number = await allocateCaseNumber(tx, company.tenantId, Number(today.slice(0, 4)));
    // the first status: reached on the start date, or today when the plan starts later
    const since = startDate <= today ? startDate : today;
    const [row] = await tx
      .insert(cases)
      .values({
        tenantId: company.tenantId,
        companyId: company.id,
        candidateId: candidate.id,
        ...number,
        checkId: check?.id ?? null,
        consultationId: consultation?.id ?? null,
        adviserUserId,
        ...jobColumns,
        jobFacts,
        routeId,
        procedure,
        startDate,
        pipeline,
        status: pipeline[0]!,
        statusSince: since,
        planMilestones: planMilestones(plan),
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: cases.id, tenantId: cases.tenantId });
    const created = row!;
    // the check the case was made from now belongs to the case: to the office and the company (an anonymous one, until
    // now reachable only by its link, is attached here; its link keeps working) and to the candidate, so that erasing
    // the candidate deletes it with the rest of their data
    if (check) {
      await tx
        .update(savedChecks)
        .set({ tenantId: company.tenantId, companyId: company.id, candidateId: candidate.id, updatedAt: now })
        .where(and(eq(savedChecks.id, check.id), or(isNull(savedChecks.tenantId), eq(savedChecks.tenantId, company.tenantId))));
    }
    const taskCount = await addPlanTasks(tx, created, plan, office);
    const documentCount = await addPlanDocuments(tx, created, plan);
    await tx.insert(caseStatusChanges).values({ tenantId: created.tenantId, caseId: created.id, fromStatus: null, toStatus: pipeline[0]!, changedOn: since, changedBy: actor.userId, createdAt: now });
    await writeAudit(tx, actor, now, {
      tenantId: created.tenantId,
      action: 'create',
      entity: 'case',
      entityId: created.id,
      changes: {
        number: number.number,
        companyId: company.id,
        candidateId: candidate.id,
        checkId: check?.id ?? null,
        consultationId: consultation?.id ?? null,
        routeId,
        procedure,
        startDate,
        pipeline,
        tasks: taskCount,
        documents: documentCount,
      },
    });
    return { id: created.id, number: number.number };
  });
}
