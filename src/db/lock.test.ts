import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { acquireDirLock, LOCK_FILE, LockHeldError } from './lock.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-lock-'));

/** a pid that certainly is not running: a child that has already exited */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

test('the lock is exclusive while held and free again after release', () => {
  const dir = tmp();
  const a = acquireDirLock(dir);
  assert.throws(() => acquireDirLock(dir), (e: unknown) => e instanceof LockHeldError && e.owner.pid === process.pid && e.message.includes(dir));
  a.release();
  assert.ok(!fs.existsSync(path.join(dir, LOCK_FILE)));
  const b = acquireDirLock(dir);
  assert.equal(b.tookOverFrom, null);
  b.release();
});

test('a lock whose process is gone is taken over and reported', () => {
  const dir = tmp();
  const pid = deadPid();
  fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, host: os.hostname(), startedAt: '2026-01-01T00:00:00Z', command: 'lotse', nonce: 'old' }));
  const l = acquireDirLock(dir);
  assert.equal(l.tookOverFrom?.pid, pid);
  const onDisk = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
  assert.equal(onDisk.pid, process.pid);
  assert.deepEqual(fs.readdirSync(dir), [LOCK_FILE], 'no leftovers of the take-over');
  l.release();
});

test('a half-written lock file cannot belong to a working owner and is taken over', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, LOCK_FILE), '{"pid": 12');
  const l = acquireDirLock(dir);
  assert.equal(l.tookOverFrom, null);
  l.release();
});

test('a lock held on another host is never taken over', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'some-other-host', startedAt: 'x', command: 'lotse', nonce: 'n' }));
  assert.throws(() => acquireDirLock(dir), LockHeldError);
});

test('release leaves a lock alone that is no longer ours', () => {
  const dir = tmp();
  const l = acquireDirLock(dir);
  fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: os.hostname(), nonce: 'someone-else' }));
  l.release();
  assert.ok(fs.existsSync(path.join(dir, LOCK_FILE)));
});
