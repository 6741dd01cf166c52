// Exclusive lock on the embedded database's directory.
//
// PGlite takes no lock of its own: two processes on one directory both "succeed" and silently lose
// acknowledged writes (electric-sql/pglite#1106). Lotse therefore holds `lotse.lock` in the directory,
// created with O_EXCL, holding the owner's pid, host and start time. A lock whose process is gone
// (killed, crashed, machine rebooted) is stale and is taken over; a live owner makes the second start fail
// before anything is written.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export const LOCK_FILE = 'lotse.lock';

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
  /** random per acquisition, so that a recycled pid cannot pass for the owner */
  nonce: string;
}

export class LockHeldError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The data directory ${dir} is in use by another Lotse process (pid ${owner.pid} on ${owner.host}, ` +
        `started ${owner.startedAt}: ${owner.command}). Stop that process first, or set LOTSE_DATA_DIR to another directory.`,
    );
    this.name = 'LockHeldError';
  }
}

export interface DirLock {
  dir: string;
  owner: LockOwner;
  /** previous owner whose stale lock was taken over, if any */
  tookOverFrom: LockOwner | null;
  release(): void;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a live pid (Linux), to tell a recycled pid from a Lotse process. */
function commandOf(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return null;
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const o = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof o.pid !== 'number' || typeof o.host !== 'string') return null;
    return {
      pid: o.pid,
      host: o.host,
      startedAt: String(o.startedAt ?? '?'),
      command: String(o.command ?? '?'),
      nonce: String(o.nonce ?? ''),
    };
  } catch {
    return null;
  }
}

/** Stale: the owner ran on this host and its pid is gone, or the pid now runs a different program. */
function isStale(owner: LockOwner | null): boolean {
  if (owner === null) return true; // unreadable or half-written lock: nobody can be holding it properly
  if (owner.host !== os.hostname()) return false; // another machine on a shared disk: never guess
  if (owner.pid === process.pid) return false;
  if (!isAlive(owner.pid)) return true;
  const cmd = commandOf(owner.pid);
  return cmd !== null && !/lotse|main\.ts|tsx|node/.test(cmd);
}

/**
 * Take the lock on `dir` (which must exist). Throws LockHeldError when a live process holds it;
 * nothing is written in that case.
 */
export function acquireDirLock(dir: string): DirLock {
  const file = path.join(dir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(' '),
    nonce: randomBytes(8).toString('hex'),
  };
  let tookOverFrom: LockOwner | null = null;

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o644);
      try {
        fs.writeSync(fd, JSON.stringify(owner));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      let released = false;
      return {
        dir,
        owner,
        tookOverFrom,
        release() {
          if (released) return;
          released = true;
          // remove only our own lock
          const current = readOwner(file);
          if (current && current.nonce === owner.nonce) fs.rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const existing = readOwner(file);
    if (!isStale(existing)) throw new LockHeldError(dir, existing!);
    // Take over a stale lock atomically: move it aside, check that what we moved is the stale lock
    // we judged (and not a fresh one another starter just created), then retry the exclusive create.
    const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      fs.renameSync(file, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const moved = readOwner(aside);
    if (moved && existing && moved.nonce !== existing.nonce && !isStale(moved)) {
      // we moved someone's live lock: put it back and give way
      try {
        fs.linkSync(aside, file);
      } catch {
        /* a third process holds it now; the retry will see it */
      }
      fs.rmSync(aside, { force: true });
      throw new LockHeldError(dir, moved);
    }
    fs.rmSync(aside, { force: true });
    tookOverFrom = existing;
  }
  throw new Error(`could not take the lock ${file} after several attempts`);
}
