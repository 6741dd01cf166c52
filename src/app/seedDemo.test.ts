import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/testing.ts';
import { auditLog, companies, tenants, users } from '../db/schema.ts';
import { DEMO_TENANT_NAME, seedDemo } from './seedDemo.ts';
import { verifyPassword } from './password.ts';

test('the demo seed creates one service office, an admin, an adviser and two companies, with audit rows; a second run changes nothing', async () => {
  const db = await openTestDb();
  try {
    const first = await seedDemo(db.db);
    assert.ok(first.ok && first.created);
    const t = await db.db.select().from(tenants);
    assert.equal(t.length, 1);
    assert.equal(t[0]!.name, DEMO_TENANT_NAME);
    assert.equal(t[0]!.isDemo, true);
    const u = await db.db.select().from(users);
    assert.deepEqual(u.map((x) => x.role).sort(), ['admin', 'adviser']);
    for (const login of first.logins) {
      const row = u.find((x) => x.email === login.email)!;
      assert.ok(await verifyPassword(row.passwordHash!, login.password), `${login.email} can log in with the printed password`);
      assert.match(row.passwordHash!, /^\$argon2id\$/);
    }
    assert.equal((await db.db.select().from(companies)).length, 2);
    assert.equal((await db.db.select().from(auditLog)).length, 5);

    const second = await seedDemo(db.db);
    assert.ok(second.ok && !second.created);
    assert.equal((await db.db.select().from(companies)).length, 2);
  } finally {
    await db.destroy();
  }
});

test('the demo seed refuses a database that holds real data and writes nothing', async () => {
  const db = await openTestDb();
  try {
    await db.db.insert(tenants).values({ name: 'Welcome Center Pfalz' });
    const r = await seedDemo(db.db);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /Welcome Center Pfalz/);
    assert.equal((await db.db.select().from(tenants).where(eq(tenants.isDemo, true))).length, 0);
    assert.equal((await db.db.select().from(users)).length, 0);
  } finally {
    await db.destroy();
  }
});
