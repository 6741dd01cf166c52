// Use case: a user chooses their reminder digest: daily (working days), weekly (Mondays) or off. Only their own.

import type { Db } from '../../db/index.ts';
import { reminderPreferences } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';
import { FREQUENCIES, isFrequency } from './frequency.ts';
import type { Frequency } from './frequency.ts';
import { getReminderFrequency } from './getReminderFrequency.ts';

export async function setReminderFrequency(db: Db, actor: Actor, input: { frequency?: unknown }, now: Date = new Date()): Promise<{ frequency: Frequency }> {
  authorize(actor, 'reminders.update', { tenantId: actor.tenantId });
  const frequency = input.frequency;
  if (!isFrequency(frequency)) {
    throw new WorkspaceInputError([frequency === undefined || frequency === null || frequency === '' ? wfe('frequency', 'required') : wfe('frequency', 'oneOf', FREQUENCIES.join(', '))]);
  }
  return db.transaction(async (tx) => {
    const before = await getReminderFrequency(tx as unknown as Db, actor);
    await tx
      .insert(reminderPreferences)
      .values({ userId: actor.userId, tenantId: actor.tenantId, frequency, updatedAt: now })
      .onConflictDoUpdate({ target: reminderPreferences.userId, set: { frequency, updatedAt: now } });
    if (before.frequency !== frequency || before.isDefault) {
      await writeAudit(tx as unknown as Db, actor, now, {
        tenantId: actor.tenantId,
        action: 'update',
        entity: 'reminder_preference',
        entityId: actor.userId,
        changes: { frequency: [before.isDefault ? null : before.frequency, frequency] },
      });
    }
    return { frequency };
  });
}
