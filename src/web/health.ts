// /healthz (readiness) and /livez (liveness) for load balancers and orchestrators.
//
//   GET /livez    200 while the process serves requests; never touches the database.
//   GET /healthz  200 after a database round trip, 503 (a problem document) when the database does not answer.
//                 The answer, a failure too, is kept for one second per instance, and concurrent requests share the
//                 round trip under way: however often it is polled, an instance sends at most one `select 1` at a time
//                 and about one a second, so the check cannot be used to starve the database.
//
// Both are cheap: not rate limited, no session lookup (the auth hook skips them, src/web/auth/index.ts), no CSRF token
// and no cookie set. Fastify runs the application's hooks for every route, whatever the order of registration, so
// the cookie parser and the security headers still run; without a Cookie header (a probe sends none) parsing is a no-op.

import type { FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problem } from './api/problem.ts';

/** how long an answer of the database round trip is reused */
export const READINESS_CACHE_MS = 1000;
/** how long the round trip may take before it counts as a failure */
export const READINESS_TIMEOUT_MS = 2000;

export interface ReadinessOptions {
  /** the database round trip; rejects when the database is unreachable or slow */
  ping: (timeoutMs: number) => Promise<void>;
  /** milliseconds on a monotonic clock; injected by tests */
  now?: () => number;
  cacheMs?: number;
  timeoutMs?: number;
  /** called with the error of a failed round trip (once per round trip, not per request) */
  onFailure?: (err: unknown) => void;
}

export interface Readiness {
  up: boolean;
  /** when the round trip that gave this answer ended, on the injected clock */
  checkedAt: number;
}

/**
 * A readiness check that asks the database at most once per `cacheMs` and never twice at a time: an answer younger
 * than `cacheMs` (counted from the end of its round trip) is returned as it is, a round trip under way is shared.
 */
export function readinessCheck(opts: ReadinessOptions): () => Promise<Readiness> {
  const now = opts.now ?? (() => performance.now());
  const cacheMs = opts.cacheMs ?? READINESS_CACHE_MS;
  const timeoutMs = opts.timeoutMs ?? READINESS_TIMEOUT_MS;
  let last: Readiness | undefined;
  let pending: Promise<Readiness> | undefined;
  return () => {
    if (last !== undefined && now() - last.checkedAt < cacheMs) return Promise.resolve(last);
    pending ??= opts
      .ping(timeoutMs)
      .then(
        () => true,
        (err: unknown) => {
          opts.onFailure?.(err);
          return false;
        },
      )
      .then((up) => {
        last = { up, checkedAt: now() };
        pending = undefined;
        return last;
      });
    return pending;
  };
}

export interface HealthRoutesOptions {
  /** the clock of the readiness cache, for tests; default: performance.now() */
  now?: () => number;
}

/** Registers GET /livez and GET /healthz on `app`. */
export function registerHealthRoutes(app: FastifyInstance, opts: HealthRoutesOptions = {}): void {
  const ready = readinessCheck({
    ping: (timeoutMs) => app.database.ping(timeoutMs),
    now: opts.now,
    onFailure: (err) => app.log.warn({ err }, 'health check: database unreachable'),
  });
  const routeOptions = { schema: { hide: true }, config: { rateLimit: false }, logLevel: 'warn' } as const;

  app.get('/livez', routeOptions, async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));

  app.get('/healthz', routeOptions, async (request, reply) => {
    const { up } = await ready();
    reply.header('cache-control', 'no-store');
    if (up) return reply.send({ status: 'ok', database: 'up' });
    const doc = problem(503, 'The database did not answer a round trip; this instance cannot serve requests. The check is repeated at most once a second.', {
      title: 'Database unavailable',
      instance: request.id,
    });
    return reply.code(503).type(PROBLEM_CONTENT_TYPE).send({ ...doc, database: 'down' });
  });
}
