// Accepting an invitation: GET|POST /invitations/:token (sets the password, signs in).

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { InvalidInputError, InvalidTokenError } from '../../../app/accounts/accounts.ts';
import { acceptInvitation } from '../../../app/accounts/acceptInvitation.ts';
import { getInvitation } from '../../../app/accounts/getInvitation.ts';
import { logout } from '../../../app/accounts/logout.ts';
import { isRole } from '../../../policies/index.ts';
import { LOGIN_RATE_LIMIT } from '../../requestKeys.ts';
import { InvitationPage } from '../views/InvitationPage.tsx';
import { field, state, page, invalidLink } from '../routing.ts';
import type { Body } from '../routing.ts';
import type { AuthContext } from '../routing.ts';

export default async function invitationsRoutes(app: FastifyInstance, ctx: AuthContext): Promise<void> {
  const { db, now, cookieName, csrf, setSessionCookie } = ctx;

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
}
