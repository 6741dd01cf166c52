// The session cookie and the request helpers that later routes use: requireActor and authorizeRequest.
//
// Cookie name: `__Host-lotse_session` in production. The `__Host-` prefix makes browsers refuse the cookie unless it
// is Secure, has Path=/ and no Domain, so no subdomain or plain-http page can plant or overwrite it. Browsers also
// refuse a Secure cookie set over plain http, so in development (http://127.0.0.1:3000) the cookie is
// `lotse_session` without Secure; everything else (HttpOnly, SameSite=Lax, Path=/) is the same.

import type { FastifyReply, FastifyRequest } from 'fastify';
import { LOGIN_DEVICE_TTL_MS, SESSION_ABSOLUTE_MS } from '../../app/accounts/accounts.ts';
import type { SignedInActor } from '../../app/accounts/sessions.ts';
import { UnauthenticatedError, authorize } from '../../policies/index.ts';
import type { Action, Target } from '../../policies/index.ts';
import { problem, sendProblem } from '../api/problem.ts';
import { isApiPath } from '../pages.ts';
import { safeLocalPath } from '../urls.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** the signed-in user (session cookie, or a bearer token on /api), or null */
    actor: SignedInActor | null;
  }
}

export const SESSION_COOKIE_PRODUCTION = '__Host-lotse_session';
export const SESSION_COOKIE_DEVELOPMENT = 'lotse_session';

export function sessionCookieName(production: boolean): string {
  return production ? SESSION_COOKIE_PRODUCTION : SESSION_COOKIE_DEVELOPMENT;
}

export function sessionCookieOptions(production: boolean) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: production,
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  };
}

/**
 * The device cookie (docs/decisions/008-login-throttling.md): set, signed, at every successful login; it lets this
 * browser sign in to that account while the account is throttled for unknown devices. Same prefix rules as the
 * session cookie; SameSite=Strict, because only the login form of this site needs it.
 */
export const DEVICE_COOKIE_PRODUCTION = '__Host-lotse_device';
export const DEVICE_COOKIE_DEVELOPMENT = 'lotse_device';

export function deviceCookieName(production: boolean): string {
  return production ? DEVICE_COOKIE_PRODUCTION : DEVICE_COOKIE_DEVELOPMENT;
}

export function deviceCookieOptions(production: boolean) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: production,
    signed: true,
    maxAge: Math.floor(LOGIN_DEVICE_TTL_MS / 1000),
  };
}

/**
 * Where to go after signing in when no (usable) `next` was given: the workspace's company list, where an adviser's
 * day starts; a company user is sent on from there to their own company.
 */
export const AFTER_LOGIN_PATH = '/companies';

/** A local path to return to after signing in; never the login or logout pages themselves. */
export function nextPath(value: unknown): string {
  if (typeof value !== 'string' || value === '') return AFTER_LOGIN_PATH;
  const path = safeLocalPath(value);
  if (path === '/' && value !== '/') return AFTER_LOGIN_PATH;
  if (/^\/(login|logout)(\/|\?|$)/.test(path)) return AFTER_LOGIN_PATH;
  return path;
}

export function loginRedirect(request: FastifyRequest): string {
  return `/login?next=${encodeURIComponent(nextPath(request.method === 'GET' ? request.url : '/account'))}`;
}

/**
 * preHandler for routes that need a signed-in user: pages redirect to the login (and come back afterwards), the API
 * answers 401 with a problem document. `{ preHandler: requireActor }`.
 */
export async function requireActor(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.actor) return;
  if (isApiPath(request.url)) {
    reply.header('www-authenticate', 'Bearer realm="lotse"');
    sendProblem(reply, problem(401, 'Sign in, or send an API token: Authorization: Bearer <token>.', { instance: request.id }));
    return reply;
  }
  reply.header('cache-control', 'no-store');
  reply.redirect(loginRedirect(request), 303);
  return reply;
}

/** The signed-in user of a request, or a 401. */
export function signedIn(request: FastifyRequest): SignedInActor {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
}

/** The policy check for a route: 401 without a user, 404 for another tenant's object, 403 when not allowed. */
export function authorizeRequest(request: FastifyRequest, action: Action, target: Target): SignedInActor {
  const actor = signedIn(request);
  authorize(actor, action, target);
  return actor;
}
