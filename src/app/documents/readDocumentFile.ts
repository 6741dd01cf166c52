// Use case: read (download) a file of a case's document: the current one, or an earlier one by its id. Every read is
// audited (action 'read', entity 'document_file'): a candidate's documents are personal data, and who saw them is part
// of what the office must be able to tell (issue 14, data protection). The audit row is written in the transaction
// that opens the stored bytes, so a read that cannot be served leaves no record of having been served.

import { and, desc, eq } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import type { Db } from '../../db/index.ts';
import { documentFiles } from '../../db/schema/index.ts';
import { NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import type { DocumentStorage } from '../../storage/index.ts';
import { writeAudit } from '../common/audit.ts';
import { assertId } from '../common/errors.ts';
import { loadCaseDocument } from './caseDocumentAccess.ts';
import type { MediaType } from './content.ts';

export interface DocumentDownload {
  id: string;
  originalName: string;
  mediaType: MediaType;
  sizeBytes: number;
  sha256: string;
  content: Readable;
}

/** `fileId` undefined: the document's current (latest) file. No file (or one of another document): NotFoundError. */
export async function readDocumentFile(
  db: Db,
  storage: DocumentStorage,
  actor: Actor,
  caseId: unknown,
  documentId: unknown,
  fileId?: unknown,
  now: Date = new Date(),
): Promise<DocumentDownload> {
  return db.transaction(async (tx) => {
    const { case: c, document } = await loadCaseDocument(tx, actor, caseId, documentId, 'document.read');
    const where = [eq(documentFiles.caseDocumentId, document.id), eq(documentFiles.tenantId, c.tenantId)];
    if (fileId !== undefined) {
      assertId(fileId);
      where.push(eq(documentFiles.id, fileId));
    }
    const [file] = await tx
      .select()
      .from(documentFiles)
      .where(and(...where))
      .orderBy(desc(documentFiles.createdAt), desc(documentFiles.id))
      .limit(1);
    if (file === undefined) throw new NotFoundError();
    await writeAudit(tx, actor, now, {
      tenantId: c.tenantId,
      action: 'read',
      entity: 'document_file',
      entityId: file.id,
      changes: { caseId: c.id, caseDocumentId: document.id },
    });
    const content = await storage.open(file.storageKey);
    return { id: file.id, originalName: file.originalName, mediaType: file.mediaType as MediaType, sizeBytes: file.sizeBytes, sha256: file.sha256, content };
  });
}
