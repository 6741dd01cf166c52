// Use case: look at an invitation by its one-time token (the accept page shows whom it is for). No authorization:
// the token is the capability. Unknown, accepted, revoked and expired invitations are an InvalidTokenError.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { invitations, tenants } from '../../db/schema/index.ts';
import { InvalidTokenError, hashSecret, isSecretShaped } from './accounts.ts';

export interface InvitationView {
  id: string;
  tenantId: string;
  tenantName: string;
  email: string;
  name: string | null;
  role: string;
  companyId: string | null;
  expiresAt: Date;
}

export async function getInvitation(db: Db, token: unknown, now: Date = new Date()): Promise<InvitationView> {
  if (!isSecretShaped(token)) throw new InvalidTokenError('unknown');
  const [row] = await db
    .select({
      id: invitations.id,
      tenantId: invitations.tenantId,
      tenantName: tenants.name,
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      companyId: invitations.companyId,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
    .where(eq(invitations.tokenHash, hashSecret(token)))
    .limit(1);
  if (row === undefined || row.revokedAt !== null) throw new InvalidTokenError('unknown');
  if (row.acceptedAt !== null) throw new InvalidTokenError('used');
  if (row.expiresAt.getTime() <= now.getTime()) throw new InvalidTokenError('expired');
  const { acceptedAt: _a, revokedAt: _r, ...view } = row;
  return view;
}
