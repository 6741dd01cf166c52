// Use case: an admin's view of the tenant's accounts: users (with their company) and invitations not yet accepted.

import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies, invitations, users } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  companyName: string | null;
  createdAt: Date;
  disabledAt: Date | null;
}

export interface InvitationRow {
  id: string;
  email: string;
  role: string;
  companyName: string | null;
  createdAt: Date;
  expiresAt: Date;
}

export interface CompanyOption {
  id: string;
  name: string;
}

export async function listUsers(db: Db, actor: Actor): Promise<{ users: UserRow[]; invitations: InvitationRow[]; companies: CompanyOption[] }> {
  authorize(actor, 'user.list', { tenantId: actor.tenantId });
  const userRows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      companyName: companies.name,
      createdAt: users.createdAt,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(eq(users.tenantId, actor.tenantId))
    .orderBy(asc(users.name), asc(users.email));
  const invitationRows = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      companyName: companies.name,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .leftJoin(companies, eq(companies.id, invitations.companyId))
    .where(and(eq(invitations.tenantId, actor.tenantId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt));
  const companyRows = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(eq(companies.tenantId, actor.tenantId))
    .orderBy(asc(companies.name))
    .limit(5000);
  return { users: userRows, invitations: invitationRows, companies: companyRows };
}
