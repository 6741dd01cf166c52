// What the HTTP benchmarks (http.ts, web.ts, workspace.ts) share: the app as a benchmark serves it, the child
// process a server runs in (one core; it writes one JSON line with its port, then serves), and the autocannon run
// against one URL (a 1-second warm-up, then the measured seconds) from the parent process (the other core).

import { spawn } from 'node:child_process';
import { throwawayDatabase } from '../src/db/testing.ts';
import os from 'node:os';
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';

/** A number from the environment (BENCH_SECONDS, BENCH_CONNECTIONS), or the bench's default. */
export function envNumber(name: string, fallback: number): number {
  return Number(process.env[name] ?? fallback);
}

/** "CPU model × cores, Node version", for the first line of a bench's output. */
export function machine(): string {
  return `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}`;
}

/**
 * Lotse on the database at `dbUrl`, without logging and with a rate limit no benchmark reaches; ready, not listening.
 * `extra` adds routes of the bench's own to the application before it is ready: they carry every hook and plugin the
 * application applies to its routes (helmet, rate limit, cookie, CSRF, session, request ids, the text guard).
 */
export async function benchApp(dbUrl: string, extra?: (app: FastifyInstance) => void): Promise<FastifyInstance> {
  const { openDb } = await import('../src/db/index.ts');
  const { buildApp } = await import('../src/web/app.ts');
  const database = await openDb(dbUrl);
  const app = await buildApp({
    database,
    cookieSecret: 'bench-secret-bench-secret-bench-secret',
    logger: false,
    config: { rateLimitPerAddress: 1_000_000_000, rateLimitPerUser: 1_000_000_000 },
  });
  extra?.(app);
  await app.ready();
  return app;
}

/** Listens on a free port of 127.0.0.1; the port. */
export async function listen(server: FastifyInstance): Promise<number> {
  await server.listen({ port: 0, host: '127.0.0.1' });
  const addr = server.server.address();
  return typeof addr === 'object' && addr ? addr.port : 0;
}

/** In a child process: tells the parent (startServer) how to reach this server. */
export function announce(info: object): void {
  process.stdout.write(JSON.stringify(info) + '\n');
}

/**
 * Runs `script serve ...args` in a child process and resolves with the JSON line it announces, and a stop function.
 * @param name the server in the error when the child exits early ("app server")
 */
export function startServer<T extends object>(script: string, args: string[], name: string): Promise<T & { stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, 'serve', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const line = buf.split('\n')[0];
      if (buf.includes('\n') && line) resolve({ ...(JSON.parse(line) as T), stop: () => child.kill('SIGKILL') });
    });
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
}

export interface Run {
  /** autocannon's summary of the measured seconds */
  result: autocannon.Result;
  /** every response time of the measured seconds in ms, ascending; empty unless recorded */
  times: number[];
  /** requests per second (autocannon's average) */
  rps: number;
  /** errors and non-2xx answers */
  errors: number;
}

/** autocannon against http://127.0.0.1:port/urlPath: a 1-second warm-up, then `duration` seconds measured. */
export async function measure(
  port: number,
  urlPath: string,
  { connections, duration, headers, recordTimes = false }: { connections: number; duration: number; headers: Record<string, string>; recordTimes?: boolean },
): Promise<Run> {
  const url = `http://127.0.0.1:${port}${urlPath}`;
  await autocannon({ url, connections, duration: 1, headers }); // warm-up
  const times: number[] = [];
  let result: autocannon.Result;
  if (recordTimes) {
    result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url, connections, duration, headers }, (err, r) => (err ? reject(err) : resolve(r)));
      instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
    });
    times.sort((a, b) => a - b);
  } else {
    result = await autocannon({ url, connections, duration, headers });
  }
  return { result, times, rps: result.requests.average, errors: result.errors + result.non2xx };
}

/** The p-th percentile (nearest rank) of ascending numbers; NaN for none. autocannon's summary has p90 and p97.5,
 * not p95: the benches compute theirs from every recorded response time. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A throwaway database lotse_bench_<random> on the PostgreSQL server at `serverUrl`: its URL, a label, and its drop. */
export async function throwawayPostgres(serverUrl: string): Promise<{ url: string; label: string; drop: () => Promise<void> }> {
  const db = await throwawayDatabase(serverUrl, 'lotse_bench');
  return { url: db.url, label: `PostgreSQL, throwaway database ${db.name}`, drop: db.drop };
}
