// Changes told by the database itself, for what a process keeps of the database in memory (issue 13: the result
// pages it validated). A trigger sends pg_notify(channel, payload) for every change (e.g. drizzle/0011: the channel
// lotse_check_changed, with the check's id).
//
// Only the embedded database tells changes in time: it is one session inside this process (and the only instance on
// its data: the lock of src/db/lock.ts), and PGlite hands a notification to its listeners (as a microtask) while it
// reads the response to the write that caused it, before the writer's own code continues. So after any write has
// returned (a questionnaire page saved, a check deleted, the housekeeping's purge, a cascade from a deleted company), what
// was kept of that row is already dropped. A PostgreSQL server is shared by several instances whose notifications
// reach the others later than their writes: there, a reader must ask the database every time.

import { PGlite } from '@electric-sql/pglite';
import type { Db } from './index.ts';

/**
 * Calls `onChange(payload)` for every notification on `channel` when the database tells changes in time (the
 * embedded one); resolves true once it listens, false for a server (nothing is registered: ask the database).
 * `channel`: lower-case letters, digits and underscores.
 */
export async function listenInProcess(db: Db, channel: string, onChange: (payload: string) => void): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new RangeError(`not a channel name: ${channel}`);
  const client = (db as unknown as { $client: unknown }).$client;
  if (!(client instanceof PGlite)) return false;
  await client.listen(channel, onChange);
  return true;
}
