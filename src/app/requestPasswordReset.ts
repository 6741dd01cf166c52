// Use case: ask for a password reset. The answer is the same whether or not the address has an account (no user
// enumeration): the caller shows one fixed message. For an active account, earlier open reset links are voided, a
// new one-time link valid for PASSWORD_RESET_TTL_MS is stored and mailed. The mail is not awaited by the caller's
// response time: sending is started and its failure only logged.

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { auditLog, passwordResets, users } from '../db/schema.ts';
import { EMAIL_MAX_LENGTH, PASSWORD_RESET_TTL_MS, hashSecret, isEmail, newSecret, normalizeEmail } from './accounts.ts';
import { passwordResetMail, publicLink } from './mail.ts';
import type { MailDeps } from './inviteUser.ts';
import { emailIs } from './sessions.ts';

export function passwordResetPath(token: string): string {
  return `/password-reset/${token}`;
}

export interface RequestPasswordResetDeps extends MailDeps {
  /** told when sending fails (the user is not: they must not learn whether the address exists) */
  onMailError?: (err: unknown) => void;
}

/** Returns nothing on purpose: callers must not be able to tell whether the address has an account. */
export async function requestPasswordReset(db: Db, input: { email: string }, deps: RequestPasswordResetDeps, now: Date = new Date()): Promise<void> {
  const email = normalizeEmail(input.email);
  if (email.length > EMAIL_MAX_LENGTH || !isEmail(email)) return;
  const [user] = await db
    .select({ id: users.id, tenantId: users.tenantId, email: users.email, disabledAt: users.disabledAt })
    .from(users)
    .where(emailIs(email))
    .limit(1);
  if (user === undefined || user.disabledAt !== null) return;

  const token = newSecret();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
  await db.transaction(async (tx) => {
    await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    await tx.insert(passwordResets).values({ tokenHash: hashSecret(token), userId: user.id, createdAt: now, expiresAt });
    await tx.insert(auditLog).values({
      tenantId: user.tenantId,
      actorUserId: null,
      actor: 'anonymous',
      action: 'create',
      entity: 'password_reset',
      entityId: user.id,
      changes: { expiresAt: expiresAt.toISOString() },
      at: now,
    });
  });
  const mail = passwordResetMail(user.email, { link: publicLink(deps.publicUrl, passwordResetPath(token)), expiresAt });
  deps.mailer.send(mail).catch((err: unknown) => deps.onMailError?.(err));
}
