// Use case: the tenant's partner directory, by name; issue 16: filtered by type, Land and region (a part of the
// region's text, case-insensitive) and by a measure the partner offers.

import { and, arrayContains, eq, ilike, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { partners } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { FEDERAL_STATES, MEASURE_KINDS, PARTNER_TYPES } from '../common/codes.ts';

export type PartnerRow = typeof partners.$inferSelect;

export interface PartnerFilter {
  type?: unknown;
  federalState?: unknown;
  region?: unknown;
  offers?: unknown;
}

export async function listPartners(db: Db, actor: Actor, filter: PartnerFilter = {}): Promise<PartnerRow[]> {
  authorize(actor, 'partner.list', { tenantId: actor.tenantId });
  const c = new Checker();
  const type = c.oneOf('type', filter.type, PARTNER_TYPES);
  const federalState = c.oneOf('federalState', filter.federalState, FEDERAL_STATES);
  const region = c.text('region', filter.region, { max: 200 });
  const offers = c.oneOf('offers', filter.offers, MEASURE_KINDS);
  c.done();
  const where: SQL[] = [eq(partners.tenantId, actor.tenantId)];
  if (type !== null) where.push(eq(partners.type, type));
  if (federalState !== null) where.push(eq(partners.federalState, federalState));
  if (region !== null) where.push(ilike(partners.region, `%${region.replace(/[\\%_]/g, (x) => `\\${x}`)}%`));
  if (offers !== null) where.push(arrayContains(partners.offers, [offers]));
  return db
    .select()
    .from(partners)
    .where(and(...where))
    .orderBy(sql`lower(${partners.name})`, partners.id);
}
