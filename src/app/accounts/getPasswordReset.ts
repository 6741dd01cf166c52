// Use case: look at a password-reset link (the page shows the form only for a usable link). The token is the capability.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { passwordResets, users } from '../../db/schema/index.ts';
import { InvalidTokenError, hashSecret, isSecretShaped } from './accounts.ts';

export interface PasswordResetView {
  userId: string;
  tenantId: string;
  email: string;
  expiresAt: Date;
}

export async function getPasswordReset(db: Db, token: unknown, now: Date = new Date()): Promise<PasswordResetView> {
  if (!isSecretShaped(token)) throw new InvalidTokenError('unknown');
  const [row] = await db
    .select({
      userId: users.id,
      tenantId: users.tenantId,
      email: users.email,
      disabledAt: users.disabledAt,
      expiresAt: passwordResets.expiresAt,
      usedAt: passwordResets.usedAt,
    })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(eq(passwordResets.tokenHash, hashSecret(token)))
    .limit(1);
  if (row === undefined || row.disabledAt !== null) throw new InvalidTokenError('unknown');
  if (row.usedAt !== null) throw new InvalidTokenError('used');
  if (row.expiresAt.getTime() <= now.getTime()) throw new InvalidTokenError('expired');
  return { userId: row.userId, tenantId: row.tenantId, email: row.email, expiresAt: row.expiresAt };
}
