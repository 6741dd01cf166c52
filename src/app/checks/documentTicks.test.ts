// The plan's document ticks kept with the saved check (issue 12): per check and route, only with the check's key,
// bad input refused naming the field with nothing saved lost, one audit row per save without the check's key.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import { auditLog } from '../../db/schema/index.ts';
import { visitor } from '../../policies/index.ts';
import { loadDocumentTicks } from './loadDocumentTicks.ts';
import { DocumentTicksError, checkAuditId, saveDocumentTicks } from './saveDocumentTicks.ts';
import { startCheck } from './startCheck.ts';

test('document ticks are kept per check and route, replaced on each save, and leave the other routes alone', async () => {
  const db = await openTestDb();
  try {
    const id = await startCheck(db.db, visitor());
    const me = visitor(id);
    assert.deepEqual(await loadDocumentTicks(db.db, me, id, '16d1-qualification'), []);
    assert.equal(await saveDocumentTicks(db.db, me, id, '16d1-qualification', ['passport', 'partial-notice', 'passport']), true);
    assert.equal(await saveDocumentTicks(db.db, me, id, '20a-points', ['blocked-account']), true);
    assert.deepEqual(await loadDocumentTicks(db.db, me, id, '16d1-qualification'), ['partial-notice', 'passport']);
    assert.deepEqual(await loadDocumentTicks(db.db, me, id, '20a-points'), ['blocked-account']);
    // unticking everything on one route
    assert.equal(await saveDocumentTicks(db.db, me, id, '16d1-qualification', []), true);
    assert.deepEqual(await loadDocumentTicks(db.db, me, id, '16d1-qualification'), []);
    assert.deepEqual(await loadDocumentTicks(db.db, me, id, '20a-points'), ['blocked-account']);
    // another check has its own ticks
    const other = await startCheck(db.db, visitor());
    assert.deepEqual(await loadDocumentTicks(db.db, visitor(other), other, '20a-points'), []);
  } finally {
    await db.destroy();
  }
});

test('only the holder of the check’s key saves or reads its ticks', async () => {
  const db = await openTestDb();
  try {
    const mine = await startCheck(db.db, visitor());
    const theirs = await startCheck(db.db, visitor());
    await saveDocumentTicks(db.db, visitor(theirs), theirs, '18b', ['passport']);
    assert.equal(await saveDocumentTicks(db.db, visitor(mine), theirs, '18b', ['degree-certificate']), false);
    assert.deepEqual(await loadDocumentTicks(db.db, visitor(mine), theirs, '18b'), []);
    assert.deepEqual(await loadDocumentTicks(db.db, visitor(theirs), theirs, '18b'), ['passport']);
    assert.equal(await saveDocumentTicks(db.db, visitor('not-an-id'), 'not-an-id', '18b', []), false);
  } finally {
    await db.destroy();
  }
});

test('an unknown route or document id is refused naming the field, and nothing saved is lost', async () => {
  const db = await openTestDb();
  try {
    const id = await startCheck(db.db, visitor());
    const me = visitor(id);
    await saveDocumentTicks(db.db, me, id, '18b', ['passport']);
    const bad: Array<[unknown, unknown, 'route' | 'doc']> = [
      ['18c', ['passport'], 'route'],
      [undefined, [], 'route'],
      [['18b'], [], 'route'],
      ['18b', ['passport', 'no-such-document'], 'doc'],
      ['18b', ['__proto__'], 'doc'],
      ['18b', 'passport', 'doc'],
      ['18b', [42], 'doc'],
    ];
    for (const [route, docs, field] of bad) {
      await assert.rejects(
        () => saveDocumentTicks(db.db, me, id, route, docs),
        (err: unknown) => err instanceof DocumentTicksError && err.field === field && err.message.startsWith(`${field}:`),
        `${JSON.stringify(route)} ${JSON.stringify(docs)}`,
      );
    }
    assert.deepEqual(await loadDocumentTicks(db.db, me, id, '18b'), ['passport']);
  } finally {
    await db.destroy();
  }
});

test('each save writes one audit row in the same transaction, naming the check by a digest, never by its key', async () => {
  const db = await openTestDb();
  try {
    const id = await startCheck(db.db, visitor());
    await saveDocumentTicks(db.db, visitor(id), id, '18b', ['passport']);
    await saveDocumentTicks(db.db, visitor(id), id, '18b', ['passport', 'degree-certificate']);
    const rows = await db.db.select().from(auditLog).where(eq(auditLog.action, 'check.documents.tick'));
    assert.equal(rows.length, 2);
    assert.equal(rows[1]!.entityId, checkAuditId(id));
    assert.equal(rows[1]!.actor, 'anonymous');
    assert.equal(rows[1]!.tenantId, null);
    assert.deepEqual(rows[1]!.changes, { route: '18b', documents: [['passport'], ['degree-certificate', 'passport']] });
    assert.equal(JSON.stringify(rows).includes(id), false);
    // a refused save writes no row
    await assert.rejects(() => saveDocumentTicks(db.db, visitor(id), id, '18b', ['nope']));
    assert.equal((await db.db.select().from(auditLog).where(eq(auditLog.action, 'check.documents.tick'))).length, 2);
  } finally {
    await db.destroy();
  }
});
