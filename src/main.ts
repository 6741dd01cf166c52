// `npm start`: validate the configuration, lock and open the database, migrate, serve, shut down cleanly.

import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ConfigError, loadConfig } from './config.ts';
import type { Config } from './config.ts';
import { acquireDirLock, LockHeldError } from './db/lock.ts';
import type { DirLock } from './db/lock.ts';
import { ensureSetting, openDb } from './db/index.ts';
import type { Database } from './db/index.ts';
import { documentsDir, filesystemStorage } from './storage/index.ts';

/** Exit codes: 0 clean, 1 unexpected failure, 2 configuration the operator must fix, 3 data directory in use. */
const EXIT_CONFIG = 2;
const EXIT_LOCKED = 3;

function fail(code: number, line: string): never {
  process.stderr.write(`lotse: ${line}\n`);
  process.exit(code);
}

/** Create the data directory if needed and prove it writable; returns true if it held nothing before. */
function prepareDataDir(dir: string): boolean {
  let existed = true;
  try {
    const st = fs.statSync(dir);
    if (!st.isDirectory()) throw new ConfigError('LOTSE_DATA_DIR', `LOTSE_DATA_DIR=${dir} is a file, not a directory: point it at a directory.`);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      throw new ConfigError('LOTSE_DATA_DIR', `LOTSE_DATA_DIR=${dir} cannot be used (${code}): choose a directory Lotse may create and write.`);
    }
    existed = false;
  }
  if (!existed) {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new ConfigError('LOTSE_DATA_DIR', `LOTSE_DATA_DIR=${dir} cannot be created (${code}): choose a writable location.`);
    }
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw new ConfigError('LOTSE_DATA_DIR', `LOTSE_DATA_DIR=${dir} is not writable: fix its permissions or choose another directory.`);
  }
  return !existed || fs.readdirSync(dir).length === 0;
}

