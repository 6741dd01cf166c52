// Use case (issue 12): the ticks of the plan's document checklist kept with a saved check, for one route.

import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { savedChecks } from '../../db/schema/index.ts';
import type { RouteId } from '../../law/types.ts';
import type { Principal } from '../../policies/index.ts';
import { mayAccessCheck } from './checkAccess.ts';
import { isDocumentId } from './documentTicks.ts';

/** The ticks of one route of the check (empty when none are saved, or the check does not exist for `by`). */
export async function loadDocumentTicks(db: Db, by: Principal, id: string, routeId: RouteId): Promise<string[]> {
  if (!(await mayAccessCheck(db, by, 'check.read', id))) return [];
  const [row] = await db
    .select({ ticks: sql<unknown>`${savedChecks.documentTicks} -> ${routeId}` })
    .from(savedChecks)
    .where(eq(savedChecks.id, id))
    .limit(1);
  const t = row?.ticks;
  // only ids the plan still knows (a document dropped from the catalogue is not shown as ticked)
  return Array.isArray(t) ? t.filter((d): d is string => typeof d === 'string' && isDocumentId(d)) : [];
}
