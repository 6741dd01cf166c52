// Use case: log out. Deletes the session the cookie names; writes the audit row in the same transaction.

import type { Db } from '../db/index.ts';
import { auditLog } from '../db/schema.ts';
import { deleteSession } from './sessions.ts';

/** Returns whether a session was ended (false for an unknown or already expired cookie). */
export async function logout(db: Db, sessionId: unknown, now: Date = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const ended = await deleteSession(tx, sessionId);
    if (ended === null) return false;
    await tx.insert(auditLog).values({
      tenantId: ended.tenantId,
      actorUserId: ended.userId,
      actor: `user:${ended.userId}`,
      action: 'logout',
      entity: 'session',
      at: now,
    });
    return true;
  });
}
