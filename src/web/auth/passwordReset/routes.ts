// Password reset: GET|POST /password-reset (answered before any account lookup; the mail goes out after the
// response), GET /password-reset/sent, GET|POST /password-reset/:token.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { InvalidInputError, InvalidTokenError, fieldError } from '../../../app/accounts/accounts.ts';
import type { FieldError } from '../../../app/accounts/accounts.ts';
import { getPasswordReset } from '../../../app/accounts/getPasswordReset.ts';
import { requestPasswordReset } from '../../../app/accounts/requestPasswordReset.ts';
import { resetPassword } from '../../../app/accounts/resetPassword.ts';
import { isMalformedText } from '../../../text.ts';
import { LOGIN_RATE_LIMIT } from '../../requestKeys.ts';
import { PasswordResetPage } from '../views/PasswordResetPage.tsx';
import { PasswordResetRequestPage } from '../views/PasswordResetRequestPage.tsx';
import { PasswordResetSentPage } from '../views/PasswordResetSentPage.tsx';
import { field, state, page, invalidLink } from '../routing.ts';
import type { Body } from '../routing.ts';
import type { AuthContext } from '../routing.ts';

export default async function passwordResetRoutes(app: FastifyInstance, ctx: AuthContext): Promise<void> {
  const { db, now, publicUrlOf, csrf, deliverResets, clearSessionCookie } = ctx;

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
}
