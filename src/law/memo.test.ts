import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoize } from './memo.ts';

test('memoize returns what the function returns, calls it once per argument, and starts afresh at its limit', () => {
  const calls: number[] = [];
  const twice = memoize((n: number) => {
    calls.push(n);
    return 2 * n;
  }, 3);
  assert.deepEqual([twice(1), twice(2), twice(1), twice(3), twice(2)], [2, 4, 2, 6, 4]);
  assert.deepEqual(calls, [1, 2, 3]);
  twice(4); // the fourth argument: the cache starts afresh
  twice(1);
  assert.deepEqual(calls, [1, 2, 3, 4, 1]);
});

test('memoize keeps -0 apart from 0', () => {
  const sign = memoize((n: number) => (Object.is(n, -0) ? '-0' : String(n)));
  assert.equal(sign(0), '0');
  assert.equal(sign(-0), '-0');
  assert.equal(sign(0), '0');
  const amount = memoize((n: number) => n.toLocaleString('de-DE'));
  assert.equal(amount(-0), '-0');
  assert.equal(amount(0), '0');
  assert.equal(amount(-0), '-0');
});
