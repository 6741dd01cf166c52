// Use case: the office records a candidate of one of its companies. Name and company are the minimum; the person's
// facts of a check may follow later (candidateInput.ts checks those given).

import type { Db } from '../../db/index.ts';
import { candidates } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { loadCompany } from '../companies/getCompany.ts';
import { writeAudit } from '../common/audit.ts';
import { checkCandidate } from './candidateInput.ts';
import type { CandidateInput } from './candidateInput.ts';

export async function createCandidate(db: Db, actor: Actor, companyId: unknown, input: CandidateInput, now: Date = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const company = await loadCompany(tx, actor, companyId, 'candidate.create');
    const fields = checkCandidate(input, now.toISOString().slice(0, 10));
    const [row] = await tx
      .insert(candidates)
      .values({ tenantId: company.tenantId, companyId: company.id, ...fields, createdBy: actor.userId, createdAt: now, updatedAt: now })
      .returning({ id: candidates.id });
    await writeAudit(tx, actor, now, {
      tenantId: company.tenantId,
      action: 'create',
      entity: 'candidate',
      entityId: row!.id,
      changes: { companyId: company.id, ...fields },
    });
    return { id: row!.id };
  });
}
