// Use case (issue 16): one partner of the office's network, for everyone who may read the directory (partner.list).

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { partners } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { assertId } from '../common/errors.ts';
import type { PartnerRow } from './listPartners.ts';

export async function getPartner(db: Db, actor: Actor, partnerId: unknown): Promise<PartnerRow> {
  assertId(partnerId);
  const [row] = await db
    .select()
    .from(partners)
    .where(and(eq(partners.id, partnerId), eq(partners.tenantId, actor.tenantId)))
    .limit(1);
  if (row === undefined) throw new NotFoundError();
  authorize(actor, 'partner.list', { tenantId: row.tenantId });
  return row;
}
