// Test fixture of the task area: a case written directly (as the case helper's createCase would), with the tasks of
// a real plan (route 18b, regular procedure) through the foundation's addPlanTasks.

import type { Db } from '../../db/index.ts';
import { candidates, cases } from '../../db/schema/index.ts';
import { buildPlan } from '../../law/plan/buildPlan.ts';
import { addPlanTasks } from './planTasks.ts';

let seq = 0;

export const PLAN_START = '2026-12-01';

export async function makePlanCase(db: Db, tenantId: string, companyId: string): Promise<{ caseId: string }> {
  seq += 1;
  const [cand] = await db
    .insert(candidates)
    .values({ tenantId, companyId, name: `Kandidatin ${seq}`, birthDate: '1994-05-01', citizenship: 'IN' })
    .returning({ id: candidates.id });
  const [c] = await db
    .insert(cases)
    .values({
      tenantId,
      companyId,
      candidateId: cand!.id,
      number: `TS-2026-${String(seq).padStart(4, '0')}`,
      numberYear: 2026,
      numberSeq: seq,
      routeId: '18b',
      startDate: PLAN_START,
      pipeline: ['advice', 'recognition', 'ba_approval', 'visa', 'entry', 'residence_permit', 'integration', 'closed'],
      statusSince: PLAN_START,
      federalState: 'DE-RP',
    })
    .returning({ id: cases.id });
  const plan = buildPlan({ routeId: '18b', procedure: 'regular', federalState: 'DE-RP', qualification: { level: 'academic', germanAssessment: 'none' }, startDate: PLAN_START });
  await addPlanTasks(db, { id: c!.id, tenantId }, plan);
  return { caseId: c!.id };
}
