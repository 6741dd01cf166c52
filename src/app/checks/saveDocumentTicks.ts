// Use case (issue 12): keep the ticks of the plan's document checklist with the saved check, per route. The form
// sends the route and the ticked documents; the route must be one of contract v1's route ids and every document one
// the plan knows. Bad input is refused naming the field, and nothing saved is lost: the ticks of other routes stay,
// and a refused request changes nothing.

import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { savedChecks } from '../../db/schema/index.ts';
import { isVisitor } from '../../policies/index.ts';
import type { Principal } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import type { AuditBy } from '../common/audit.ts';
import { mayAccessCheck } from './checkAccess.ts';
import { validateTicks } from './documentTicks.ts';

export { DocumentTicksError } from './documentTicks.ts';

/**
 * The audit log must not hold a check's key (its id is the capability to read it): the entity id is a digest of it,
 * enough to tell the rows of one check apart.
 */
export function checkAuditId(id: string): string {
  return `sha256:${createHash('sha256').update(id).digest('hex').slice(0, 24)}`;
}

function auditBy(by: Principal): AuditBy {
  return isVisitor(by) ? 'anonymous' : { userId: by.userId };
}

/**
 * Replaces the ticks of one route of the check. Returns false when the check does not exist for `by`; throws
 * DocumentTicksError (before touching the database) for an unknown route or document id.
 */
export async function saveDocumentTicks(db: Db, by: Principal, id: string, routeId: unknown, documentIds: unknown): Promise<boolean> {
  const valid = validateTicks(routeId, documentIds);
  if (!(await mayAccessCheck(db, by, 'check.update', id))) return false;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ tenantId: savedChecks.tenantId, ticks: sql<string[] | null>`${savedChecks.documentTicks} -> ${valid.routeId}` })
      .from(savedChecks)
      .where(eq(savedChecks.id, id))
      .for('update')
      .limit(1);
    if (!before) return false;
    // one route's entry changes; the others stay as they are (jsonb ||, no read-modify-write of the whole object)
    const patch = JSON.stringify({ [valid.routeId]: valid.ticks });
    await tx
      .update(savedChecks)
      .set({ documentTicks: sql`${savedChecks.documentTicks} || ${patch}::jsonb`, updatedAt: new Date() })
      .where(eq(savedChecks.id, id));
    await writeAudit(tx, auditBy(by), undefined, {
      tenantId: before.tenantId,
      action: 'check.documents.tick',
      entity: 'saved_check',
      entityId: checkAuditId(id),
      changes: { route: valid.routeId, documents: [before.ticks ?? [], valid.ticks] },
    });
    return true;
  });
}
