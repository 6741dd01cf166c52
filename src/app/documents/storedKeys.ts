// The storage keys of a candidate's document files, for erasure (issue 14, data protection): read them inside the
// transaction that deletes the rows, and after it commits hand them to removeStoredFiles (src/storage/index.ts), so
// that the bytes go only once nothing points at them any more.

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseDocuments, cases, documentFiles } from '../../db/schema/index.ts';

export async function storedKeysOfCandidate(db: Db, tenantId: string, candidateId: string): Promise<string[]> {
  const rows = await db
    .select({ key: documentFiles.storageKey })
    .from(documentFiles)
    .innerJoin(caseDocuments, eq(caseDocuments.id, documentFiles.caseDocumentId))
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(and(eq(cases.tenantId, tenantId), eq(cases.candidateId, candidateId)));
  return rows.map((r) => r.key);
}
