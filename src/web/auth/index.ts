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
import { h } from 'preact';
import type { VNode } from 'preact';
import { InvalidInputError, InvalidTokenError, fieldError } from '../../app/accounts.ts';
import type { FieldError } from '../../app/accounts.ts';
import { acceptInvitation } from '../../app/acceptInvitation.ts';
import { changePassword } from '../../app/changePassword.ts';
import { createApiToken } from '../../app/createApiToken.ts';
import { disableUser } from '../../app/disableUser.ts';
import { getInvitation } from '../../app/getInvitation.ts';
import { getPasswordReset } from '../../app/getPasswordReset.ts';
import { inviteUser } from '../../app/inviteUser.ts';
import { listApiTokens } from '../../app/listApiTokens.ts';
import { listUsers } from '../../app/listUsers.ts';
import { login } from '../../app/login.ts';
import { logout } from '../../app/logout.ts';
import { logMailer } from '../../app/mail.ts';
import type { Mailer } from '../../app/mail.ts';
import { deliverPasswordResets } from '../../app/deliverPasswordResets.ts';
import { requestPasswordReset } from '../../app/requestPasswordReset.ts';
import { resetPassword } from '../../app/resetPassword.ts';
import { revokeApiToken } from '../../app/revokeApiToken.ts';
import { revokeInvitation } from '../../app/revokeInvitation.ts';
import { resolveApiToken, resolveSession } from '../../app/sessions.ts';
import { isRole } from '../../policies/index.ts';
import { isMalformedText } from '../../text.ts';
import { PROBLEM_TYPES, problem, sendProblem } from '../api/problem.ts';
import type { ProblemDocument } from '../api/problem.ts';
import { CSRF_COOKIE, LOGIN_RATE_LIMIT } from '../requestKeys.ts';
import { sendPage } from '../html.ts';
import { checksOwnText, refuse } from '../textGuard.ts';
import { isApiPath } from '../pages.ts';
import { pathOf } from '../urls.ts';
import { am } from './messages.ts';
import { deviceCookieName, deviceCookieOptions, nextPath, requireActor, sessionCookieName, sessionCookieOptions, signedIn } from './session.ts';
import { AccountPage } from './views/AccountPage.tsx';
import type { FormState } from './views/form.tsx';
import { InvalidLinkPage } from './views/InvalidLinkPage.tsx';
import { InvitationPage } from './views/InvitationPage.tsx';
import { LoginPage } from './views/LoginPage.tsx';
import { PasswordResetPage, PasswordResetRequestPage, PasswordResetSentPage } from './views/PasswordResetPages.tsx';
import { UsersPage } from './views/UsersPage.tsx';

export { AFTER_LOGIN_PATH, authorizeRequest, requireActor, sessionCookieName, signedIn } from './session.ts';

export interface AuthOptions {
  /** how mails leave; default: written to the log (the behaviour without SMTP_URL) */
  mailer?: Mailer;
  /** base URL of links in mails (PUBLIC_URL); default: the origin of the request that causes the mail */
  publicUrl?: string;
  /** the clock, for tests */
  now?: () => Date;
}

type Body = Record<string, unknown> | undefined;

function field(body: Body, name: string, trim = true): string {
  const v = body?.[name];
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== 'string') return '';
  return trim ? s.trim() : s;
}

function state(request: FastifyRequest, values: Record<string, string> = {}, errors: FieldError[] = [], summary?: FormState['summary']): FormState {
  return { lang: request.lang, values, errors, summary };
}

