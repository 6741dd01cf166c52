// Use case: delete a consultation recorded in error (its referrals go with it). The audit row keeps what it was.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { consultations } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { loadConsultation } from './getConsultation.ts';
import { writeAudit } from '../common/audit.ts';

export async function deleteConsultation(db: Db, actor: Actor, consultationId: unknown, now: Date = new Date()): Promise<{ companyId: string }> {
  return db.transaction(async (tx) => {
    const { c } = await loadConsultation(tx, actor, consultationId, 'consultation.delete');
    await tx.delete(consultations).where(eq(consultations.id, c.id));
    await writeAudit(tx, actor, now, {
      tenantId: c.tenantId,
      action: 'delete',
      entity: 'consultation',
      entityId: c.id,
      changes: { companyId: c.companyId, date: c.date, channel: c.channel, topics: c.topics, kind: c.kind },
    });
    return { companyId: c.companyId };
  });
}
