// Accounts and sessions (issue 6), as one plugin that is not encapsulated (skip-override): its request decorator
// `request.actor` and its onRequest hook apply to the whole application.
//
//   request.actor   resolved from the session cookie (pages) or `Authorization: Bearer` (API) on every request
//   on /api, a state-changing request (POST, PUT, PATCH, DELETE) with the session cookie and no bearer token needs the
//   page's CSRF token in `X-CSRF-Token`, else 403 (docs/decisions/009-api-auth-and-rate-limits.md)
//   /login, /logout, /invitations/:token, /password-reset[/:token], /account, /admin/users
//
// Register with `await app.register(auth, { mailer, publicUrl })` after @fastify/cookie, @fastify/formbody and
// @fastify/csrf-protection and before every plugin that reads request.actor. Helpers for routes: session.ts.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type {} from '@fastify/csrf-protection';
import { Tokens } from '@fastify/csrf';
import { logMailer } from '../../app/accounts/mail.ts';
import type { Mailer } from '../../app/accounts/mail.ts';
import { deliverPasswordResets } from '../../app/accounts/deliverPasswordResets.ts';
import { resolveApiToken, resolveSession } from '../../app/accounts/sessions.ts';
import { PROBLEM_TYPES, problem, sendProblem } from '../api/problem.ts';
import type { ProblemDocument } from '../api/problem.ts';
import { CSRF_COOKIE } from '../requestKeys.ts';
import { checksOwnText } from '../textGuard.ts';
import { isApiPath } from '../pages.ts';
import { pathOf } from '../urls.ts';
import { deviceCookieName, sessionCookieName, sessionCookieOptions } from './session.ts';

import loginRoutes from './login/routes.ts';
import invitationRoutes from './invitations/routes.ts';
import passwordResetRoutes from './passwordReset/routes.ts';
import accountRoutes from './account/routes.ts';
import userRoutes from './users/routes.ts';
import type { AuthContext } from './routing.ts';

export { AFTER_LOGIN_PATH, authorizeRequest, requireActor, sessionCookieName, signedIn } from './session.ts';

export interface AuthOptions {
  /** how mails leave; default: written to the log (the behaviour without SMTP_URL) */
  mailer?: Mailer;
  /** base URL of links in mails (PUBLIC_URL); default: the origin of the request that causes the mail */
  publicUrl?: string;
  /** the clock, for tests */
  now?: () => Date;
}

const FORMS_CHECKING_TEXT = [
  'POST /login',
  'POST /invitations/:token',
  'POST /password-reset',
  'POST /password-reset/:token',
  'POST /account/password',
  'POST /account/tokens',
  'POST /admin/users/invite',
];

const SKIP_RESOLVE = /^\/(static\/|healthz$|livez$)/;
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** the header an API request signed in by the session cookie carries the CSRF token in */
export const API_CSRF_HEADER = 'x-csrf-token';

/** A request the auth hook refuses; answered in preParsing, after the rate limiter has counted it. */
interface Refusal {
  doc: ProblemDocument;
  wwwAuthenticate?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    lotseAuthRefusal: Refusal | null;
  }
}

