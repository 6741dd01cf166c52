// Use case: accept an invitation: set name and password, which creates the user, and sign in. The invitation is
// consumed with a conditional update inside the transaction, so two concurrent accepts cannot both succeed.
// Company users are contact persons with an account: the contact person of the company with the invited e-mail
// address gets the account; if the company has no such contact yet, one is created.

import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { contacts, invitations, users } from '../../db/schema/index.ts';
import { isRole } from '../../policies/index.ts';
import type { Role } from '../../policies/index.ts';
import { InvalidInputError, InvalidTokenError, assertValid, fieldError, hashSecret, nameErrors, passwordErrors } from './accounts.ts';
import { getInvitation } from './getInvitation.ts';
import { hashPassword } from './password.ts';
import { createSession, emailIs } from './sessions.ts';
import type { NewSession } from './sessions.ts';
import { writeAudit } from '../common/audit.ts';

export interface AcceptInvitationInput {
  token: string;
  name: string;
  password: string;
  passwordRepeat: string;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AcceptInvitationResult {
  user: { id: string; tenantId: string; role: Role; email: string; name: string };
  session: NewSession;
}

export async function acceptInvitation(db: Db, input: AcceptInvitationInput, now: Date = new Date()): Promise<AcceptInvitationResult> {
  const invitation = await getInvitation(db, input.token, now);
  const name = input.name.trim();
  const errors = [...nameErrors(name), ...passwordErrors(input.password, input.passwordRepeat, invitation.email)];
  assertValid(errors);
  if (!isRole(invitation.role)) throw new InvalidTokenError('unknown');
  const role = invitation.role;
  const taken = await db.select({ id: users.id }).from(users).where(emailIs(invitation.email)).limit(1);
  if (taken.length > 0) throw new InvalidInputError([fieldError('email', 'emailTaken')]);

  // Hash outside the transaction: never hold PGlite's single connection during slow work.
  const passwordHash = await hashPassword(input.password);

  return db.transaction(async (tx) => {
    const consumed = await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(
        and(
          eq(invitations.tokenHash, hashSecret(input.token)),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
        ),
      )
      .returning({ id: invitations.id });
    if (consumed.length === 0) throw new InvalidTokenError('used');
    const [user] = await tx
      .insert(users)
      .values({
        tenantId: invitation.tenantId,
        email: invitation.email,
        name,
        role,
        companyId: role === 'company' ? invitation.companyId : null,
        passwordHash,
        passwordChangedAt: now,
        createdAt: now,
      })
      .returning({ id: users.id });
    const userId = user!.id;
    await writeAudit(
      tx,
      { userId },
      now,
      { tenantId: invitation.tenantId, action: 'update', entity: 'invitation', entityId: invitation.id, changes: { acceptedAt: [null, now.toISOString()] } },
      {
        tenantId: invitation.tenantId,
        action: 'create',
        entity: 'user',
        entityId: userId,
        changes: { email: invitation.email, name, role, companyId: role === 'company' ? invitation.companyId : null },
      },
    );
    if (role === 'company' && invitation.companyId !== null) {
      const audit = { tenantId: invitation.tenantId, entity: 'contact' };
      const [contact] = await tx
        .select({ id: contacts.id })
        .from(contacts)
        .where(
          and(
            eq(contacts.companyId, invitation.companyId),
            eq(contacts.tenantId, invitation.tenantId),
            sql`lower(${contacts.email}) = lower(${invitation.email})`,
            isNull(contacts.userId),
          ),
        )
        .orderBy(contacts.createdAt)
        .limit(1);
      if (contact) {
        await tx.update(contacts).set({ userId, updatedAt: now }).where(eq(contacts.id, contact.id));
        await writeAudit(tx, { userId }, now, { ...audit, action: 'update', entityId: contact.id, changes: { userId: [null, userId] } });
      } else {
        const [created] = await tx
          .insert(contacts)
          .values({ tenantId: invitation.tenantId, companyId: invitation.companyId, name, email: invitation.email, userId, createdAt: now, updatedAt: now })
          .returning({ id: contacts.id });
        await writeAudit(tx, { userId }, now, { ...audit, action: 'create', entityId: created!.id, changes: { name, email: invitation.email, userId } });
      }
    }
    const session = await createSession(tx, { id: userId, tenantId: invitation.tenantId }, { ip: input.ip, userAgent: input.userAgent }, now);
    return { user: { id: userId, tenantId: invitation.tenantId, role, email: invitation.email, name }, session };
  });
}
