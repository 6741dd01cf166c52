// Use case: change a case's job (title, occupation, salary, place, planned start) and the adviser in charge. Only the
// fields given change (the API's PATCH; the form sends them all); the audit row holds what changed, as
// { field: [old, new] }. The route, the plan and its tasks stay as they were: the tasks have their own use cases.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { cases } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { diff, writeAudit } from '../common/audit.ts';
import { checkAdviser, checkJob } from './caseInput.ts';
import type { JobValues } from './caseInput.ts';
import { loadCase } from './getCase.ts';

export type UpdateCaseInput = Partial<Record<keyof JobValues | 'adviserUserId', unknown>>;

/** Returns the changed fields (empty when nothing changed; then nothing is written). */
export async function updateCase(db: Db, actor: Actor, caseId: unknown, input: UpdateCaseInput, now: Date = new Date()): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const before = await loadCase(tx, actor, caseId, 'case.update');
    const c = new Checker();
    const job = checkJob(c, input);
    c.done();
    const fields: Partial<JobValues> & { adviserUserId?: string | null } = { ...job };
    if (input.adviserUserId !== undefined) fields.adviserUserId = await checkAdviser(tx, before.tenantId, input.adviserUserId);
    const changes = diff(before as unknown as Record<string, unknown>, fields);
    if (Object.keys(changes).length === 0) return changes;
    await tx.update(cases).set({ ...fields, updatedAt: now }).where(eq(cases.id, before.id));
    await writeAudit(tx, actor, now, { tenantId: before.tenantId, action: 'update', entity: 'case', entityId: before.id, changes });
    return changes;
  });
}
