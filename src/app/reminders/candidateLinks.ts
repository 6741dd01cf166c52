// Use cases: the employee's (candidate's) personal link to their next steps (/me/<token>), managed by the office on
// the candidate page: create (the link is shown once; a new link revokes the candidate's earlier ones), list and
// revoke. Policy: the candidate's data is the office's to change ('candidate.update'); company users cannot.

import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidateLinks } from '../../db/schema/index.ts';
import { NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { hashSecret, newSecret } from '../accounts/accounts.ts';
import { writeAudit } from '../common/audit.ts';
import { WorkspaceInputError, isUuid, wfe } from '../common/errors.ts';
import { loadCandidate } from '../candidates/getCandidate.ts';

/** How long a personal link works. */
export const CANDIDATE_LINK_TTL_DAYS = 90;

export interface CandidateLinkRow {
  id: string;
  email: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export async function createCandidateLink(db: Db, actor: Actor, candidateId: unknown, now: Date = new Date()): Promise<{ id: string; token: string; expiresAt: Date }> {
  return db.transaction(async (tx) => {
    const candidate = await loadCandidate(tx as unknown as Db, actor, candidateId, 'candidate.update');
    if (!candidate.email) throw new WorkspaceInputError([wfe('email', 'required', 'the candidate needs an e-mail address for a personal link')]);
    const revoked = await tx
      .update(candidateLinks)
      .set({ revokedAt: now })
      .where(and(eq(candidateLinks.candidateId, candidate.id), isNull(candidateLinks.parentId), isNull(candidateLinks.revokedAt)))
      .returning({ id: candidateLinks.id });
    const token = newSecret();
    const expiresAt = new Date(now.getTime() + CANDIDATE_LINK_TTL_DAYS * 86_400_000);
    const [row] = await tx
      .insert(candidateLinks)
      .values({ tenantId: candidate.tenantId, candidateId: candidate.id, tokenHash: hashSecret(token), email: candidate.email, createdBy: actor.userId, createdAt: now, expiresAt })
      .returning({ id: candidateLinks.id });
    await writeAudit(
      tx as unknown as Db,
      actor,
      now,
      ...revoked.map((r) => ({ tenantId: candidate.tenantId, action: 'update', entity: 'candidate_link', entityId: r.id, changes: { revokedAt: [null, now.toISOString()] } })),
      { tenantId: candidate.tenantId, action: 'create', entity: 'candidate_link', entityId: row!.id, changes: { candidateId: candidate.id, email: candidate.email, expiresAt: expiresAt.toISOString() } },
    );
    return { id: row!.id, token, expiresAt };
  });
}

/** The adviser's links of a candidate, newest first (the mails' own tokens are not listed). */
export async function listCandidateLinks(db: Db, actor: Actor, candidateId: unknown): Promise<CandidateLinkRow[]> {
  const candidate = await loadCandidate(db, actor, candidateId, 'candidate.update');
  return db
    .select({ id: candidateLinks.id, email: candidateLinks.email, createdAt: candidateLinks.createdAt, expiresAt: candidateLinks.expiresAt, revokedAt: candidateLinks.revokedAt, lastUsedAt: candidateLinks.lastUsedAt })
    .from(candidateLinks)
    .where(and(eq(candidateLinks.candidateId, candidate.id), eq(candidateLinks.tenantId, candidate.tenantId), isNull(candidateLinks.parentId)))
    .orderBy(desc(candidateLinks.createdAt));
}

/** Revokes the link (and with it every mail token made from it). Returns false if it was revoked already. */
export async function revokeCandidateLink(db: Db, actor: Actor, candidateId: unknown, linkId: unknown, now: Date = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const candidate = await loadCandidate(tx as unknown as Db, actor, candidateId, 'candidate.update');
    if (!isUuid(linkId)) throw new NotFoundError();
    const [link] = await tx
      .select({ id: candidateLinks.id, revokedAt: candidateLinks.revokedAt })
      .from(candidateLinks)
      .where(and(eq(candidateLinks.id, linkId), eq(candidateLinks.candidateId, candidate.id), eq(candidateLinks.tenantId, candidate.tenantId), isNull(candidateLinks.parentId)))
      .limit(1);
    if (!link) throw new NotFoundError();
    if (link.revokedAt !== null) return false;
    await tx.update(candidateLinks).set({ revokedAt: now }).where(eq(candidateLinks.id, link.id));
    await writeAudit(tx as unknown as Db, actor, now, { tenantId: candidate.tenantId, action: 'update', entity: 'candidate_link', entityId: link.id, changes: { revokedAt: [null, now.toISOString()] } });
    return true;
  });
}
