// Use case: the tenant's partner directory, by name.

import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { partners } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';

export type PartnerRow = typeof partners.$inferSelect;

export async function listPartners(db: Db, actor: Actor): Promise<PartnerRow[]> {
  authorize(actor, 'partner.list', { tenantId: actor.tenantId });
  return db
    .select()
    .from(partners)
    .where(eq(partners.tenantId, actor.tenantId))
    .orderBy(sql`lower(${partners.name})`, partners.id);
}
