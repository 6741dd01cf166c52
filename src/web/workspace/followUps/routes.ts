// The open follow-ups (Wiedervorlagen), the earliest due first, and marking one done or open again.
//
//   GET /follow-ups?due=&who=&page=, POST /consultations/:id/follow-up/done, POST /consultations/:id/follow-up/reopen

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { completeFollowUp } from '../../../app/followUps/completeFollowUp.ts';
import { getConsultation } from '../../../app/consultations/getConsultation.ts';
import { listFollowUps } from '../../../app/followUps/listFollowUps.ts';
import { reopenFollowUp } from '../../../app/followUps/reopenFollowUp.ts';
import { WorkspaceInputError, wfe } from '../../../app/common/errors.ts';
import type { WorkspaceFieldError } from '../../../app/common/errors.ts';
import { addDays } from '../../../law/dates.ts';
import { officeToday } from '../../officeDay.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { wm } from '../../shell/domain/messages/index.ts';
import { listReferrals } from '../../../app/referrals/listReferrals.ts';
import { can } from '../../../policies/index.ts';
import { ReferralFollowUps } from '../referrals/ReferralFollowUps.tsx';
import { DUE_WINDOWS, FollowUpsPage, WHO, followUpsHref } from './FollowUpsPage.tsx';
import type { DueWindow, FollowUpSelection, Who } from './FollowUpsPage.tsx';
import { base, str, page, see, ws } from '../routing.ts';
import type { Body, Values } from '../routing.ts';

/** The last due day of a due window, from the office's today; null for all open follow-ups. */
function untilOf(due: DueWindow, today: string): string | null {
  const days = { today: 0, week: 7, month: 30, all: null }[due];
  return days === null ? null : addDays(today, days);
}

export default async function followUpsRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;

  /** the selection of the list from a query string or a form body; a bad value is an error naming its field */
  const selectionOf = (q: Record<string, unknown> | undefined): { selection: FollowUpSelection; values: Values; errors: WorkspaceFieldError[] } => {
    const errors: WorkspaceFieldError[] = [];
    const due = str(q?.due) || 'week';
    const who = str(q?.who) || 'all';
    if (!(DUE_WINDOWS as readonly string[]).includes(due)) errors.push(wfe('due', 'oneOf', DUE_WINDOWS.join(', ')));
    if (!(WHO as readonly string[]).includes(who)) errors.push(wfe('who', 'oneOf', WHO.join(', ')));
    const selection: FollowUpSelection = {
      due: errors.some((e) => e.field === 'due') ? 'week' : (due as DueWindow),
      who: errors.some((e) => e.field === 'who') ? 'all' : (who as Who),
    };
    return { selection, values: { due, who }, errors };
  };

  const followUpsPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    q: Record<string, unknown> | undefined,
    extra: { notice?: string; undoId?: string; error?: string } = {},
    status = 200,
  ) => {
    const actor = signedIn(request);
    const { selection, values, errors } = selectionOf(q);
    const today = officeToday();
    const filter = {
      until: untilOf(selection.due, today),
      adviserUserId: selection.who === 'mine' ? actor.userId : undefined,
    };
    let list;
    let shown = errors;
    try {
      list = await listFollowUps(db, actor, { ...filter, page: errors.length > 0 ? undefined : q?.page }, today);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      shown = [...errors, ...err.errors];
      list = await listFollowUps(db, actor, filter, today);
    }
    const state = ws(request, values, shown);
    const code = shown.length > 0 && status === 200 ? 400 : status;
    const csrfToken = reply.generateCsrf();
    // issue 16: the referrals whose follow-up is due in the same window (with "mine": those the user made)
    const referrals = can(actor, 'referral.list', { tenantId: actor.tenantId })
      ? h(ReferralFollowUps, {
          lang: request.lang,
          items: await listReferrals(db, actor, { followUpUntil: filter.until ?? '2100-12-31', createdBy: filter.adviserUserId, limit: 200 }),
          csrfToken,
          back: followUpsHref(selection, {}),
          today,
        })
      : undefined;
    return page(reply, request, h(FollowUpsPage, { ...base(request), csrfToken, state, selection, list, referrals, ...extra }), code);
  };

  app.get<{ Querystring: Record<string, string | undefined> }>('/follow-ups', { preHandler: requireActor }, async (request, reply) => {
    const f = wm(request.lang).followUps;
    const done = request.query.done;
    const undo = request.query.undo;
    return followUpsPage(request, reply, request.query, {
      notice: done === 'completed' ? f.completed : done === 'reopened' ? f.reopened : undefined,
      undoId: done === 'completed' && typeof undo === 'string' && /^[0-9a-f-]{36}$/i.test(undo) ? undo : undefined,
    });
  });

  const followUpAction = (verb: 'done' | 'reopen') =>
    async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
      const body = request.body as Body;
      const actor = signedIn(request);
      try {
        if (verb === 'done') await completeFollowUp(db, actor, request.params.id);
        else await reopenFollowUp(db, actor, request.params.id);
      } catch (err) {
        if (!(err instanceof WorkspaceInputError)) throw err;
        return followUpsPage(request, reply, body, { error: wm(request.lang).errors.noFollowUp }, 400);
      }
      if (body?.back === 'company') {
        const view = await getConsultation(db, actor, request.params.id);
        return see(reply, `/companies/${view.companyId}?done=${verb === 'done' ? 'followUpDone' : 'followUpReopened'}`);
      }
      const { selection } = selectionOf(body);
      return see(reply, followUpsHref(selection, verb === 'done' ? { done: 'completed', undo: request.params.id } : { done: 'reopened' }));
    };
  app.post<{ Params: { id: string } }>('/consultations/:id/follow-up/done', { preHandler: [requireActor, csrf] }, followUpAction('done'));
  app.post<{ Params: { id: string } }>('/consultations/:id/follow-up/reopen', { preHandler: [requireActor, csrf] }, followUpAction('reopen'));
}
