// The demo data of `npm run seed` (and of the first start on an empty embedded database):
// one service office, one admin, one adviser, two companies. It refuses to run next to real data.

import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { auditLog, companies, tenants, users } from '../db/schema.ts';
import { hashPassword } from './password.ts';

export const DEMO_TENANT_NAME = 'IQ-Service MINT Kaiserslautern (Demo)';

export interface DemoLogin {
  role: 'admin' | 'adviser';
  email: string;
  password: string;
}

/** Publicly known demo credentials: they exist only in a database marked as demo. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { role: 'admin', email: 'admin@demo.lotse.example', password: 'demo-admin-2026' },
  { role: 'adviser', email: 'beratung@demo.lotse.example', password: 'demo-beratung-2026' },
];

export type SeedResult =
  | { ok: true; created: boolean; logins: readonly DemoLogin[] }
  | { ok: false; reason: string };

export async function seedDemo(db: Db): Promise<SeedResult> {
  const real = await db.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.isDemo, false)).limit(1);
  if (real.length > 0) {
    return {
      ok: false,
      reason: `this database already holds real data (service office "${real[0]!.name}"); demo data is loaded only into an empty or demo database`,
    };
  }
  const existing = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.isDemo, true)).limit(1);
  if (existing.length > 0) return { ok: true, created: false, logins: DEMO_LOGINS };

  // Hash outside the transaction: never await slow work while holding PGlite's single connection.
  const hashes = await Promise.all(DEMO_LOGINS.map((l) => hashPassword(l.password)));

  await db.transaction(async (tx) => {
    const [tenant] = await tx.insert(tenants).values({ name: DEMO_TENANT_NAME, isDemo: true }).returning({ id: tenants.id });
    const tenantId = tenant!.id;
    const companyRows = await tx
      .insert(companies)
      .values([
        {
          tenantId,
          name: 'Westpfalz Elektrotechnik GmbH (Demo)',
          street: 'Mannheimer Straße 12',
          postcode: '67655',
          city: 'Kaiserslautern',
          federalState: 'DE-RP',
          municipality: 'Kaiserslautern',
          sizeClass: 'small',
          wzSection: 'F',
          website: 'https://westpfalz-elektro.example',
          notes: 'Sucht zwei Elektroniker/innen für Energie- und Gebäudetechnik.',
        },
        {
          tenantId,
          name: 'Barbarossa Software GmbH (Demo)',
          street: 'Trippstadter Straße 110',
          postcode: '67663',
          city: 'Kaiserslautern',
          federalState: 'DE-RP',
          municipality: 'Kaiserslautern',
          sizeClass: 'small',
          wzSection: 'J',
          website: 'https://barbarossa-software.example',
          notes: 'Interesse an Softwareentwickler/innen aus Indien.',
        },
      ])
      .returning({ id: companies.id, name: companies.name });
    const userRows = await tx
      .insert(users)
      .values(
        DEMO_LOGINS.map((l, i) => ({
          tenantId,
          email: l.email,
          name: l.role === 'admin' ? 'Demo-Administration' : 'Demo-Beratung',
          role: l.role,
          passwordHash: hashes[i]!,
        })),
      )
      .returning({ id: users.id, email: users.email });
    await tx.insert(auditLog).values([
      { tenantId, actor: 'cli:seed', action: 'create', entity: 'tenant', entityId: tenantId, changes: { name: DEMO_TENANT_NAME, isDemo: true } },
      ...companyRows.map((c) => ({ tenantId, actor: 'cli:seed', action: 'create', entity: 'company', entityId: c.id, changes: { name: c.name } })),
      ...userRows.map((u) => ({ tenantId, actor: 'cli:seed', action: 'create', entity: 'user', entityId: u.id, changes: { email: u.email } })),
    ]);
  });
  return { ok: true, created: true, logins: DEMO_LOGINS };
}
