// Use case: record (or change) the recognition record of a case (issue 16): the reference occupation, the competent
// body, the day of the application and of the notice, the outcome, the substantial differences the notice names (its
// text and deficit tags) and the facts the proposals need (regulated, German level, residence in Germany). Errors name
// the field; the audit row holds what changed, as { field: [old, new] }, in the same transaction.

import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseRecognitions } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import type { Cefr } from '../../law/types.ts';
import type { DeficitTag, NoticeOutcome } from '../../law/recognition/measures.ts';
import { Checker } from '../common/checker.ts';
import { diff, writeAudit } from '../common/audit.ts';
import { wfe } from '../common/errors.ts';
import { checkField } from '../common/fields.ts';
import { loadCase } from '../cases/getCase.ts';
import { RECOGNITION_SCHEMA } from './recognitionSchema.ts';
import type { RecognitionKey } from './recognitionSchema.ts';

export type RecognitionInput = Partial<Record<RecognitionKey, unknown>>;

export interface RecognitionRecord {
  outcome: NoticeOutcome;
  referenceOccupationId: string | null;
  competentBody: string | null;
  appliedOn: string | null;
  decidedOn: string | null;
  regulated: boolean | null;
  germanLevel: Cefr | null;
  residesInGermany: boolean | null;
  deficits: string | null;
  deficitTags: DeficitTag[];
}

const yesNo = (v: string | null): boolean | null => (v === 'yes' ? true : v === 'no' ? false : null);

/** The record checked; errors name the field. Dates may not lie after `today`; the notice not before the application. */
export function checkRecognition(input: RecognitionInput, today: string): RecognitionRecord {
  const c = new Checker();
  const f = <T>(k: RecognitionKey) => checkField(c, RECOGNITION_SCHEMA, k, input[k]) as T;
  const outcome = f<NoticeOutcome | null>('outcome');
  const referenceOccupationId = f<string | null>('referenceOccupationId');
  const competentBody = f<string | null>('competentBody');
  const appliedOn = f<string | null>('appliedOn');
  if (appliedOn !== null && appliedOn > today) c.errors.push(wfe('appliedOn', 'dateInFuture'));
  const decidedOn = f<string | null>('decidedOn');
  if (decidedOn !== null && decidedOn > today) c.errors.push(wfe('decidedOn', 'dateInFuture'));
  if (decidedOn !== null && appliedOn !== null && decidedOn < appliedOn) c.errors.push(wfe('decidedOn', 'beforeApplied'));
  const regulated = yesNo(f<string | null>('regulated'));
  const germanLevel = f<Cefr | null>('germanLevel');
  const residesInGermany = yesNo(f<string | null>('residesInGermany'));
  const deficits = f<string | null>('deficits');
  const deficitTags = f<DeficitTag[]>('deficitTags');
  c.done();
  return { outcome: outcome!, referenceOccupationId, competentBody, appliedOn, decidedOn, regulated, germanLevel, residesInGermany, deficits, deficitTags };
}

/**
 * The candidate's recognition status (the candidate page and list show it) that the case's record implies, so that the
 * two never disagree: a pending record is "in progress" once applied for, else "not started".
 */
export function candidateRecognitionStatus(r: Pick<RecognitionRecord, 'outcome' | 'appliedOn'>): string {
  switch (r.outcome) {
    case 'full':
      return 'full';
    case 'partial':
      return 'partial';
    case 'none':
      return 'refused';
    case 'not_required':
      return 'not_needed';
    case 'pending':
      return r.appliedOn === null ? 'not_started' : 'in_progress';
  }
}

/** Returns the record now stored and what changed (empty: nothing was written). */
export async function recordCaseRecognition(
  db: Db,
  actor: Actor,
  caseId: unknown,
  input: RecognitionInput,
  today: string,
  now: Date = new Date(),
): Promise<{ record: RecognitionRecord; changes: Record<string, [unknown, unknown]> }> {
  return db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'case.recognition.update');
    const record = checkRecognition(input, today);
    const [before] = await tx.select().from(caseRecognitions).where(eq(caseRecognitions.caseId, c.id)).limit(1);
    const changes = diff((before ?? {}) as Record<string, unknown>, record as unknown as Record<string, unknown>);
    if (before !== undefined && Object.keys(changes).length === 0) return { record, changes };
    await tx
      .insert(caseRecognitions)
      .values({ caseId: c.id, tenantId: c.tenantId, ...record, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: caseRecognitions.caseId, set: { ...record, updatedAt: now } });
    await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'recognition', entity: 'case', entityId: c.id, changes });
    // the candidate's status follows the case's record (an erased candidate keeps no status to follow)
    const status = candidateRecognitionStatus(record);
    await tx
      .update(candidates)
      .set({ recognitionStatus: status, updatedAt: now })
      .where(and(eq(candidates.id, c.candidateId), eq(candidates.tenantId, c.tenantId), isNull(candidates.erasedAt), ne(candidates.recognitionStatus, status)));
    return { record, changes };
  });
}
