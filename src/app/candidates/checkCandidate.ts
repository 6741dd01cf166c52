// Use case: check a candidate with one click. The candidate's facts, a job (the given case's, else the candidate's
// latest case's, else none: then the check answers for the routes without a job offer) and the decision date make a
// complete CheckInput; it is saved as a check of the candidate's company, complete (the result page /checks/:id shows
// it) and with the questionnaire's answers filled in (answersFromInput), so that "change answers" re-checks the
// candidate with other facts or on another date. The check remembers the candidate, so that erasing them deletes it.

import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { cases, companies, savedChecks } from '../../db/schema/index.ts';
import { validateCheckInput } from '../../law/validate.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { answersFromInput } from '../checks/answersFromInput.ts';
import { newCheckId } from '../checks/checkKeys.ts';
import { writeAudit } from '../common/audit.ts';
import { Checker } from '../common/checker.ts';
import { WorkspaceInputError, isUuid, wfe } from '../common/errors.ts';
import { factField } from './candidateInput.ts';
import { joinCheckInput } from './checkFacts.ts';
import type { CandidateFacts, JobFacts, MissingFact } from './checkFacts.ts';
import { loadCandidate } from './getCandidate.ts';

/** The form field that holds a missing fact (candidate form, API). */
const MISSING_FIELD: Record<MissingFact, string> = { birthDate: 'birthDate', citizenship: 'citizenship', person: 'german', qualification: 'qualificationLevel' };

export interface CheckCandidateResult {
  checkId: string;
  /** the case whose job was checked; null: no job offer */
  caseId: string | null;
  /** facts of the check that the questionnaire's answers do not hold (answersFromInput) */
  dropped: string[];
}

export async function checkCandidate(
  db: Db,
  actor: Actor,
  candidateId: unknown,
  opts: { decisionDate?: unknown; jobFrom?: unknown },
  now: Date = new Date(),
): Promise<CheckCandidateResult> {
  return db.transaction(async (tx) => {
    const candidate = await loadCandidate(tx, actor, candidateId, 'candidate.read');
    authorize(actor, 'check.create', { tenantId: candidate.tenantId, companyId: candidate.companyId });
    const c = new Checker();
    const decisionDate = c.date('decisionDate', opts.decisionDate, { required: true });
    const jobFrom = opts.jobFrom === undefined || opts.jobFrom === null || opts.jobFrom === '' ? null : opts.jobFrom;
    if (jobFrom !== null && !isUuid(jobFrom)) c.errors.push(wfe('jobFrom', 'unknown'));
    c.done();
    const caseWhere = [eq(cases.candidateId, candidate.id), eq(cases.tenantId, candidate.tenantId)];
    if (jobFrom !== null) caseWhere.push(eq(cases.id, jobFrom as string));
    const [job] = await tx
      .select({
        id: cases.id,
        occupationIsco: cases.occupationIsco,
        annualGrossSalaryEur: cases.annualGrossSalaryEur,
        federalState: cases.federalState,
        municipality: cases.municipality,
        jobFacts: cases.jobFacts,
      })
      .from(cases)
      .where(and(...caseWhere))
      .orderBy(desc(cases.createdAt))
      .limit(1);
    if (jobFrom !== null && job === undefined) throw new WorkspaceInputError([wfe('jobFrom', 'unknown')]);
    const joined = joinCheckInput(
      { birthDate: candidate.birthDate, citizenship: candidate.citizenship, facts: candidate.facts as CandidateFacts },
      job === undefined ? null : { ...job, jobFacts: job.jobFacts as JobFacts },
      decisionDate!,
    );
    if (!joined.ok) throw new WorkspaceInputError(joined.missing.map((m) => wfe(MISSING_FIELD[m], 'required')));
    const valid = validateCheckInput(joined.input);
    if (!valid.ok) {
      const errors = valid.errors.map((e) => wfe(e.path.startsWith('/job') ? 'jobFrom' : factField(e.path), 'invalid', e.message));
      throw new WorkspaceInputError(errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i));
    }
    const [company] = await tx.select({ federalState: companies.federalState }).from(companies).where(eq(companies.id, candidate.companyId));
    const { answers, dropped } = answersFromInput(valid.value, { federalState: valid.value.job?.federalState ?? company?.federalState ?? 'DE-RP' });
    const checkId = newCheckId();
    await tx.insert(savedChecks).values({
      id: checkId,
      answers,
      step: 'review',
      input: valid.value,
      tenantId: candidate.tenantId,
      companyId: candidate.companyId,
      candidateId: candidate.id,
      createdAt: now,
      updatedAt: now,
    });
    await writeAudit(tx, actor, now, {
      tenantId: candidate.tenantId,
      action: 'check',
      entity: 'candidate',
      entityId: candidate.id,
      // not the check's key: it is the capability to read the check
      changes: { decisionDate, caseId: job?.id ?? null },
    });
    return { checkId, caseId: job?.id ?? null, dropped };
  });
}
