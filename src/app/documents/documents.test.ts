// The documents of a case (issue 14): upload (each refusal leaves nothing stored: no row, no file), download (audited),
// review, the checklist. On the test database (PGlite, or PostgreSQL with DATABASE_URL) and a storage directory of its own.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { and, eq } from 'drizzle-orm';
import { auditLog, candidates, caseDocuments, documentFiles } from '../../db/schema/index.ts';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { NotFoundError } from '../../policies/index.ts';
import { filesystemStorage } from '../../storage/index.ts';
import { makeCaseWorld } from '../../dev/caseWorldTesting.ts';
import type { CaseWorld } from '../../dev/caseWorldTesting.ts';
import { chunksOf, htmlFile, jpegFile, pdfFile, pngFile, zipFile } from '../../dev/documentFilesTesting.ts';
import { WorkspaceInputError } from '../common/errors.ts';
import { listCaseDocuments } from './listCaseDocuments.ts';
import { readDocumentFile } from './readDocumentFile.ts';
import { reviewDocument } from './reviewDocument.ts';
import { uploadDocumentFile } from './uploadDocumentFile.ts';
import { storedKeysOfCandidate } from './storedKeys.ts';
import { removeStoredFiles } from '../../storage/index.ts';

let db: TestDatabase;
let w: CaseWorld;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-documents-test-'));
const storage = filesystemStorage(root);
const LIMIT = 64 * 1024;

before(async () => {
  db = await openTestDb();
  w = await makeCaseWorld(db.db, 'adviser');
});
after(async () => {
  await db.destroy();
  fs.rmSync(root, { recursive: true, force: true });
});

function storedFiles(): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((p) => fs.statSync(path.join(root, p)).isFile());
}
async function fileRows(documentId: string) {
  return db.db.select().from(documentFiles).where(eq(documentFiles.caseDocumentId, documentId));
}
async function statusOf(documentId: string) {
  const [d] = await db.db.select().from(caseDocuments).where(eq(caseDocuments.id, documentId));
  return d!;
}

const upload = (fileName: string, content: Buffer, opts: { truncated?: boolean; actor?: CaseWorld['actors']['adviser']; doc?: string } = {}) =>
  uploadDocumentFile(
    db.db,
    storage,
    opts.actor ?? w.actors.company,
    w.case.ownCompany,
    opts.doc ?? w.document.ownCompany,
    { fileName, content: chunksOf(content, 1000), truncated: () => opts.truncated ?? false },
    { maxBytes: LIMIT },
  );

async function assertRefused(run: () => Promise<unknown>, code: string) {
  const filesBefore = storedFiles().sort();
  const rowsBefore = await db.db.select({ id: documentFiles.id }).from(documentFiles);
  const statusBefore = (await statusOf(w.document.ownCompany)).status;
  await assert.rejects(run(), (err: unknown) => {
    assert.ok(err instanceof WorkspaceInputError, String(err));
    assert.deepEqual(
      err.errors.map((e) => [e.field, e.code]),
      [['file', code]],
    );
    return true;
  });
  assert.deepEqual(storedFiles().sort(), filesBefore, 'no file stored, no temporary file left');
  assert.deepEqual(await db.db.select({ id: documentFiles.id }).from(documentFiles), rowsBefore, 'no row written');
  assert.equal((await statusOf(w.document.ownCompany)).status, statusBefore);
}

test('refused uploads store nothing: over the limit, HTML renamed .pdf, empty, a name with a path, a zip bomb as PNG', async () => {
  // over the limit, counted here (one byte over) and reported by the transport (multipart's truncated flag)
  await assertRefused(() => upload('gross.pdf', Buffer.concat([pdfFile(), Buffer.alloc(LIMIT + 1 - pdfFile().length, 0x20)])), 'fileTooLarge');
  await assertRefused(() => upload('gekappt.pdf', Buffer.concat([pdfFile(), Buffer.alloc(100)]), { truncated: true }), 'fileTooLarge');
  await assertRefused(() => upload('zeugnis.pdf', htmlFile()), 'fileType');
  await assertRefused(() => upload('leer.pdf', Buffer.alloc(0)), 'fileEmpty');
  await assertRefused(() => upload('../../etc/zeugnis.pdf', pdfFile()), 'fileName');
  await assertRefused(() => upload('unterlagen\\zeugnis.pdf', pdfFile()), 'fileName');
  await assertRefused(() => upload('scan.png', pngFile(100_000, 100_000, { rows: false })), 'fileImageTooLarge');
  await assertRefused(() => upload('scan.png', zipFile()), 'fileType');
  // a file of exactly the limit is not too large
  const exact = Buffer.concat([pdfFile(), Buffer.alloc(LIMIT - pdfFile().length, 0x20)]);
  const ok = await upload('genau.pdf', exact, { doc: w.document.ownCompany });
  assert.equal(ok.sizeBytes, LIMIT);
});

