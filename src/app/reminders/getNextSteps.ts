// Use case: the employee's (candidate's) next steps behind their personal link (/me/<token>), without an account.
// The token is the only key: it must be shaped like one, its hash must be a link that is not revoked and not expired
// (for a mail's token: nor its parent, the adviser's link), and the candidate must not be erased. Anything else is
// "not found", the same answer for every reason, so that the page tells nothing about other links.

import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/index.ts';
import { candidateLinks, candidates } from '../../db/schema/index.ts';
import { hashSecret, isSecretShaped } from '../accounts/accounts.ts';
import { candidateNextSteps } from './buildDigests.ts';
import { digestDayOf } from './frequency.ts';

export interface NextSteps {
  name: string | null;
  expiresAt: Date;
  overdue: Array<{ title: string; titleEn: string | null; dueOn: string | null; caseNumber: string }>;
  upcoming: Array<{ title: string; titleEn: string | null; dueOn: string | null; caseNumber: string }>;
  documents: Array<{ label: string; labelEn: string | null; status: string }>;
}

/** The next steps, or null when the link does not work (unknown, revoked, expired, candidate erased). */
export async function getNextSteps(db: Db, token: unknown, now: Date = new Date()): Promise<NextSteps | null> {
  if (!isSecretShaped(token)) return null;
  const parent = alias(candidateLinks, 'parent');
  const [link] = await db
    .select({ id: candidateLinks.id, tenantId: candidateLinks.tenantId, candidateId: candidateLinks.candidateId, expiresAt: candidateLinks.expiresAt, name: candidates.name })
    .from(candidateLinks)
    .innerJoin(candidates, eq(candidates.id, candidateLinks.candidateId))
    .leftJoin(parent, eq(parent.id, candidateLinks.parentId))
    .where(
      and(
        eq(candidateLinks.tokenHash, hashSecret(token)),
        isNull(candidateLinks.revokedAt),
        gt(candidateLinks.expiresAt, now),
        isNull(candidates.erasedAt),
        or(isNull(candidateLinks.parentId), and(isNull(parent.revokedAt), gt(parent.expiresAt, now))),
      ),
    )
    .limit(1);
  if (!link) return null;
  await db.update(candidateLinks).set({ lastUsedAt: now }).where(and(eq(candidateLinks.id, link.id), sql`${candidateLinks.lastUsedAt} is distinct from ${now}`));
  const steps = await candidateNextSteps(db, link.tenantId, link.candidateId, digestDayOf(now).date, null);
  return { name: link.name, expiresAt: link.expiresAt, ...steps };
}
