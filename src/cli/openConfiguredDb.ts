// Opening the configured database for an operator command, the way `npm start` does: DATABASE_URL, or the embedded
// database in LOTSE_DATA_DIR under the data-directory lock (so a command never writes under a running embedded
// Lotse). Problems are reported as one line on stderr, prefixed with the command's name; the caller returns the code.

import fs from 'node:fs';
import { ConfigError, loadConfig } from '../config.ts';
import type { Config } from '../config.ts';
import { acquireDirLock, LockHeldError } from '../db/lock.ts';
import type { DirLock } from '../db/lock.ts';
import { openDb } from '../db/index.ts';
import type { Database } from '../db/index.ts';

export interface OpenedDb {
  config: Config;
  database: Database;
  /** where the data lives, for messages */
  where: string;
  /** checkpoint (PGlite), close, release the lock */
  close(): Promise<void>;
}

/** Exit codes as in main.ts: 2 configuration to fix, 3 data directory in use. */
export type OpenResult = { ok: true; db: OpenedDb } | { ok: false; code: 2 | 3 };

export async function openConfiguredDb(command: string, env: NodeJS.ProcessEnv = process.env): Promise<OpenResult> {
  const fail = (code: 2 | 3, line: string): OpenResult => {
    process.stderr.write(`lotse ${command}: ${line}\n`);
    return { ok: false, code };
  };
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return fail(2, err.message);
    throw err;
  }
  let lock: DirLock | null = null;
  if (config.databaseUrl === null) {
    try {
      fs.mkdirSync(config.dataDir, { recursive: true });
      lock = acquireDirLock(config.dataDir);
    } catch (err) {
      if (err instanceof LockHeldError) return fail(3, err.message);
      return fail(2, `LOTSE_DATA_DIR=${config.dataDir} cannot be used: ${(err as Error).message}`);
    }
  }
  let database: Database;
  try {
    database = await openDb(config.databaseUrl ?? config.dataDir);
  } catch (err) {
    lock?.release();
    const what = config.databaseUrl ? 'DATABASE_URL: cannot open the PostgreSQL database' : `cannot open the embedded database in ${config.dataDir}`;
    return fail(2, `${what} (${(err as Error).message.split('\n')[0]})`);
  }
  const held = lock;
  let closed = false;
  return {
    ok: true,
    db: {
      config,
      database,
      where: database.kind === 'pglite' ? config.dataDir : database.location,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await database.checkpoint();
          await database.close();
        } finally {
          held?.release();
        }
      },
    },
  };
}

/**
 * Parses `--flag value` and `--flag=value` pairs. Unknown flags, missing values and repeated flags are errors
 * (returned as one-line messages naming the flag).
 */
export function parseFlags(args: string[], known: readonly string[]): { flags: Record<string, string>; errors: string[] } {
  const flags: Record<string, string> = {};
  const errors: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!m) {
      errors.push(`unexpected argument "${arg}"`);
      continue;
    }
    const name = m[1]!;
    if (!known.includes(name)) {
      errors.push(`unknown flag --${name} (known: ${known.map((k) => `--${k}`).join(', ')})`);
      if (m[2] === undefined && args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) i++;
      continue;
    }
    let value = m[2];
    if (value === undefined) {
      const nextArg = args[i + 1];
      if (nextArg === undefined || nextArg.startsWith('--')) {
        errors.push(`--${name} needs a value`);
        continue;
      }
      value = nextArg;
      i++;
    }
    if (name in flags) errors.push(`--${name} is given twice`);
    flags[name] = value;
  }
  return { flags, errors };
}
