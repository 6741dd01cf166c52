// Use case: an admin invites someone to the tenant by e-mail, with a role (and a company for the role "company").
// The invitation is a one-time link that expires after INVITATION_TTL_MS; an earlier open invitation for the same
// address in this tenant is revoked. The mail goes out after the commit; if sending fails, the caller gets the link.

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies, invitations, tenants, users } from '../../db/schema/index.ts';
import { authorize, isRole } from '../../policies/index.ts';
import type { Actor, Role } from '../../policies/index.ts';
import { INVITATION_TTL_MS, assertValid, emailErrors, fieldError, hashSecret, nameErrors, newSecret, normalizeEmail } from './accounts.ts';
import type { FieldError } from './accounts.ts';
import { invitationMail, publicLink } from './mail.ts';
import type { Mailer } from './mail.ts';
import { emailIs } from './sessions.ts';
import { writeAudit } from '../common/audit.ts';

export interface InviteUserInput {
  email: string;
  name?: string;
  role: string;
  companyId?: string | null;
}

export interface MailDeps {
  mailer: Mailer;
  /** base URL of links */
  publicUrl: string;
}

export interface InviteUserResult {
  invitationId: string;
  email: string;
  role: Role;
  expiresAt: Date;
  /** the one-time link; show it only if `mailed` is false */
  link: string;
  mailed: boolean;
}

export function invitationPath(token: string): string {
  return `/invitations/${token}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function inviteUser(db: Db, actor: Actor, input: InviteUserInput, deps: MailDeps, now: Date = new Date()): Promise<InviteUserResult> {
  authorize(actor, 'user.invite', { tenantId: actor.tenantId });
  const [tenant] = await db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, actor.tenantId)).limit(1);
  if (tenant === undefined) throw new Error('the actor’s tenant does not exist');

  const email = normalizeEmail(input.email);
  const name = input.name?.trim() ?? '';
  const errors: FieldError[] = [...emailErrors(input.email)];
  if (name !== '') errors.push(...nameErrors(name));
  const role = input.role;
  if (!isRole(role)) errors.push(fieldError('role', 'role'));
  const companyId = input.companyId?.trim() || null;
  if (role === 'company') {
    if (companyId === null) errors.push(fieldError('companyId', 'companyRequired'));
    else {
      // tenant-scoped: another tenant's company is simply unknown here
      const found = UUID.test(companyId)
        ? await db.select({ id: companies.id }).from(companies).where(and(eq(companies.id, companyId), eq(companies.tenantId, actor.tenantId))).limit(1)
        : [];
      if (found.length === 0) errors.push(fieldError('companyId', 'companyUnknown'));
    }
  } else if (companyId !== null && isRole(role)) {
    errors.push(fieldError('companyId', 'companyNotAllowed'));
  }
  if (errors.every((e) => e.field !== 'email')) {
    const taken = await db.select({ id: users.id }).from(users).where(emailIs(email)).limit(1);
    if (taken.length > 0) errors.push(fieldError('email', 'emailTaken'));
  }
  assertValid(errors);
  const validRole = role as Role;

  const token = newSecret();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const invitationId = await db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.tenantId, actor.tenantId), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
    const [row] = await tx
      .insert(invitations)
      .values({
        tenantId: actor.tenantId,
        email,
        name: name || null,
        role: validRole,
        companyId: validRole === 'company' ? companyId : null,
        tokenHash: hashSecret(token),
        invitedBy: actor.userId,
        createdAt: now,
        expiresAt,
      })
      .returning({ id: invitations.id });
    await writeAudit(tx, actor, now, {
      tenantId: actor.tenantId,
      action: 'create',
      entity: 'invitation',
      entityId: row!.id,
      changes: { email, role: validRole, companyId: validRole === 'company' ? companyId : null, expiresAt: expiresAt.toISOString() },
    });
    return row!.id;
  });

  const link = publicLink(deps.publicUrl, invitationPath(token));
  let mailed = true;
  try {
    await deps.mailer.send(invitationMail(email, { link, tenantName: tenant.name, expiresAt }));
  } catch {
    mailed = false;
  }
  return { invitationId, email, role: validRole, expiresAt, link, mailed };
}
