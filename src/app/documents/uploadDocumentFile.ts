// Use case: upload a file for a document of a case's checklist (adviser, or a user of the case's company).
//
// The bytes are streamed into the storage while they arrive: hashed, counted and their first bytes sniffed there, never
// held in memory whole. The checks, in order: the name is a plain file name (before a byte is read); the content starts
// like a PDF, JPEG or PNG, and a PNG declares a size that is safe to open (as soon as its first bytes are there, so
// that a refused file is not read to its end); the file is not larger than the limit (counted here, and the multipart
// parser's own cut-off reported through `truncated`); it is not empty. A file that fails any of them is refused with
// an error naming the field `file`, its stored bytes are removed and no row is written.
//
// The database transaction (row, status, audit) runs only after the bytes are stored: a transaction held open while a
// slow upload arrives would stall every other request on the embedded database. The case is therefore authorized
// twice, before reading (so that nobody streams megabytes into a case they may not touch) and again inside the
// transaction; if that transaction fails, the stored bytes are removed.

import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseDocuments, cases, documentFiles } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import type { DocumentStorage } from '../../storage/index.ts';
import { writeAudit } from '../common/audit.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';
import { loadCaseDocument } from './caseDocumentAccess.ts';
import { SNIFF_BYTES, sniffContent } from './content.ts';
import type { MediaType } from './content.ts';
import { fileNameProblem } from './fileName.ts';

export interface UploadInput {
  /** the name the file was uploaded under (multipart's filename) */
  fileName: string;
  content: AsyncIterable<Uint8Array>;
  /** true when the transport cut the content at the limit (multipart's `truncated`); asked after the content ended */
  truncated?: () => boolean;
}

export interface UploadedFile {
  id: string;
  caseDocumentId: string;
  originalName: string;
  mediaType: MediaType;
  sizeBytes: number;
  sha256: string;
}

/** A refusal found while the bytes were read: carries the field error, stops the stream, and the storage drops the bytes. */
class Refused extends Error {
  constructor(readonly error: WorkspaceInputError) {
    super(error.message);
  }
}

const refuse = (code: Parameters<typeof wfe>[1], detail?: string) => new WorkspaceInputError([wfe('file', code, detail)]);

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Refuses a file for the case of an erased candidate: erasure removed their files and must not be undone by a new one. */
async function refuseIfErased(db: Db, caseId: string): Promise<void> {
  const [erased] = await db
    .select({ id: candidates.id })
    .from(cases)
    .innerJoin(candidates, eq(candidates.id, cases.candidateId))
    .where(and(eq(cases.id, caseId), isNotNull(candidates.erasedAt)))
    .limit(1);
  if (erased !== undefined) throw refuse('candidateErased');
}

export async function uploadDocumentFile(
  db: Db,
  storage: DocumentStorage,
  actor: Actor,
  caseId: unknown,
  documentId: unknown,
  input: UploadInput,
  opts: { maxBytes: number; now?: Date },
): Promise<UploadedFile> {
  const before = await loadCaseDocument(db, actor, caseId, documentId, 'document.upload');
  await refuseIfErased(db, before.case.id);
  const name = input.fileName.normalize('NFC');
  const nameProblem = fileNameProblem(name);
  if (nameProblem !== null) throw refuse(nameProblem === 'required' ? 'required' : nameProblem === 'tooLong' ? 'tooLong' : 'fileName');

  let mediaType: MediaType | null = null;
  let seen = 0;
  const head: Buffer[] = [];
  let headLength = 0;
  const decide = () => {
    const verdict = sniffContent(Buffer.concat(head));
    if (!verdict.ok) throw new Refused(refuse(verdict.reason === 'type' ? 'fileType' : 'fileImageTooLarge'));
    mediaType = verdict.mediaType;
  };
  async function* checked(): AsyncGenerator<Uint8Array> {
    for await (const chunk of input.content) {
      seen += chunk.length;
      if (seen > opts.maxBytes) throw new Refused(refuse('fileTooLarge', `at most ${sizeText(opts.maxBytes)}`));
      if (mediaType === null) {
        head.push(Buffer.from(chunk));
        headLength += chunk.length;
        if (headLength >= SNIFF_BYTES) decide();
      }
      yield chunk;
    }
    // the transport's cut-off: the bytes up to the limit arrived, the rest was dropped
    if (input.truncated?.() === true) throw new Refused(refuse('fileTooLarge', `at most ${sizeText(opts.maxBytes)}`));
    if (seen === 0) throw new Refused(refuse('fileEmpty'));
    if (mediaType === null) decide();
  }

  let stored;
  try {
    stored = await storage.put(checked());
  } catch (err) {
    if (err instanceof Refused) throw err.error;
    throw err;
  }
  const type = mediaType as MediaType | null;
  if (type === null) {
    // unreachable: checked() decides before it ends; kept so that no row can be written without a type
    await storage.remove(stored.key);
    throw refuse('fileType');
  }

  try {
    return await db.transaction(async (tx) => {
      const { case: c, document } = await loadCaseDocument(tx, actor, caseId, documentId, 'document.upload', { forUpdate: true });
      // erased while the bytes arrived: the stored bytes are removed below, as for any failed transaction
      await refuseIfErased(tx as unknown as Db, c.id);
      const now = opts.now ?? new Date();
      const [row] = await tx
        .insert(documentFiles)
        .values({
          tenantId: c.tenantId,
          caseDocumentId: document.id,
          storageKey: stored.key,
          sha256: stored.sha256,
          sizeBytes: stored.size,
          mediaType: type,
          originalName: name,
          uploadedBy: actor.userId,
          createdAt: now,
        })
        .returning({ id: documentFiles.id });
      // a new file needs a new review: whatever the document's status was, it is "uploaded" now
      await tx
        .update(caseDocuments)
        .set({ status: 'uploaded', rejectReason: null, reviewedBy: null, reviewedAt: null, updatedAt: now })
        .where(eq(caseDocuments.id, document.id));
      await writeAudit(tx, actor, now, {
        tenantId: c.tenantId,
        action: 'create',
        entity: 'document_file',
        entityId: row!.id,
        changes: {
          caseId: c.id,
          caseDocumentId: document.id,
          mediaType: type,
          sizeBytes: stored.size,
          sha256: stored.sha256,
          status: [document.status, 'uploaded'],
        },
      });
      return { id: row!.id, caseDocumentId: document.id, originalName: name, mediaType: type, sizeBytes: stored.size, sha256: stored.sha256 };
    });
  } catch (err) {
    await storage.remove(stored.key);
    throw err;
  }
}
