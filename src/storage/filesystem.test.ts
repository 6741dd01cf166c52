import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { StoredObjectMissingError, filesystemStorage, removeStoredFiles } from './index.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-storage-test-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

/** Every file below the root, relative, temporary files included. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((p) => fs.statSync(path.join(dir, p)).isFile()).sort();
}

test('put stores the bytes under a random key (two-character folder), with their SHA-256 and size; open reads them back', async () => {
  const storage = filesystemStorage(path.join(root, 'a'));
  const body = 'Zeugnis der Technischen Universität\n'.repeat(1000);
  const stored = await storage.put(Readable.from([Buffer.from(body.slice(0, 100)), Buffer.from(body.slice(100))]));
  assert.match(stored.key, /^[0-9a-f]{32}$/);
  assert.equal(stored.size, Buffer.byteLength(body));
  assert.equal(stored.sha256, createHash('sha256').update(body).digest('hex'));
  assert.deepEqual(filesUnder(storage.root), [path.join(stored.key.slice(0, 2), stored.key)]);
  assert.equal(fs.statSync(storage.pathOf(stored.key)).mode & 0o777, 0o600);
  assert.equal(await text(await storage.open(stored.key)), body);
  const again = await storage.put(Readable.from([Buffer.from(body)]));
  assert.notEqual(again.key, stored.key);
  assert.equal(again.sha256, stored.sha256);
});

test('a source that fails midway leaves nothing behind, not even the temporary file', async () => {
  const storage = filesystemStorage(path.join(root, 'b'));
  async function* failing() {
    yield Buffer.alloc(64 * 1024, 1);
    throw new Error('refused midway');
  }
  await assert.rejects(storage.put(failing()), /refused midway/);
  assert.deepEqual(filesUnder(storage.root), []);
});

test('remove deletes a key and is idempotent; open of a removed, unknown or malformed key is "missing"', async () => {
  const storage = filesystemStorage(path.join(root, 'c'));
  const { key } = await storage.put(Readable.from([Buffer.from('x')]));
  await storage.remove(key);
  await storage.remove(key);
  assert.deepEqual(filesUnder(storage.root), []);
  await assert.rejects(storage.open(key), StoredObjectMissingError);
  await assert.rejects(storage.open('0'.repeat(32)), StoredObjectMissingError);
  // a key is never a path: nothing outside the root can be named
  await assert.rejects(storage.open('../../etc/passwd'), StoredObjectMissingError);
  await storage.remove('../../etc/passwd');
});

test('removeStoredFiles removes every key and reports those it could not', async () => {
  const storage = filesystemStorage(path.join(root, 'd'));
  const a = await storage.put(Readable.from([Buffer.from('a')]));
  const b = await storage.put(Readable.from([Buffer.from('b')]));
  assert.deepEqual(await removeStoredFiles(storage, [a.key, b.key, 'f'.repeat(32)]), []);
  assert.deepEqual(filesUnder(storage.root), []);
  const flaky = { remove: async (k: string) => (k === 'bad' ? Promise.reject(new Error('EIO')) : undefined) };
  assert.deepEqual(await removeStoredFiles(flaky, ['ok', 'bad']), ['bad']);
});
