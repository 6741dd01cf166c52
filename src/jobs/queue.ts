// The job queue (docs/decisions/019-job-queue.md): pg-boss 10 on both databases. Jobs live in the database (schema
// "pgboss"), so that with several instances on one PostgreSQL database a job runs on exactly one of them, and a
// cron schedule fires once per tick (pg-boss throttles the cron's job by a singleton key per minute).
//
// - PostgreSQL: pg-boss opens its own small pool to the same database (the connection string of Lotse's pool), so
//   that its polling never waits behind, or holds up, a request's connection.
// - Embedded PGlite: pg-boss is given a `db` object whose executeSql runs on the one PGlite client. PGlite runs each
//   query and each exec under its transaction mutex, so pg-boss's multi-statement commands (BEGIN; advisory lock;
//   ...; COMMIT) run as one unit between Lotse's own queries. Statements with parameters go through query()
//   (extended protocol, like pg); those without through exec() (simple protocol, which allows several statements,
//   like pg's query without values).

import PgBoss from 'pg-boss';
import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';
import type { Database } from '../db/index.ts';

export interface QueueLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** A job of Lotse: a handler, and optionally a cron schedule (minute resolution) in a time zone. */
export interface JobDefinition<D extends object = object> {
  /** five-field cron, e.g. "0 * * * *" (hourly) or "0 6 * * *" (06:00 daily) */
  cron?: string;
  /** IANA time zone of the cron; default Europe/Berlin */
  tz?: string;
  /** also enqueue one run when the queue starts (e.g. housekeeping, a missed digest); the handler must be idempotent */
  runAtStart?: boolean;
  handler: (data: D | null) => Promise<unknown>;
}

export interface QueueOptions {
  log: QueueLog;
  jobs: Record<string, JobDefinition<never>>;
  /** how often a worker asks for jobs, in seconds (default 10; tests use less) */
  pollingIntervalSeconds?: number;
  /** pg-boss's schema (default "pgboss") */
  schema?: string;
  /** how often pg-boss checks the cron schedules and moves due runs into their queues, in seconds (pg-boss's
   * defaults 30 and 5; tests use 1) */
  cronIntervalSeconds?: number;
}

export interface JobQueue {
  readonly boss: PgBoss;
  /** enqueue one run of a job now; null when pg-boss refused it as a duplicate (one queued run is enough) */
  send(name: string, data?: object): Promise<string | null>;
  /** the state of a job ("created", "active", "completed", "failed", ...) */
  stateOf(name: string, id: string): Promise<string | null>;
  stop(): Promise<void>;
}

type Executor = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

/** pg-boss's `db` on the PGlite client: parameters through query(), parameterless (possibly several statements) through exec(). */
export function pgliteExecutor(client: PGlite): Executor {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return await client.query(text, values);
      const results = await client.exec(text);
      // like pg: one statement gives its result, several an array (pg-boss reads rows only of single statements)
      return (results.length === 1 ? results[0]! : (results as unknown as { rows: unknown[] })) ?? { rows: [] };
    },
  };
}

function bossFor(database: Database, schema: string, extra: Partial<PgBoss.ConstructorOptions>): PgBoss {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'pglite') {
    return new PgBoss({ ...extra, db: pgliteExecutor(client as PGlite) as PgBoss.Db, schema });
  }
  const pool = client as Pool & { options: { connectionString?: string } };
  const connectionString = pool.options.connectionString;
  if (!connectionString) throw new Error('the PostgreSQL pool has no connection string');
  return new PgBoss({ ...extra, connectionString, schema, max: 3, application_name: 'lotse-jobs' });
}

/**
 * Starts pg-boss (creating or migrating its schema), creates the jobs' queues, sets their schedules and starts a
 * worker per job. Each queue has the "stately" policy: at most one run queued and one active, across all instances.
 */
export async function startQueue(database: Database, opts: QueueOptions): Promise<JobQueue> {
  const boss = bossFor(database, opts.schema ?? 'pgboss', opts.cronIntervalSeconds ? { cronWorkerIntervalSeconds: opts.cronIntervalSeconds, cronMonitorIntervalSeconds: opts.cronIntervalSeconds } : {});
  boss.on('error', (err) => opts.log.error({ err }, 'job queue error'));
  await boss.start();
  try {
    const pollingIntervalSeconds = opts.pollingIntervalSeconds ?? 10;
    for (const [name, job] of Object.entries(opts.jobs)) {
      await boss.createQueue(name, { name, policy: 'stately', retryLimit: 2, retryDelay: 60, expireInSeconds: 15 * 60 });
      if (job.cron) await boss.schedule(name, job.cron, undefined, { tz: job.tz ?? 'Europe/Berlin' });
      else await boss.unschedule(name);
      // before the worker starts: its first fetch, right away, takes the run
      if (job.runAtStart) await boss.send(name, {});
      await boss.work<object>(name, { pollingIntervalSeconds, batchSize: 1 }, async (jobs) => {
        for (const j of jobs) {
          const started = Date.now();
          const result = await (job.handler as (d: object | null) => Promise<unknown>)(j.data ?? null);
          opts.log.info({ job: name, id: j.id, ms: Date.now() - started, result }, `job ${name} done`);
        }
      });
    }
  } catch (err) {
    await boss.stop({ graceful: false, close: true }).catch(() => {});
    throw err;
  }
  let stopped = false;
  return {
    boss,
    send: (name, data = {}) => boss.send(name, data),
    async stateOf(name, id) {
      const j = await boss.getJobById(name, id);
      return j?.state ?? null;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      // graceful: a running job finishes (up to 5 s); the database is closed by its owner afterwards
      await boss.stop({ graceful: true, wait: true, timeout: 5_000, close: true });
    },
  };
}
