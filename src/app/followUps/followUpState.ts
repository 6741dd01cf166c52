// The one place that changes a follow-up's state (done or open again) and writes its audit row, for the use cases
// that do it: completeFollowUp, reopenFollowUp and recordConsultation (settling follow-ups). Callers authorize first.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { consultations } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';

export interface FollowUpRow {
  id: string;
  tenantId: string;
  followUpDoneAt: Date | null;
  followUpDoneBy: string | null;
}

/** Marks the follow-up done (by the actor, now) or open; no change, no write and no audit row: returns {}. */
export async function setFollowUpState(tx: Db, actor: Actor, row: FollowUpRow, done: boolean, now: Date): Promise<Record<string, [unknown, unknown]>> {
  if ((row.followUpDoneAt !== null) === done) return {};
  const next = done ? { followUpDoneAt: now, followUpDoneBy: actor.userId } : { followUpDoneAt: null, followUpDoneBy: null };
  const changes: Record<string, [unknown, unknown]> = {
    followUpDoneAt: [row.followUpDoneAt?.toISOString() ?? null, next.followUpDoneAt?.toISOString() ?? null],
    followUpDoneBy: [row.followUpDoneBy, next.followUpDoneBy],
  };
  await tx.update(consultations).set(next).where(eq(consultations.id, row.id));
  await writeAudit(tx, actor, now, {
    tenantId: row.tenantId,
    action: 'update',
    entity: 'consultation',
    entityId: row.id,
    changes,
  });
  return changes;
}
