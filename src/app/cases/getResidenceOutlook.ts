// Use case: the residence lifecycle check (contract residence-v1) on a case's facts, for its page (issue 15): the
// title recorded on the case, the candidate's person facts and the day the case reached "entry", assessed on `today`
// (residenceOutlook.ts says what it assumes). Anyone who may read the case may read it; nothing is written.

import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseStatusChanges } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import type { CandidateFacts } from '../candidates/checkFacts.ts';
import { loadCase } from './getCase.ts';
import { residenceOutlookOfCase } from './residenceOutlook.ts';
import type { ResidenceOutlook } from './residenceOutlook.ts';

export async function getResidenceOutlook(db: Db, actor: Actor, caseId: unknown, today: string): Promise<ResidenceOutlook> {
  const c = await loadCase(db, actor, caseId, 'case.read');
  const [candidate] = await db
    .select({ birthDate: candidates.birthDate, citizenship: candidates.citizenship, facts: candidates.facts })
    .from(candidates)
    .where(and(eq(candidates.id, c.candidateId), eq(candidates.tenantId, c.tenantId)));
  const [entry] = await db
    .select({ changedOn: caseStatusChanges.changedOn })
    .from(caseStatusChanges)
    .where(and(eq(caseStatusChanges.caseId, c.id), eq(caseStatusChanges.toStatus, 'entry')))
    .orderBy(asc(caseStatusChanges.changedOn))
    .limit(1);
  return residenceOutlookOfCase({
    today,
    candidate: { birthDate: candidate?.birthDate ?? null, citizenship: candidate?.citizenship ?? null, facts: (candidate?.facts ?? {}) as CandidateFacts },
    title: { routeId: c.titleRouteId, issuedOn: c.titleIssuedOn, validUntil: c.titleValidUntil, employmentFrom: c.titleEmploymentFrom },
    enteredOn: entry?.changedOn ?? null,
    plannedStart: c.plannedStart,
  });
}
