// Use case: correct a partner organisation of the directory (all fields replaced; the audit row holds what changed,
// no row when nothing did).

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { partners } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { PARTNER_FIELDS, checkPartner } from './partnerInput.ts';
import type { PartnerInput } from './partnerInput.ts';
import { assertId } from '../common/errors.ts';
import { diff, writeAudit } from '../common/audit.ts';

export type PartnerRecord = typeof partners.$inferSelect;

/** A partner of the actor's tenant, authorized for 'partner.manage', or NotFoundError (also for another tenant's). */
export async function loadPartner(db: Db, actor: Actor, partnerId: unknown): Promise<PartnerRecord> {
  assertId(partnerId);
  const [row] = await db
    .select()
    .from(partners)
    .where(and(eq(partners.id, partnerId), eq(partners.tenantId, actor.tenantId)))
    .limit(1);
  if (row === undefined) throw new NotFoundError();
  authorize(actor, 'partner.manage', { tenantId: row.tenantId });
  return row;
}

export async function updatePartner(
  db: Db,
  actor: Actor,
  partnerId: unknown,
  input: PartnerInput,
  now: Date = new Date(),
): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const before = await loadPartner(tx, actor, partnerId);
    const fields = checkPartner(input);
    const changes = diff(Object.fromEntries(PARTNER_FIELDS.map((k) => [k, before[k]])), { ...fields });
    if (Object.keys(changes).length === 0) return changes;
    await tx.update(partners).set({ ...fields, updatedAt: now }).where(eq(partners.id, before.id));
    await writeAudit(tx, actor, now, {
      tenantId: before.tenantId,
      action: 'update',
      entity: 'partner',
      entityId: before.id,
      changes,
    });
    return changes;
  });
}
