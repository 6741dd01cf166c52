// Use cases: save one page of a check's answers, and the CheckInput built from complete answers. A page save is one
// UPDATE that merges the page's answers into the stored JSON (no read-modify-write of the answers), so two tabs saving
// different pages do not lose each other's work.

import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { savedChecks } from '../../db/schema/index.ts';
import type { CheckInput } from '../../law/types.ts';
import type { Principal } from '../../policies/index.ts';
import { mayAccessCheck } from './checkAccess.ts';

/** Stores one page's answers (`step`: the questionnaire page); returns false when the check does not exist for `by`. */
export async function saveCheckPage(db: Db, by: Principal, id: string, step: string, value: unknown): Promise<boolean> {
  if (!(await mayAccessCheck(db, by, 'check.update', id))) return false;
  const patch = JSON.stringify({ [step]: value });
  const rows = await db
    .update(savedChecks)
    .set({ answers: sql`${savedChecks.answers} || ${patch}::jsonb`, step, updatedAt: new Date() })
    .where(eq(savedChecks.id, id))
    .returning({ id: savedChecks.id });
  return rows.length === 1;
}

/** Stores the CheckInput built from complete answers (null when the answers are no longer complete or valid). */
export async function saveCheckInput(db: Db, by: Principal, id: string, input: CheckInput | null): Promise<boolean> {
  if (!(await mayAccessCheck(db, by, 'check.update', id))) return false;
  const rows = await db
    .update(savedChecks)
    .set({ input: input === null ? sql`null` : input, step: 'review', updatedAt: new Date() })
    .where(eq(savedChecks.id, id))
    .returning({ id: savedChecks.id });
  return rows.length === 1;
}
