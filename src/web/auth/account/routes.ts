// The own account: GET /account, POST /account/password, POST /account/tokens, POST /account/tokens/:id/revoke,
// POST /account/calendar (create or rotate the calendar feed), POST /account/calendar/revoke.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { InvalidInputError } from '../../../app/accounts/accounts.ts';
import { changePassword } from '../../../app/accounts/changePassword.ts';
import { createApiToken } from '../../../app/accounts/createApiToken.ts';
import { listApiTokens } from '../../../app/accounts/listApiTokens.ts';
import { revokeApiToken } from '../../../app/accounts/revokeApiToken.ts';
import { createCalendarFeed } from '../../../app/calendar/createCalendarFeed.ts';
import { getCalendarFeed } from '../../../app/calendar/getCalendarFeed.ts';
import { revokeCalendarFeed } from '../../../app/calendar/revokeCalendarFeed.ts';
import { calendarFeedPath } from '../../calendar/paths.ts';
import { isRole } from '../../../policies/index.ts';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { getReminderFrequency } from '../../../app/reminders/getReminderFrequency.ts';
import { setReminderFrequency } from '../../../app/reminders/setReminderFrequency.ts';
import { LOGIN_RATE_LIMIT } from '../../requestKeys.ts';
import { am } from '../messages/index.ts';
import { requireActor, signedIn } from '../session.ts';
import { AccountPage } from '../views/AccountPage.tsx';
import type { FormState } from '../views/form.tsx';
import { field, state, page } from '../routing.ts';
import type { Body } from '../routing.ts';
import type { AuthContext } from '../routing.ts';

export default async function accountRoutes(app: FastifyInstance, ctx: AuthContext): Promise<void> {
  const { db, now, csrf, setSessionCookie, publicUrlOf } = ctx;

  const accountPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { passwordState?: FormState; tokenState?: FormState; reminderState?: FormState; newToken?: string; newCalendarUrl?: string; notice?: string },
    status = 200,
  ) => {
    const actor = signedIn(request);
    const tokens = await listApiTokens(db, actor);
    const calendarFeed = await getCalendarFeed(db, actor);
    const reminders = await getReminderFrequency(db, actor);
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
        reminderState: extra.reminderState ?? state(request, { frequency: reminders.frequency }),
        reminderIsDefault: reminders.isDefault,
        newToken: extra.newToken,
        calendarFeed,
        newCalendarUrl: extra.newCalendarUrl,
        notice: extra.notice,
      }),
      status,
    );
  };

  app.get<{ Querystring: { done?: string } }>('/account', { preHandler: requireActor }, async (request, reply) => {
    const a = am(request.lang).account;
    const done = request.query.done;
    const notice =
      done === 'password'
        ? a.passwordChanged
        : done === 'revoked'
          ? a.tokenRevokedDone
          : done === 'calendar-revoked'
            ? a.calendarRevokedDone
            : done === 'reminders'
              ? a.remindersSaved
              : undefined;
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

  // issue 15: the reminder digest (daily, weekly, off)
  app.post('/account/reminders', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const frequency = field(request.body as Body, 'frequency');
    try {
      await setReminderFrequency(db, signedIn(request), { frequency }, now());
      return reply.header('cache-control', 'no-store').redirect('/account?done=reminders', 303);
    } catch (err) {
      if (err instanceof WorkspaceInputError) {
        const errors = [{ field: 'frequency', code: 'required' as const, message: err.message }];
        return accountPage(request, reply, { reminderState: state(request, { frequency }, errors) }, 400);
      }
      throw err;
    }
  });

  app.post<{ Params: { id: string } }>('/account/tokens/:id/revoke', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    await revokeApiToken(db, signedIn(request), { tokenId: request.params.id }, now());
    return reply.header('cache-control', 'no-store').redirect('/account?done=revoked', 303);
  });

  app.post('/account/calendar', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const created = await createCalendarFeed(db, signedIn(request), now());
    reply.header('cache-control', 'no-store');
    return accountPage(request, reply, { newCalendarUrl: `${publicUrlOf(request).replace(/\/+$/, '')}${calendarFeedPath(created.token)}` });
  });

  app.post('/account/calendar/revoke', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    await revokeCalendarFeed(db, signedIn(request), now());
    return reply.header('cache-control', 'no-store').redirect('/account?done=calendar-revoked', 303);
  });
}
