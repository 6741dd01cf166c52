// Saved checks in the database (table saved_checks). No state in process memory: every request reads and writes
// the row, so any instance can serve the next request. A page save is one UPDATE that merges the page's answers
// into the stored JSON (no read-modify-write), so two tabs saving different pages do not lose each other's work.

import { randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { savedChecks } from '../../db/schema/index.ts';
import type { CheckInput } from '../../law/types.ts';
import type { DataStepId } from './answers.ts';

/** 128 random bits, base64url without padding: 22 characters. */
export const CHECK_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function newCheckId(): string {
  return randomBytes(16).toString('base64url');
}

export function isCheckId(id: string): boolean {
  return CHECK_ID_PATTERN.test(id);
}

export interface StoredCheck {
  id: string;
  answers: unknown;
  step: string | null;
  input: unknown;
}

export async function createCheck(db: Db): Promise<string> {
  const id = newCheckId();
  await db.insert(savedChecks).values({ id, answers: {} });
  return id;
}

export async function loadCheck(db: Db, id: string): Promise<StoredCheck | undefined> {
  if (!isCheckId(id)) return undefined;
  const rows = await db
    .select({ id: savedChecks.id, answers: savedChecks.answers, step: savedChecks.step, input: savedChecks.input })
    .from(savedChecks)
    .where(eq(savedChecks.id, id))
    .limit(1);
  return rows[0];
}

/** Stores one page's answers; returns false when the check does not exist. */
export async function savePage(db: Db, id: string, step: DataStepId, value: unknown): Promise<boolean> {
  const patch = JSON.stringify({ [step]: value });
  const rows = await db
    .update(savedChecks)
    .set({ answers: sql`${savedChecks.answers} || ${patch}::jsonb`, step, updatedAt: new Date() })
    .where(eq(savedChecks.id, id))
    .returning({ id: savedChecks.id });
  return rows.length === 1;
}

/** Stores the CheckInput built from complete answers (null when the answers are no longer complete or valid). */
export async function saveInput(db: Db, id: string, input: CheckInput | null): Promise<void> {
  await db
    .update(savedChecks)
    .set({ input: input === null ? sql`null` : input, step: 'review', updatedAt: new Date() })
    .where(eq(savedChecks.id, id));
}

/**
 * Anonymous checks hold personal data (birth date, nationality, salary), so they are deleted this many days after
 * their last change. The result page says so, and offers to delete the check at once.
 */
export const CHECK_RETENTION_DAYS = 90;

/** Deletes one check; returns false when it did not exist. */
export async function deleteCheck(db: Db, id: string): Promise<boolean> {
  if (!isCheckId(id)) return false;
  const rows = await db.delete(savedChecks).where(eq(savedChecks.id, id)).returning({ id: savedChecks.id });
  return rows.length === 1;
}

/** Deletes the anonymous checks not changed for CHECK_RETENTION_DAYS before `now`; returns how many. */
export async function purgeStaleChecks(db: Db, now: Date, retentionDays = CHECK_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const rows = await db
    .delete(savedChecks)
    .where(and(lt(savedChecks.updatedAt, cutoff), isNull(savedChecks.tenantId)))
    .returning({ id: savedChecks.id });
  return rows.length;
}
