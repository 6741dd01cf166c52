// The audit trail: every use case that changes something writes its audit rows with writeAudit, inside the same
// transaction as the change, so that a change and its record are committed together or not at all.

import type { Db } from '../../db/index.ts';
import { auditLog } from '../../db/schema/index.ts';

/** Who runs an operator command (the CLI): no user, full trust of whoever holds the shell. */
export interface Operator {
  operator: string;
}

/** Who caused the change: a user (a signed-in actor, or one who has just been created), an operator, or nobody
 * signed in (e.g. a password-reset request). */
export type AuditBy = { userId: string } | Operator | 'anonymous';

export function isOperator(by: { userId: string } | Operator): by is Operator {
  return 'operator' in by;
}

/** One row of the audit trail. */
export interface AuditEntry {
  /** null for changes outside any tenant */
  tenantId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  changes?: unknown;
}

/** The `actor` text of audit rows written by a user. */
export function auditActorOf(by: { userId: string }): string {
  return `user:${by.userId}`;
}

function actorColumns(by: AuditBy): { actorUserId: string | null; actor: string } {
  if (by === 'anonymous') return { actorUserId: null, actor: 'anonymous' };
  if (isOperator(by)) return { actorUserId: null, actor: by.operator };
  return { actorUserId: by.userId, actor: auditActorOf(by) };
}

/** Writes the entries as audit rows by `by` at `at` (undefined: the database's clock). */
export async function writeAudit(tx: Db, by: AuditBy, at: Date | undefined, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const who = actorColumns(by);
  await tx.insert(auditLog).values(
    entries.map((e) => ({
      tenantId: e.tenantId,
      ...who,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      changes: e.changes ?? null,
      ...(at === undefined ? {} : { at }),
    })),
  );
}

/** The fields that differ between before and after (only keys present in `after`), as { field: [old, new] }. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(after)) {
    const old = before[k] ?? null;
    const now = v ?? null;
    if (JSON.stringify(old) !== JSON.stringify(now)) out[k] = [old, now];
  }
  return out;
}
