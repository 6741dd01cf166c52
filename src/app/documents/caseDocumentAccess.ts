// How the documents use cases reach a case and one of its documents: tenant-scoped (another office's case is not
// found, whatever the id), then authorized on the case's company, so that a company user learns nothing about
// another company's cases (not found) and the office's staff are decided by their role.

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseDocuments, cases } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Action, Actor } from '../../policies/index.ts';
import { assertId } from '../common/errors.ts';

export interface CaseRef {
  id: string;
  tenantId: string;
  companyId: string;
}

export type CaseDocumentRow = typeof caseDocuments.$inferSelect;

/** The case of the actor's office, authorized for `action`, or NotFoundError. */
export async function loadCaseFor(db: Db, actor: Actor, caseId: unknown, action: Action): Promise<CaseRef> {
  assertId(caseId);
  const [row] = await db
    .select({ id: cases.id, tenantId: cases.tenantId, companyId: cases.companyId })
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.tenantId, actor.tenantId)))
    .limit(1);
  if (row === undefined) throw new NotFoundError();
  authorize(actor, action, { tenantId: row.tenantId, companyId: row.companyId });
  return row;
}

/** A document of the case's checklist, the case authorized for `action`; a document of another case is not found. */
export async function loadCaseDocument(
  db: Db,
  actor: Actor,
  caseId: unknown,
  documentId: unknown,
  action: Action,
  opts: { forUpdate?: boolean } = {},
): Promise<{ case: CaseRef; document: CaseDocumentRow }> {
  const c = await loadCaseFor(db, actor, caseId, action);
  assertId(documentId);
  const q = db
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.id, documentId), eq(caseDocuments.caseId, c.id), eq(caseDocuments.tenantId, c.tenantId)))
    .limit(1);
  const [document] = opts.forUpdate ? await q.for('update') : await q;
  if (document === undefined) throw new NotFoundError();
  return { case: c, document };
}
