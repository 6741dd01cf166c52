// Use case: a note on a case, internal to the office unless marked visible to the company (a company user reads only
// those: getCase.ts caseNotesFor).

import type { Db } from '../../db/index.ts';
import { caseNotes } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { LONG_TEXT_MAX } from '../common/codes.ts';
import { writeAudit } from '../common/audit.ts';
import { yes } from './caseInput.ts';
import { loadCase } from './getCase.ts';

export interface NoteInput {
  body?: unknown;
  /** default false: internal */
  visibleToCompany?: unknown;
}

export async function addCaseNote(db: Db, actor: Actor, caseId: unknown, input: NoteInput, now: Date = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'case.read');
    authorize(actor, 'note.create', { tenantId: c.tenantId, companyId: c.companyId });
    const k = new Checker();
    const body = k.text('body', input.body, { required: true, max: LONG_TEXT_MAX });
    k.done();
    const visibleToCompany = yes(input.visibleToCompany);
    const [row] = await tx
      .insert(caseNotes)
      .values({ tenantId: c.tenantId, caseId: c.id, body: body!, visibleToCompany, authorUserId: actor.userId, createdAt: now })
      .returning({ id: caseNotes.id });
    await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'create', entity: 'case_note', entityId: row!.id, changes: { caseId: c.id, visibleToCompany } });
    return { id: row!.id };
  });
}
