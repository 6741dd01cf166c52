// Use case: change a candidate's data. Every field is replaced (the forms and the API send the whole candidate; the
// company stays); the audit row holds only what changed, as { field: [old, new] }.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { diff, writeAudit } from '../common/audit.ts';
import { CANDIDATE_FIELDS, canonical, checkCandidate } from './candidateInput.ts';
import type { CandidateInput } from './candidateInput.ts';
import { loadCandidate } from './getCandidate.ts';

/** Returns the changed fields (empty when nothing changed; then nothing is written). */
export async function updateCandidate(
  db: Db,
  actor: Actor,
  candidateId: unknown,
  input: CandidateInput,
  now: Date = new Date(),
): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const before = await loadCandidate(tx, actor, candidateId, 'candidate.update');
    const fields = checkCandidate(input, now.toISOString().slice(0, 10));
    const old = Object.fromEntries(CANDIDATE_FIELDS.map((k) => [k, k === 'facts' ? canonical(before.facts) : before[k]]));
    const changes = diff(old, { ...fields, facts: canonical(fields.facts) });
    if (Object.keys(changes).length === 0) return changes;
    await tx.update(candidates).set({ ...fields, updatedAt: now }).where(eq(candidates.id, before.id));
    await writeAudit(tx, actor, now, { tenantId: before.tenantId, action: 'update', entity: 'candidate', entityId: before.id, changes });
    return changes;
  });
}
