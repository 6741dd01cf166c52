// Use case: take back "follow-up done" (a click too many, or the matter came back): the follow-up is open again and
// on the list; the audit row holds the change. An open follow-up stays as it is, without an audit row.

import type { Db } from '../../db/index.ts';
import type { Actor } from '../../policies/index.ts';
import { setFollowUpState } from './followUpState.ts';
import { loadConsultation } from '../consultations/getConsultation.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';

export async function reopenFollowUp(db: Db, actor: Actor, consultationId: unknown, now: Date = new Date()): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const { c } = await loadConsultation(tx, actor, consultationId, 'consultation.update');
    if (c.followUpDate === null) throw new WorkspaceInputError([wfe('followUpDate', 'noFollowUp')]);
    return setFollowUpState(tx, actor, c, false, now);
  });
}
