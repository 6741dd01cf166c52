// Use case: log in with e-mail and password. Throttled (docs/decisions/008-login-throttling.md) within LOGIN_WINDOW_MS:
// a browser with a valid device cookie of the account (a known device) only by its own failures; any other request
// per account and client address, per client address, and by the account's cap over all unknown devices. A new
// password (reset or change) clears the account's counts. An unknown e-mail costs the same argon2 verification as a
// known one. A success rotates the session (the browser's previous session, if any, is deleted and a new id issued)
// and hands out a new device token for the browser's device cookie.

import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { loginAttempts, sessions, users } from '../../db/schema/index.ts';
import { isRole } from '../../policies/index.ts';
import type { Role } from '../../policies/index.ts';
import { EMAIL_MAX_LENGTH, LOGIN_ATTEMPTS_KEEP_MS, LOGIN_MAX_FAILURES_PER_ACCOUNT, LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP, LOGIN_MAX_FAILURES_PER_DEVICE, LOGIN_MAX_FAILURES_PER_IP, LOGIN_WINDOW_MS, PASSWORD_MAX_LENGTH, hashSecret, isSecretShaped, newSecret, normalizeEmail } from './accounts.ts';
import { knownDevice, newDeviceToken } from './loginDevice.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { createSession, deleteExpiredSessions, emailIs } from './sessions.ts';
import type { NewSession } from './sessions.ts';
import { writeAudit } from '../common/audit.ts';

export interface LoginInput {
  email: string;
  password: string;
  /** the client address (behind a trusted proxy: the forwarded one) */
  ip: string;
  userAgent?: string | null;
  /** the session cookie the browser still sends, if any: it is ended (rotation) */
  previousSessionId?: string | null;
  /** the device token from the browser's device cookie, its signature already checked by the caller; else null */
  deviceToken?: string | null;
}

/**
 * Which limit refused the attempt: `address` the client address over all accounts; `account` this account from this
 * address (or this known device); `unknownDevices` this account from all devices it has not been used on.
 */
export type ThrottleScope = 'address' | 'account' | 'unknownDevices';

export type LoginResult =
  | {
      ok: true;
      session: NewSession;
      user: { id: string; tenantId: string; role: Role; name: string };
      /** the browser's new device token: sign it and set it as the device cookie */
      deviceToken: string;
    }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; scope: ThrottleScope; retryAfterMinutes: number };

// A hash to verify against when the e-mail is unknown, so that both cases take the same time.
let dummyHash: Promise<string> | undefined;
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(newSecret());
  return dummyHash;
}

/** When the limit-th most recent failure matching `where` leaves the window (then the count drops below the limit). */
async function throttledUntil(db: Db, where: SQL | undefined, limit: number, since: Date): Promise<Date | null> {
  const rows = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(where, eq(loginAttempts.success, false), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(limit);
  if (rows.length < limit) return null;
  return new Date(rows[limit - 1]!.at.getTime() + LOGIN_WINDOW_MS);
}

const latest = (...dates: Array<Date | null | undefined>): Date => new Date(Math.max(...dates.map((d) => d?.getTime() ?? -Infinity)));

export async function login(db: Db, input: LoginInput, now: Date = new Date()): Promise<LoginResult> {
  const email = normalizeEmail(input.email).slice(0, EMAIL_MAX_LENGTH);
  const ip = (input.ip || 'unknown').slice(0, 64);
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);

  const [user] = await db
    .select({
      id: users.id,
      tenantId: users.tenantId,
      role: users.role,
      name: users.name,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      passwordChangedAt: users.passwordChangedAt,
    })
    .from(users)
    .where(emailIs(email))
    .limit(1);
  const device = knownDevice(input.deviceToken, user?.id, now);

  // Failures before a new password was set (reset or change) no longer count against the account.
  const cleared = latest(windowStart, user?.passwordChangedAt);
  const [last] = await db
    .select({
      account: sql<string | null>`max(${loginAttempts.at})`,
      pair: sql<string | null>`max(${loginAttempts.at}) filter (where ${loginAttempts.ip} = ${ip})`,
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true), gt(loginAttempts.at, windowStart)));
  const toDate = (v: string | Date | null | undefined) => (v === null || v === undefined ? null : new Date(v));
  const checks: Array<{ scope: ThrottleScope; until: () => Promise<Date | null> }> =
    device !== null
      ? [{ scope: 'account', until: () => throttledUntil(db, and(eq(loginAttempts.email, email), eq(loginAttempts.device, device)), LOGIN_MAX_FAILURES_PER_DEVICE, cleared) }]
      : [
          {
            scope: 'account',
            until: () => throttledUntil(db, and(eq(loginAttempts.email, email), eq(loginAttempts.ip, ip)), LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_IP, latest(cleared, toDate(last?.pair))),
          },
          { scope: 'address', until: () => throttledUntil(db, eq(loginAttempts.ip, ip), LOGIN_MAX_FAILURES_PER_IP, windowStart) },
          {
            scope: 'unknownDevices',
            until: () => throttledUntil(db, and(eq(loginAttempts.email, email), isNull(loginAttempts.device)), LOGIN_MAX_FAILURES_PER_ACCOUNT, latest(cleared, toDate(last?.account))),
          },
        ];
  let refused: { scope: ThrottleScope; until: Date } | null = null;
  for (const c of checks) {
    const until = await c.until();
    if (until !== null && (refused === null || until > refused.until)) refused = { scope: c.scope, until };
  }
  if (refused !== null) {
    return { ok: false, reason: 'throttled', scope: refused.scope, retryAfterMinutes: Math.max(1, Math.ceil((refused.until.getTime() - now.getTime()) / 60_000)) };
  }

  const password = input.password.length > PASSWORD_MAX_LENGTH ? '' : input.password;
  const verified = await verifyPassword(user?.passwordHash ?? (await dummy()), password);
  const ok = user !== undefined && user.passwordHash !== null && verified && user.disabledAt === null && isRole(user.role) && password !== '';

  if (!ok || user === undefined || !isRole(user.role)) {
    await db.insert(loginAttempts).values({ email, ip, success: false, at: now, device });
    return { ok: false, reason: 'invalid' };
  }

  const role = user.role;
  const session = await db.transaction(async (tx) => {
    await tx.insert(loginAttempts).values({ email, ip, success: true, at: now, device });
    if (isSecretShaped(input.previousSessionId)) {
      await tx.delete(sessions).where(eq(sessions.idHash, hashSecret(input.previousSessionId)));
    }
    const s = await createSession(tx, user, { ip, userAgent: input.userAgent }, now);
    await writeAudit(tx, { userId: user.id }, now, {
      tenantId: user.tenantId,
      action: 'login',
      entity: 'session',
      entityId: null,
      changes: { ip },
    });
    // housekeeping, bounded by the indexes: old attempts and expired sessions
    await tx.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - LOGIN_ATTEMPTS_KEEP_MS)));
    await deleteExpiredSessions(tx, now);
    return s;
  });
  return { ok: true, session, user: { id: user.id, tenantId: user.tenantId, role, name: user.name }, deviceToken: newDeviceToken(user.id, now) };
}
