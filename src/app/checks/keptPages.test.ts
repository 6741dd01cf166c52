// What a process keeps in memory of the kept result pages (issue 13): a page read before a change was told is not
// remembered (its notification may already have been handled); a change drops the check, '' drops every check;
// nothing is known where the database does not tell changes in time; bounded, least recently used first.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeptPages, MAX_CHECKS, MAX_PAGES } from './keptPages.ts';

const page = (etag: string) => ({ tenantId: null, companyId: null, etag, contentStart: 0, contentEnd: 1 });

test('a page read while a change was told is not remembered; a change drops its check, an empty one every check', () => {
  const kept = new KeptPages(true);
  const before = kept.changes;
  kept.changed('other');
  kept.remember('a', 'de', page('"1"'), before);
  assert.equal(kept.knownPage('a', 'de'), undefined);
  kept.remember('a', 'de', page('"1"'), kept.changes);
  kept.remember('b', 'de', page('"2"'), kept.changes);
  assert.deepEqual(kept.knownPage('a', 'de'), page('"1"'));
  assert.equal(kept.knownPage('a', 'en'), undefined);
  kept.changed('a');
  assert.equal(kept.knownPage('a', 'de'), undefined);
  assert.deepEqual(kept.knownPage('b', 'de'), page('"2"'));
  kept.changed('');
  assert.equal(kept.knownPage('b', 'de'), undefined);
});

test('where changes are not told in time (a server) nothing is known; bytes are held by ETag either way', () => {
  const kept = new KeptPages(false);
  kept.remember('a', 'de', page('"1"'), kept.changes);
  assert.equal(kept.knownPage('a', 'de'), undefined);
  kept.holdBytes('"1"', '<p>1</p>');
  assert.equal(kept.pageBytes('"1"'), '<p>1</p>');
});

test('bounded: the least recently used check and page go first', () => {
  const kept = new KeptPages(true);
  for (let i = 0; i <= MAX_CHECKS; i++) {
    kept.remember(`c${i}`, 'de', page(`"${i}"`), kept.changes);
    if (i === 0) continue;
    assert.ok(kept.knownPage('c0', 'de'), 'c0, used last, stays');
  }
  assert.equal(kept.knownPage('c1', 'de'), undefined, 'c1, the least recently used, went');
  for (let i = 0; i <= MAX_PAGES; i++) kept.holdBytes(`"${i}"`, String(i));
  assert.equal(kept.pageBytes('"0"'), undefined);
  assert.equal(kept.pageBytes(`"${MAX_PAGES}"`), String(MAX_PAGES));
});
