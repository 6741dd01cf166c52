// Use case: log in with e-mail and password. Throttled per account (failures since its last success) and per client
// address, both within LOGIN_WINDOW_MS; an unknown e-mail costs the same argon2 verification as a known one. A
// success rotates the session: the browser's previous session (if any) is deleted and a new id issued.

import { and, desc, eq, gt, lt, max } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { auditLog, loginAttempts, sessions, users } from '../db/schema.ts';
import { isRole } from '../policies/index.ts';
import type { Role } from '../policies/index.ts';
import {
  EMAIL_MAX_LENGTH,
  LOGIN_ATTEMPTS_KEEP_MS,
  LOGIN_MAX_FAILURES_PER_ACCOUNT,
  LOGIN_MAX_FAILURES_PER_IP,
  LOGIN_WINDOW_MS,
  PASSWORD_MAX_LENGTH,
  hashSecret,
  isSecretShaped,
  newSecret,
  normalizeEmail,
} from './accounts.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { createSession, deleteExpiredSessions, emailIs } from './sessions.ts';
import type { NewSession } from './sessions.ts';

export interface LoginInput {
  email: string;
  password: string;
  /** the client address (behind a trusted proxy: the forwarded one) */
  ip: string;
  userAgent?: string | null;
  /** the session cookie the browser still sends, if any: it is ended (rotation) */
  previousSessionId?: string | null;
}

export type LoginResult =
  | { ok: true; session: NewSession; user: { id: string; tenantId: string; role: Role; name: string } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterMinutes: number };

// A hash to verify against when the e-mail is unknown, so that both cases take the same time.
let dummyHash: Promise<string> | undefined;
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(newSecret());
  return dummyHash;
}

/** When the n-th most recent failure leaves the window, the count drops below the limit. */
async function throttledUntil(db: Db, by: 'email' | 'ip', value: string, limit: number, since: Date): Promise<Date | null> {
  const column = by === 'email' ? loginAttempts.email : loginAttempts.ip;
  const rows = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.success, false), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(limit);
  if (rows.length < limit) return null;
  return new Date(rows[limit - 1]!.at.getTime() + LOGIN_WINDOW_MS);
}

export async function login(db: Db, input: LoginInput, now: Date = new Date()): Promise<LoginResult> {
  const email = normalizeEmail(input.email).slice(0, EMAIL_MAX_LENGTH);
  const ip = (input.ip || 'unknown').slice(0, 64);
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);

  // Per account, failures count only since the last successful login.
  const [last] = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true)));
  const accountSince = last?.at && last.at > windowStart ? last.at : windowStart;
  const until = [
    await throttledUntil(db, 'email', email, LOGIN_MAX_FAILURES_PER_ACCOUNT, accountSince),
    await throttledUntil(db, 'ip', ip, LOGIN_MAX_FAILURES_PER_IP, windowStart),
  ].filter((d): d is Date => d !== null);
  if (until.length > 0) {
    const latest = Math.max(...until.map((d) => d.getTime()));
    return { ok: false, reason: 'throttled', retryAfterMinutes: Math.max(1, Math.ceil((latest - now.getTime()) / 60_000)) };
  }

  const [user] = await db
    .select({ id: users.id, tenantId: users.tenantId, role: users.role, name: users.name, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(emailIs(email))
    .limit(1);
  const password = input.password.length > PASSWORD_MAX_LENGTH ? '' : input.password;
  const verified = await verifyPassword(user?.passwordHash ?? (await dummy()), password);
  const ok = user !== undefined && user.passwordHash !== null && verified && user.disabledAt === null && isRole(user.role) && password !== '';

  if (!ok || user === undefined || !isRole(user.role)) {
    await db.insert(loginAttempts).values({ email, ip, success: false, at: now });
    return { ok: false, reason: 'invalid' };
  }

  const role = user.role;
  const session = await db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ email, ip, success: true, at: now });
    if (isSecretShaped(input.previousSessionId)) {
      await tx.delete(sessions).where(eq(sessions.idHash, hashSecret(input.previousSessionId)));
    }
    const s = await createSession(tx, user, { ip, userAgent: input.userAgent }, now);
    await tx.insert(auditLog).values({
      tenantId: user.tenantId,
      actorUserId: user.id,
      actor: `user:${user.id}`,
      action: 'login',
      entity: 'session',
      entityId: null,
      changes: { ip },
      at: now,
    });
    // housekeeping, bounded by the indexes: old attempts and expired sessions
    await tx.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - LOGIN_ATTEMPTS_KEEP_MS)));
    await deleteExpiredSessions(tx, now);
    return s;
  });
  return { ok: true, session, user: { id: user.id, tenantId: user.tenantId, role, name: user.name } };
}
