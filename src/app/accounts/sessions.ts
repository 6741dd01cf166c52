// Server-side sessions and API tokens: creating, resolving and ending them. Secrets are never stored, only their
// SHA-256 (see accounts.ts). Everything lives in the database, so any instance can serve any request.

import { and, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { apiTokens, sessions, tenants, users } from '../../db/schema/index.ts';
import { isRole } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import {
  API_TOKEN_PREFIX,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  SESSION_TOUCH_MS,
  TOKEN_TOUCH_MS,
  hashSecret,
  isSecretShaped,
  newSecret,
} from './accounts.ts';

/** The signed-in user behind a request. */
export interface SignedInActor extends Actor {
  name: string;
  email: string;
  tenantName: string;
  via: 'session' | 'token';
  /** SHA-256 of the session id, for a session */
  sessionIdHash?: string;
  /** id of the API token, for a bearer token */
  tokenId?: string;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type DbOrTx = Db | Tx;

export interface NewSession {
  /** the secret for the cookie; only its hash is stored */
  id: string;
  idHash: string;
  expiresAt: Date;
}

export async function createSession(
  db: DbOrTx,
  user: { id: string; tenantId: string },
  meta: { ip?: string | null; userAgent?: string | null },
  now: Date,
): Promise<NewSession> {
  const id = newSecret();
  const idHash = hashSecret(id);
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db.insert(sessions).values({
    idHash,
    userId: user.id,
    tenantId: user.tenantId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: meta.ip?.slice(0, 64) ?? null,
    userAgent: meta.userAgent?.slice(0, 400) ?? null,
  });
  return { id, idHash, expiresAt };
}

/** Ends every session of a user, or every one but `exceptIdHash`; returns how many. */
export async function endUserSessions(db: DbOrTx, userId: string, exceptIdHash?: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(exceptIdHash === undefined ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.idHash, exceptIdHash)))
    .returning({ idHash: sessions.idHash });
  return rows.length;
}

/** Deletes sessions past their idle or absolute expiry (all users). */
export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<void> {
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS))));
}

const actorColumns = {
  userId: users.id,
  tenantId: users.tenantId,
  role: users.role,
  companyId: users.companyId,
  name: users.name,
  email: users.email,
  disabledAt: users.disabledAt,
  tenantName: tenants.name,
};

/**
 * The user of a session cookie, or null when the cookie is malformed, unknown, idle for longer than the idle timeout,
 * past its absolute expiry, or its user is disabled. Expired sessions are deleted. last_seen_at is refreshed at most
 * once per SESSION_TOUCH_MS.
 */
export async function resolveSession(db: Db, sessionId: unknown, now: Date): Promise<SignedInActor | null> {
  if (!isSecretShaped(sessionId)) return null;
  const idHash = hashSecret(sessionId);
  const rows = await db
    .select({ ...actorColumns, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(eq(sessions.idHash, idHash))
    .limit(1);
  const row = rows[0];
  if (row === undefined) return null;
  const idleSince = now.getTime() - row.lastSeenAt.getTime();
  if (row.expiresAt.getTime() <= now.getTime() || idleSince >= SESSION_IDLE_MS || row.disabledAt !== null) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  if (!isRole(row.role)) return null;
  if (idleSince >= SESSION_TOUCH_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
  }
  return {
    userId: row.userId,
    tenantId: row.tenantId,
    role: row.role,
    companyId: row.companyId,
    name: row.name,
    email: row.email,
    tenantName: row.tenantName,
    via: 'session',
    sessionIdHash: idHash,
  };
}

/** Deletes one session (logout); returns its user, if it existed. */
export async function deleteSession(db: DbOrTx, sessionId: unknown): Promise<{ userId: string; tenantId: string } | null> {
  if (!isSecretShaped(sessionId)) return null;
  const rows = await db
    .delete(sessions)
    .where(eq(sessions.idHash, hashSecret(sessionId)))
    .returning({ userId: sessions.userId, tenantId: sessions.tenantId });
  return rows[0] ?? null;
}

/** A new API token's secret: `lotse_` + 43 base64url characters. */
export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${newSecret()}`;
}

/** The user of a bearer token, or null when it is malformed, unknown, revoked, or its user is disabled. */
export async function resolveApiToken(db: Db, token: string, now: Date): Promise<SignedInActor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || !isSecretShaped(token.slice(API_TOKEN_PREFIX.length))) return null;
  const rows = await db
    .select({ ...actorColumns, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  const row = rows[0];
  if (row === undefined || row.disabledAt !== null || !isRole(row.role)) return null;
  if (row.lastUsedAt === null || now.getTime() - row.lastUsedAt.getTime() >= TOKEN_TOUCH_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  }
  return {
    userId: row.userId,
    tenantId: row.tenantId,
    role: row.role,
    companyId: row.companyId,
    name: row.name,
    email: row.email,
    tenantName: row.tenantName,
    via: 'token',
    tokenId: row.tokenId,
  };
}

/** Case-insensitive e-mail match against users.email (the unique index is on lower(email)). */
export function emailIs(email: string) {
  return sql`lower(${users.email}) = ${email.trim().toLowerCase()}`;
}
