// Use case: an admin revokes an invitation that has not been accepted; its link stops working.

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { invitations } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns false if the invitation was already accepted or revoked. */
export async function revokeInvitation(db: Db, actor: Actor, input: { invitationId: string }, now: Date = new Date()): Promise<boolean> {
  if (!UUID.test(input.invitationId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const [inv] = await tx
      .select({ id: invitations.id, tenantId: invitations.tenantId, companyId: invitations.companyId })
      .from(invitations)
      .where(and(eq(invitations.id, input.invitationId), eq(invitations.tenantId, actor.tenantId)))
      .limit(1);
    if (inv === undefined) throw new NotFoundError();
    authorize(actor, 'invitation.revoke', { tenantId: inv.tenantId, companyId: inv.companyId });
    const done = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning({ id: invitations.id });
    if (done.length === 0) return false;
    await writeAudit(tx, actor, now, {
      tenantId: inv.tenantId,
      action: 'update',
      entity: 'invitation',
      entityId: inv.id,
      changes: { revokedAt: [null, now.toISOString()] },
    });
    return true;
  });
}
