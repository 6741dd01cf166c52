// Use case: the signed-in user's reminder digest choice (their own only; without a choice, the role's default).

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { reminderPreferences } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { defaultFrequency, isFrequency } from './frequency.ts';
import type { Frequency } from './frequency.ts';

export async function getReminderFrequency(db: Db, actor: Actor): Promise<{ frequency: Frequency; isDefault: boolean }> {
  const [row] = await db.select({ frequency: reminderPreferences.frequency }).from(reminderPreferences).where(eq(reminderPreferences.userId, actor.userId)).limit(1);
  if (row && isFrequency(row.frequency)) return { frequency: row.frequency, isDefault: false };
  return { frequency: defaultFrequency(actor.role), isDefault: true };
}
