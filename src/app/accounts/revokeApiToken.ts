// Use case: revoke an API token. A user revokes their own tokens, an admin any token of the tenant, the operator any
// token. Tokens of other tenants (and other users' tokens, for non-admins) are "not found".

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { apiTokens } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit, isOperator } from '../common/audit.ts';
import type { Operator } from '../common/audit.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Returns false if the token was already revoked. */
export async function revokeApiToken(db: Db, by: Actor | Operator, input: { tokenId: string }, now: Date = new Date()): Promise<boolean> {
  if (!UUID.test(input.tokenId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const [token] = await tx
      .select({ id: apiTokens.id, userId: apiTokens.userId, tenantId: apiTokens.tenantId, revokedAt: apiTokens.revokedAt })
      .from(apiTokens)
      .where(isOperator(by) ? eq(apiTokens.id, input.tokenId) : and(eq(apiTokens.id, input.tokenId), eq(apiTokens.tenantId, by.tenantId)))
      .limit(1);
    if (token === undefined) throw new NotFoundError();
    if (!isOperator(by)) {
      authorize(by, 'apiToken.revoke', { tenantId: token.tenantId });
      if (token.userId !== by.userId && by.role !== 'admin') throw new NotFoundError();
    }
    if (token.revokedAt !== null) return false;
    await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, token.id), isNull(apiTokens.revokedAt)));
    await writeAudit(tx, by, now, {
      tenantId: token.tenantId,
      action: 'update',
      entity: 'api_token',
      entityId: token.id,
      changes: { revokedAt: [null, now.toISOString()] },
    });
    return true;
  });
}
