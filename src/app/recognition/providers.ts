// The office's providers of further qualification (issue 16): the partners of its directory whose `offers` (measure
// kind codes, migration 0019 of the partner network) contain a kind. Without authorization: the use cases that call it
// have authorized their own action and partner.list.

import { and, arrayOverlaps, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { partners } from '../../db/schema/index.ts';
import { MEASURE_KINDS } from '../../law/recognition/measures.ts';
import type { MeasureKind } from '../../law/recognition/measures.ts';

export interface Provider {
  id: string;
  name: string;
  type: string;
  region: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  offers: MeasureKind[];
  /** the directory marks the partner's details as not confirmed */
  unconfirmed: boolean;
}

/** Per kind, the tenant's partners offering it, by name. */
export async function providersOffering(db: Db, tenantId: string, kinds: readonly MeasureKind[]): Promise<Map<MeasureKind, Provider[]>> {
  const out = new Map<MeasureKind, Provider[]>();
  if (kinds.length === 0) return out;
  const rows = await db
    .select({
      id: partners.id,
      name: partners.name,
      type: partners.type,
      region: partners.region,
      email: partners.email,
      phone: partners.phone,
      website: partners.website,
      offers: partners.offers,
      unconfirmed: partners.unconfirmed,
    })
    .from(partners)
    .where(and(eq(partners.tenantId, tenantId), arrayOverlaps(partners.offers, [...kinds])))
    .orderBy(asc(sql`lower(${partners.name})`), asc(partners.id));
  for (const r of rows) {
    const offers = r.offers.filter((o): o is MeasureKind => (MEASURE_KINDS as readonly string[]).includes(o));
    const provider: Provider = { ...r, offers };
    for (const k of offers) {
      if (!kinds.includes(k)) continue;
      const list = out.get(k) ?? [];
      list.push(provider);
      out.set(k, list);
    }
  }
  return out;
}

/** Every kind with the tenant's partners offering it (the catalogue page). */
export async function allProviders(db: Db, tenantId: string): Promise<Map<MeasureKind, Provider[]>> {
  return providersOffering(db, tenantId, MEASURE_KINDS);
}
