// The keys of a request that the application and its route plugins share: the CSRF cookie's name and the rate
// limiter's keys. A module of their own, so that route plugins (auth/index.ts) need not import the app (app.ts),
// which imports them: no import cycle.

import type { FastifyRequest } from 'fastify';
import { normalizeIP } from '@fastify/rate-limit';

/** The cookie of @fastify/csrf-protection's secret (signed); the API's CSRF check (auth/index.ts) reads it too. */
export const CSRF_COOKIE = '_csrf';

/** The rate limiter's key of a request's client address (IPv6 by its /64, as the plugin's default does). */
export function addressKey(request: FastifyRequest): string {
  return `address:${normalizeIP(request.ip)}`;
}

/**
 * The rate limiter's key of a request: the signed-in user, else the client address (docs/decisions/009). The
 * limiter runs as a route's onRequest hook, after the application's, so request.actor is already resolved from the
 * session cookie or bearer token; a forged or expired one leaves it null, and the request counts for its address.
 */
export function requestKey(request: FastifyRequest): string {
  return request.actor ? `user:${request.actor.userId}` : addressKey(request);
}

/**
 * The stricter limit for login and other credential endpoints: `config: { rateLimit: LOGIN_RATE_LIMIT }`. Always per
 * client address, signed in or not.
 */
export const LOGIN_RATE_LIMIT = { max: 10, timeWindow: '1 minute', keyGenerator: addressKey } as const;
