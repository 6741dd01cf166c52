// Start the real `npm start` entry point (src/main.ts) as a child process, for process-level tests.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Running {
  child: ChildProcess;
  port: number;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

/** Spawn Lotse with `env` on top of a clean environment (no DATABASE_URL unless given). */
export function spawnLotse(env: Record<string, string>): Running {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'DATABASE_URL' && !k.startsWith('NODE_TEST')) base[k] = v;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { ...base, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port: Number(env.PORT ?? 3000), stdout: () => out, stderr: () => err, exited };
}

/**
 * Run `npm start` (the README's command: compile if stale, then the compiled Lotse) with `env` on top of a clean
 * environment, as a process manager or a terminal would.
 */
export function spawnNpmStart(env: Record<string, string>): Running {
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'DATABASE_URL' && !k.startsWith('NODE_TEST') && !k.startsWith('npm_')) base[k] = v;
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { ...base, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port: Number(env.PORT ?? 3000), stdout: () => out, stderr: () => err, exited };
}

/** Resolve once stdout contains `text`; reject if the process exits first or after timeoutMs. */
export function waitFor(r: Running, text: string, timeoutMs = 120_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (r.stdout().includes(text)) return resolve();
      if (r.child.exitCode !== null) return reject(new Error(`exited ${r.child.exitCode} before "${text}": ${r.stderr()}`));
      if (Date.now() - started > timeoutMs) return reject(new Error(`timeout waiting for "${text}"; stdout: ${r.stdout()} stderr: ${r.stderr()}`));
      setTimeout(tick, 50);
    };
    tick();
  });
}
