// `npm start` as an operator meets it: first start, the data-directory lock, stale locks, shutdown, config errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, spawnLotse, spawnNpmStart, waitFor } from './lotse-process.ts';

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-start-'));
}

/** names, sizes and mtimes of everything in a directory tree */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // a directory removed while walking
      throw err;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      // the running process may remove a file between readdir and stat (PostgreSQL's relcache init file after
      // ANALYZE); a vanished file is simply not in this snapshot
      const st = fs.statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      out.push(`${path.relative(dir, p)} ${st.size} ${st.mtimeMs}`);
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** The snapshot once the running process has stopped writing (the caller first waits for its first housekeeping
 * round, an ANALYZE on the embedded database, to finish): two equal snapshots half a second apart, 30 s at most. */
async function quietSnapshot(dir: string): Promise<string[]> {
  let last = snapshot(dir);
  for (let i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = snapshot(dir);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error(`the running Lotse kept writing to ${dir} for 30 s after start`);
}

function assertOneCleanLine(stderr: string) {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line, got: ${stderr}`);
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
}

test('first start on an empty directory migrates, loads the demo, prints where the data lives and how to log in; SIGTERM stops cleanly', async () => {
  const dir = path.join(tmpDir(), 'data');
  const port = await freePort();
  const r = spawnLotse({ PORT: String(port), LOTSE_DATA_DIR: dir });
  await waitFor(r, 'Lotse is running');
  assert.match(r.stdout(), new RegExp(`First start: the data lives in ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  assert.match(r.stdout(), /admin@demo\.lotse\.example/);
  assert.match(r.stdout(), /beratung@demo\.lotse\.example/);
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.equal(res.status, 200);
  assert.ok(fs.existsSync(path.join(dir, 'lotse.lock')));
  r.child.kill('SIGTERM');
  assert.equal(await r.exited, 0);
  assert.ok(!fs.existsSync(path.join(dir, 'lotse.lock')), 'lock released on shutdown');

  // second start on the same (now non-empty) directory: no first-start message, same data
  const r2 = spawnLotse({ PORT: String(port), LOTSE_DATA_DIR: dir });
  await waitFor(r2, 'Lotse is running');
  assert.doesNotMatch(r2.stdout(), /First start/);
  r2.child.kill('SIGINT');
  assert.equal(await r2.exited, 0);
});

/** Resolves true once `check()` holds, false after `ms`. */
async function eventually(check: () => boolean, ms: number): Promise<boolean> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

