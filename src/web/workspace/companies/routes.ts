// The company pages: the list (company users: their own company), create (a possible duplicate asks for
// confirmation), details with contacts and consultation history, edit, anonymise.
//
//   GET  /companies, GET /companies/new, POST /companies, GET /companies/:id, GET|POST /companies/:id/edit,
//   POST /companies/:id/delete

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { createCompany } from '../../../app/companies/createCompany.ts';
import { deleteCompany } from '../../../app/companies/deleteCompany.ts';
import { getCompany, loadCompany } from '../../../app/companies/getCompany.ts';
import { listCompanies } from '../../../app/companies/listCompanies.ts';
import { listCandidates } from '../../../app/candidates/listCandidates.ts';
import { listFollowUps } from '../../../app/followUps/listFollowUps.ts';
import { listCases } from '../../../app/cases/listCases.ts';
import { updateCompany } from '../../../app/companies/updateCompany.ts';
import { DuplicateCompanyError, WorkspaceInputError } from '../../../app/common/errors.ts';
import { authorize, can } from '../../../policies/index.ts';
import { officeToday } from '../../officeDay.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { wm } from '../../shell/domain/messages/index.ts';
import { CompanyFormPage } from './CompanyFormPage.tsx';
import { CompanyListPage } from './CompanyListPage.tsx';
import { CompanyPage } from './CompanyPage.tsx';
import type { WsState } from '../form.tsx';
import { base, formValues, str, page, see, ws } from '../routing.ts';
import type { Body } from '../routing.ts';

/** how many of a company's cases its page lists (the board has them all) */
const COMPANY_PAGE_CASES = 10;

const COMPANY_KEYS = ['name', 'street', 'postcode', 'city', 'federalState', 'municipality', 'headcount', 'sizeClass', 'wzSection', 'website', 'notes'];

/** The company page, with the contact form's state after a refused contact and the notices; shared with the contact routes. */
export async function companyPage(request: FastifyRequest, reply: FastifyReply, id: string, extra: { contactState?: WsState; deleteError?: boolean; notice?: string }, status = 200): Promise<FastifyReply> {
  const actor = signedIn(request);
  const data = await getCompany(request.server.database.db, actor, id);
  // issue 14: the company's candidates (the first 100 by name; the candidate list has them all)
  const candidates = can(actor, 'candidate.list', { tenantId: data.company.tenantId, companyId: data.company.id })
    ? await listCandidates(request.server.database.db, actor, { companyId: data.company.id, pageSize: 100 })
    : undefined;
  // issue 14: the company's latest cases
  const cases = can(actor, 'case.list', { tenantId: actor.tenantId, companyId: data.company.id })
    ? await listCases(request.server.database.db, actor, { companyId: data.company.id, pageSize: COMPANY_PAGE_CASES }, officeToday())
    : undefined;
  return page(
    reply,
    request,
    h(CompanyPage, { ...base(request), csrfToken: reply.generateCsrf(), ...data, candidates, cases, contactState: extra.contactState ?? ws(request), deleteError: extra.deleteError, notice: extra.notice }),
    status,
  );
}

