// The consultations of a company.
//
//   GET|POST /companies/:id/consultations/new (?followUp=id: the follow-up it settles), GET|POST /consultations/:id/edit,
//   POST /consultations/:id/delete

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { VNode } from 'preact';
import { deleteConsultation } from '../../../app/consultations/deleteConsultation.ts';
import { companyContacts, internalView, loadCompany } from '../../../app/companies/getCompany.ts';
import type { CompanyRow } from '../../../app/companies/getCompany.ts';
import { getConsultation } from '../../../app/consultations/getConsultation.ts';
import { listFollowUps } from '../../../app/followUps/listFollowUps.ts';
import { listPartners } from '../../../app/partners/listPartners.ts';
import { recordConsultation } from '../../../app/consultations/recordConsultation.ts';
import { updateConsultation } from '../../../app/consultations/updateConsultation.ts';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { authorize, can } from '../../../policies/index.ts';
import { officeToday } from '../../officeDay.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { wm } from '../../shell/domain/messages/index.ts';
import { ConsultationFormPage } from './ConsultationFormPage.tsx';
import { ReferralsSection } from '../referrals/ReferralsSection.tsx';
import { listReferrals } from '../../../app/referrals/listReferrals.ts';
import type { WsState } from '../form.tsx';
import { base, formValues, str, page, see, ws } from '../routing.ts';
import type { Body, Values } from '../routing.ts';

const CONSULTATION_KEYS = ['date', 'kind', 'channel', 'durationMinutes', 'occupations', 'otherParticipants', 'accessRoute', 'record', 'companySummary', 'outcome', 'followUpDate'];
const CONSULTATION_LISTS = ['topics', 'partnerIds', 'participantIds', 'completeFollowUpIds'];

export default async function consultationsRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;

  const consultationForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    state: WsState,
    opts: {
      company: CompanyRow;
      action: string;
      title: string;
      cancelHref: string;
      deleteAction?: string;
      historyHref?: string;
      referrals?: VNode;
      openFollowUps?: { consultationId: string; followUpDate: string; consultationDate: string }[];
    },
    status = 200,
  ) => {
    const { company, ...rest } = opts;
    const partners = await listPartners(db, signedIn(request));
    const contacts = await companyContacts(db, signedIn(request), company);
    return page(
      reply,
      request,
      h(ConsultationFormPage, { ...base(request), csrfToken: reply.generateCsrf(), state, partners, contacts, companyId: company.id, ...rest }),
      status,
    );
  };

  const newConsultationOpts = async (request: FastifyRequest, company: CompanyRow) => {
    const actor = signedIn(request);
    const openFollowUps = can(actor, 'followUp.list', { tenantId: actor.tenantId })
      ? (await listFollowUps(db, actor, { companyId: company.id, pageSize: 100 }, officeToday())).items
      : [];
    return {
      company,
      action: `/companies/${company.id}/consultations/new`,
      title: wm(request.lang).consultation.newTitle(company.name),
      cancelHref: `/companies/${company.id}`,
      openFollowUps,
    };
  };

  app.get<{ Params: { id: string }; Querystring: { followUp?: string } }>('/companies/:id/consultations/new', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    const company = await loadCompany(db, actor, request.params.id, 'company.read');
    authorize(actor, 'consultation.create', { tenantId: company.tenantId, companyId: company.id });
    // the office's day (as in the report), not UTC's: after midnight in Berlin UTC still has the day before
    const today = officeToday();
    const opts = await newConsultationOpts(request, company);
    // from the follow-up list: a follow-up consultation that settles that follow-up
    const settles = opts.openFollowUps.find((f) => f.consultationId === request.query.followUp);
    const values: Values = settles
      ? { date: today, kind: 'follow_up', channel: 'phone', completeFollowUpIds: [settles.consultationId] }
      : { date: today, kind: 'first', channel: 'on_site' };
    return consultationForm(request, reply, ws(request, values), opts);
  });

  app.post<{ Params: { id: string } }>('/companies/:id/consultations/new', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, CONSULTATION_KEYS, CONSULTATION_LISTS);
    try {
      await recordConsultation(db, signedIn(request), request.params.id, values);
      return see(reply, `/companies/${request.params.id}?done=saved`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      const company = await loadCompany(db, signedIn(request), request.params.id, 'company.read');
      return consultationForm(request, reply, ws(request, values, err.errors), await newConsultationOpts(request, company), 400);
    }
  });

  const editConsultationOpts = async (request: FastifyRequest, consultationId: string) => {
    const actor = signedIn(request);
    const entry = await getConsultation(db, actor, consultationId);
    authorize(actor, 'consultation.update', { tenantId: actor.tenantId, companyId: entry.companyId });
    const view = internalView(entry);
    const company = await loadCompany(db, actor, view.companyId, 'company.read');
    return {
      view,
      opts: {
        company,
        action: `/consultations/${view.id}/edit`,
        title: wm(request.lang).consultation.editTitle(company.name),
        cancelHref: `/companies/${company.id}`,
        deleteAction: `/consultations/${view.id}/delete`,
        historyHref: `/admin/audit?entity=consultation&entityId=${view.id}`,
        // issue 16: the consultation's tracked referrals and the link to refer with details
        referrals: can(actor, 'referral.list', { tenantId: actor.tenantId, companyId: view.companyId })
          ? (h(ReferralsSection, {
              lang: request.lang,
              items: await listReferrals(db, actor, { consultationId: view.id }),
              newHref: `/consultations/${view.id}/referrals/new`,
              created: (request.query as Record<string, string | undefined> | undefined)?.done === 'referral',
            }) as VNode)
          : undefined,
      },
    };
  };

  app.get<{ Params: { id: string } }>('/consultations/:id/edit', { preHandler: requireActor }, async (request, reply) => {
    const { view, opts } = await editConsultationOpts(request, request.params.id);
    const values: Values = {
      ...Object.fromEntries(CONSULTATION_KEYS.map((k) => [k, k === 'occupations' ? view.occupations.join(', ') : str(view[k as keyof typeof view])])),
      topics: view.topics,
      partnerIds: view.referrals.map((r) => r.partnerId),
      participantIds: view.participants.flatMap((p) => (p.contactId === null ? [] : [p.contactId])),
    };
    return consultationForm(request, reply, ws(request, values), opts);
  });

  app.post<{ Params: { id: string } }>('/consultations/:id/edit', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, CONSULTATION_KEYS, CONSULTATION_LISTS);
    try {
      await updateConsultation(db, signedIn(request), request.params.id, values);
      const view = await getConsultation(db, signedIn(request), request.params.id);
      return see(reply, `/companies/${view.companyId}?done=saved`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      const { opts } = await editConsultationOpts(request, request.params.id);
      return consultationForm(request, reply, ws(request, values, err.errors), opts, 400);
    }
  });

  app.post<{ Params: { id: string } }>('/consultations/:id/delete', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const { companyId } = await deleteConsultation(db, signedIn(request), request.params.id);
    return see(reply, `/companies/${companyId}?done=saved`);
  });
}
