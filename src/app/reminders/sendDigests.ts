// The reminder job (issue 15): build the day's digests and send each at most once.
//
// At most once per (recipient, day, kind): the digest's row in digest_log is inserted before the mail is sent, with
// "on conflict do nothing" on its unique key. Only the instance (or run) whose insert went in sends; a restart, a
// retry of the job or a second instance running the same job finds the row and sends nothing. The price: when the
// mail server refuses a mail after the row was written, that digest is lost for the day (the error is kept in the
// row and logged); the next day's digest has the same tasks again.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidateLinks, digestLog } from '../../db/schema/index.ts';
import type { Mailer } from '../accounts/mail.ts';
import { hashSecret, newSecret } from '../accounts/accounts.ts';
import { publicLink } from '../accounts/mail.ts';
import { buildCandidateDigests, buildUserDigests, digestItems } from './buildDigests.ts';
import type { Digest } from './buildDigests.ts';
import { candidateMail, userDigestMail } from './digestMail.ts';
import { digestDayOf } from './frequency.ts';

export interface SendDigestsDeps {
  mailer: Mailer;
  /** base of the links in the mails (PUBLIC_URL) */
  publicUrl: string;
  onMailError?: (err: unknown, digest: { kind: string; recipientId: string }) => void;
}

export interface SendDigestsResult {
  date: string;
  /** digests due today (someone with something due) */
  due: number;
  sent: number;
  /** already logged by an earlier run or another instance */
  skipped: number;
  failed: number;
}

async function claim(db: Db, d: Digest): Promise<number | null> {
  const [row] = await db
    .insert(digestLog)
    .values({ tenantId: d.tenantId, recipientId: d.recipientId, kind: d.kind, digestDate: d.date, items: digestItems(d) })
    .onConflictDoNothing()
    .returning({ id: digestLog.id });
  return row?.id ?? null;
}

export async function sendDigests(db: Db, deps: SendDigestsDeps, now: Date = new Date()): Promise<SendDigestsResult> {
  const day = digestDayOf(now);
  const digests: Digest[] = [...(await buildUserDigests(db, day)), ...(await buildCandidateDigests(db, day, now))];
  const result: SendDigestsResult = { date: day.date, due: digests.length, sent: 0, skipped: 0, failed: 0 };
  for (const d of digests) {
    const logId = await claim(db, d);
    if (logId === null) {
      result.skipped += 1;
      continue;
    }
    try {
      let mail;
      if (d.kind === 'candidate') {
        // the mail's own token, valid while the adviser's link is (buildDigests.ts, schema/reminders.ts)
        const token = newSecret();
        await db.insert(candidateLinks).values({ tenantId: d.tenantId, candidateId: d.recipientId, parentId: d.linkId, tokenHash: hashSecret(token), email: d.email, expiresAt: d.linkExpiresAt, createdAt: now });
        mail = candidateMail(d, publicLink(deps.publicUrl, `/me/${token}`));
      } else {
        mail = userDigestMail(d, deps.publicUrl);
      }
      await deps.mailer.send(mail);
      await db.update(digestLog).set({ sentAt: new Date() }).where(eq(digestLog.id, logId));
      result.sent += 1;
    } catch (err) {
      result.failed += 1;
      await db
        .update(digestLog)
        .set({ error: (err instanceof Error ? err.message : String(err)).slice(0, 500) })
        .where(eq(digestLog.id, logId))
        .catch(() => {});
      deps.onMailError?.(err, { kind: d.kind, recipientId: d.recipientId });
    }
  }
  return result;
}
