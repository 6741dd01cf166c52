// Device cookies (OWASP "Slow brute force" / device cookies; docs/decisions/008-login-throttling.md): every successful
// login gives the browser a new token naming the account and a random id; the web layer signs it (the cookie secret
// shared by all instances) and hands back only tokens whose signature holds. A browser with a valid token of the
// account is a known device: its own failures are counted and limited, and it is exempt from the account's cap over
// unknown devices, so that an attacker guessing from elsewhere cannot lock the owner out of their usual browser.

import { LOGIN_DEVICE_TTL_MS, hashSecret, newSecret } from './accounts.ts';

const TOKEN = /^v1\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})\.([0-9]{1,15})$/;

/** A new device token for the user (the cookie's value before signing). */
export function newDeviceToken(userId: string, now: Date): string {
  return `v1.${userId}.${newSecret()}.${now.getTime()}`;
}

/**
 * The device (the SHA-256 of its random id) that a token whose signature was checked names, if it belongs to this user
 * and is not older than LOGIN_DEVICE_TTL_MS; otherwise null (no token, another account's, expired or malformed).
 */
export function knownDevice(token: string | null | undefined, userId: string | undefined, now: Date): string | null {
  if (typeof token !== 'string' || userId === undefined) return null;
  const m = TOKEN.exec(token);
  if (!m || m[1] !== userId.toLowerCase()) return null;
  const issued = Number(m[3]);
  if (issued > now.getTime() + 60_000 || now.getTime() - issued >= LOGIN_DEVICE_TTL_MS) return null;
  return hashSecret(m[2]!);
}