test('a good PDF, JPEG and PNG are stored with hash, size, sniffed type and name; the document is "uploaded"; audited', async () => {
  for (const [name, bytes, type] of [
    ['Zeugnis.pdf', pdfFile(), 'application/pdf'],
    ['pass.jpeg', jpegFile(), 'image/jpeg'],
    // the name says PDF, the content says PNG: the content decides
    ['Bescheid.pdf', pngFile(40, 30), 'image/png'],
  ] as const) {
    const f = await upload(name, bytes);
    assert.equal(f.mediaType, type);
    assert.equal(f.sizeBytes, bytes.length);
    assert.equal(f.sha256, createHash('sha256').update(bytes).digest('hex'));
    const [row] = await db.db.select().from(documentFiles).where(eq(documentFiles.id, f.id));
    assert.equal(row!.originalName, name);
    assert.equal(row!.uploadedBy, w.actors.company.userId);
    const back = await readDocumentFile(db.db, storage, w.actors.adviser, w.case.ownCompany, w.document.ownCompany, f.id);
    assert.deepEqual(await buffer(back.content), bytes);
    const [audit] = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'document_file'), eq(auditLog.entityId, f.id), eq(auditLog.action, 'create')));
    assert.equal(audit!.actorUserId, w.actors.company.userId);
  }
  assert.equal((await statusOf(w.document.ownCompany)).status, 'uploaded');
});

test('review: checked, or rejected with a required reason; a new upload after a rejection is "uploaded" again', async () => {
  const doc = w.document.ownCompany;
  await assert.rejects(reviewDocument(db.db, w.actors.adviser, w.case.ownCompany, doc, { decision: 'rejected', reason: '  ' }), (e: unknown) => {
    assert.ok(e instanceof WorkspaceInputError);
    assert.deepEqual(e.errors.map((x) => [x.field, x.code]), [['reason', 'required']]);
    return true;
  });
  await assert.rejects(reviewDocument(db.db, w.actors.adviser, w.case.ownCompany, doc, { decision: 'maybe' }), WorkspaceInputError);
  await reviewDocument(db.db, w.actors.adviser, w.case.ownCompany, doc, { decision: 'rejected', reason: 'Seite 2 fehlt' });
  let d = await statusOf(doc);
  assert.deepEqual([d.status, d.rejectReason, d.reviewedBy], ['rejected', 'Seite 2 fehlt', w.actors.adviser.userId]);
  const [audit] = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'case_document'), eq(auditLog.entityId, doc)));
  assert.deepEqual((audit!.changes as { status: unknown }).status, ['uploaded', 'rejected']);

  const list = await listCaseDocuments(db.db, w.actors.company, w.case.ownCompany);
  assert.equal(list.length, 1);
  assert.equal(list[0]!.status, 'rejected');
  assert.equal(list[0]!.rejectReason, 'Seite 2 fehlt');

  await upload('Zeugnis-vollständig.pdf', pdfFile('alle Seiten'));
  d = await statusOf(doc);
  assert.deepEqual([d.status, d.rejectReason], ['uploaded', null]);
  const again = await listCaseDocuments(db.db, w.actors.adviser, w.case.ownCompany);
  assert.equal(again[0]!.currentFile?.originalName, 'Zeugnis-vollständig.pdf');
  assert.equal(again[0]!.currentFile?.uploadedByName !== null, true);

  await reviewDocument(db.db, w.actors.adviser, w.case.ownCompany, doc, { decision: 'checked', reason: 'ignored' });
  d = await statusOf(doc);
  assert.deepEqual([d.status, d.rejectReason], ['checked', null]);
});

