// Use case: ask for a password reset. The answer is the same whether or not the address has an account (no user
// enumeration), and so is the work done before it (issue 10: the time told them apart): the request only stores the
// address as a pending request, one insert for any well-formed address. Looking the account up, the one-time link and
// the mail happen after the response, in deliverPasswordResets (started by the web layer once the answer is sent, and
// by the housekeeping round for requests an instance left behind).

import type { Db } from '../../db/index.ts';
import { passwordResetRequests } from '../../db/schema/index.ts';
import { EMAIL_MAX_LENGTH, isEmail, normalizeEmail } from './accounts.ts';

export function passwordResetPath(token: string): string {
  return `/password-reset/${token}`;
}

/** Returns nothing on purpose: callers must not be able to tell whether the address has an account. */
export async function requestPasswordReset(db: Db, input: { email: string; publicUrl: string }, now: Date = new Date()): Promise<void> {
  const email = normalizeEmail(input.email);
  if (email.length > EMAIL_MAX_LENGTH || !isEmail(email)) return;
  await db.insert(passwordResetRequests).values({ email, publicUrl: input.publicUrl, requestedAt: now });
}
