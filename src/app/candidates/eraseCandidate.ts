// Use case: erase a candidate (Art. 17 DSGVO). The caller has asked for confirmation. In one transaction:
//   - every personal field of the candidate is cleared (name, birth date, citizenship, contact, languages, notes,
//     facts → {}, the reporting fields of issue 17), erased_at is set; the row stays, so that their cases still count in the statistics;
//   - their consents are deleted (personal data; the statistics need none of it);
//   - their cases stay anonymised: number, route, procedure, status and its dates, pipeline, company, job title and
//     the job's facts stay; the free texts that may name the person go: the cancel reason, the reasons of status
//     changes, the official reference numbers (the decision dates stay), the tasks added by hand (the plan's stay),
//     documents' reject reasons, the purpose and outcome of the cases' referrals (issue 16); the case notes are
//     deleted, and the document files' rows, and the family members recorded on the case (issue 17);
//   - the checks run for the candidate or that their cases were created from are deleted (they hold the facts);
//   - the `changes` of earlier audit rows about the candidate, their notes and files and those checks are replaced by
//     {"erased": true} (who did what when stays), as for a deleted company (docs/decisions/007-company-deletion.md).
// The stored bytes of the files are removed after the commit: a file that cannot be removed does not undo the erasure,
// it is returned (and logged by the caller) for the operator to remove.

import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import {
  referrals,
  auditLog,
  candidateConsents,
  candidateLinks,
  candidates,
  caseDocuments,
  caseFamilyMembers,
  caseNotes,
  caseReferences,
  caseStatusChanges,
  caseTasks,
  cases,
  documentFiles,
  savedChecks,
} from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { loadCandidate } from './getCandidate.ts';

/** The document storage, as far as erasure needs it (src/storage). */
export interface RemovableStorage {
  remove(key: string): Promise<void>;
}

export interface EraseResult {
  cases: number;
  files: number;
  checks: number;
  /** storage keys whose bytes could not be removed (the rows are gone): for the operator */
  notRemoved: string[];
}

export async function eraseCandidate(db: Db, actor: Actor, candidateId: unknown, storage: RemovableStorage, now: Date = new Date()): Promise<EraseResult> {
  const erased = await db.transaction(async (tx) => {
    const candidate = await loadCandidate(tx, actor, candidateId, 'candidate.erase');
    const caseRows = await tx.select({ id: cases.id, checkId: cases.checkId }).from(cases).where(eq(cases.candidateId, candidate.id));
    const caseIds = caseRows.map((c) => c.id);
    const docIds =
      caseIds.length === 0 ? [] : (await tx.select({ id: caseDocuments.id }).from(caseDocuments).where(inArray(caseDocuments.caseId, caseIds))).map((d) => d.id);
    const files =
      docIds.length === 0
        ? []
        : await tx.delete(documentFiles).where(inArray(documentFiles.caseDocumentId, docIds)).returning({ id: documentFiles.id, key: documentFiles.storageKey });
    let caseReferrals: string[] = [];
    const notes = caseIds.length === 0 ? [] : await tx.delete(caseNotes).where(inArray(caseNotes.caseId, caseIds)).returning({ id: caseNotes.id });
    if (caseIds.length > 0) {
      await tx.update(cases).set({ cancelReason: null, updatedAt: now }).where(inArray(cases.id, caseIds));
      await tx.update(caseStatusChanges).set({ reason: null }).where(inArray(caseStatusChanges.caseId, caseIds));
      await tx.update(caseReferences).set({ referenceNumber: null }).where(inArray(caseReferences.caseId, caseIds));
      await tx.delete(caseTasks).where(and(inArray(caseTasks.caseId, caseIds), isNull(caseTasks.planStepId)));
      await tx.update(caseDocuments).set({ rejectReason: null }).where(inArray(caseDocuments.caseId, caseIds));
      // issue 16: the referrals of the cases stay for the statistics (partner, measure, status, dates); their free texts go
      caseReferrals = (await tx.update(referrals).set({ purpose: null, outcome: null }).where(inArray(referrals.caseId, caseIds)).returning({ id: referrals.id })).map((r) => r.id);
      // issue 17: the family of the person (names, birth dates, citizenship, German) is personal data
      await tx.delete(caseFamilyMembers).where(inArray(caseFamilyMembers.caseId, caseIds));
    }
    const linkedChecks = caseRows.map((c) => c.checkId).filter((id): id is string => id !== null);
    const checks = await tx
      .delete(savedChecks)
      .where(linkedChecks.length === 0 ? eq(savedChecks.candidateId, candidate.id) : or(eq(savedChecks.candidateId, candidate.id), inArray(savedChecks.id, linkedChecks)))
      .returning({ id: savedChecks.id });
    await tx.delete(candidateConsents).where(eq(candidateConsents.candidateId, candidate.id));
    // issue 15: the personal links hold the candidate's e-mail address
    await tx.delete(candidateLinks).where(eq(candidateLinks.candidateId, candidate.id));
    await tx
      .update(candidates)
      .set({
        name: null,
        birthDate: null,
        citizenship: null,
        email: null,
        phone: null,
        preferredLanguage: null,
        otherLanguages: null,
        notes: null,
        facts: sql`'{}'::jsonb`,
        // issue 17: the reporting fields are personal data too (docs/decisions/026-funder-reporting.md)
        reportSex: null,
        reportEmploymentStatus: null,
        reportIsced: null,
        reportDisability: null,
        reportForeignOrigin: null,
        erasedAt: now,
        updatedAt: now,
      })
      .where(eq(candidates.id, candidate.id));
    const about = [candidate.id, ...notes.map((n) => n.id), ...files.map((f) => f.id), ...checks.map((c) => c.id), ...caseReferrals];
    await tx
      .update(auditLog)
      .set({ changes: { erased: true } })
      .where(and(eq(auditLog.tenantId, candidate.tenantId), inArray(auditLog.entityId, about)));
    const result = { cases: caseIds.length, files: files.length, checks: checks.length };
    await writeAudit(tx, actor, now, { tenantId: candidate.tenantId, action: 'erase', entity: 'candidate', entityId: candidate.id, changes: result });
    return { ...result, keys: files.map((f) => f.key) };
  });
  const notRemoved: string[] = [];
  for (const key of erased.keys) {
    try {
      await storage.remove(key);
    } catch {
      notRemoved.push(key);
    }
  }
  return { cases: erased.cases, files: erased.files, checks: erased.checks, notRemoved };
}