async function start(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(EXIT_CONFIG, err.message);
    throw err;
  }

  const { FAST_HASHING_VARIABLE } = await import('./app/accounts/password.ts');
  const fastHashing = process.env[FAST_HASHING_VARIABLE] === '1';
  if (fastHashing && config.production) {
    fail(EXIT_CONFIG, `${FAST_HASHING_VARIABLE}=1 makes passwords cheap to guess and is for test runs only: unset it (NODE_ENV=production).`);
  }

  let lock: DirLock | null = null;
  let firstStart = false;
  if (config.databaseUrl === null) {
    try {
      firstStart = prepareDataDir(config.dataDir);
      lock = acquireDirLock(config.dataDir);
      const held = lock;
      process.on('exit', () => held.release());
    } catch (err) {
      if (err instanceof ConfigError) fail(EXIT_CONFIG, err.message);
      if (err instanceof LockHeldError) fail(EXIT_LOCKED, err.message);
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
        fail(EXIT_CONFIG, `LOTSE_DATA_DIR=${config.dataDir} is not writable (${code}): fix its permissions or choose another directory.`);
      }
      throw err;
    }
  }

  let database: Database;
  try {
    database = await openDb(config.databaseUrl ?? config.dataDir);
  } catch (err) {
    lock?.release();
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    if (config.databaseUrl !== null) {
      fail(EXIT_CONFIG, `DATABASE_URL: cannot open the PostgreSQL database (${msg}); check that the server runs, the database exists and the URL is right.`);
    }
    fail(1, `cannot open the embedded database in ${config.dataDir}: ${msg}`);
  }

  const cookieSecret = await ensureSetting(database.db, 'cookie_secret', () => randomBytes(32).toString('base64url'));

  let demoLogins: string[] = [];
  if (firstStart && config.demoOnFirstStart) {
    const { seedDemo } = await import('./dev/seedDemo.ts');
    const seeded = await seedDemo(database.db);
    if (seeded.ok) demoLogins = seeded.logins.map((l) => `    ${l.role.padEnd(8)} ${l.email}  /  ${l.password}`);
  }

  const { buildApp } = await import('./web/app.ts');
  const { logMailer, smtpMailer } = await import('./app/accounts/mail.ts');
  let mailer;
  try {
    mailer = config.smtpUrl ? await smtpMailer(config.smtpUrl, config.mailFrom) : undefined;
  } catch (err) {
    await database.close().catch(() => {});
    lock?.release();
    fail(EXIT_CONFIG, `SMTP_URL: cannot set up the mail transport (${(err as Error).message.split('\n')[0]}); check the URL.`);
  }
  let app: FastifyInstance;
  try {
    app = await buildApp({
      database,
      cookieSecret,
      publicUrl: config.publicUrl,
      mailer,
      storage: filesystemStorage(documentsDir(config.dataDir)),
      config: {
        logLevel: config.logLevel,
        production: config.production,
        trustProxy: config.trustProxy,
        bodyLimit: config.bodyLimit,
        rateLimitPerAddress: config.rateLimitPerAddress,
        rateLimitPerUser: config.rateLimitPerUser,
        uploadMaxBytes: config.uploadMaxBytes,
      },
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await database.close().catch(() => {});
    lock?.release();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(EXIT_CONFIG, `PORT=${config.port} is already in use on ${config.host}: stop the other program or set PORT to a free port.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') fail(EXIT_CONFIG, `HOST=${config.host} is not an address of this machine: use e.g. HOST=127.0.0.1 or HOST=0.0.0.0.`);
    if (code === 'EACCES') fail(EXIT_CONFIG, `PORT=${config.port} needs privileges on this machine: use a port above 1023, e.g. PORT=3000.`);
    throw err;
  }

  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const where = database.kind === 'pglite' ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : `PostgreSQL at ${database.location}`;
  const lines = [`Lotse is running on ${url}`, `Database: ${where}`];
  if (fastHashing) lines.push(`WARNING: ${FAST_HASHING_VARIABLE}=1: new passwords are hashed with test-run parameters, cheap to guess. Never use it for real accounts.`);
  if (lock?.tookOverFrom) lines.push(`Took over a stale lock left by pid ${lock.tookOverFrom.pid} (started ${lock.tookOverFrom.startedAt}).`);
  if (firstStart) {
    lines.push(`First start: the data lives in ${config.dataDir}. Back it up by stopping Lotse and copying that directory.`);
    if (demoLogins.length > 0) lines.push(`Demo logins for ${url}/login (service office "IQ-Service MINT Kaiserslautern (Demo)"):`, ...demoLogins);
  }
  // The job queue (pg-boss, docs/decisions/019-job-queue.md): hourly housekeeping and the daily reminder digests; with
  // several instances, each run on exactly one of them. It starts in the background (its first start creates its schema,
  // ~1.7 s on the embedded database), so that Lotse answers meanwhile; a queue that cannot start is logged, and Lotse
  // serves without housekeeping and reminders until the next start.
  const { startQueue } = await import('./jobs/queue.ts');
  const { housekeepingJob } = await import('./jobs/housekeeping.ts');
  const { digestJob, DIGEST_JOB } = await import('./jobs/digests.ts');
  const outMailer = mailer ?? logMailer(app.log);
  const queueStarted = startQueue(database, {
    log: app.log,
    jobs: {
      housekeeping: housekeepingJob(database, app.log, {
        passwordResets: { mailer: outMailer, onMailError: (err: unknown) => app.log.error({ err }, 'password-reset mail could not be sent') },
      }),
      [DIGEST_JOB]: digestJob(database, { mailer: outMailer, publicUrl: config.publicUrl, onMailError: (err, d) => app.log.error({ err, ...d }, 'reminder digest could not be sent') }, app.log),
    },
  }).catch((err: unknown) => {
    app.log.error({ err }, 'the job queue could not start: no housekeeping and no reminders until the next start');
    return null;
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing open requests');
    const force = setTimeout(() => {
      app.log.error('shutdown took longer than 10 s; exiting');
      lock?.release();
      process.exit(1);
    }, 10_000);
    force.unref();
    try {
      await (await queueStarted)?.stop();
      await app.close();
      await database.checkpoint();
      await database.close();
    } catch (err) {
      app.log.error({ err }, 'error during shutdown');
    } finally {
      lock?.release();
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // Announce readiness only once the signal handlers are in place: a SIGTERM right after this line shuts down cleanly.
  process.stdout.write(lines.join('\n') + '\n');
}

start().catch((err: unknown) => {
  process.stderr.write(`lotse: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
