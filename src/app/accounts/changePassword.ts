// Use case: a signed-in user changes their password. The current password is required; every session of the user
// ends, and the caller's own is replaced by a new one (so the browser stays signed in with a fresh id).

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { users } from '../../db/schema/index.ts';
import { NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { assertValid, fieldError, passwordErrors } from './accounts.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { createSession, endUserSessions } from './sessions.ts';
import type { NewSession } from './sessions.ts';
import { writeAudit } from '../common/audit.ts';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  newPasswordRepeat: string;
  ip?: string | null;
  userAgent?: string | null;
}

export async function changePassword(db: Db, actor: Actor, input: ChangePasswordInput, now: Date = new Date()): Promise<{ session: NewSession }> {
  // Tenant-scoped load of the actor's own account: changing one's own password needs no further permission.
  const [user] = await db
    .select({ id: users.id, tenantId: users.tenantId, email: users.email, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, actor.userId))
    .limit(1);
  if (user === undefined || user.tenantId !== actor.tenantId || user.disabledAt !== null) throw new NotFoundError();

  const errors = [];
  if (input.currentPassword === '') errors.push(fieldError('currentPassword', 'required'));
  else if (user.passwordHash === null || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    errors.push(fieldError('currentPassword', 'passwordWrong'));
  }
  errors.push(...passwordErrors(input.newPassword, input.newPasswordRepeat, user.email, 'newPassword', 'newPasswordRepeat'));
  assertValid(errors);

  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, user.id));
    const ended = await endUserSessions(tx, user.id);
    const session = await createSession(tx, user, { ip: input.ip, userAgent: input.userAgent }, now);
    await writeAudit(tx, actor, now, {
      tenantId: user.tenantId,
      action: 'update',
      entity: 'user',
      entityId: user.id,
      changes: { password: 'changed', sessionsEnded: ended },
    });
    return { session };
  });
}
