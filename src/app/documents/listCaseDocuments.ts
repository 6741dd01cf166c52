// Use case: the documents checklist of a case, in the plan's order, each with its status, the reason of a rejection,
// who reviewed it, and its current file (the latest upload: name, size, type, who uploaded it and when).

import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseDocuments, documentFiles, users } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { loadCaseFor } from './caseDocumentAccess.ts';

export interface DocumentFileView {
  id: string;
  originalName: string;
  sizeBytes: number;
  mediaType: string;
  sha256: string;
  uploadedAt: Date;
  uploadedByName: string | null;
}

export interface CaseDocumentView {
  id: string;
  planDocumentId: string | null;
  label: string;
  labelEn: string | null;
  providedBy: string | null;
  status: 'missing' | 'uploaded' | 'checked' | 'rejected';
  rejectReason: string | null;
  reviewedAt: Date | null;
  reviewedByName: string | null;
  currentFile: DocumentFileView | null;
  /** how many files were uploaded for it (the current one and the earlier ones) */
  fileCount: number;
}

export async function listCaseDocuments(db: Db, actor: Actor, caseId: unknown): Promise<CaseDocumentView[]> {
  const c = await loadCaseFor(db, actor, caseId, 'document.list');
  const docs = await db
    .select({ d: caseDocuments, reviewedByName: users.name })
    .from(caseDocuments)
    .leftJoin(users, eq(users.id, caseDocuments.reviewedBy))
    .where(eq(caseDocuments.caseId, c.id))
    .orderBy(asc(caseDocuments.position), asc(caseDocuments.createdAt), asc(caseDocuments.id));
  const ids = docs.map((r) => r.d.id);
  const files =
    ids.length === 0
      ? []
      : await db
          .select({ f: documentFiles, uploadedByName: users.name })
          .from(documentFiles)
          .leftJoin(users, eq(users.id, documentFiles.uploadedBy))
          .where(inArray(documentFiles.caseDocumentId, ids))
          .orderBy(desc(documentFiles.createdAt), desc(documentFiles.id));
  return docs.map(({ d, reviewedByName }) => {
    const mine = files.filter((x) => x.f.caseDocumentId === d.id);
    const latest = mine[0];
    return {
      id: d.id,
      planDocumentId: d.planDocumentId,
      label: d.label,
      labelEn: d.labelEn,
      providedBy: d.providedBy,
      status: d.status as CaseDocumentView['status'],
      rejectReason: d.rejectReason,
      reviewedAt: d.reviewedAt,
      reviewedByName,
      fileCount: mine.length,
      currentFile:
        latest === undefined
          ? null
          : {
              id: latest.f.id,
              originalName: latest.f.originalName,
              sizeBytes: latest.f.sizeBytes,
              mediaType: latest.f.mediaType,
              sha256: latest.f.sha256,
              uploadedAt: latest.f.createdAt,
              uploadedByName: latest.uploadedByName,
            },
    };
  });
}
