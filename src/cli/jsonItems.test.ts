// The streaming JSON reader of `lotse check`: the same items as JSON.parse however the input is cut into chunks,
// limits per item, and syntax errors that say where.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonItemsError, readJsonItems } from './jsonItems.ts';
import type { ItemLimits, JsonEvent } from './jsonItems.ts';

async function read(text: string | Uint8Array, chunkSize: number, limits?: ItemLimits): Promise<JsonEvent[] | JsonItemsError> {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const events: JsonEvent[] = [];
  try {
    for await (const e of readJsonItems(chunks(), limits)) events.push(e);
  } catch (err) {
    if (err instanceof JsonItemsError) return err;
    throw err;
  }
  return events;
}

const DOCS = [
  '[1, {"a": [2, {"b": null}]}, "x\\"y", -1.5e3, true, false, null, [], {}]',
  '\ufeff[{"name": "Müller 😀", "n": 12345678901}]',
  '{"decisionDate": "2026-04-01", "experience": [{"isco": "2512"}]}',
  '  "just a string"  ',
  '[]',
  '\n[\n\n]\n',
];

test('every chunking gives the items JSON.parse gives, in order', async () => {
  for (const doc of DOCS) {
    const parsed = JSON.parse(doc.replace(/^\ufeff/, '')) as unknown;
    const expected: JsonEvent[] = Array.isArray(parsed)
      ? [{ kind: 'array' }, ...parsed.map((value: unknown, index) => ({ kind: 'item' as const, index, value }))]
      : [{ kind: 'single', value: parsed }];
    for (const size of [1, 2, 3, 5, 7, 64 * 1024]) assert.deepEqual(await read(doc, size), expected, `${doc} in chunks of ${size}`);
  }
});

test('syntax errors name the line, the column (in characters) and the item, in any chunking', async () => {
  const cases: Array<[string, string, number | null]> = [
    ['[{"a": "ü"},\n {"b": x}]', 'unexpected character "x" at line 2, column 8 (in item [1])', 1],
    ['[1 2]', 'unexpected number 2 at line 1, column 4 (after item [0])', 0],
    ['[1,]', 'unexpected "]" at line 1, column 4 (after item [0])', 0],
    ['{} {}', 'unexpected "{" after the end of the JSON document at line 1, column 4', null],
    ['[1, {"a": "b', 'the input ends in the middle of item [1] at line 1, column 13', 1],
    ['[1,\n', 'the input ends after item [0], before the array is closed at line 2, column 1', 0],
    ['[', 'the input ends before the array is closed at line 1, column 2', null],
    ['nul', 'the input ends in the middle of the JSON value at line 1, column 4', null],
    [']', 'unexpected "]" at line 1, column 1', null],
  ];
  for (const [doc, message, item] of cases) {
    for (const size of [1, 3, 1024]) {
      const r = await read(doc, size);
      assert.ok(r instanceof JsonItemsError, `${doc} in chunks of ${size}`);
      assert.deepEqual([r.kind, r.message, r.item], ['syntax', message, item], `${doc} in chunks of ${size}`);
    }
  }
  for (const empty of ['', '  \n', '\ufeff']) {
    const r = await read(empty, 1);
    assert.ok(r instanceof JsonItemsError && r.kind === 'empty', JSON.stringify(empty));
  }
});

test('an item over the size or the nesting limit is an error naming it', async () => {
  const limits = { maxItemBytes: 100, maxDepth: 3 };
  for (const size of [1, 7, 4096]) {
    const long = await read(`[1, "${'x'.repeat(200)}", 3]`, size, limits);
    assert.ok(long instanceof JsonItemsError);
    assert.deepEqual([long.kind, long.item, long.message], ['limit', 1, 'is larger than 100 bytes, the limit for one input']);
    const object = await read(`{"a": [${'1,'.repeat(60)}1]}`, size, limits);
    assert.ok(object instanceof JsonItemsError);
    assert.deepEqual([object.kind, object.item], ['limit', null]);
    const deep = await read('[0, [[[[]]]]]', size, limits);
    assert.ok(deep instanceof JsonItemsError);
    assert.deepEqual([deep.kind, deep.item, deep.message], ['limit', 1, 'is nested deeper than 3 levels, the limit for one input']);
    assert.equal((await read('[0, [[[]]]]', size, limits)).constructor, Array);
    // Whitespace between items is not part of an item.
    assert.equal((await read(`[1,${' '.repeat(500)}2]`, size, limits)).constructor, Array);
  }
});