test('a document without a file cannot be reviewed', async () => {
  await assert.rejects(reviewDocument(db.db, w.actors.adviser, w.case.otherCompany, w.document.otherCompany, { decision: 'checked' }), (e: unknown) => {
    assert.ok(e instanceof WorkspaceInputError);
    assert.deepEqual(e.errors.map((x) => [x.field, x.code]), [['decision', 'noFile']]);
    return true;
  });
});

test('download: the current file by default, an earlier one by id; every read audited; another document’s file is not found', async () => {
  const rows = await fileRows(w.document.ownCompany);
  const before = await db.db.select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.entity, 'document_file'), eq(auditLog.action, 'read')));
  const current = await readDocumentFile(db.db, storage, w.actors.company, w.case.ownCompany, w.document.ownCompany);
  assert.equal(current.originalName, 'Zeugnis-vollständig.pdf');
  current.content.destroy();
  const reads = await db.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'document_file'), eq(auditLog.action, 'read'), eq(auditLog.entityId, current.id)));
  assert.equal(reads.length >= 1, true);
  const after = await db.db.select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.entity, 'document_file'), eq(auditLog.action, 'read')));
  assert.equal(after.length, before.length + 1);
  assert.equal(reads.at(-1)!.actorUserId, w.actors.company.userId);
  // a file id of this document through another case's document: not found
  await assert.rejects(readDocumentFile(db.db, storage, w.actors.adviser, w.case.otherCompany, w.document.otherCompany, rows[0]!.id), NotFoundError);
  // no file yet: not found
  await assert.rejects(readDocumentFile(db.db, storage, w.actors.adviser, w.case.otherCompany, w.document.otherCompany), NotFoundError);
  // a document of another case under this case's id: not found
  await assert.rejects(upload('x.pdf', pdfFile(), { actor: w.actors.adviser, doc: w.document.otherCompany }), NotFoundError);
});

test('an upload into a case the user may not touch is refused before a byte is stored', async () => {
  const filesBefore = storedFiles().length;
  await assert.rejects(
    uploadDocumentFile(db.db, storage, w.actors.company, w.case.otherCompany, w.document.otherCompany, { fileName: 'x.pdf', content: chunksOf(pdfFile()) }, { maxBytes: LIMIT }),
    NotFoundError,
  );
  assert.equal(storedFiles().length, filesBefore);
  const ids = (await fileRows(w.document.otherCompany)).map((r) => r.id);
  assert.deepEqual(ids, []);
});

test('erasure: the keys of a candidate’s files (only theirs), then removeStoredFiles deletes the bytes', async () => {
  const keys = await storedKeysOfCandidate(db.db, w.tenant.ownTenant, w.candidate.ownCompany);
  const rows = await fileRows(w.document.ownCompany);
  assert.deepEqual([...keys].sort(), rows.map((r) => r.storageKey).sort());
  assert.ok(keys.length >= 4);
  assert.deepEqual(await storedKeysOfCandidate(db.db, w.tenant.ownTenant, w.candidate.otherCompany), []);
  // another office's id for the same candidate finds nothing
  assert.deepEqual(await storedKeysOfCandidate(db.db, w.tenant.otherTenant, w.candidate.ownCompany), []);
  const before = storedFiles().length;
  assert.deepEqual(await removeStoredFiles(storage, keys), []);
  assert.equal(storedFiles().length, before - keys.length);
});

test('no upload into the case of an erased candidate: refused before a byte is read, and when erased while the bytes arrive', async () => {
  const half = Math.floor(pdfFile().length / 2);
  // erased while the file arrives: the first check passed, the transaction refuses, the stored bytes are removed
  async function* erasingMidway(): AsyncGenerator<Uint8Array> {
    yield pdfFile().subarray(0, half);
    await db.db.update(candidates).set({ erasedAt: new Date() }).where(eq(candidates.id, w.candidate.ownCompany));
    yield pdfFile().subarray(half);
  }
  await assertRefused(
    () => uploadDocumentFile(db.db, storage, w.actors.adviser, w.case.ownCompany, w.document.ownCompany, { fileName: 'spaet.pdf', content: erasingMidway() }, { maxBytes: LIMIT }),
    'candidateErased',
  );
  // erased before: refused at once, for the adviser as for the company
  await assertRefused(() => upload('neu.pdf', pdfFile(), { actor: w.actors.adviser }), 'candidateErased');
  await assertRefused(() => upload('neu.pdf', pdfFile()), 'candidateErased');
});
