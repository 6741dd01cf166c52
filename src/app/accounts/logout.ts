// Use case: log out. Deletes the session the cookie names; writes the audit row in the same transaction.

import type { Db } from '../../db/index.ts';
import { deleteSession } from './sessions.ts';
import { writeAudit } from '../common/audit.ts';

/** Returns whether a session was ended (false for an unknown or already expired cookie). */
export async function logout(db: Db, sessionId: unknown, now: Date = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const ended = await deleteSession(tx, sessionId);
    if (ended === null) return false;
    await writeAudit(tx, { userId: ended.userId }, now, {
      tenantId: ended.tenantId,
      action: 'logout',
      entity: 'session',
      entityId: null,
    });
    return true;
  });
}
