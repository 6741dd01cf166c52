// Use case: add a partner organisation to the tenant's directory (referral targets of consultations).

import type { Db } from '../db/index.ts';
import { auditLog, partners } from '../db/schema.ts';
import { authorize } from '../policies/index.ts';
import type { Actor } from '../policies/index.ts';
import { checkPartner } from './partnerInput.ts';
import type { PartnerInput } from './partnerInput.ts';
import { auditActorOf } from './workspace.ts';

export type { PartnerInput } from './partnerInput.ts';

export async function createPartner(db: Db, actor: Actor, input: PartnerInput, now: Date = new Date()): Promise<{ id: string }> {
  authorize(actor, 'partner.manage', { tenantId: actor.tenantId });
  const fields = checkPartner(input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(partners)
      .values({ tenantId: actor.tenantId, ...fields, createdAt: now, updatedAt: now })
      .returning({ id: partners.id });
    await tx.insert(auditLog).values({
      tenantId: actor.tenantId,
      actorUserId: actor.userId,
      actor: auditActorOf(actor),
      action: 'create',
      entity: 'partner',
      entityId: row!.id,
      changes: fields,
      at: now,
    });
    return { id: row!.id };
  });
}
