// Use case: move a case to another status of its pipeline, forward or back, or cancel it with a reason; with the day
// it happened, which may be earlier than today (an office records a visa when it hears of it) but neither in the
// future nor before the case's previous change. Each change is one row of the status history and one audit row.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseStatusChanges, cases } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { LONG_TEXT_MAX } from '../common/codes.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';
import { writeAudit } from '../common/audit.ts';
import { ALL_CASE_STATUSES, CANCELLED } from './codes.ts';
import type { CaseStatus } from './codes.ts';
import { loadCase } from './getCase.ts';
import { forgetOfficeDurations } from './officeDurations.ts';

export interface StatusChangeInput {
  status?: unknown;
  /** the day the status was reached (YYYY-MM-DD); default today */
  changedOn?: unknown;
  /** required to cancel */
  reason?: unknown;
}

export async function changeCaseStatus(
  db: Db,
  actor: Actor,
  caseId: unknown,
  input: StatusChangeInput,
  today: string = new Date().toISOString().slice(0, 10),
  now: Date = new Date(),
): Promise<{ status: CaseStatus; changedOn: string }> {
  /** the office whose set of closed cases this change alters */
  const closing: { tenantId: string | null } = { tenantId: null };
  const done = await db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'case.update');
    const k = new Checker();
    const status = k.oneOf('status', input.status, ALL_CASE_STATUSES, { required: true });
    const changedOn = k.date('changedOn', input.changedOn) ?? (k.errors.some((e) => e.field === 'changedOn') ? null : today);
    const reason = k.text('reason', input.reason, { max: LONG_TEXT_MAX, required: status === CANCELLED });
    if (status !== null && status !== CANCELLED && !c.pipeline.includes(status)) k.errors.push(wfe('status', 'notInPipeline'));
    else if (status !== null && status === c.status) k.errors.push(wfe('status', 'sameStatus'));
    if (changedOn !== null && changedOn > today) k.errors.push(wfe('changedOn', 'dateInFuture'));
    else if (changedOn !== null && changedOn < c.statusSince) k.errors.push(wfe('changedOn', 'beforePreviousChange', c.statusSince));
    k.done();
    if (status === null || changedOn === null) throw new WorkspaceInputError([wfe('status', 'required')]);
    if (status === 'closed' || c.status === 'closed') {
      closing.tenantId = c.tenantId;
      // issue 15: the office's own durations are figures of its closed cases: forgotten with this change, for every
      // instance (they are kept in the database)
      await forgetOfficeDurations(tx, c.tenantId);
    }
    await tx
      .update(cases)
      .set({ status, statusSince: changedOn, cancelReason: status === CANCELLED ? reason : null, updatedAt: now })
      .where(eq(cases.id, c.id));
    await tx.insert(caseStatusChanges).values({ tenantId: c.tenantId, caseId: c.id, fromStatus: c.status, toStatus: status, changedOn, reason, changedBy: actor.userId, createdAt: now });
    await writeAudit(tx, actor, now, {
      tenantId: c.tenantId,
      action: 'status',
      entity: 'case',
      entityId: c.id,
      changes: { status: [c.status, status], changedOn, ...(reason !== null ? { reason } : {}) },
    });
    return { status, changedOn };
  });
  // and once more after the commit: figures another instance computed while this transaction was open did not see it
  if (closing.tenantId !== null) await forgetOfficeDurations(db, closing.tenantId);
  return done;
}