function page<P>(reply: FastifyReply, request: FastifyRequest, vnode: VNode<P>, status = 200): FastifyReply {
  reply.header('cache-control', 'no-store');
  return sendPage(reply, vnode, { lang: request.lang, status });
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

const SKIP_RESOLVE = /^\/(static\/|healthz$)/;
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

  // --- login and logout --------------------------------------------------------------------------------------
  const NOTICES = { logout: 'loggedOut', reset: 'passwordChanged' } as const;

  app.get<{ Querystring: { next?: string; done?: string } }>('/login', async (request, reply) => {
    if (request.actor) return reply.header('cache-control', 'no-store').redirect(nextPath(request.query.next), 303);
    const done = request.query.done;
    const notice = done === 'logout' || done === 'reset' ? am(request.lang).login[NOTICES[done]] : undefined;
    return page(
      reply,
      request,
      h(LoginPage, { lang: request.lang, currentUrl: request.url, csrfToken: reply.generateCsrf(), state: state(request), next: nextPath(request.query.next), notice }),
    );
  });

  app.post('/login', { preHandler: csrf, config: { rateLimit: LOGIN_RATE_LIMIT } }, async (request, reply) => {
    const body = request.body as Body;
    const email = field(body, 'email');
    const password = field(body, 'password', false);
    const rawNext = field(body, 'next');
    // the hidden field cannot be corrected in the form: refused like the text guard does (decision 012)
    if (isMalformedText(rawNext)) return refuse(request, reply, { part: 'body', path: '/next', kind: 'malformed' });
    const next = nextPath(rawNext);
    const m = am(request.lang);
    const render = (s: FormState, status: number) =>
      page(reply, request, h(LoginPage, { lang: request.lang, currentUrl: request.url, csrfToken: reply.generateCsrf(), state: s, next }), status);

    const errors: FieldError[] = [];
    if (email === '') errors.push(fieldError('email', 'required'));
    else if (isMalformedText(email)) errors.push(fieldError('email', 'characters'));
    if (password === '') errors.push(fieldError('password', 'required'));
    else if (isMalformedText(password)) errors.push(fieldError('password', 'characters'));
    if (errors.length > 0) return render(state(request, { email }, errors), 400);

    const signedDevice = request.cookies[deviceCookie];
    const device = signedDevice === undefined ? null : request.unsignCookie(signedDevice);
    const result = await login(
      db,
      {
        email,
        password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousSessionId: request.cookies[cookieName],
        deviceToken: device?.valid ? device.value : null,
      },
      now(),
    );
    if (!result.ok && result.reason === 'throttled') {
      reply.header('retry-after', String(result.retryAfterMinutes * 60));
      return render(state(request, { email }, [], [{ field: 'email', text: m.login.throttled[result.scope](result.retryAfterMinutes) }]), 429);
    }
    if (!result.ok) return render(state(request, { email }, [], [{ field: 'password', text: m.login.invalid }]), 401);
    setSessionCookie(reply, result.session.id);
    reply.setCookie(deviceCookie, result.deviceToken, deviceCookieOptions(production));
    return reply.header('cache-control', 'no-store').redirect(next, 303);
  });

  app.post('/logout', { preHandler: csrf }, async (request, reply) => {
    await logout(db, request.cookies[cookieName], now());
    clearSessionCookie(reply);
    return reply.header('cache-control', 'no-store').redirect('/login?done=logout', 303);
  });

  // --- invitations ---------------------------------------------------------------------------------------------
  const invalidLink = (request: FastifyRequest, reply: FastifyReply, err: InvalidTokenError, kind: 'invitation' | 'reset') =>
    page(reply, request, h(InvalidLinkPage, { lang: request.lang, currentUrl: request.url, reason: err.reason, kind }), err.reason === 'unknown' ? 404 : 410);

  app.get<{ Params: { token: string } }>('/invitations/:token', async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    try {
      const inv = await getInvitation(db, request.params.token, now());
      if (!isRole(inv.role)) throw new InvalidTokenError('unknown');
      return page(
        reply,
        request,
        h(InvitationPage, {
          lang: request.lang,
          currentUrl: request.url,
          csrfToken: reply.generateCsrf(),
          state: state(request, { name: inv.name ?? '' }),
          action: `/invitations/${request.params.token}`,
          tenantName: inv.tenantName,
          email: inv.email,
          role: inv.role,
        }),
      );
    } catch (err) {
      if (err instanceof InvalidTokenError) return invalidLink(request, reply, err, 'invitation');
      throw err;
    }
  });

  app.post<{ Params: { token: string } }>('/invitations/:token', { preHandler: csrf, config: { rateLimit: LOGIN_RATE_LIMIT } }, async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    const body = request.body as Body;
    const name = field(body, 'name');
    try {
      const result = await acceptInvitation(
        db,
        {
          token: request.params.token,
          name,
          password: field(body, 'password', false),
          passwordRepeat: field(body, 'passwordRepeat', false),
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        },
        now(),
      );
      // rotation: a session this browser had before (another account) ends
      await logout(db, request.cookies[cookieName], now());
      setSessionCookie(reply, result.session.id);
      return reply.header('cache-control', 'no-store').redirect('/account', 303);
    } catch (err) {
      if (err instanceof InvalidTokenError) return invalidLink(request, reply, err, 'invitation');
      if (err instanceof InvalidInputError) {
        const inv = await getInvitation(db, request.params.token, now()).catch(() => null);
        if (inv === null || !isRole(inv.role)) return invalidLink(request, reply, new InvalidTokenError('unknown'), 'invitation');
        return page(
          reply,
          request,
          h(InvitationPage, {
            lang: request.lang,
            currentUrl: request.url,
            csrfToken: reply.generateCsrf(),
            state: state(request, { name }, err.errors),
            action: `/invitations/${request.params.token}`,
            tenantName: inv.tenantName,
            email: inv.email,
            role: inv.role,
          }),
          400,
        );
      }
      throw err;
    }
  });

  // --- password reset ------------------------------------------------------------------------------------------
  app.get('/password-reset', async (request, reply) =>
    page(reply, request, h(PasswordResetRequestPage, { lang: request.lang, currentUrl: request.url, csrfToken: reply.generateCsrf(), state: state(request) })),
  );

  const resetRequestOptions = {
    preHandler: csrf,
    config: { rateLimit: LOGIN_RATE_LIMIT },
    // the pending request is handled once the answer has left
    onResponse: async (_request: FastifyRequest, reply: FastifyReply) => {
      if (reply.statusCode === 303) deliverResets();
    },
  };
  app.post('/password-reset', resetRequestOptions, async (request, reply) => {
    const email = field(request.body as Body, 'email');
    const errors: FieldError[] = [];
    if (email === '') errors.push(fieldError('email', 'required'));
    else if (isMalformedText(email)) errors.push(fieldError('email', 'characters'));
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) errors.push(fieldError('email', 'email'));
    if (errors.length > 0) {
      return page(
        reply,
        request,
        h(PasswordResetRequestPage, { lang: request.lang, currentUrl: request.url, csrfToken: reply.generateCsrf(), state: state(request, { email }, errors) }),
        400,
      );
    }
    await requestPasswordReset(db, { email, publicUrl: publicUrlOf(request) }, now());
    return reply.header('cache-control', 'no-store').redirect('/password-reset/sent', 303);
  });

  app.get('/password-reset/sent', async (request, reply) => page(reply, request, h(PasswordResetSentPage, { lang: request.lang, currentUrl: request.url })));

  app.get<{ Params: { token: string } }>('/password-reset/:token', async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    try {
      const reset = await getPasswordReset(db, request.params.token, now());
      return page(
        reply,
        request,
        h(PasswordResetPage, {
          lang: request.lang,
          currentUrl: request.url,
          csrfToken: reply.generateCsrf(),
          state: state(request),
          action: `/password-reset/${request.params.token}`,
          email: reset.email,
        }),
      );
    } catch (err) {
      if (err instanceof InvalidTokenError) return invalidLink(request, reply, err, 'reset');
      throw err;
    }
  });

  app.post<{ Params: { token: string } }>('/password-reset/:token', { preHandler: csrf, config: { rateLimit: LOGIN_RATE_LIMIT } }, async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    const body = request.body as Body;
    try {
      await resetPassword(
        db,
        { token: request.params.token, password: field(body, 'password', false), passwordRepeat: field(body, 'passwordRepeat', false) },
        now(),
      );
      clearSessionCookie(reply);
      return reply.header('cache-control', 'no-store').redirect('/login?done=reset', 303);
    } catch (err) {
      if (err instanceof InvalidTokenError) return invalidLink(request, reply, err, 'reset');
      if (err instanceof InvalidInputError) {
        const reset = await getPasswordReset(db, request.params.token, now()).catch(() => null);
        if (reset === null) return invalidLink(request, reply, new InvalidTokenError('unknown'), 'reset');
        return page(
          reply,
          request,
          h(PasswordResetPage, {
            lang: request.lang,
            currentUrl: request.url,
            csrfToken: reply.generateCsrf(),
            state: state(request, {}, err.errors),
            action: `/password-reset/${request.params.token}`,
            email: reset.email,
          }),
          400,
        );
      }
      throw err;
    }
  });

  // --- own account -------------------------------------------------------------------------------------------
  const accountPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { passwordState?: FormState; tokenState?: FormState; newToken?: string; notice?: string },
    status = 200,
  ) => {
    const actor = signedIn(request);
    const tokens = await listApiTokens(db, actor);
    if (!isRole(actor.role)) throw new Error('invalid role');
    return page(
      reply,
      request,
      h(AccountPage, {
        lang: request.lang,
        currentUrl: request.url,
        csrfToken: reply.generateCsrf(),
        user: { name: actor.name, email: actor.email, role: actor.role, tenantName: actor.tenantName },
        tokens,
        passwordState: extra.passwordState ?? state(request),
        tokenState: extra.tokenState ?? state(request),
        newToken: extra.newToken,
        notice: extra.notice,
      }),
      status,
    );
  };

  app.get<{ Querystring: { done?: string } }>('/account', { preHandler: requireActor }, async (request, reply) => {
    const a = am(request.lang).account;
    const done = request.query.done;
    const notice = done === 'password' ? a.passwordChanged : done === 'revoked' ? a.tokenRevokedDone : undefined;
    return accountPage(request, reply, { notice });
  });

  app.post('/account/password', { preHandler: [requireActor, csrf], config: { rateLimit: LOGIN_RATE_LIMIT } }, async (request, reply) => {
    const body = request.body as Body;
    try {
      const { session } = await changePassword(
        db,
        signedIn(request),
        {
          currentPassword: field(body, 'currentPassword', false),
          newPassword: field(body, 'newPassword', false),
          newPasswordRepeat: field(body, 'newPasswordRepeat', false),
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        },
        now(),
      );
      setSessionCookie(reply, session.id);
      return reply.header('cache-control', 'no-store').redirect('/account?done=password', 303);
    } catch (err) {
      if (err instanceof InvalidInputError) return accountPage(request, reply, { passwordState: state(request, {}, err.errors) }, 400);
      throw err;
    }
  });

  app.post('/account/tokens', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const name = field(request.body as Body, 'tokenName');
    try {
      const created = await createApiToken(db, signedIn(request), { name }, now());
      return accountPage(request, reply, { newToken: created.token });
    } catch (err) {
      if (err instanceof InvalidInputError) {
        const errors = err.errors.map((e) => (e.field === 'name' ? { ...e, field: 'tokenName' } : e));
        return accountPage(request, reply, { tokenState: state(request, { tokenName: name }, errors) }, 400);
      }
      throw err;
    }
  });

  app.post<{ Params: { id: string } }>('/account/tokens/:id/revoke', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    await revokeApiToken(db, signedIn(request), { tokenId: request.params.id }, now());
    return reply.header('cache-control', 'no-store').redirect('/account?done=revoked', 303);
  });

  // --- user administration (admins) ----------------------------------------------------------------------------
  const usersPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { inviteState?: FormState; notice?: string; manualLink?: { email: string; link: string } },
    status = 200,
  ) => {
    const actor = signedIn(request);
    const data = await listUsers(db, actor);
    return page(
      reply,
      request,
      h(UsersPage, {
        lang: request.lang,
        currentUrl: request.url,
        csrfToken: reply.generateCsrf(),
        user: { name: actor.name, role: actor.role, userId: actor.userId },
        ...data,
        inviteState: extra.inviteState ?? state(request, { role: 'adviser' }),
        notice: extra.notice,
        manualLink: extra.manualLink,
      }),
      status,
    );
  };

  app.get<{ Querystring: { done?: string } }>('/admin/users', { preHandler: requireActor }, async (request, reply) => {
    const u = am(request.lang).users;
    const done = request.query.done;
    return usersPage(request, reply, { notice: done === 'disabled' ? u.disabledDone : done === 'revoked' ? u.revokedDone : undefined });
  });

  app.post('/admin/users/invite', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const body = request.body as Body;
    const values = { email: field(body, 'email'), name: field(body, 'name'), role: field(body, 'role'), companyId: field(body, 'companyId') };
    try {
      const r = await inviteUser(db, signedIn(request), values, mailDeps(request), now());
      const u = am(request.lang).users;
      return r.mailed
        ? usersPage(request, reply, { notice: u.invited(r.email) })
        : usersPage(request, reply, { manualLink: { email: r.email, link: r.link } });
    } catch (err) {
      if (err instanceof InvalidInputError) return usersPage(request, reply, { inviteState: state(request, values, err.errors) }, 400);
      throw err;
    }
  });

  app.post<{ Params: { id: string } }>('/admin/users/:id/disable', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    await disableUser(db, signedIn(request), { userId: request.params.id }, now());
    return reply.header('cache-control', 'no-store').redirect('/admin/users?done=disabled', 303);
  });

  app.post<{ Params: { id: string } }>('/admin/invitations/:id/revoke', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    await revokeInvitation(db, signedIn(request), { invitationId: request.params.id }, now());
    return reply.header('cache-control', 'no-store').redirect('/admin/users?done=revoked', 303);
  });
}

// Not encapsulated: request.actor and the hook are the application's.
Object.defineProperty(auth, Symbol.for('skip-override'), { value: true });
Object.defineProperty(auth, Symbol.for('fastify.display-name'), { value: 'lotse-auth' });
