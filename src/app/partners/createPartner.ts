// Use case: add a partner organisation to the tenant's directory (referral targets of consultations).

import type { Db } from '../../db/index.ts';
import { partners } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { checkPartner } from './partnerInput.ts';
import type { PartnerInput } from './partnerInput.ts';
import { writeAudit } from '../common/audit.ts';

export type { PartnerInput } from './partnerInput.ts';

export async function createPartner(db: Db, actor: Actor, input: PartnerInput, now: Date = new Date()): Promise<{ id: string }> {
  authorize(actor, 'partner.manage', { tenantId: actor.tenantId });
  const fields = checkPartner(input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(partners)
      .values({ tenantId: actor.tenantId, ...fields, createdAt: now, updatedAt: now })
      .returning({ id: partners.id });
    await writeAudit(tx, actor, now, {
      tenantId: actor.tenantId,
      action: 'create',
      entity: 'partner',
      entityId: row!.id,
      changes: fields,
    });
    return { id: row!.id };
  });
}
