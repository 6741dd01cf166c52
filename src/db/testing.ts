// Test databases: a fresh in-memory PGlite by default; with DATABASE_URL set, a fresh database
// created on that PostgreSQL server for this test file and dropped afterwards.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb } from './index.ts';
import type { Database } from './index.ts';

export interface TestDatabase extends Database {
  /** drop the throwaway database (PostgreSQL) or just close (PGlite) */
  destroy(): Promise<void>;
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const u = new URL(serverUrl);
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A throwaway database `<prefix>_<time>_<random>` created on the PostgreSQL server at `serverUrl`: its name, its URL
 * and how to drop it. Test files, the CLI tests and the benches each create theirs with their own prefix.
 */
export async function throwawayDatabase(serverUrl: string, prefix: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return { name, url: u.toString(), drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`) };
}

export async function openTestDb(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const d = await openDb('memory://');
    return { ...d, destroy: () => d.close() };
  }
  const db = await throwawayDatabase(serverUrl, 'lotse_t');
  const d = await openDb(db.url);
  return {
    ...d,
    async destroy() {
      await d.close();
      await db.drop();
    },
  };
}
