import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openTestDb } from '../db/testing.ts';
import { companies, tenants } from '../db/schema/index.ts';
import { insertRows } from './bulkInsert.ts';

test('insertRows writes the rows in batches with the common values and dates; left-out columns get their defaults; the schema still refuses bad rows', async () => {
  const db = await openTestDb();
  try {
    const tenantId = randomUUID();
    await db.db.insert(tenants).values({ id: tenantId, name: 'Bulk' });
    const at = new Date('2026-03-04T05:06:07.000Z');
    const rows = Array.from({ length: 4500 }, (_, i) => ({ id: randomUUID(), name: `Firma ${i}`, headcount: i % 3 === 0 ? null : i, createdAt: at }));
    assert.equal(await insertRows(db.db, companies, rows, { tenantId }), 4500);
    const stored = await db.db.select().from(companies);
    assert.equal(stored.length, 4500);
    const first = stored.find((c) => c.name === 'Firma 1')!;
    assert.equal(first.tenantId, tenantId);
    assert.equal(first.headcount, 1);
    assert.equal(first.createdAt.toISOString(), at.toISOString());
    assert.ok(first.updatedAt instanceof Date, 'updated_at got its default');
    assert.equal(stored.find((c) => c.name === 'Firma 3')!.headcount, null);

    // a NOT NULL column set in some rows and not in others is named, not left to a null violation
    await assert.rejects(
      insertRows(db.db, companies, [{ id: randomUUID(), name: 'A', createdAt: at }, { id: randomUUID(), name: 'B' }], { tenantId }),
      /created_at is set in some rows/,
    );
    // the schema's checks apply: a headcount below zero is refused, and nothing of the batch is written
    await assert.rejects(insertRows(db.db, companies, [{ id: randomUUID(), name: 'C', headcount: -1 }], { tenantId }));
    assert.equal((await db.db.select().from(companies)).length, 4500);
  } finally {
    await db.destroy();
  }
});
