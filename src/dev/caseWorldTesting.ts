// The world of the case-area policy matrices (issue 14): two service offices; in the first, company A (the company
// user's own) and company B; in the second, company A. Each company has a candidate, a case of that candidate with a
// task of each owner, a document of the checklist and a note. The rows are written directly (not through the use
// cases), so that a matrix test decides only the use case under test. Each matrix file then asserts, for every role and
// action it covers, what src/policies/matrixTesting.ts expects.

import assert from 'node:assert/strict';
import type { Db } from '../db/index.ts';
import { candidates, caseDocuments, caseNotes, caseTasks, cases } from '../db/schema/index.ts';
import { ForbiddenError, NotFoundError } from '../policies/index.ts';
import type { Action, Actor, Decision, Role } from '../policies/index.ts';
import { expectedDecision } from '../policies/matrixTesting.ts';
import type { Scope } from '../policies/matrixTesting.ts';
import { makeTenant, makeUser } from './accountsTesting.ts';

export type CompanyScope = 'ownCompany' | 'otherCompany' | 'otherTenant';
export const COMPANY_SCOPES: readonly CompanyScope[] = ['ownCompany', 'otherCompany', 'otherTenant'];

export interface CaseWorld {
  actors: Record<Role, Actor>;
  /** an admin of each office, to set things up with use cases where a test needs more */
  setup: Record<'ownTenant' | 'otherTenant', Actor>;
  tenant: Record<'ownTenant' | 'otherTenant', string>;
  company: Record<CompanyScope, string>;
  candidate: Record<CompanyScope, string>;
  case: Record<CompanyScope, string>;
  /** per case: the company's task, the adviser's task, the candidate's task */
  task: Record<CompanyScope, { company: string; adviser: string; candidate: string }>;
  document: Record<CompanyScope, string>;
  note: Record<CompanyScope, string>;
}

let worlds = 0;

export async function makeCaseWorld(db: Db, role: Role): Promise<CaseWorld> {
  const n = ++worlds;
  const t1 = await makeTenant(db, `Case matrix ${n} One`);
  const t2 = await makeTenant(db, `Case matrix ${n} Two`);
  const setup = {
    ownTenant: await makeUser(db, t1.tenantId, 'admin', `case-setup${n}@one.example`),
    otherTenant: await makeUser(db, t2.tenantId, 'admin', `case-setup${n}@two.example`),
  };
  const actors: Record<Role, Actor> = {
    admin: await makeUser(db, t1.tenantId, 'admin', `case-admin${n}@one.example`),
    adviser: await makeUser(db, t1.tenantId, 'adviser', `case-adviser${n}@one.example`),
    company: await makeUser(db, t1.tenantId, 'company', `case-staff${n}@one.example`, { companyId: t1.companyA }),
  };
  void role;
  const company: Record<CompanyScope, string> = { ownCompany: t1.companyA, otherCompany: t1.companyB, otherTenant: t2.companyA };
  const tenantOf = (s: CompanyScope) => (s === 'otherTenant' ? t2.tenantId : t1.tenantId);
  const world = {
    actors,
    setup,
    tenant: { ownTenant: t1.tenantId, otherTenant: t2.tenantId },
    company,
    candidate: {},
    case: {},
    task: {},
    document: {},
    note: {},
  } as unknown as CaseWorld;
  let seq = 0;
  for (const s of COMPANY_SCOPES) {
    const tenantId = tenantOf(s);
    const [cand] = await db
      .insert(candidates)
      .values({ tenantId, companyId: company[s], name: `Kandidatin ${s}`, birthDate: '1994-05-01', citizenship: 'IN', email: `${s}${n}@candidate.example` })
      .returning({ id: candidates.id });
    seq += 1;
    const [c] = await db
      .insert(cases)
      .values({
        tenantId,
        companyId: company[s],
        candidateId: cand!.id,
        number: `LO-2026-${String(seq).padStart(4, '0')}`,
        numberYear: 2026,
        numberSeq: seq,
        routeId: '18b',
        startDate: '2026-12-01',
        pipeline: ['advice', 'ba_approval', 'visa', 'entry', 'residence_permit', 'integration', 'closed'],
        statusSince: '2026-12-01',
        federalState: 'DE-RP',
        occupationIsco: '2512',
        annualGrossSalaryEur: 52000,
      })
      .returning({ id: cases.id });
    const tasks = await db
      .insert(caseTasks)
      .values(
        (['company', 'adviser', 'candidate'] as const).map((owner, i) => ({
          tenantId,
          caseId: c!.id,
          title: `Aufgabe ${owner}`,
          owner,
          dueOn: '2026-12-20',
          position: i,
        })),
      )
      .returning({ id: caseTasks.id, owner: caseTasks.owner });
    const [d] = await db
      .insert(caseDocuments)
      .values({ tenantId, caseId: c!.id, planDocumentId: 'passport', label: 'Gültiger Reisepass', labelEn: 'Valid passport', providedBy: 'candidate' })
      .returning({ id: caseDocuments.id });
    const [note] = await db.insert(caseNotes).values({ tenantId, caseId: c!.id, body: `Interne Notiz ${s}` }).returning({ id: caseNotes.id });
    world.candidate[s] = cand!.id;
    world.case[s] = c!.id;
    world.task[s] = Object.fromEntries(tasks.map((t) => [t.owner, t.id])) as CaseWorld['task'][CompanyScope];
    world.document[s] = d!.id;
    world.note[s] = note!.id;
  }
  return world;
}

