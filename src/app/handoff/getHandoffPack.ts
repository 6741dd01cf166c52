// Use case: the hand-off pack of one official step of a case (issue 14): what the form or portal will ask, filled from
// the case (company, job, candidate, official reference numbers), and the documents to attach with their checklist
// status, so that the company or the adviser files it in minutes. Lotse prepares; it does not file. The office and
// the case's own company may read it ('handoff.read'); it carries the candidate's personal data for a filing, so each
// read is audited ('read', entity 'handoff') in the same transaction. A step the case's route does not need does not
// exist for the case (404).

import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseDocuments, caseReferences, cases, companies } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { iscoUnitGroup } from '../../catalogue/isco08.ts';
import { ROUTE_PROFILES } from '../../law/plan/data/routes.ts';
import type { RouteId } from '../../law/types.ts';
import { buildHandoffPack, handoffStepsFor } from '../../law/handoff/fill.ts';
import type { HandoffFacts, HandoffPack, ReferenceKind } from '../../law/handoff/fill.ts';
import { HANDOFF_FORMS } from '../../law/handoff/forms.ts';
import { isHandoffStep } from '../../law/handoff/types.ts';
import type { FormStatus, HandoffStep } from '../../law/handoff/types.ts';
import { assertId } from '../common/errors.ts';
import { writeAudit } from '../common/audit.ts';

type CaseRow = typeof cases.$inferSelect;

/** The case of the actor's tenant (its company not anonymised) with its company and candidate; authorizes 'handoff.read'. */
async function loadHandoffCase(db: Db, actor: Actor, caseId: unknown) {
  assertId(caseId);
  const [row] = await db
    .select({ c: cases, company: companies, candidate: candidates })
    .from(cases)
    .innerJoin(companies, eq(companies.id, cases.companyId))
    .innerJoin(candidates, eq(candidates.id, cases.candidateId))
    .where(and(eq(cases.id, caseId), eq(cases.tenantId, actor.tenantId), isNull(companies.anonymisedAt)))
    .limit(1);
  if (row === undefined) throw new NotFoundError();
  authorize(actor, 'handoff.read', { tenantId: row.c.tenantId, companyId: row.c.companyId });
  return row;
}

export interface HandoffStepSummary {
  step: HandoffStep;
  title: { de: string; en: string };
  status: FormStatus;
}

/** The steps the case's route needs, for the case page's section (no personal data: not audited). */
export async function listHandoffSteps(db: Db, actor: Actor, caseId: unknown): Promise<HandoffStepSummary[]> {
  const { c } = await loadHandoffCase(db, actor, caseId);
  return handoffStepsFor(c).map((step) => ({ step, title: HANDOFF_FORMS[step].title, status: HANDOFF_FORMS[step].status }));
}

function jobFact<T>(c: CaseRow, key: string, ok: (v: unknown) => v is T): T | undefined {
  const facts = (c.jobFacts ?? {}) as Record<string, unknown>;
  return key in facts && ok(facts[key]) ? facts[key] : undefined;
}
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isMonths = (v: unknown): v is number | null => v === null || isNumber(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

export interface HandoffPackView extends HandoffPack {
  caseId: string;
  caseNumber: string;
  companyName: string;
  /** the other steps of this case, for the page's navigation */
  steps: HandoffStep[];
}

export async function getHandoffPack(db: Db, actor: Actor, caseId: unknown, step: unknown, now: Date = new Date()): Promise<HandoffPackView> {
  return db.transaction(async (tx) => {
    const { c, company, candidate } = await loadHandoffCase(tx, actor, caseId);
    const steps = handoffStepsFor(c);
    if (!isHandoffStep(step) || !steps.includes(step)) throw new NotFoundError();
    const refs = await tx
      .select()
      .from(caseReferences)
      .where(and(eq(caseReferences.caseId, c.id), eq(caseReferences.tenantId, c.tenantId)));
    const checklist = await tx
      .select({ planDocumentId: caseDocuments.planDocumentId, label: caseDocuments.label, labelEn: caseDocuments.labelEn, status: caseDocuments.status })
      .from(caseDocuments)
      .where(and(eq(caseDocuments.caseId, c.id), eq(caseDocuments.tenantId, c.tenantId)))
      .orderBy(asc(caseDocuments.position));
    const group = c.occupationIsco ? iscoUnitGroup(c.occupationIsco) : undefined;
    const facts: HandoffFacts = {
      caseNumber: c.number,
      routeRef: ROUTE_PROFILES[c.routeId as RouteId]?.ref ?? null,
      candidate: { name: candidate.name, birthDate: candidate.birthDate, citizenship: candidate.citizenship },
      company: { name: company.name, street: company.street, postcode: company.postcode, city: company.city },
      job: {
        title: c.jobTitle,
        isco: c.occupationIsco,
        iscoTitle: group?.title ?? null,
        annualGrossSalaryEur: c.annualGrossSalaryEur,
        weeklyHours: jobFact(c, 'weeklyHours', isNumber) ?? null,
        federalState: c.federalState,
        municipality: c.municipality,
        plannedStart: c.plannedStart,
        contractMonths: jobFact(c, 'contractMonths', isMonths),
        collectiveAgreement: jobFact(c, 'collectiveAgreement', isBoolean),
      },
      references: Object.fromEntries(refs.map((r) => [r.kind as ReferenceKind, { number: r.referenceNumber, decidedOn: r.decidedOn }])),
    };
    const pack = buildHandoffPack(step, facts, checklist);
    await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'read', entity: 'handoff', entityId: c.id, changes: { step, caseNumber: c.number } });
    return { ...pack, caseId: c.id, caseNumber: c.number, companyName: company.name, steps };
  });
}
