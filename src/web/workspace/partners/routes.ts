// The partner network (issue 6; issue 16: type, region, what they handle, editable by admins).
//
//   GET /partners?type=&federalState=&region=   the directory (advisers and admins), filtered
//   POST /partners                              add one (admins);  POST /partners/adopt-rlp  the RLP network (admins)
//   GET /partners/:id                           one partner with the referrals to it
//   GET|POST /partners/:id/edit, POST /partners/:id/delete (only an unused one)   (admins)

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { adoptRlpNetwork } from '../../../app/partners/adoptRlpNetwork.ts';
import { createPartner } from '../../../app/partners/createPartner.ts';
import { PartnerInUseError, deletePartner } from '../../../app/partners/deletePartner.ts';
import { getPartner } from '../../../app/partners/getPartner.ts';
import { listPartners } from '../../../app/partners/listPartners.ts';
import type { PartnerRow } from '../../../app/partners/listPartners.ts';
import { loadPartner, updatePartner } from '../../../app/partners/updatePartner.ts';
import { listReferrals } from '../../../app/referrals/listReferrals.ts';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { FEDERAL_STATES, PARTNER_TYPES } from '../../../app/common/codes.ts';
import { authorize, can } from '../../../policies/index.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { wm } from '../../shell/domain/messages/index.ts';
import { rfm } from '../referrals/messages.ts';
import { PartnerFormPage } from './PartnerFormPage.tsx';
import { PartnerPage } from './PartnerPage.tsx';
import { PartnersPage } from './PartnersPage.tsx';
import type { PartnerListFilter } from './PartnersPage.tsx';
import type { WsState } from '../form.tsx';
import { base, formValues, str, page, see, ws } from '../routing.ts';
import type { Body, Values } from '../routing.ts';

const PARTNER_KEYS = ['name', 'type', 'federalState', 'region', 'contactName', 'email', 'phone', 'website', 'contactFormUrl', 'address', 'openingHours', 'handles', 'notes'];
const PARTNER_LISTS = ['topics', 'offers', 'unconfirmed'];

type Query = Record<string, string | undefined>;

/** The form's values as the use case takes them: the "zu prüfen" checkbox as a flag. */
function partnerInput(values: Values) {
  return { ...values, unconfirmed: (values.unconfirmed as string[]).includes('true') };
}

function formOf(partner: PartnerRow): Values {
  return {
    ...Object.fromEntries(PARTNER_KEYS.map((k) => [k, str(partner[k as keyof PartnerRow])])),
    topics: partner.topics,
    offers: partner.offers,
    unconfirmed: partner.unconfirmed ? ['true'] : [],
  };
}

export default async function partnersRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;

  const filterOf = (q: Query): PartnerListFilter => ({
    type: (PARTNER_TYPES as readonly string[]).includes(q.type ?? '') ? q.type! : '',
    federalState: FEDERAL_STATES.includes(q.federalState ?? '') ? q.federalState! : '',
    region: (q.region ?? '').trim().slice(0, 200),
  });

  const partnersPage = async (request: FastifyRequest, reply: FastifyReply, state: WsState, notice?: string, status = 200) => {
    const filter = filterOf(request.query as Query);
    const partners = await listPartners(db, signedIn(request), filter);
    return page(reply, request, h(PartnersPage, { ...base(request), csrfToken: reply.generateCsrf(), partners, state, notice, filter }), status);
  };

  app.get<{ Querystring: Query }>('/partners', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    authorize(actor, 'partner.list', { tenantId: actor.tenantId });
    const p = wm(request.lang).partners;
    const added = Number(request.query.added ?? '');
    const notices: Record<string, string> = { added: p.added, saved: p.saved, deleted: p.deleted, adopted: rfm(request.lang).network.adopted(Number.isFinite(added) ? added : 0) };
    return partnersPage(request, reply, ws(request, { type: 'ba_employer_service', federalState: 'DE-RP', topics: [], offers: [], unconfirmed: [] }), notices[request.query.done ?? '']);
  });

  app.post('/partners', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, PARTNER_KEYS, PARTNER_LISTS);
    try {
      await createPartner(db, signedIn(request), partnerInput(values));
      return see(reply, '/partners?done=added');
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return partnersPage(request, reply, ws(request, values, err.errors), undefined, 400);
    }
  });

  app.post('/partners/adopt-rlp', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const { added } = await adoptRlpNetwork(db, signedIn(request));
    return see(reply, `/partners?done=adopted&added=${added}`);
  });

  app.get<{ Params: { id: string } }>('/partners/:id', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    const partner = await getPartner(db, actor, request.params.id);
    const referrals = can(actor, 'referral.list', { tenantId: actor.tenantId }) ? await listReferrals(db, actor, { partnerId: partner.id }) : null;
    return page(reply, request, h(PartnerPage, { ...base(request), partner, referrals }));
  });

  const partnerForm = (request: FastifyRequest, reply: FastifyReply, partner: { id: string; name: string }, state: WsState, extra: { inUse?: number } = {}, status = 200) =>
    page(reply, request, h(PartnerFormPage, { ...base(request), csrfToken: reply.generateCsrf(), state, partner, ...extra }), status);

  app.get<{ Params: { id: string } }>('/partners/:id/edit', { preHandler: requireActor }, async (request, reply) => {
    const partner = await loadPartner(db, signedIn(request), request.params.id);
    return partnerForm(request, reply, partner, ws(request, formOf(partner)));
  });

  app.post<{ Params: { id: string } }>('/partners/:id/edit', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, PARTNER_KEYS, PARTNER_LISTS);
    try {
      await updatePartner(db, signedIn(request), request.params.id, partnerInput(values));
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
      return partnerForm(request, reply, partner, ws(request, formOf(partner)), { inUse: err.consultations + err.cases }, 409);
    }
  });
}
