// What the reminders keep, and for how long (run by the digest job): the digest log is needed only for the day it
// guards (at most once per day), kept KEEP_DAYS for questions ("did I get a mail on …?"); a mail's own token dies with
// its expiry; an adviser's link that was revoked or expired KEEP_DAYS ago goes, with its mails' tokens.

import { and, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidateLinks, digestLog } from '../../db/schema/index.ts';
import { addDays, digestDayOf } from './frequency.ts';

export const KEEP_DAYS = 90;

export async function purgeReminders(db: Db, now: Date = new Date()): Promise<{ logRows: number; links: number }> {
  const before = new Date(now.getTime() - KEEP_DAYS * 86_400_000);
  const logRows = await db
    .delete(digestLog)
    .where(lt(digestLog.digestDate, addDays(digestDayOf(now).date, -KEEP_DAYS)))
    .returning({ id: digestLog.id });
  const links = await db
    .delete(candidateLinks)
    .where(
      or(
        and(isNotNull(candidateLinks.parentId), lt(candidateLinks.expiresAt, now)),
        and(sql`${candidateLinks.parentId} is null`, or(lt(candidateLinks.revokedAt, before), lt(candidateLinks.expiresAt, before))),
      ),
    )
    .returning({ id: candidateLinks.id });
  return { logRows: logRows.length, links: links.length };
}
