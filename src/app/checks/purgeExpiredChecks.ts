// Use case of the housekeeping job (src/jobs/housekeeping.ts): delete the anonymous checks past their retention.

import { and, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { savedChecks } from '../../db/schema/index.ts';
import { CHECK_RETENTION_DAYS } from './checkKeys.ts';

/** Deletes the anonymous checks not changed for `retentionDays` before `now`; returns how many. */
export async function purgeExpiredChecks(db: Db, now: Date, retentionDays = CHECK_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const rows = await db
    .delete(savedChecks)
    .where(and(lt(savedChecks.updatedAt, cutoff), isNull(savedChecks.tenantId)))
    .returning({ id: savedChecks.id });
  return rows.length;
}
