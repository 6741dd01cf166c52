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

export async function openTestDb(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const d = await openDb('memory://');
    return { ...d, destroy: () => d.close() };
  }
  const name = `lotse_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const d = await openDb(u.toString());
  return {
    ...d,
    async destroy() {
      await d.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
