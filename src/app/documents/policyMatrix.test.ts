// The policy matrix of a case's documents (issue 14): every role × each documents action, through the use cases,
// against the case area's world (own company, another company of the office, another office), on the test database.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { caseDocuments, documentFiles } from '../../db/schema/index.ts';
import { eq } from 'drizzle-orm';
import { ROLES } from '../../policies/index.ts';
import type { Action } from '../../policies/index.ts';
import { filesystemStorage } from '../../storage/index.ts';
import { CASE_MATRIX_AREAS, COMPANY_SCOPES, assertMatrix, onCaseCompany } from '../../dev/caseWorldTesting.ts';
import type { CaseWorld, MatrixCase } from '../../dev/caseWorldTesting.ts';
import { chunksOf, pdfFile } from '../../dev/documentFilesTesting.ts';
import { listCaseDocuments } from './listCaseDocuments.ts';
import { readDocumentFile } from './readDocumentFile.ts';
import { reviewDocument } from './reviewDocument.ts';
import { uploadDocumentFile } from './uploadDocumentFile.ts';

let db: TestDatabase;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-documents-matrix-'));
const storage = filesystemStorage(root);
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Gives every document of the world a stored file (written directly, as the world's rows are), so that it can be read and reviewed. */
const filed = new WeakSet<CaseWorld>();
async function withFiles(w: CaseWorld): Promise<void> {
  if (filed.has(w)) return;
  filed.add(w);
  for (const s of COMPANY_SCOPES) {
    const stored = await storage.put(chunksOf(pdfFile()));
    await db.db.insert(documentFiles).values({
      tenantId: w.tenant[s === 'otherTenant' ? 'otherTenant' : 'ownTenant'],
      caseDocumentId: w.document[s],
      storageKey: stored.key,
      sha256: stored.sha256,
      sizeBytes: stored.size,
      mediaType: 'application/pdf',
      originalName: 'Reisepass.pdf',
    });
    await db.db.update(caseDocuments).set({ status: 'uploaded' }).where(eq(caseDocuments.id, w.document[s]));
  }
}

const CASES: Record<(typeof CASE_MATRIX_AREAS.documents)[number], MatrixCase[]> = {
  'document.list': onCaseCompany((w, a, s) => listCaseDocuments(db.db, a, w.case[s])),
  'document.read': onCaseCompany(async (w, a, s) => {
    await withFiles(w);
    const file = await readDocumentFile(db.db, storage, a, w.case[s], w.document[s]);
    file.content.destroy();
  }),
  'document.upload': onCaseCompany((w, a, s) =>
    uploadDocumentFile(db.db, storage, a, w.case[s], w.document[s], { fileName: 'Pass.pdf', content: chunksOf(pdfFile()) }, { maxBytes: 1024 * 1024 }),
  ),
  'document.review': onCaseCompany(async (w, a, s) => {
    await withFiles(w);
    await reviewDocument(db.db, a, w.case[s], w.document[s], { decision: 'rejected', reason: 'unleserlich' });
  }),
};

test('this file covers exactly the documents actions of the case area', () => {
  assert.deepEqual(Object.keys(CASES).sort(), [...CASE_MATRIX_AREAS.documents].sort());
});

for (const role of ROLES) {
  for (const [action, cases] of Object.entries(CASES) as [Action, MatrixCase[]][]) {
    test(`use cases: ${role} × ${action}`, async () => {
      await assertMatrix(db.db, role, action, cases);
    });
  }
}