export default async function auth(app: FastifyInstance, opts: AuthOptions = {}): Promise<void> {
  const db = app.database.db;
  const now = opts.now ?? (() => new Date());
  const production = app.config.production;
  const cookieName = sessionCookieName(production);
  const cookieOptions = sessionCookieOptions(production);
  const mailer = opts.mailer ?? logMailer(app.log);
  if (opts.publicUrl === undefined && production) {
    app.log.warn('auth: no PUBLIC_URL given to the accounts plugin; links in mails use the request’s own origin');
  }
  const publicUrlOf = (request: FastifyRequest) => opts.publicUrl ?? `${request.protocol}://${request.host}`;
  const mailDeps = (request: FastifyRequest) => ({
    mailer,
    publicUrl: publicUrlOf(request),
    onMailError: (err: unknown) => request.log.error({ err }, 'password-reset mail could not be sent'),
  });
  const csrf = app.csrfProtection;
  const deviceCookie = deviceCookieName(production);

  // Password-reset requests are handled after the response (issue 10: the request takes the same time for every
  // address). Each run claims what is pending in the database, so runs may overlap, on this or other instances; the
  // housekeeping round takes what a stopped instance left. Closing the application waits for the runs under way.
  const deliveries = new Set<Promise<unknown>>();
  const deliverResets = () => {
    const run = deliverPasswordResets(db, { mailer, onMailError: (err) => app.log.error({ err }, 'password-reset mail could not be sent') }, now())
      .catch((err: unknown) => app.log.error({ err }, 'password-reset requests could not be handled; the next request or housekeeping round retries'))
      .finally(() => deliveries.delete(run));
    deliveries.add(run);
  };
  app.addHook('onClose', async () => {
    await Promise.allSettled([...deliveries]);
  });

  app.decorateRequest('actor', null);
  // these forms refuse malformed text with the error beside the field (nameErrors, emailErrors, passwordErrors, …);
  // listed, because this plugin's hooks reach the routes of the plugins registered after it
  checksOwnText(app, { body: true }, FORMS_CHECKING_TEXT);
  app.decorateRequest('lotseAuthRefusal', null);

  // The same token algorithm as @fastify/csrf-protection (its defaults), for the API's header check: the secret is the
  // plugin's signed cookie, the token one that the plugin put into a page.
  const csrfTokens = new Tokens({ userInfo: false });
  const apiCsrfTokenValid = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const token = request.headers[API_CSRF_HEADER];
    const signed = request.cookies[CSRF_COOKIE];
    if (typeof token !== 'string' || token === '' || signed === undefined) return false;
    const secret = reply.unsignCookie(signed);
    return secret.valid && secret.value !== null && csrfTokens.verify(secret.value, token);
  };

  app.addHook('onRequest', async (request, reply) => {
    const path = pathOf(request.url);
    if (SKIP_RESOLVE.test(path)) return;
    const api = isApiPath(path);
    const authorization = request.headers.authorization;
    if (authorization !== undefined && api) {
      const m = /^Bearer[ ]+([A-Za-z0-9_-]{1,200})[ ]*$/i.exec(authorization);
      const actor = m ? await resolveApiToken(db, m[1]!, now()) : null;
      if (actor === null) {
        request.lotseAuthRefusal = {
          doc: problem(401, 'The bearer token is not valid: unknown, revoked, or its user is disabled.', { instance: request.id }),
          wwwAuthenticate: 'Bearer realm="lotse", error="invalid_token"',
        };
        return;
      }
      request.actor = actor;
      return;
    }
    const sid = request.cookies[cookieName];
    if (sid === undefined) return;
    // The API authenticates by bearer token. A browser's session cookie is sent along by the browser on its own, so
    // it counts for a state-changing API request only together with the page's CSRF token (issue 10).
    if (api && STATE_CHANGING.has(request.method) && !apiCsrfTokenValid(request, reply)) {
      request.lotseAuthRefusal = {
        doc: problem(
          403,
          `A ${request.method} to the API with the session cookie needs the page's CSRF token in the X-CSRF-Token header. ` +
            'API clients authenticate with Authorization: Bearer <token> instead (and send no cookie).',
          { type: PROBLEM_TYPES.csrfTokenRequired, title: 'CSRF token required', instance: request.id },
        ),
      };
      return;
    }
    request.actor = await resolveSession(db, sid, now());
    if (request.actor === null) reply.clearCookie(cookieName, { path: '/', secure: production, httpOnly: true, sameSite: 'lax' });
  });

  // Refusals are answered here, not in onRequest: a route's own onRequest hooks (the rate limiter) run after the
  // application's, so guessed tokens and refused cookies count against the client's request limit.
  app.addHook('preParsing', async (request, reply) => {
    const refusal = request.lotseAuthRefusal;
    if (refusal === null) return;
    if (refusal.wwwAuthenticate !== undefined) reply.header('www-authenticate', refusal.wwwAuthenticate);
    sendProblem(reply, refusal.doc);
    return reply;
  });

  const setSessionCookie = (reply: FastifyReply, id: string) => reply.setCookie(cookieName, id, cookieOptions);
  const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(cookieName, { path: '/', secure: production, httpOnly: true, sameSite: 'lax' });

  const ctx: AuthContext = { db, now, production, cookieName, deviceCookie, csrf, publicUrlOf, mailDeps, deliverResets, setSessionCookie, clearSessionCookie };
  await app.register(loginRoutes, ctx);
  await app.register(invitationRoutes, ctx);
  await app.register(passwordResetRoutes, ctx);
  await app.register(accountRoutes, ctx);
  await app.register(userRoutes, ctx);
}

// Not encapsulated: request.actor and the hook are the application's.
Object.defineProperty(auth, Symbol.for('skip-override'), { value: true });
Object.defineProperty(auth, Symbol.for('fastify.display-name'), { value: 'lotse-auth' });
