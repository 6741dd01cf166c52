// Use case: add a partner organisation to the tenant's directory (referral targets of consultations).

import type { Db } from '../db/index.ts';
import { auditLog, partners } from '../db/schema.ts';
import { authorize } from '../policies/index.ts';
import type { Actor } from '../policies/index.ts';
import { Checker, PARTNER_TYPES, auditActorOf } from './workspace.ts';

export interface PartnerInput {
  name?: unknown;
  type?: unknown;
  contactName?: unknown;
  email?: unknown;
  phone?: unknown;
  website?: unknown;
  address?: unknown;
}

export async function createPartner(db: Db, actor: Actor, input: PartnerInput, now: Date = new Date()): Promise<{ id: string }> {
  authorize(actor, 'partner.manage', { tenantId: actor.tenantId });
  const c = new Checker();
  const fields = {
    name: c.text('name', input.name, { required: true }) ?? '',
    type: c.oneOf('type', input.type, PARTNER_TYPES, { required: true }) ?? 'other',
    contactName: c.text('contactName', input.contactName),
    email: c.email('email', input.email),
    phone: c.text('phone', input.phone, { max: 50 }),
    website: c.url('website', input.website),
    address: c.text('address', input.address, { max: 500 }),
  };
  c.done();
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
