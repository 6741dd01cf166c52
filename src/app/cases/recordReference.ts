// Use case: record the official reference of a step of a case (the recognition body's file number, the BA's approval
// number, the visa application number, the immigration office's file number) with the day of the official decision.
// One row per kind: recording again replaces it; the audit row keeps what changed.

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseReferences } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { TEXT_MAX } from '../common/codes.ts';
import { wfe } from '../common/errors.ts';
import { writeAudit } from '../common/audit.ts';
import { REFERENCE_KINDS } from './codes.ts';
import type { ReferenceKind } from './codes.ts';
import { loadCase } from './getCase.ts';

export interface ReferenceInput {
  referenceNumber?: unknown;
  decidedOn?: unknown;
}

export async function recordReference(
  db: Db,
  actor: Actor,
  caseId: unknown,
  kind: unknown,
  input: ReferenceInput,
  today: string = new Date().toISOString().slice(0, 10),
  now: Date = new Date(),
): Promise<{ kind: ReferenceKind; referenceNumber: string | null; decidedOn: string | null }> {
  return db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'case.update');
    const k = new Checker();
    const which = k.oneOf('kind', kind, REFERENCE_KINDS, { required: true });
    const referenceNumber = k.text('referenceNumber', input.referenceNumber, { max: TEXT_MAX });
    const decidedOn = k.date('decidedOn', input.decidedOn);
    if (decidedOn !== null && decidedOn > today) k.errors.push(wfe('decidedOn', 'dateInFuture'));
    k.done();
    await tx
      .insert(caseReferences)
      .values({ caseId: c.id, tenantId: c.tenantId, kind: which!, referenceNumber, decidedOn, updatedBy: actor.userId, updatedAt: now })
      .onConflictDoUpdate({
        target: [caseReferences.caseId, caseReferences.kind],
        set: { referenceNumber: sql`excluded.reference_number`, decidedOn: sql`excluded.decided_on`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`excluded.updated_at` },
      });
    await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'reference', entity: 'case', entityId: c.id, changes: { kind: which, referenceNumber, decidedOn } });
    return { kind: which!, referenceNumber, decidedOn };
  });
}
