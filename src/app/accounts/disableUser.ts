// Use case: an admin disables an account of the tenant. Its sessions end at once and its API tokens stop working
// (they are checked against the user on every call). An admin cannot disable their own account.

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { users } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { assertValid, fieldError } from './accounts.ts';
import { endUserSessions } from './sessions.ts';
import { writeAudit } from '../common/audit.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns false if the account was already disabled. */
export async function disableUser(db: Db, actor: Actor, input: { userId: string }, now: Date = new Date()): Promise<boolean> {
  if (!UUID.test(input.userId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, tenantId: users.tenantId, companyId: users.companyId, disabledAt: users.disabledAt })
      .from(users)
      .where(and(eq(users.id, input.userId), eq(users.tenantId, actor.tenantId)))
      .limit(1);
    if (user === undefined) throw new NotFoundError();
    authorize(actor, 'user.disable', { tenantId: user.tenantId, companyId: user.companyId });
    assertValid(user.id === actor.userId ? [fieldError('userId', 'selfDisable')] : []);
    if (user.disabledAt !== null) return false;
    await tx.update(users).set({ disabledAt: now }).where(eq(users.id, user.id));
    const ended = await endUserSessions(tx, user.id);
    await writeAudit(tx, actor, now, {
      tenantId: user.tenantId,
      action: 'update',
      entity: 'user',
      entityId: user.id,
      changes: { disabledAt: [null, now.toISOString()], sessionsEnded: ended },
    });
    return true;
  });
}
