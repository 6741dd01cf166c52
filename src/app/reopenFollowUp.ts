// Use case: take back "follow-up done" (a click too many, or the matter came back): the follow-up is open again and
// on the list; the audit row holds the change. An open follow-up stays as it is, without an audit row.

import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { auditLog, consultations } from '../db/schema.ts';
import type { Actor } from '../policies/index.ts';
import { loadConsultation } from './getConsultation.ts';
import { WorkspaceInputError, auditActorOf, wfe } from './workspace.ts';

export async function reopenFollowUp(db: Db, actor: Actor, consultationId: unknown, now: Date = new Date()): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const { c: before } = await loadConsultation(tx, actor, consultationId, 'consultation.update');
    if (before.followUpDate === null) throw new WorkspaceInputError([wfe('followUpDate', 'noFollowUp')]);
    if (before.followUpDoneAt === null) return {};
    const changes: Record<string, [unknown, unknown]> = {
      followUpDoneAt: [before.followUpDoneAt.toISOString(), null],
      followUpDoneBy: [before.followUpDoneBy, null],
    };
    await tx.update(consultations).set({ followUpDoneAt: null, followUpDoneBy: null }).where(eq(consultations.id, before.id));
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
