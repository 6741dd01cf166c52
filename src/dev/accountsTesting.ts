// Test fixtures for the account use cases and pages: tenants, companies and users with known passwords, and a mailer
// that keeps what it was asked to send.

import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { companies, tenants, users } from '../db/schema/index.ts';
import type { Actor, Role } from '../policies/index.ts';
import type { Mail, Mailer } from '../app/accounts/mail.ts';
import { hashPassword } from '../app/accounts/password.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let hashOfTestPassword: Promise<string> | undefined;

export async function makeTenant(db: Db, name = 'Servicestelle Test'): Promise<{ tenantId: string; companyA: string; companyB: string }> {
  const [t] = await db.insert(tenants).values({ name }).returning({ id: tenants.id });
  const rows = await db
    .insert(companies)
    .values([
      { tenantId: t!.id, name: `${name} – Firma A` },
      { tenantId: t!.id, name: `${name} – Firma B` },
    ])
    .returning({ id: companies.id });
  return { tenantId: t!.id, companyA: rows[0]!.id, companyB: rows[1]!.id };
}

export async function makeUser(
  db: Db,
  tenantId: string,
  role: Role,
  email: string,
  opts: { companyId?: string; name?: string } = {},
): Promise<Actor & { email: string }> {
  hashOfTestPassword ??= hashPassword(TEST_PASSWORD);
  const [u] = await db
    .insert(users)
    .values({
      tenantId,
      email,
      name: opts.name ?? `Test ${role}`,
      role,
      companyId: role === 'company' ? (opts.companyId ?? null) : null,
      passwordHash: await hashOfTestPassword,
    })
    .returning({ id: users.id });
  return { userId: u!.id, tenantId, role, companyId: role === 'company' ? (opts.companyId ?? null) : null, email };
}

export async function userRow(db: Db, userId: string) {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  return u;
}

export function recordingMailer(): Mailer & { sent: Mail[]; fail: boolean } {
  const m = {
    kind: 'log' as const,
    sent: [] as Mail[],
    fail: false,
    async send(mail: Mail) {
      if (m.fail) throw new Error('SMTP down');
      m.sent.push(mail);
    },
  };
  return m;
}

/** The token at the end of the first link in a mail. */
export function tokenFromMail(mail: Mail | undefined): string {
  const m = /\/(?:invitations|password-reset)\/([A-Za-z0-9_-]{43})\b/.exec(mail?.text ?? '');
  if (!m) throw new Error('no link in the mail');
  return m[1]!;
}
