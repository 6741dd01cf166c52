// Use case: set a new password through a one-time reset link. The input is checked before the link is consumed (bad
// input does not burn it); consuming it is a conditional update in the same transaction as the new password, the
// end of every session of the user and the audit row. The user then signs in with the new password.

import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { passwordResets, users } from '../../db/schema/index.ts';
import { InvalidTokenError, assertValid, hashSecret, passwordErrors } from './accounts.ts';
import { getPasswordReset } from './getPasswordReset.ts';
import { hashPassword } from './password.ts';
import { endUserSessions } from './sessions.ts';
import { writeAudit } from '../common/audit.ts';

export interface ResetPasswordInput {
  token: string;
  password: string;
  passwordRepeat: string;
}

export async function resetPassword(db: Db, input: ResetPasswordInput, now: Date = new Date()): Promise<{ userId: string; email: string }> {
  const reset = await getPasswordReset(db, input.token, now);
  assertValid(passwordErrors(input.password, input.passwordRepeat, reset.email));
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const consumed = await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.tokenHash, hashSecret(input.token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
      .returning({ userId: passwordResets.userId });
    if (consumed.length === 0) throw new InvalidTokenError('used');
    await tx.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, reset.userId));
    const ended = await endUserSessions(tx, reset.userId);
    await writeAudit(tx, { userId: reset.userId }, now, {
      tenantId: reset.tenantId,
      action: 'update',
      entity: 'user',
      entityId: reset.userId,
      changes: { password: 'reset', sessionsEnded: ended },
    });
  });
  return { userId: reset.userId, email: reset.email };
}
