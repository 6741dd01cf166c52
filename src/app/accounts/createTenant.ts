// Use case (operator, CLI): create a tenant (service office) and a one-time invitation for its first admin.
// The operator's shell access is the authorization; the audit rows name the CLI as actor.

import type { Db } from '../../db/index.ts';
import { invitations, tenants, users } from '../../db/schema/index.ts';
import { INVITATION_TTL_MS, assertValid, emailErrors, fieldError, hashSecret, nameErrors, newSecret, normalizeEmail } from './accounts.ts';
import type { FieldError } from './accounts.ts';
import { invitationPath } from './inviteUser.ts';
import { publicLink } from './mail.ts';
import { emailIs } from './sessions.ts';
import { writeAudit } from '../common/audit.ts';
import type { Operator } from '../common/audit.ts';

export interface CreateTenantInput {
  name: string;
  adminEmail: string;
}

export interface CreateTenantResult {
  tenantId: string;
  invitationId: string;
  /** the admin's one-time invitation link */
  link: string;
  expiresAt: Date;
}

export async function createTenant(
  db: Db,
  by: Operator,
  input: CreateTenantInput,
  deps: { publicUrl: string },
  now: Date = new Date(),
): Promise<CreateTenantResult> {
  const name = input.name.trim();
  const email = normalizeEmail(input.adminEmail);
  const errors: FieldError[] = [...nameErrors(name, 'name'), ...emailErrors(input.adminEmail, 'adminEmail')];
  if (errors.every((e) => e.field !== 'adminEmail')) {
    const taken = await db.select({ id: users.id }).from(users).where(emailIs(email)).limit(1);
    if (taken.length > 0) errors.push(fieldError('adminEmail', 'emailTaken'));
  }
  assertValid(errors);

  const token = newSecret();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const ids = await db.transaction(async (tx) => {
    const [tenant] = await tx.insert(tenants).values({ name, createdAt: now }).returning({ id: tenants.id });
    const tenantId = tenant!.id;
    const [invitation] = await tx
      .insert(invitations)
      .values({ tenantId, email, role: 'admin', tokenHash: hashSecret(token), invitedBy: null, createdAt: now, expiresAt })
      .returning({ id: invitations.id });
    await writeAudit(
      tx,
      by,
      now,
      { tenantId, action: 'create', entity: 'tenant', entityId: tenantId, changes: { name } },
      { tenantId, action: 'create', entity: 'invitation', entityId: invitation!.id, changes: { email, role: 'admin', expiresAt: expiresAt.toISOString() } },
    );
    return { tenantId, invitationId: invitation!.id };
  });
  return { ...ids, link: publicLink(deps.publicUrl, invitationPath(token)), expiresAt };
}
