// Use case: one candidate with the current state and the history of their consents and their cases, for the candidate
// page and the API. Candidate data is personal data: only the office and the candidate's own company read it (a
// company user's view leaves out the office's internal notes); an erased candidate is not found.

import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidateConsents, candidates, cases, companies } from '../../db/schema/index.ts';
import { NotFoundError, authorize, can } from '../../policies/index.ts';
import type { Action, Actor } from '../../policies/index.ts';
import { assertId } from '../common/errors.ts';
import { CONSENT_PURPOSES } from '../cases/codes.ts';
import type { ConsentPurpose } from '../cases/codes.ts';

export type CandidateRow = typeof candidates.$inferSelect;
export type ConsentRow = typeof candidateConsents.$inferSelect;

/** The candidate row of the actor's tenant, not erased, or NotFoundError. Authorizes `action` on it. */
export async function loadCandidate(db: Db, actor: Actor, candidateId: unknown, action: Action): Promise<CandidateRow> {
  assertId(candidateId);
  const [row] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.id, candidateId), eq(candidates.tenantId, actor.tenantId), isNull(candidates.erasedAt)))
    .limit(1);
  if (row === undefined) throw new NotFoundError();
  authorize(actor, action, { tenantId: row.tenantId, companyId: row.companyId });
  return row;
}

export interface ConsentState {
  purpose: ConsentPurpose;
  /** the latest declaration; null: never declared */
  current: { given: boolean; declaredOn: string; textVersion: string } | null;
}

export interface CandidateCaseItem {
  id: string;
  number: string;
  status: string;
  routeId: string;
  jobTitle: string | null;
  occupationIsco: string | null;
  statusSince: string;
}

export interface CandidateView {
  /** `notes` is null for a company user (the office's internal notes) */
  candidate: CandidateRow;
  companyName: string;
  consents: ConsentState[];
  /** every declaration, newest first */
  consentHistory: ConsentRow[];
  cases: CandidateCaseItem[];
}

/** The current state of each purpose: its latest declaration (by the day declared, then by when it was recorded). */
export function currentConsents(history: ConsentRow[]): ConsentState[] {
  return CONSENT_PURPOSES.map((purpose) => {
    const latest = history
      .filter((h) => h.purpose === purpose)
      .sort((a, b) => (a.declaredOn === b.declaredOn ? b.createdAt.getTime() - a.createdAt.getTime() : a.declaredOn < b.declaredOn ? 1 : -1))[0];
    return { purpose, current: latest ? { given: latest.given, declaredOn: latest.declaredOn, textVersion: latest.textVersion } : null };
  });
}

export async function getCandidate(db: Db, actor: Actor, candidateId: unknown): Promise<CandidateView> {
  const row = await loadCandidate(db, actor, candidateId, 'candidate.read');
  const target = { tenantId: row.tenantId, companyId: row.companyId };
  const [company] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, row.companyId)).limit(1);
  const history = await db
    .select()
    .from(candidateConsents)
    .where(eq(candidateConsents.candidateId, row.id))
    .orderBy(desc(candidateConsents.declaredOn), desc(candidateConsents.createdAt));
  const caseRows = can(actor, 'case.list', target)
    ? await db
        .select({
          id: cases.id,
          number: cases.number,
          status: cases.status,
          routeId: cases.routeId,
          jobTitle: cases.jobTitle,
          occupationIsco: cases.occupationIsco,
          statusSince: cases.statusSince,
        })
        .from(cases)
        .where(and(eq(cases.candidateId, row.id), eq(cases.tenantId, row.tenantId)))
        .orderBy(asc(cases.createdAt))
    : [];
  return {
    // a company user sees neither the office's notes nor the reporting fields for the funder (issue 17)
    candidate: can(actor, 'note.readInternal', target)
      ? row
      : { ...row, notes: null, reportSex: null, reportEmploymentStatus: null, reportIsced: null, reportDisability: null, reportForeignOrigin: null },
    companyName: company?.name ?? '',
    consents: currentConsents(history),
    consentHistory: history,
    cases: caseRows,
  };
}
