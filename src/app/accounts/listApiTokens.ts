// Use case: the signed-in user's own API tokens (never the secrets), newest first.

import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { apiTokens } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export async function listApiTokens(db: Db, actor: Actor): Promise<ApiTokenRow[]> {
  authorize(actor, 'apiToken.create', { tenantId: actor.tenantId });
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, actor.userId), eq(apiTokens.tenantId, actor.tenantId)))
    .orderBy(desc(apiTokens.createdAt))
    .limit(200);
}
