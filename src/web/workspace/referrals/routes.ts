// Tracked referrals (issue 16).
//
//   GET  /cases/:caseId/referrals/new?partner=<id>&measure=<kind>, POST /cases/:caseId/referrals    refer a case
//   GET  /consultations/:id/referrals/new?partner=&measure=, POST /consultations/:id/referrals         refer from a consultation
//   GET  /referrals/:id, POST same                      one referral and its next step (accepted, done, declined)
//   POST /referrals/:id/follow-up/done, …/reopen        its follow-up (Wiedervorlage)

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { loadCase } from '../../../app/cases/getCase.ts';
import { loadConsultation } from '../../../app/consultations/getConsultation.ts';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import type { WorkspaceFieldError } from '../../../app/common/errors.ts';
import { listPartners } from '../../../app/partners/listPartners.ts';
import { createReferral } from '../../../app/referrals/createReferral.ts';
import type { ReferralSource } from '../../../app/referrals/createReferral.ts';
import { getReferral } from '../../../app/referrals/getReferral.ts';
import { setReferralFollowUp } from '../../../app/referrals/setReferralFollowUp.ts';
import { updateReferralStatus } from '../../../app/referrals/updateReferralStatus.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { officeToday } from '../../officeDay.ts';
import { formatDate } from '../../shell/domain/labels.ts';
import { base, formValues, page, see, str, ws } from '../routing.ts';
import type { Body, Values } from '../routing.ts';
import { rfm } from './messages.ts';
import { REFERRAL_KEYS, ReferralFormPage } from './ReferralFormPage.tsx';
import { ReferralPage, STATUS_KEYS } from './ReferralPage.tsx';

type Query = Record<string, string | undefined>;

export default async function referralRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;

  /** the source as the form needs it: the use case's source, the title, where to go after and on cancel */
  const sourceOf = async (request: FastifyRequest, kind: 'case' | 'consultation', id: string) => {
    const actor = signedIn(request);
    const m = rfm(request.lang);
    if (kind === 'case') {
      const c = await loadCase(db, actor, id, 'referral.create');
      return { source: { caseId: c.id } as ReferralSource, title: m.newFromCase(c.number), action: `/cases/${c.id}/referrals`, back: `/cases/${c.id}` };
    }
    const { c } = await loadConsultation(db, actor, id, 'referral.create');
    return {
      source: { consultationId: c.id } as ReferralSource,
      title: m.newFromConsultation(formatDate(request.lang, c.date)),
      action: `/consultations/${c.id}/referrals`,
      back: `/consultations/${c.id}/edit`,
    };
  };

  const form = async (request: FastifyRequest, reply: FastifyReply, kind: 'case' | 'consultation', id: string, values: Values, errors: WorkspaceFieldError[] = [], status = 200) => {
    const s = await sourceOf(request, kind, id);
    const partners = await listPartners(db, signedIn(request));
    return page(
      reply,
      request,
      h(ReferralFormPage, { ...base(request), csrfToken: reply.generateCsrf(), state: ws(request, values, errors), title: s.title, action: s.action, cancelHref: s.back, partners }),
      status,
    );
  };

  const create = async (request: FastifyRequest, reply: FastifyReply, kind: 'case' | 'consultation', id: string) => {
    const values = formValues(request.body as Body, REFERRAL_KEYS);
    const s = await sourceOf(request, kind, id);
    try {
      await createReferral(db, signedIn(request), s.source, values, officeToday());
      return see(reply, `${s.back}?done=referral#referrals`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return form(request, reply, kind, id, values, err.errors, 400);
    }
  };

  const prefill = (q: Query): Values => ({ partnerId: str(q.partner), measureKind: str(q.measure) });

  app.get<{ Params: { caseId: string }; Querystring: Query }>('/cases/:caseId/referrals/new', { preHandler: requireActor }, async (request, reply) =>
    form(request, reply, 'case', request.params.caseId, prefill(request.query)),
  );
  app.post<{ Params: { caseId: string } }>('/cases/:caseId/referrals', { preHandler: [requireActor, csrf] }, async (request, reply) =>
    create(request, reply, 'case', request.params.caseId),
  );
  app.get<{ Params: { id: string }; Querystring: Query }>('/consultations/:id/referrals/new', { preHandler: requireActor }, async (request, reply) =>
    form(request, reply, 'consultation', request.params.id, prefill(request.query)),
  );
  app.post<{ Params: { id: string } }>('/consultations/:id/referrals', { preHandler: [requireActor, csrf] }, async (request, reply) =>
    create(request, reply, 'consultation', request.params.id),
  );

  // --- one referral and its next step ------------------------------------------------------------------------------
  const referralPage = async (request: FastifyRequest, reply: FastifyReply, id: string, values?: Values, errors: WorkspaceFieldError[] = [], status = 200) => {
    const r = await getReferral(db, signedIn(request), id);
    const m = rfm(request.lang);
    const done = (request.query as Query | undefined)?.done;
    const notice = done === 'created' ? m.created : done === 'updated' ? m.updated : undefined;
    const state = ws(request, values ?? { status: r.next[0] ?? r.status, outcome: r.outcome ?? '', followUpDate: r.followUpDate ?? '' }, errors);
    return page(reply, request, h(ReferralPage, { ...base(request), csrfToken: reply.generateCsrf(), state, referral: r, next: r.next, notice }), status);
  };

  app.get<{ Params: { id: string }; Querystring: Query }>('/referrals/:id', { preHandler: requireActor }, async (request, reply) => referralPage(request, reply, request.params.id));

  app.post<{ Params: { id: string } }>('/referrals/:id', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, STATUS_KEYS);
    try {
      await updateReferralStatus(db, signedIn(request), request.params.id, values, officeToday());
      return see(reply, `/referrals/${request.params.id}?done=updated`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return referralPage(request, reply, request.params.id, values, err.errors, 400);
    }
  });

  for (const [path, done] of [
    ['done', true],
    ['reopen', false],
  ] as const) {
    app.post<{ Params: { id: string } }>(`/referrals/:id/follow-up/${path}`, { preHandler: [requireActor, csrf] }, async (request, reply) => {
      await setReferralFollowUp(db, signedIn(request), request.params.id, done);
      const back = str((request.body as Body)?.back);
      return see(reply, back.startsWith('/follow-ups') ? back : `/referrals/${request.params.id}?done=updated`);
    });
  }
}
