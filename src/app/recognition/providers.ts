// The office's providers of further qualification (issue 16): the partners of its directory whose `offers` (measure
// kind codes, migration 0019 of the partner network) contain a kind. Without authorization: the use cases that call it
// have authorized their own action and partner.list.

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { MEASURE_KINDS } from '../../law/recognition/measures.ts';
import type { MeasureKind } from '../../law/recognition/measures.ts';

export interface Provider {
  id: string;
  name: string;
  type: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  offers: MeasureKind[];
}

interface Row {
  id: string;
  name: string;
  type: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  offers: string[];
}

/** Per kind, the tenant's partners offering it, by name. */
export async function providersOffering(db: Db, tenantId: string, kinds: readonly MeasureKind[]): Promise<Map<MeasureKind, Provider[]>> {
  const out = new Map<MeasureKind, Provider[]>();
  if (kinds.length === 0) return out;
  const wanted = sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    select id, name, type, email, phone, website, offers
    from partners
    where tenant_id = ${tenantId} and offers && array[${wanted}]::text[]
    order by lower(name), id`);
  // both drivers answer with their result object, whose rows are the ones selected
  const rows = (result as unknown as { rows: Row[] }).rows;
  for (const r of rows) {
    const offers = (r.offers ?? []).filter((o): o is MeasureKind => (MEASURE_KINDS as readonly string[]).includes(o));
    const provider: Provider = { id: r.id, name: r.name, type: r.type, email: r.email, phone: r.phone, website: r.website, offers };
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