export default async function companiesRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;

  /** overdue and today's follow-ups of the office, for the banner of the company list (staff only) */
  const dueFollowUps = async (actor: ReturnType<typeof signedIn>): Promise<number> => {
    if (!can(actor, 'followUp.list', { tenantId: actor.tenantId })) return 0;
    const today = officeToday();
    const list = await listFollowUps(db, actor, { until: today, pageSize: 1 }, today);
    return list.total;
  };

  app.get<{ Querystring: Record<string, string | undefined> }>('/companies', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    // who may not list the office's companies but may read their own (a company's staff) goes to it
    const tenant = { tenantId: actor.tenantId };
    if (!can(actor, 'company.list', tenant) && actor.companyId !== null && can(actor, 'company.read', { ...tenant, companyId: actor.companyId })) {
      return see(reply, `/companies/${actor.companyId}`);
    }
    const filter = { q: str(request.query.q), sizeClass: str(request.query.sizeClass) };
    const done = request.query.done;
    const notice = done === 'deleted' ? wm(request.lang).company.deleted : undefined;
    try {
      const list = await listCompanies(db, actor, { ...filter, page: request.query.page });
      const due = await dueFollowUps(actor);
      return page(reply, request, h(CompanyListPage, { ...base(request), list, filter, errors: [], notice, dueFollowUps: due }));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      const list = await listCompanies(db, actor, {});
      return page(reply, request, h(CompanyListPage, { ...base(request), list, filter, errors: err.errors }), 400);
    }
  });

  const companyForm = (request: FastifyRequest, reply: FastifyReply, state: WsState, opts: { action: string; title: string; cancelHref: string; duplicates?: DuplicateCompanyError['duplicates'] }, status = 200) =>
    page(reply, request, h(CompanyFormPage, { ...base(request), csrfToken: reply.generateCsrf(), state, ...opts }), status);

  app.get('/companies/new', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    authorize(actor, 'company.create', { tenantId: actor.tenantId });
    return companyForm(request, reply, ws(request), { action: '/companies', title: wm(request.lang).company.newTitle, cancelHref: '/companies' });
  });

  app.post('/companies', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const body = request.body as Body;
    const values = formValues(body, COMPANY_KEYS);
    const opts = { action: '/companies', title: wm(request.lang).company.newTitle, cancelHref: '/companies' };
    try {
      const { id } = await createCompany(db, signedIn(request), { ...values, confirmDuplicate: body?.confirmDuplicate === 'yes' });
      return see(reply, `/companies/${id}?done=saved`);
    } catch (err) {
      if (err instanceof WorkspaceInputError) return companyForm(request, reply, ws(request, values, err.errors), opts, 400);
      if (err instanceof DuplicateCompanyError) return companyForm(request, reply, ws(request, values), { ...opts, duplicates: err.duplicates }, 409);
      throw err;
    }
  });


  app.get<{ Params: { id: string }; Querystring: { done?: string } }>('/companies/:id', { preHandler: requireActor }, async (request, reply) =>
    companyPage(request, reply, request.params.id, {
      notice: {
        saved: wm(request.lang).company.saved,
        followUpDone: wm(request.lang).followUps.completed,
        followUpReopened: wm(request.lang).followUps.reopened,
      }[request.query.done ?? ''],
    }),
  );

  app.get<{ Params: { id: string } }>('/companies/:id/edit', { preHandler: requireActor }, async (request, reply) => {
    const company = await loadCompany(db, signedIn(request), request.params.id, 'company.update');
    const values = Object.fromEntries(COMPANY_KEYS.map((k) => [k, str(company[k as keyof typeof company])]));
    return companyForm(request, reply, ws(request, values), {
      action: `/companies/${company.id}/edit`,
      title: wm(request.lang).company.editTitle(company.name),
      cancelHref: `/companies/${company.id}`,
    });
  });

  app.post<{ Params: { id: string } }>('/companies/:id/edit', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, COMPANY_KEYS);
    try {
      await updateCompany(db, signedIn(request), request.params.id, values);
      return see(reply, `/companies/${request.params.id}?done=saved`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      const company = await loadCompany(db, signedIn(request), request.params.id, 'company.update');
      return companyForm(
        request,
        reply,
        ws(request, values, err.errors),
        { action: `/companies/${company.id}/edit`, title: wm(request.lang).company.editTitle(company.name), cancelHref: `/companies/${company.id}` },
        400,
      );
    }
  });

  app.post<{ Params: { id: string } }>('/companies/:id/delete', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    if ((request.body as Body)?.confirm !== 'yes') {
      await loadCompany(db, signedIn(request), request.params.id, 'company.delete');
      return companyPage(request, reply, request.params.id, { deleteError: true }, 400);
    }
    await deleteCompany(db, signedIn(request), request.params.id);
    return see(reply, '/companies?done=deleted');
  });
}
