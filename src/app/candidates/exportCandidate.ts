// Use case: the right of access (Art. 15 DSGVO): everything the office holds about a candidate, as one JSON document:
// the candidate, their consents, their cases with status history, official references, tasks, documents (the files'
// metadata, not their bytes), notes and family members (issue 17), the checks run for them, and the audit trail's record of what was done with
// their data. Audited as 'export'.

import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import {
  auditLog,
  candidateConsents,
  caseDocuments,
  caseFamilyMembers,
  caseNotes,
  caseReferences,
  caseStatusChanges,
  caseTasks,
  cases,
  companies,
  documentFiles,
  savedChecks,
} from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { loadCandidate } from './getCandidate.ts';

export const EXPORT_FORMAT = 'lotse-candidate-export/1';

export async function exportCandidate(db: Db, actor: Actor, candidateId: unknown, now: Date = new Date()): Promise<Record<string, unknown>> {
  return db.transaction(async (tx) => {
    const candidate = await loadCandidate(tx, actor, candidateId, 'candidate.export');
    const [company] = await tx.select({ id: companies.id, name: companies.name }).from(companies).where(eq(companies.id, candidate.companyId));
    const consents = await tx
      .select()
      .from(candidateConsents)
      .where(eq(candidateConsents.candidateId, candidate.id))
      .orderBy(asc(candidateConsents.declaredOn), asc(candidateConsents.createdAt));
    const caseRows = await tx.select().from(cases).where(eq(cases.candidateId, candidate.id)).orderBy(asc(cases.createdAt));
    const caseIds = caseRows.map((c) => c.id);
    const byCase = async <T extends { caseId: string }>(rows: Promise<T[]>) => {
      const all = caseIds.length === 0 ? [] : await rows;
      return (id: string) => all.filter((r) => r.caseId === id);
    };
    const none = caseIds.length === 0;
    const statusOf = await byCase(none ? Promise.resolve([]) : tx.select().from(caseStatusChanges).where(inArray(caseStatusChanges.caseId, caseIds)).orderBy(asc(caseStatusChanges.changedOn), asc(caseStatusChanges.createdAt)));
    const refsOf = await byCase(none ? Promise.resolve([]) : tx.select().from(caseReferences).where(inArray(caseReferences.caseId, caseIds)).orderBy(asc(caseReferences.kind)));
    const tasksOf = await byCase(none ? Promise.resolve([]) : tx.select().from(caseTasks).where(inArray(caseTasks.caseId, caseIds)).orderBy(asc(caseTasks.position)));
    // issue 17: the family recorded on the case
    const familyOf = await byCase(none ? Promise.resolve([]) : tx.select().from(caseFamilyMembers).where(inArray(caseFamilyMembers.caseId, caseIds)).orderBy(asc(caseFamilyMembers.createdAt)));
    const notesOf = await byCase(none ? Promise.resolve([]) : tx.select().from(caseNotes).where(inArray(caseNotes.caseId, caseIds)).orderBy(asc(caseNotes.createdAt)));
    const docs = none ? [] : await tx.select().from(caseDocuments).where(inArray(caseDocuments.caseId, caseIds)).orderBy(asc(caseDocuments.position));
    const files =
      docs.length === 0
        ? []
        : await tx
            .select({
              id: documentFiles.id,
              caseDocumentId: documentFiles.caseDocumentId,
              originalName: documentFiles.originalName,
              mediaType: documentFiles.mediaType,
              sizeBytes: documentFiles.sizeBytes,
              sha256: documentFiles.sha256,
              createdAt: documentFiles.createdAt,
            })
            .from(documentFiles)
            .where(inArray(documentFiles.caseDocumentId, docs.map((d) => d.id)))
            .orderBy(asc(documentFiles.createdAt));
    const checkIds = caseRows.map((c) => c.checkId).filter((id): id is string => id !== null);
    const checks = await tx
      .select({ input: savedChecks.input, createdAt: savedChecks.createdAt, updatedAt: savedChecks.updatedAt })
      .from(savedChecks)
      .where(checkIds.length === 0 ? eq(savedChecks.candidateId, candidate.id) : or(eq(savedChecks.candidateId, candidate.id), inArray(savedChecks.id, checkIds)))
      .orderBy(asc(savedChecks.createdAt));
    const trail = await tx
      .select({ action: auditLog.action, at: auditLog.at, changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, candidate.tenantId), eq(auditLog.entity, 'candidate'), eq(auditLog.entityId, candidate.id)))
      .orderBy(asc(auditLog.at), asc(auditLog.id));
    const { tenantId: _t, ...person } = candidate;
    void _t;
    const document = {
      format: EXPORT_FORMAT,
      exportedAt: now.toISOString(),
      candidate: { ...person, company },
      consents: consents.map(({ tenantId: _, candidateId: __, ...c }) => c),
      cases: caseRows.map(({ tenantId: _, ...c }) => ({
        ...c,
        statusChanges: statusOf(c.id).map(({ tenantId: _x, caseId: _y, ...s }) => s),
        references: refsOf(c.id).map(({ tenantId: _x, caseId: _y, ...r }) => r),
        tasks: tasksOf(c.id).map(({ tenantId: _x, caseId: _y, ...t }) => t),
        documents: docs
          .filter((d) => d.caseId === c.id)
          .map(({ tenantId: _x, caseId: _y, ...d }) => ({ ...d, files: files.filter((f) => f.caseDocumentId === d.id).map(({ caseDocumentId: _z, ...f }) => f) })),
        notes: notesOf(c.id).map(({ tenantId: _x, caseId: _y, ...n }) => n),
        family: familyOf(c.id).map(({ tenantId: _x, caseId: _y, ...f }) => f),
      })),
      // the checks run for the candidate (their keys are left out: each is the capability to read and change it)
      checks,
      // what was done with the data, when (who did it stays with the office)
      auditTrail: trail,
    };
    await writeAudit(tx, actor, now, { tenantId: candidate.tenantId, action: 'export', entity: 'candidate', entityId: candidate.id });
    // through JSON once, so that dates are strings whatever the database driver returned
    return JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
  });
}