test('SIGTERM to the `npm start` process (as a process manager sends it) stops Lotse: it exits, releases the data directory and the port', async () => {
  const dir = path.join(tmpDir(), 'data');
  const port = await freePort();
  const r = spawnNpmStart({ PORT: String(port), LOTSE_DATA_DIR: dir, LOTSE_DEMO: '0' });
  await waitFor(r, 'Lotse is running');
  const lock = path.join(dir, 'lotse.lock');
  const lotsePid = (JSON.parse(fs.readFileSync(lock, 'utf8')) as { pid: number }).pid;
  assert.notEqual(lotsePid, r.child.pid, 'Lotse runs in a process below npm');
  // only npm's own process gets the signal, not its process group
  r.child.kill('SIGTERM');
  await r.exited;
  const alive = () => {
    try {
      process.kill(lotsePid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stopped = await eventually(() => !alive(), 15_000);
  if (!stopped) process.kill(lotsePid, 'SIGKILL'); // leave no orphan holding the test's pipes
  assert.ok(stopped, `the Lotse process ${lotsePid} still runs after npm was stopped`);
  assert.ok(!fs.existsSync(lock), 'lock released: Lotse shut down cleanly');
  assert.equal(await portAnswers(port), false, 'nothing listens on the port any more');
});

test('a second Lotse on the same directory exits non-zero naming the directory and the running process, and writes nothing', async () => {
  const dir = tmpDir();
  const r1 = spawnLotse({ PORT: String(await freePort()), LOTSE_DATA_DIR: dir, LOTSE_DEMO: '0', LOG_LEVEL: 'info' });
  try {
    await waitFor(r1, 'Lotse is running');
    await waitFor(r1, 'housekeeping: round done');
    const before = await quietSnapshot(dir);
    const r2 = spawnLotse({ PORT: String(await freePort()), LOTSE_DATA_DIR: dir, LOTSE_DEMO: '0' });
    const code = await r2.exited;
    assert.notEqual(code, 0);
    assert.match(r2.stderr(), new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(r2.stderr(), new RegExp(`pid ${r1.child.pid}`));
    assertOneCleanLine(r2.stderr());
    assert.deepEqual(snapshot(dir), before, 'the refused process changed nothing in the directory');
  } finally {
    r1.child.kill('SIGTERM');
    await r1.exited;
  }
});

test('a lock left by a killed process is detected as stale and taken over; the data survives', async () => {
  const dir = tmpDir();
  const port = await freePort();
  const r1 = spawnLotse({ PORT: String(port), LOTSE_DATA_DIR: dir });
  await waitFor(r1, 'Lotse is running');
  r1.child.kill('SIGKILL');
  await r1.exited;
  assert.ok(fs.existsSync(path.join(dir, 'lotse.lock')), 'the killed process left its lock behind');
  const r2 = spawnLotse({ PORT: String(port), LOTSE_DATA_DIR: dir });
  try {
    await waitFor(r2, 'Lotse is running');
    assert.match(r2.stdout(), new RegExp(`Took over a stale lock left by pid ${r1.child.pid}`));
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(res.status, 200);
  } finally {
    r2.child.kill('SIGTERM');
    assert.equal(await r2.exited, 0);
  }
});

test('a malformed DATABASE_URL ends with exit code 2 and one line naming the variable', async () => {
  const r = spawnLotse({ DATABASE_URL: 'postgres//oops', PORT: String(await freePort()) });
  assert.equal(await r.exited, 2);
  assert.match(r.stderr(), /DATABASE_URL/);
  assertOneCleanLine(r.stderr());
});

test('an unreachable PostgreSQL server ends with exit code 2 and one line naming DATABASE_URL', async () => {
  const r = spawnLotse({ DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/nope`, PORT: String(await freePort()) });
  assert.equal(await r.exited, 2);
  assert.match(r.stderr(), /DATABASE_URL: cannot open the PostgreSQL database/);
  assertOneCleanLine(r.stderr());
});

test('a port in use ends with exit code 2 and one line naming PORT, and releases the data directory', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
  const port = (blocker.address() as net.AddressInfo).port;
  const dir = tmpDir();
  try {
    const r = spawnLotse({ PORT: String(port), LOTSE_DATA_DIR: dir, LOTSE_DEMO: '0' });
    assert.equal(await r.exited, 2);
    assert.match(r.stderr(), new RegExp(`PORT=${port} is already in use`));
    assertOneCleanLine(r.stderr());
    assert.ok(!fs.existsSync(path.join(dir, 'lotse.lock')), 'lock released');
  } finally {
    blocker.close();
  }
});

test('an unusable data directory ends with exit code 2 and one line naming LOTSE_DATA_DIR', async () => {
  const file = path.join(tmpDir(), 'a-file');
  fs.writeFileSync(file, 'x');
  for (const dir of [file, path.join(file, 'sub')]) {
    const r = spawnLotse({ LOTSE_DATA_DIR: dir, PORT: String(await freePort()) });
    assert.equal(await r.exited, 2);
    assert.match(r.stderr(), /LOTSE_DATA_DIR=/);
    assertOneCleanLine(r.stderr());
  }
});

test('an invalid PORT ends with exit code 2 before anything is touched', async () => {
  const r = spawnLotse({ PORT: 'eighty' });
  assert.equal(await r.exited, 2);
  assert.match(r.stderr(), /PORT="eighty"/);
  assertOneCleanLine(r.stderr());
});

test('an invalid RATE_LIMIT_PER_USER or RATE_LIMIT_PER_ADDRESS ends with exit code 2 and one line naming the variable', async () => {
  for (const [name, value] of [['RATE_LIMIT_PER_USER', 'lots'], ['RATE_LIMIT_PER_ADDRESS', '0']] as const) {
    const r = spawnLotse({ [name]: value, PORT: String(await freePort()) });
    assert.equal(await r.exited, 2, name);
    assert.match(r.stderr(), new RegExp(`${name}="${value}" must be a whole number of requests per minute`));
    assertOneCleanLine(r.stderr());
  }
});

test('the test runs\' cheap password hashing is refused in production with exit code 2 naming the variable', async () => {
  const r = spawnLotse({ NODE_ENV: 'production', LOTSE_INSECURE_FAST_PASSWORD_HASHING: '1', PORT: String(await freePort()) });
  assert.equal(await r.exited, 2);
  assert.match(r.stderr(), /LOTSE_INSECURE_FAST_PASSWORD_HASHING=1 .* test runs only/);
  assertOneCleanLine(r.stderr());
});
