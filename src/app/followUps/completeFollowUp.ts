// Use case: mark a consultation's follow-up (Wiedervorlage) done, with when and by whom; the audit row holds the
// change. Marking a done follow-up done again changes nothing and writes no audit row. A consultation without a
// follow-up date is bad input naming `followUpDate`.

import type { Db } from '../../db/index.ts';
import type { Actor } from '../../policies/index.ts';
import { setFollowUpState } from './followUpState.ts';
import { loadConsultation } from '../consultations/getConsultation.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';

export async function completeFollowUp(db: Db, actor: Actor, consultationId: unknown, now: Date = new Date()): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const { c } = await loadConsultation(tx, actor, consultationId, 'consultation.update');
    if (c.followUpDate === null) throw new WorkspaceInputError([wfe('followUpDate', 'noFollowUp')]);
    return setFollowUpState(tx, actor, c, true, now);
  });
}
