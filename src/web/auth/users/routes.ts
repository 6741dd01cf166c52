// The user administration (admins): GET /admin/users, POST /admin/users/invite, POST /admin/users/:id/disable,
// POST /admin/invitations/:id/revoke.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { InvalidInputError } from '../../../app/accounts/accounts.ts';
import { disableUser } from '../../../app/accounts/disableUser.ts';
import { inviteUser } from '../../../app/accounts/inviteUser.ts';
import { listUsers } from '../../../app/accounts/listUsers.ts';
import { revokeInvitation } from '../../../app/accounts/revokeInvitation.ts';
import { am } from '../messages/index.ts';
import { requireActor, signedIn } from '../session.ts';
import type { FormState } from '../views/form.tsx';
import { UsersPage } from '../views/UsersPage.tsx';
import { field, state, page } from '../routing.ts';
import type { Body } from '../routing.ts';
import type { AuthContext } from '../routing.ts';

export default async function usersRoutes(app: FastifyInstance, ctx: AuthContext): Promise<void> {
  const { db, now, csrf, mailDeps } = ctx;

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
