// Use case: handle pending password-reset requests (requestPasswordReset stores them), off the request path. Claims a
// batch (delete … returning, rows locked by another instance are skipped) and, in the same transaction, for each
// address that has an active account: voids its earlier open links, stores a new one-time link valid for
// PASSWORD_RESET_TTL_MS and writes the audit row. After the commit the mails are sent; a failure is only reported to
// onMailError (at most once: the request is gone, the user asks again). Several requests for one address in a batch
// give one mail; requests older than the link's lifetime are dropped unanswered (the user will have asked again).
// When the transaction fails, the requests stay and the next run (any instance) takes them.

import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { passwordResetRequests, passwordResets, users } from '../../db/schema/index.ts';
import { PASSWORD_RESET_TTL_MS, hashSecret, newSecret } from './accounts.ts';
import { passwordResetMail, publicLink } from './mail.ts';
import type { Mail, Mailer } from './mail.ts';
import { passwordResetPath } from './requestPasswordReset.ts';
import { emailIs } from './sessions.ts';
import { writeAudit } from '../common/audit.ts';

export interface DeliverPasswordResetsDeps {
  mailer: Mailer;
  /** told when sending fails (the requester is not: they must not learn whether the address exists) */
  onMailError?: (err: unknown) => void;
}

export interface DeliverPasswordResetsResult {
  /** requests taken from the queue */
  requests: number;
  /** mails handed to the mailer (accepted or not) */
  mails: number;
}

const BATCH = 100;

export async function deliverPasswordResets(db: Db, deps: DeliverPasswordResetsDeps, now: Date = new Date()): Promise<DeliverPasswordResetsResult> {
  const result: DeliverPasswordResetsResult = { requests: 0, mails: 0 };
  for (;;) {
    const { claimed, mails } = await db.transaction(async (tx) => {
      const batch = tx
        .select({ id: passwordResetRequests.id })
        .from(passwordResetRequests)
        .orderBy(asc(passwordResetRequests.id))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      const rows = await tx
        .delete(passwordResetRequests)
        .where(inArray(passwordResetRequests.id, batch))
        .returning({ email: passwordResetRequests.email, publicUrl: passwordResetRequests.publicUrl, requestedAt: passwordResetRequests.requestedAt });
      // the newest request of each address, if it is still worth answering
      const latest = new Map<string, (typeof rows)[number]>();
      for (const r of rows) {
        if (now.getTime() - r.requestedAt.getTime() >= PASSWORD_RESET_TTL_MS) continue;
        const seen = latest.get(r.email);
        if (seen === undefined || r.requestedAt >= seen.requestedAt) latest.set(r.email, r);
      }
      const out: Mail[] = [];
      for (const request of latest.values()) {
        const [user] = await tx
          .select({ id: users.id, tenantId: users.tenantId, email: users.email, disabledAt: users.disabledAt })
          .from(users)
          .where(emailIs(request.email))
          .limit(1);
        if (user === undefined || user.disabledAt !== null) continue;
        const token = newSecret();
        const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS);
        await tx
          .update(passwordResets)
          .set({ usedAt: now })
          .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
        await tx.insert(passwordResets).values({ tokenHash: hashSecret(token), userId: user.id, createdAt: now, expiresAt });
        await writeAudit(tx, 'anonymous', now, {
          tenantId: user.tenantId,
          action: 'create',
          entity: 'password_reset',
          entityId: user.id,
          changes: { expiresAt: expiresAt.toISOString(), requestedAt: request.requestedAt.toISOString() },
        });
        out.push(passwordResetMail(user.email, { link: publicLink(request.publicUrl, passwordResetPath(token)), expiresAt }));
      }
      return { claimed: rows.length, mails: out };
    });
    result.requests += claimed;
    result.mails += mails.length;
    await Promise.all(mails.map((mail) => deps.mailer.send(mail).catch((err: unknown) => deps.onMailError?.(err))));
    if (claimed < BATCH) return result;
  }
}
