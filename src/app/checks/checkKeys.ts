// Saved pathway checks (table saved_checks): their keys, and how long anonymous ones are kept. No state in process
// memory: every request reads and writes the row, so any instance can serve the next request.

import { randomBytes } from 'node:crypto';

/** 128 random bits, base64url without padding: 22 characters. The key is the check's id and its capability. */
export const CHECK_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function newCheckId(): string {
  return randomBytes(16).toString('base64url');
}

export function isCheckId(id: string): boolean {
  return CHECK_ID_PATTERN.test(id);
}

/**
 * Anonymous checks hold personal data (birth date, nationality, salary), so they are deleted this many days after
 * their last change. The result page says so, and offers to delete the check at once.
 */
export const CHECK_RETENTION_DAYS = 90;

export interface StoredCheck {
  id: string;
  answers: unknown;
  step: string | null;
  input: unknown;
}
