// `npm run seed` / `lotse seed`: load the demo service office into the configured database and print the logins.
// It takes the data-directory lock like `npm start`, so it never writes under a running embedded Lotse.

import fs from 'node:fs';
import { ConfigError, loadConfig } from '../../config.ts';
import { acquireDirLock, LockHeldError } from '../../db/lock.ts';
import type { DirLock } from '../../db/lock.ts';
import { openDb } from '../../db/index.ts';
import { DEMO_TENANT_NAME, seedDemo } from '../../app/seedDemo.ts';

export const usage = 'lotse seed    load the demo service office into the current database and print its logins';

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n\nUses DATABASE_URL, or the embedded database in LOTSE_DATA_DIR (default ./data).\nRefuses a database that already holds non-demo data.\n`);
    return 0;
  }
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`lotse seed: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  let lock: DirLock | null = null;
  if (config.databaseUrl === null) {
    try {
      fs.mkdirSync(config.dataDir, { recursive: true });
      lock = acquireDirLock(config.dataDir);
    } catch (err) {
      if (err instanceof LockHeldError) {
        process.stderr.write(`lotse seed: ${err.message}\n`);
        return 3;
      }
      process.stderr.write(`lotse seed: LOTSE_DATA_DIR=${config.dataDir} cannot be used: ${(err as Error).message}\n`);
      return 2;
    }
  }
  try {
    let database;
    try {
      database = await openDb(config.databaseUrl ?? config.dataDir);
    } catch (err) {
      const what = config.databaseUrl ? 'DATABASE_URL: cannot open the PostgreSQL database' : `cannot open the embedded database in ${config.dataDir}`;
      process.stderr.write(`lotse seed: ${what} (${(err as Error).message.split('\n')[0]})\n`);
      return 2;
    }
    try {
      const result = await seedDemo(database.db);
      if (!result.ok) {
        process.stderr.write(`lotse seed: refused: ${result.reason}.\n`);
        return 1;
      }
      const where = database.kind === 'pglite' ? config.dataDir : database.location;
      process.stdout.write(
        `${result.created ? 'Loaded' : 'Already present:'} the demo service office "${DEMO_TENANT_NAME}" in ${where}.\nDemo logins:\n` +
          result.logins.map((l) => `  ${l.role.padEnd(8)} ${l.email}  /  ${l.password}`).join('\n') +
          '\n',
      );
      await database.checkpoint();
      return 0;
    } finally {
      await database.close();
    }
  } finally {
    lock?.release();
  }
}
