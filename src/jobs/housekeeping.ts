// Periodic housekeeping (deleting data past its retention; password-reset requests an instance left unhandled, e.g.
// because it stopped right after answering them). It runs as a job of the job queue (src/jobs/queue.ts, pg-boss: an
// hourly cron, one run at a time across instances); the transaction-scoped advisory lock stays as a second guard, so
// that a round started by hand (or by a queue of another version) never overlaps one of the queue.
//
// On the embedded database it also refreshes the planner's statistics (ANALYZE): PGlite has no autovacuum daemon, so
// without this the planner would keep the estimates of an empty database and choose nested loops and sequential scans
// that cost seconds once an office has thousands of consultations (seen on the volume demo). A PostgreSQL server's
// autovacuum does this itself.

import { sql } from 'drizzle-orm';
import type { Database } from '../db/index.ts';
import { purgeExpiredChecks } from '../app/checks/purgeExpiredChecks.ts';
import { deliverPasswordResets } from '../app/accounts/deliverPasswordResets.ts';
import type { DeliverPasswordResetsDeps, DeliverPasswordResetsResult } from '../app/accounts/deliverPasswordResets.ts';
import type { JobDefinition } from './queue.ts';

const HOUSEKEEPING_LOCK_KEY = 4_715_320_022;

export interface HousekeepingResult {
  /** false when another instance held the lock this round */
  ran: boolean;
  checksDeleted: number;
  /** the planner statistics were refreshed (embedded database only) */
  analyzed: boolean;
  /** pending password-reset requests handled (only when a mailer was given) */
  passwordResets?: DeliverPasswordResetsResult;
}

export interface HousekeepingDeps {
  /** to handle the password-reset requests left pending */
  passwordResets?: DeliverPasswordResetsDeps;
}

export async function runHousekeeping(database: Database, now: Date = new Date(), deps: HousekeepingDeps = {}): Promise<HousekeepingResult> {
  const result: HousekeepingResult = await database.db.transaction(async (tx) => {
    const res = await tx.execute(sql`select pg_try_advisory_xact_lock(${HOUSEKEEPING_LOCK_KEY}) as leader`);
    const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Array<{ leader: boolean }>;
    if (!rows[0]?.leader) return { ran: false, checksDeleted: 0, analyzed: false };
    const checksDeleted = await purgeExpiredChecks(tx as unknown as Database['db'], now);
    return { ran: true, checksDeleted, analyzed: false };
  });
  if (result.ran && deps.passwordResets) {
    result.passwordResets = await deliverPasswordResets(database.db, deps.passwordResets, now);
  }
  if (result.ran && database.kind === 'pglite') {
    await database.db.execute(sql`analyze`);
    result.analyzed = true;
  }
  return result;
}

export interface HousekeepingLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Hourly, at minute 0 (and once when the queue starts): the job queue's definition of housekeeping (src/jobs/queue.ts). */
export const HOUSEKEEPING_CRON = '0 * * * *';

export function housekeepingJob(database: Database, log: HousekeepingLog, deps: HousekeepingDeps = {}): JobDefinition {
  return {
    cron: HOUSEKEEPING_CRON,
    runAtStart: true,
    async handler() {
      const started = Date.now();
      const r = await runHousekeeping(database, new Date(), deps);
      if (r.passwordResets && r.passwordResets.requests > 0) log.info({ ...r.passwordResets }, 'housekeeping: handled password-reset requests left pending');
      if (r.checksDeleted > 0) log.info({ checksDeleted: r.checksDeleted }, 'housekeeping: deleted checks past their retention');
      log.info({ ran: r.ran, analyzed: r.analyzed, ms: Date.now() - started }, 'housekeeping: round done');
      return { ran: r.ran, analyzed: r.analyzed };
    },
  };
}
