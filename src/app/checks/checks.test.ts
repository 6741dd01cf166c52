// The check use cases: a check belongs to whoever holds its key (its id, in the link); to anyone else it does not exist.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDb } from '../../db/testing.ts';
import { visitor } from '../../policies/index.ts';
import { deleteCheck } from './deleteCheck.ts';
import { loadCheck } from './loadCheck.ts';
import { saveCheckInput, saveCheckPage } from './saveCheck.ts';
import { startCheck } from './startCheck.ts';

test('a check can be deleted at once; deleting it again or an invalid id reports false', async () => {
  const db = await openTestDb();
  try {
    const id = await startCheck(db.db, visitor());
    assert.equal(await deleteCheck(db.db, visitor(id), id), true);
    assert.equal(await deleteCheck(db.db, visitor(id), id), false);
    assert.equal(await deleteCheck(db.db, visitor('not-an-id'), 'not-an-id'), false);
  } finally {
    await db.destroy();
  }
});

test('a check is found, changed and deleted only with its own key', async () => {
  const db = await openTestDb();
  try {
    const mine = await startCheck(db.db, visitor());
    const theirs = await startCheck(db.db, visitor());
    assert.ok(await loadCheck(db.db, visitor(mine), mine));
    assert.equal(await loadCheck(db.db, visitor(mine), theirs), undefined);
    assert.equal(await saveCheckPage(db.db, visitor(mine), theirs, 'occupation', { isco: '2512' }), false);
    assert.equal(await saveCheckInput(db.db, visitor(mine), theirs, null), false);
    assert.equal(await deleteCheck(db.db, visitor(mine), theirs), false);
    assert.equal(await saveCheckPage(db.db, visitor(mine), mine, 'occupation', { isco: '2512' }), true);
    assert.deepEqual((await loadCheck(db.db, visitor(mine), mine))?.answers, { occupation: { isco: '2512' } });
    assert.ok(await loadCheck(db.db, visitor(theirs), theirs));
  } finally {
    await db.destroy();
  }
});
