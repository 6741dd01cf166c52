// The partner directory (referral targets).
//
//   GET /partners, POST /partners, GET|POST /partners/:id/edit, POST /partners/:id/delete (only an unused one)

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { createPartner } from '../../../app/partners/createPartner.ts';
import { PartnerInUseError, deletePartner } from '../../../app/partners/deletePartner.ts';
import { listPartners } from '../../../app/partners/listPartners.ts';
import { loadPartner, updatePartner } from '../../../app/partners/updatePartner.ts';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { authorize } from '../../../policies/index.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { wm } from '../../shell/domain/messages/index.ts';
import { PartnerFormPage } from './PartnerFormPage.tsx';
import { PartnersPage } from './PartnersPage.tsx';
import type { WsState } from '../form.tsx';
import { base, formValues, str, page, see, ws } from '../routing.ts';
import type { Body } from '../routing.ts';

export default async function partnersRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;

  const PARTNER_KEYS = ['name', 'type', 'contactName', 'email', 'phone', 'website', 'address'];
  const partnersPage = async (request: FastifyRequest, reply: FastifyReply, state: WsState, notice?: string, status = 200) => {
    const partners = await listPartners(db, signedIn(request));
    return page(reply, request, h(PartnersPage, { ...base(request), csrfToken: reply.generateCsrf(), partners, state, notice }), status);
  };

  app.get<{ Querystring: { done?: string } }>('/partners', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    authorize(actor, 'partner.manage', { tenantId: actor.tenantId });
    const p = wm(request.lang).partners;
    const notices: Record<string, string> = { added: p.added, saved: p.saved, deleted: p.deleted };
    return partnersPage(request, reply, ws(request, { type: 'ba_employer_service' }), notices[request.query.done ?? '']);
  });

  app.post('/partners', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, PARTNER_KEYS);
    try {
      await createPartner(db, signedIn(request), values);
      return see(reply, '/partners?done=added');
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return partnersPage(request, reply, ws(request, values, err.errors), undefined, 400);
    }
  });

  const partnerForm = (request: FastifyRequest, reply: FastifyReply, partner: { id: string; name: string }, state: WsState, extra: { inUse?: number } = {}, status = 200) =>
    page(reply, request, h(PartnerFormPage, { ...base(request), csrfToken: reply.generateCsrf(), state, partner, ...extra }), status);

  app.get<{ Params: { id: string } }>('/partners/:id/edit', { preHandler: requireActor }, async (request, reply) => {
    const partner = await loadPartner(db, signedIn(request), request.params.id);
    return partnerForm(request, reply, partner, ws(request, Object.fromEntries(PARTNER_KEYS.map((k) => [k, str(partner[k as keyof typeof partner])]))));
  });

  app.post<{ Params: { id: string } }>('/partners/:id/edit', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, PARTNER_KEYS);
    try {
      await updatePartner(db, signedIn(request), request.params.id, values);
      return see(reply, '/partners?done=saved');
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      // the title keeps the stored name while the typed one is refused
      const partner = await loadPartner(db, signedIn(request), request.params.id);
      return partnerForm(request, reply, partner, ws(request, values, err.errors), {}, 400);
    }
  });

  app.post<{ Params: { id: string } }>('/partners/:id/delete', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    try {
      await deletePartner(db, signedIn(request), request.params.id);
      return see(reply, '/partners?done=deleted');
    } catch (err) {
      if (!(err instanceof PartnerInUseError)) throw err;
      const partner = await loadPartner(db, signedIn(request), request.params.id);
      const values = Object.fromEntries(PARTNER_KEYS.map((k) => [k, str(partner[k as keyof typeof partner])]));
      return partnerForm(request, reply, partner, ws(request, values), { inUse: err.consultations }, 409);
    }
  });
}
