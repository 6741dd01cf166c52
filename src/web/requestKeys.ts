// What the application and its plugins share about every request, without importing each other (app.ts registers the
// plugins; the plugins must not import app.ts): the instance decorations (`app.database`, `app.config`), the cookie of
// the CSRF secret, and the rate limiter's keys and the stricter limit of the credential endpoints.

import type { FastifyRequest } from 'fastify';
import { normalizeIP } from '@fastify/rate-limit';
import type { Config } from '../config.ts';
import type { Database } from '../app/database.ts';
import type { DocumentStorage } from '../storage/index.ts';
import type {} from './auth/session.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: AppConfig;
    /** where uploaded documents are kept (issue 14) */
    documentStorage: DocumentStorage;
  }
}

/**
 * rateLimitPerAddress: requests per minute and client address without a signed-in user; rateLimitPerUser: per
 * signed-in user (session or API token), whatever the address. Both for every route without its own limit.
 */
export type AppConfig = Pick<Config, 'logLevel' | 'production' | 'trustProxy' | 'bodyLimit' | 'rateLimitPerAddress' | 'rateLimitPerUser' | 'uploadMaxBytes'>;

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