/** A use case's outcome as the policy module names it: allow, forbidden (403) or not found (404). */
export async function outcome(run: Promise<unknown>): Promise<Decision> {
  try {
    await run;
    return 'allow';
  } catch (err) {
    if (err instanceof NotFoundError) return 'notFound';
    if (err instanceof ForbiddenError) return 'forbidden';
    throw err;
  }
}

/** One run of a use case against one kind of target. */
export interface MatrixCase {
  /** which kind of target the use case reaches; lists reach the company user's own company, staff the tenant */
  scope: Scope | ((role: Role) => Scope);
  run(w: CaseWorld, a: Actor): Promise<unknown>;
}

export const onCaseCompany = (run: (w: CaseWorld, a: Actor, s: CompanyScope) => Promise<unknown>): MatrixCase[] =>
  COMPANY_SCOPES.map((s) => ({ scope: s, run: (w, a) => run(w, a, s) }));
export const listScope = (role: Role): Scope => (role === 'company' ? 'ownCompany' : 'ownTenant');

/** Runs every case of `action` for `role` in a fresh world and asserts the matrix's expectation. */
export async function assertMatrix(db: Db, role: Role, action: Action, cases: MatrixCase[]): Promise<void> {
  const w = await makeCaseWorld(db, role);
  const actor = w.actors[role];
  for (const c of cases) {
    const scope = typeof c.scope === 'function' ? c.scope(role) : c.scope;
    const expected = expectedDecision(action, role, scope);
    assert.equal(await outcome(c.run(w, actor)), expected, `${role} ${action} on ${scope}: expected ${expected}`);
  }
}

/**
 * Which matrix file runs which of the case area's actions through its use cases (src/app/<area>/policyMatrix.test.ts).
 * The main matrix (src/app/policyMatrix.test.ts) checks that together they cover the case area's actions, and each
 * file checks that it covers exactly its own list.
 */
export const CASE_MATRIX_AREAS = {
  candidates: ['candidate.list', 'candidate.read', 'candidate.create', 'candidate.update', 'candidate.export', 'candidate.erase'],
  cases: ['case.list', 'case.read', 'case.create', 'case.update', 'note.readInternal', 'note.create'],
  tasks: ['task.list', 'task.complete', 'task.manage'],
  documents: ['document.list', 'document.read', 'document.upload', 'document.review'],
  handoff: ['handoff.read'],
  due: ['due.read'],
  // issue 16: src/app/recognition/policyMatrix.test.ts
  recognition: ['case.recognition.read', 'case.recognition.update'],
  integration: ['onboarding.read', 'onboarding.manage', 'integrationTemplate.list', 'integrationTemplate.manage', 'retention.read'],
} as const satisfies Record<string, readonly Action[]>;
