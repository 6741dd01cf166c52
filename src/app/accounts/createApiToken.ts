// Use case: create an API token for `Authorization: Bearer` calls with its user's role and tenant. A signed-in user
// creates tokens for themself; the operator (CLI) for any user named by e-mail. The secret is returned once; the
// database keeps its SHA-256 and the first characters for lists.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { apiTokens, users } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { API_TOKEN_SHOWN, assertValid, emailErrors, fieldError, hashSecret, nameErrors } from './accounts.ts';
import type { FieldError } from './accounts.ts';
import { emailIs, newApiToken } from './sessions.ts';
import { writeAudit, isOperator } from '../common/audit.ts';
import type { Operator } from '../common/audit.ts';

export interface CreateApiTokenInput {
  /** what the token is for, shown in lists */
  name: string;
  /** operator only: whose token */
  email?: string;
}

export interface CreateApiTokenResult {
  id: string;
  userId: string;
  tenantId: string;
  name: string;
  prefix: string;
  /** the secret: shown once, never again */
  token: string;
}

export async function createApiToken(db: Db, by: Actor | Operator, input: CreateApiTokenInput, now: Date = new Date()): Promise<CreateApiTokenResult> {
  const name = input.name.trim();
  const errors: FieldError[] = nameErrors(name);
  let owner: { id: string; tenantId: string; disabledAt: Date | null } | undefined;
  if (isOperator(by)) {
    const email = input.email ?? '';
    errors.push(...emailErrors(email));
    if (errors.length === 0) {
      [owner] = await db.select({ id: users.id, tenantId: users.tenantId, disabledAt: users.disabledAt }).from(users).where(emailIs(email)).limit(1);
      if (owner === undefined) errors.push({ ...fieldError('email', 'email'), message: 'has no account' });
      else if (owner.disabledAt !== null) errors.push({ ...fieldError('email', 'email'), message: 'belongs to a disabled account' });
    }
  } else {
    authorize(by, 'apiToken.create', { tenantId: by.tenantId });
    [owner] = await db.select({ id: users.id, tenantId: users.tenantId, disabledAt: users.disabledAt }).from(users).where(eq(users.id, by.userId)).limit(1);
    if (owner === undefined || owner.tenantId !== by.tenantId || owner.disabledAt !== null) throw new NotFoundError();
  }
  assertValid(errors);
  const user = owner!;

  const token = newApiToken();
  const prefix = token.slice(0, API_TOKEN_SHOWN);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: user.id, tenantId: user.tenantId, name, tokenHash: hashSecret(token), prefix, createdAt: now })
      .returning({ id: apiTokens.id });
    await writeAudit(tx, by, now, {
      tenantId: user.tenantId,
      action: 'create',
      entity: 'api_token',
      entityId: row!.id,
      changes: { userId: user.id, name, prefix },
    });
    return row!.id;
  });
  return { id, userId: user.id, tenantId: user.tenantId, name, prefix, token };
}
