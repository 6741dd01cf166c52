// Use case (issue 16): "RLP-Netzwerk übernehmen" – adds to the office's directory the partners of the Rhineland-
// Palatinate network (rlpNetwork.ts) whose seed key it does not have yet. An entry the office already has (by its
// seed key) is left as the office edited it, and one the office removed is not brought back unless asked again: the
// office then gets it as new. Admins only (partner.manage); one audit row per partner added.

import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { partners } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { RLP_NETWORK } from './rlpNetwork.ts';
import type { NetworkEntry } from './rlpNetwork.ts';

/** The columns of a seeded partner. */
export function networkRow(tenantId: string, e: NetworkEntry, now: Date) {
  return {
    tenantId,
    seedKey: e.seedKey,
    name: e.name,
    type: e.type,
    federalState: e.federalState,
    region: e.region,
    address: e.address ?? null,
    phone: e.phone ?? null,
    website: e.website ?? null,
    handles: e.handles,
    topics: e.topics,
    offers: e.offers ?? [],
    notes: e.notes,
    unconfirmed: e.unconfirmed,
    createdAt: now,
    updatedAt: now,
  };
}

export async function adoptRlpNetwork(db: Db, actor: Actor, now: Date = new Date()): Promise<{ added: number; kept: number }> {
  authorize(actor, 'partner.manage', { tenantId: actor.tenantId });
  return db.transaction(async (tx) => {
    const have = await tx
      .select({ seedKey: partners.seedKey })
      .from(partners)
      .where(and(eq(partners.tenantId, actor.tenantId), isNotNull(partners.seedKey)));
    const known = new Set(have.map((r) => r.seedKey));
    const missing = RLP_NETWORK.filter((e) => !known.has(e.seedKey));
    if (missing.length > 0) {
      const rows = await tx
        .insert(partners)
        .values(missing.map((e) => networkRow(actor.tenantId, e, now)))
        .onConflictDoNothing()
        .returning({ id: partners.id, name: partners.name, type: partners.type, seedKey: partners.seedKey });
      for (const r of rows) {
        await writeAudit(tx, actor, now, { tenantId: actor.tenantId, action: 'create', entity: 'partner', entityId: r.id, changes: { name: r.name, type: r.type, seedKey: r.seedKey } });
      }
      return { added: rows.length, kept: RLP_NETWORK.length - rows.length };
    }
    return { added: 0, kept: RLP_NETWORK.length };
  });
}
