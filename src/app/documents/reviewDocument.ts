// Use case: the office reviews the current file of a case's document: "checked", or "rejected" with a reason the
// company sees (so that they know what to upload instead). Only a document with a file can be decided. Audited with
// the status before and after.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseDocuments } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { diff, writeAudit } from '../common/audit.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';
import type { WorkspaceFieldError } from '../common/errors.ts';
import { isMalformedText } from '../../text.ts';
import { loadCaseDocument } from './caseDocumentAccess.ts';

export const REVIEW_DECISIONS = ['checked', 'rejected'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const REJECT_REASON_MAX = 1000;

export interface ReviewInput {
  decision?: unknown;
  reason?: unknown;
}

export function checkReview(input: ReviewInput): { decision: ReviewDecision; reason: string | null } {
  const errors: WorkspaceFieldError[] = [];
  const decision = input.decision;
  if (decision === undefined || decision === null || decision === '') errors.push(wfe('decision', 'required'));
  else if (typeof decision !== 'string' || !(REVIEW_DECISIONS as readonly string[]).includes(decision)) errors.push(wfe('decision', 'oneOf', REVIEW_DECISIONS.join(', ')));
  const raw = input.reason;
  let reason: string | null = null;
  if (raw !== undefined && raw !== null && typeof raw !== 'string') errors.push(wfe('reason', 'oneOf', 'a text'));
  else if (typeof raw === 'string' && raw.trim() !== '') {
    reason = raw.trim();
    if (isMalformedText(reason)) errors.push(wfe('reason', 'characters'));
    else if (reason.length > REJECT_REASON_MAX) errors.push(wfe('reason', 'tooLong', `at most ${REJECT_REASON_MAX} characters`));
  }
  if (decision === 'rejected' && reason === null && !errors.some((e) => e.field === 'reason')) errors.push(wfe('reason', 'required', 'a rejection needs a reason'));
  if (errors.length > 0) throw new WorkspaceInputError(errors);
  // a reason belongs to a rejection only
  return { decision: decision as ReviewDecision, reason: decision === 'rejected' ? reason : null };
}

export async function reviewDocument(db: Db, actor: Actor, caseId: unknown, documentId: unknown, input: ReviewInput, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const { case: c, document } = await loadCaseDocument(tx, actor, caseId, documentId, 'document.review', { forUpdate: true });
    const { decision, reason } = checkReview(input);
    if (document.status === 'missing') throw new WorkspaceInputError([wfe('decision', 'noFile')]);
    const changes = diff({ status: document.status, rejectReason: document.rejectReason }, { status: decision, rejectReason: reason });
    await tx.update(caseDocuments).set({ status: decision, rejectReason: reason, reviewedBy: actor.userId, reviewedAt: now, updatedAt: now }).where(eq(caseDocuments.id, document.id));
    await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'update', entity: 'case_document', entityId: document.id, changes: { caseId: c.id, ...changes } });
  });
}
