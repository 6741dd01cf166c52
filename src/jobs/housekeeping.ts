// Periodic housekeeping (deleting data past its retention; password-reset requests an instance left unhandled, e.g.
// because it stopped right after answering them). Several instances may run it on one PostgreSQL database:
// leadership is a transaction-scoped advisory lock, so in each round exactly one instance does the work and nothing
// about it lives in process memory.
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

const HOUSEKEEPING_LOCK_KEY = 4_715_320_022;
export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

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

/** Runs housekeeping now and then every hour; returns a function that stops the timer. */
export function scheduleHousekeeping(database: Database, log: HousekeepingLog, deps: HousekeepingDeps = {}): () => void {
  const round = async () => {
    try {
      const started = Date.now();
      const r = await runHousekeeping(database, new Date(), deps);
      if (r.passwordResets && r.passwordResets.requests > 0) log.info({ ...r.passwordResets }, 'housekeeping: handled password-reset requests left pending');
      if (r.checksDeleted > 0) log.info({ checksDeleted: r.checksDeleted }, 'housekeeping: deleted checks past their retention');
      log.info({ ran: r.ran, analyzed: r.analyzed, ms: Date.now() - started }, 'housekeeping: round done');
    } catch (err) {
      log.error({ err }, 'housekeeping failed; it runs again in an hour');
    }
  };
  void round();
  const timer = setInterval(() => void round(), HOUSEKEEPING_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
