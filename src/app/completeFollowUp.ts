// Use case: mark a consultation's follow-up (Wiedervorlage) done, with when and by whom; the audit row holds the
// change. Marking a done follow-up done again changes nothing and writes no audit row. A consultation without a
// follow-up date is bad input naming `followUpDate`.

import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { auditLog, consultations } from '../db/schema.ts';
import type { Actor } from '../policies/index.ts';
import { loadConsultation } from './getConsultation.ts';
import { WorkspaceInputError, auditActorOf, wfe } from './workspace.ts';

export async function completeFollowUp(db: Db, actor: Actor, consultationId: unknown, now: Date = new Date()): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const { c: before } = await loadConsultation(tx, actor, consultationId, 'consultation.update');
    if (before.followUpDate === null) throw new WorkspaceInputError([wfe('followUpDate', 'noFollowUp')]);
    if (before.followUpDoneAt !== null) return {};
    const changes: Record<string, [unknown, unknown]> = {
      followUpDoneAt: [null, now.toISOString()],
      followUpDoneBy: [null, actor.userId],
    };
    await tx.update(consultations).set({ followUpDoneAt: now, followUpDoneBy: actor.userId }).where(eq(consultations.id, before.id));
    await tx.insert(auditLog).values({
      tenantId: before.tenantId,
      actorUserId: actor.userId,
      actor: auditActorOf(actor),
      action: 'update',
      entity: 'consultation',
      entityId: before.id,
      changes,
      at: now,
    });
    return changes;
  });
}
