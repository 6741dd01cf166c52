// openDb(url): the one factory for both engines. Same schema, same migrations, same queries.
//   postgres://… or postgresql://…  → a PostgreSQL server through node-postgres (a pool)
//   a directory path, or memory://   → embedded PGlite (PostgreSQL compiled to WebAssembly, in-process)

import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { projectPath } from '../paths.ts';
import { initPgliteCluster } from './pgliteInit.ts';
import { memoryDumpOf, PGLITE_IMAGE_DIR } from './pgliteImage.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export { schema };

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** where the data lives, for messages: a directory, "memory" or the server URL without password */
  location: string;
  /** a database round trip; rejects when the database is unreachable or slower than timeoutMs */
  ping(timeoutMs?: number): Promise<void>;
  /** flush to disk before a clean shutdown (PGlite); a no-op on a server, which manages its own */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = projectPath('drizzle');

/** PostgreSQL's shared_buffers on the embedded database (see openDb). */
export const PGLITE_SHARED_BUFFERS = '32MB';

/** key for pg_advisory_lock so that two instances starting at once do not migrate concurrently */
const MIGRATION_LOCK_KEY = 4_715_320_021;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export interface OpenOptions {
  /** apply the SQL migrations in ./drizzle (idempotent); default true */
  migrate?: boolean;
  /** the migrations to apply; default ./drizzle (tests give others) */
  migrationsFolder?: string;
  /** memory:// only: the prepared image whose dump it starts from (pgliteImage.ts); default dist/pglite-image; null:
   * initdb in WebAssembly. Either way the migrator then applies what is missing. */
  image?: string | null;
}

export async function openDb(url: string, opts: OpenOptions = {}): Promise<Database> {
  const runMigrations = opts.migrate ?? true;
  const migrationsFolder = opts.migrationsFolder ?? MIGRATIONS_FOLDER;
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
    // An idle client that loses its server must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    try {
      if (runMigrations) {
        const client = await pool.connect();
        try {
          await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
          await migratePg(db as never, { migrationsFolder });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
          client.release();
        }
      } else {
        await pool.query('select 1');
      }
    } catch (err) {
      await pool.end().catch(() => {});
      throw err;
    }
    let closed = false;
    return {
      db,
      kind: 'postgres',
      location: redactUrl(url),
      async ping(timeoutMs = 2000) {
        if (closed) throw new Error('database closed');
        await withTimeout(pool.query('select 1'), timeoutMs, 'database ping');
      },
      async checkpoint() {},
      async close() {
        if (closed) return;
        closed = true;
        await pool.end();
      },
    };
  }

  const dir = url.replace(/^pglite:\/\//, '');
  const inMemory = dir === 'memory://' || dir === '';
  if (!inMemory) await initPgliteCluster(dir);
  // pg_trgm (trigram search on names, migration 0003) is a contrib extension that PGlite loads only when asked to
  const image = opts.image === undefined ? PGLITE_IMAGE_DIR : opts.image;
  const dump = inMemory && image !== null ? memoryDumpOf(image) : null;
  const client = await PGlite.create(inMemory ? undefined : dir, {
    ...(dump ? { loadDataDir: dump } : {}),
    extensions: { pg_trgm },
    // PostgreSQL's default of 128 MB shared buffers lives in the WebAssembly memory, which never shrinks: with 32 MB
    // Lotse idles at ~100 MB less (bench:start) and an office's data still fits (the volume demo's 2,000 companies and
    // 20,000 consultations: bench:workspace).
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  try {
    if (runMigrations) await migratePglite(db as never, { migrationsFolder });
  } catch (err) {
    await client.close().catch(() => {});
    throw err;
  }
  return {
    db,
    kind: 'pglite',
    location: dir === 'memory://' || dir === '' ? 'memory' : dir,
    async ping(timeoutMs = 2000) {
      if (client.closed) throw new Error('database closed');
      await withTimeout(client.query('select 1'), timeoutMs, 'database ping');
    },
    async checkpoint() {
      if (!client.closed) await client.exec('CHECKPOINT');
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

/** Read a shared setting, creating it with `make()` if absent (race-safe across instances). */
export async function ensureSetting(db: Db, key: string, make: () => string): Promise<string> {
  await db.insert(schema.appSettings).values({ key, value: make() }).onConflictDoNothing();
  const rows = await db.select({ value: schema.appSettings.value }).from(schema.appSettings).where(sql`${schema.appSettings.key} = ${key}`);
  const v = rows[0]?.value;
  if (v === undefined) throw new Error(`setting ${key} could not be stored`);
  return v;
}
