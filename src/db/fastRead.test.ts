// FastRead and the changes the database tells (issue 13): values written as SQL literals on the embedded database come
// back exactly as given, on both databases; values that cannot be literals are refused; the embedded database tells a
// change of a check before the writer continues.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { FastRead, sqlLiteral } from './fastRead.ts';
import { listenInProcess } from './changes.ts';
import { openTestDb } from './testing.ts';
import type { TestDatabase } from './testing.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
});

const ECHO = new FastRead<{ a: string | null; b: string | null; n: number | null }, 'a' | 'b' | 'n'>(
  sql`select ${sql.placeholder('a')}::text as "a", ${sql.placeholder('b')}::text as "b", ${sql.placeholder('n')}::integer as "n"`,
);

test('text, numbers and null come back exactly, whatever quotes, backslashes, dollars or characters they hold', async () => {
  for (const text of ["it's", "''", '\\', "\\'; select 1; --", '$1 $2', 'ü – € 😀', '', ' ', 'E\'x\'']) {
    assert.deepEqual(await ECHO.run(db.db, { a: text, b: null, n: 42 }), [{ a: text, b: null, n: 42 }], text);
  }
  assert.deepEqual(await ECHO.run(db.db, { a: null, b: 'x', n: -7 }), [{ a: null, b: 'x', n: -7 }]);
});

test('a NUL character, a number that is not finite, a missing value or a value that is not a placeholder are refused', async () => {
  assert.throws(() => sqlLiteral('a\0b'), RangeError);
  assert.throws(() => sqlLiteral(Number.NaN), RangeError);
  assert.throws(() => sqlLiteral(Number.POSITIVE_INFINITY), RangeError);
  await assert.rejects(ECHO.run(db.db, { a: 'x', b: 'y' } as never), TypeError);
  assert.throws(() => new FastRead(sql`select ${'inline'}`), TypeError);
  assert.equal(sqlLiteral("a'b"), "'a''b'");
});

test('the embedded database tells changes in time; a server does not promise it', async () => {
  assert.equal(await listenInProcess(db.db, 'lotse_fast_read_test', () => {}), db.kind === 'pglite');
  await assert.rejects(listenInProcess(db.db, 'Not-A-Channel', () => {}), RangeError);
});

test('on the embedded database a change is told before the write’s own code continues (drizzle/0011’s trigger)', async (t) => {
  if (db.kind !== 'pglite') return t.skip('a server tells other sessions later; readers there ask the database');
  const told: string[] = [];
  await listenInProcess(db.db, 'lotse_check_changed', (id) => told.push(id));
  await db.db.execute(sql`insert into saved_checks (id) values ('TellTellTellTellTell01')`);
  assert.deepEqual(told, [], 'a new check changes nothing kept');
  await db.db.execute(sql`update saved_checks set step = 'job' where id = 'TellTellTellTellTell01'`);
  assert.deepEqual(told, ['TellTellTellTellTell01']);
  await db.db.transaction(async (tx) => {
    await tx.execute(sql`update saved_checks set step = 'person' where id = 'TellTellTellTellTell01'`);
    await tx.execute(sql`delete from saved_checks where id = 'TellTellTellTellTell01'`);
  });
  // told at the commit, once (PostgreSQL folds equal notifications of a transaction into one)
  assert.deepEqual(told, ['TellTellTellTellTell01', 'TellTellTellTellTell01']);
});
