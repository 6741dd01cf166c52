// Signing in and out: GET|POST /login (the stricter limit per address), POST /logout.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { fieldError } from '../../../app/accounts/accounts.ts';
import type { FieldError } from '../../../app/accounts/accounts.ts';
import { login } from '../../../app/accounts/login.ts';
import { logout } from '../../../app/accounts/logout.ts';
import { isMalformedText } from '../../../text.ts';
import { LOGIN_RATE_LIMIT } from '../../requestKeys.ts';
import { refuse } from '../../textGuard.ts';
import { am } from '../messages/index.ts';
import { deviceCookieOptions, nextPath } from '../session.ts';
import type { FormState } from '../views/form.tsx';
import { LoginPage } from '../views/LoginPage.tsx';
import { field, state, page } from '../routing.ts';
import type { Body } from '../routing.ts';
import type { AuthContext } from '../routing.ts';

export default async function loginRoutes(app: FastifyInstance, ctx: AuthContext): Promise<void> {
  const { db, now, production, cookieName, deviceCookie, csrf, setSessionCookie, clearSessionCookie } = ctx;

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
}
