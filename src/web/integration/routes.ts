// The integration pages (issue 17). Server-rendered forms that work without JavaScript; every POST carries the CSRF
// token; bad input comes back with the page, the values kept and each wrong field named (400).
//
//   GET  /integration/templates[?edit=KEY], POST same, POST /integration/templates/reset   the office's steps
//   GET  /integration/templates/company?company=ID     (staff) to a company's adaptation
//   GET  /companies/:id/integration-steps[?edit=KEY], POST same, POST …/reset             a company's adaptation
//   GET  /companies/:id/retention                       the company's dates of the next 90 days

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { WorkspaceInputError } from '../../app/common/errors.ts';
import { listCompanies } from '../../app/companies/listCompanies.ts';
import { listRetention } from '../../app/integration/listRetention.ts';
import { TEMPLATE_KEYS, listTemplates, resetTemplate, saveTemplate } from '../../app/integration/templates.ts';
import type { TemplateView } from '../../app/integration/templates.ts';
import { loadCompany } from '../../app/companies/getCompany.ts';
import { can } from '../../policies/index.ts';
import { requireActor, signedIn } from '../auth/session.ts';
import { officeToday } from '../officeDay.ts';
import { checksOwnText } from '../textGuard.ts';
import { base, formValues, page, see, str, ws } from '../workspace/routing.ts';
import type { Body } from '../workspace/routing.ts';
import type { WsState } from '../workspace/form.tsx';
import { RetentionPage, TemplatesPage } from './IntegrationPages.tsx';
import { im } from './messages.ts';

type Query = Record<string, string | undefined>;

function stepValues(s: TemplateView | undefined): Record<string, string> {
  if (s === undefined) return { owner: 'company', anchor: 'work_start', offsetMonths: '0', offsetDays: '0', disabled: 'no' };
  return {
    title: s.title,
    titleEn: s.titleEn ?? '',
    description: s.description ?? '',
    owner: s.owner,
    anchor: s.anchor,
    offsetMonths: String(s.offsetMonths),
    offsetDays: String(s.offsetDays),
    disabled: s.disabled ? 'yes' : 'no',
  };
}

export default async function integrationPages(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;
  checksOwnText(app, { query: true, body: true });

  const templatesPage = async (request: FastifyRequest, reply: FastifyReply, companyId: string | null, form: { state: WsState; key: string | null } | null, status = 200) => {
    const actor = signedIn(request);
    const list = await listTemplates(db, actor, companyId);
    const company = companyId === null ? null : await loadCompany(db, actor, companyId, 'integrationTemplate.list');
    const q = (request.query as Query | undefined) ?? {};
    const editKey = form ? form.key : q.edit && list.steps.some((s) => s.key === q.edit) ? q.edit : null;
    const state = form?.state ?? ws(request, stepValues(editKey === null ? undefined : list.steps.find((s) => s.key === editKey)));
    const m = im(request.lang);
    const done = str(q.done);
    const companies = company === null && can(actor, 'company.list', { tenantId: actor.tenantId }) ? (await listCompanies(db, actor, { pageSize: 100 })).items.map((c) => ({ id: c.id, name: c.name })) : [];
    return page(
      reply,
      request,
      h(TemplatesPage, {
        ...base(request),
        csrfToken: reply.generateCsrf(),
        company: company === null ? null : { id: company.id, name: company.name },
        steps: list.steps,
        editKey,
        state,
        notice: done === 'saved' ? m.saved : done === 'reset' ? m.resetDone : undefined,
        companies,
        basePath: company === null ? '/integration/templates' : `/companies/${company.id}/integration-steps`,
      }),
      status,
    );
  };

  const save = async (request: FastifyRequest, reply: FastifyReply, companyId: string | null, path: string) => {
    const body = request.body as Body;
    const values = formValues(body, TEMPLATE_KEYS);
    const key = str(body?.key) || null;
    try {
      await saveTemplate(db, signedIn(request), companyId, key, values);
      return see(reply, `${path}?done=saved`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return templatesPage(request, reply, companyId, { state: ws(request, values, err.errors), key }, 400);
    }
  };
  const reset = async (request: FastifyRequest, reply: FastifyReply, companyId: string | null, path: string) => {
    await resetTemplate(db, signedIn(request), companyId, str((request.body as Body)?.key));
    return see(reply, `${path}?done=reset`);
  };

  app.get('/integration/templates', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    // a company user's steps are their company's adaptation
    if (actor.role === 'company' && actor.companyId) return see(reply, `/companies/${actor.companyId}/integration-steps`);
    return templatesPage(request, reply, null, null);
  });
  app.post('/integration/templates', { preHandler: [requireActor, csrf] }, async (request, reply) => save(request, reply, null, '/integration/templates'));
  app.post('/integration/templates/reset', { preHandler: [requireActor, csrf] }, async (request, reply) => reset(request, reply, null, '/integration/templates'));
  app.get<{ Querystring: Query }>('/integration/templates/company', { preHandler: requireActor }, async (request, reply) => {
    const company = await loadCompany(db, signedIn(request), request.query.company, 'integrationTemplate.list');
    return see(reply, `/companies/${company.id}/integration-steps`);
  });

  app.get<{ Params: { id: string } }>('/companies/:id/integration-steps', { preHandler: requireActor }, async (request, reply) => templatesPage(request, reply, request.params.id, null));
  app.post<{ Params: { id: string } }>('/companies/:id/integration-steps', { preHandler: [requireActor, csrf] }, async (request, reply) =>
    save(request, reply, request.params.id, `/companies/${request.params.id}/integration-steps`),
  );
  app.post<{ Params: { id: string } }>('/companies/:id/integration-steps/reset', { preHandler: [requireActor, csrf] }, async (request, reply) =>
    reset(request, reply, request.params.id, `/companies/${request.params.id}/integration-steps`),
  );

  app.get<{ Params: { id: string } }>('/companies/:id/retention', { preHandler: requireActor }, async (request, reply) => {
    const today = officeToday();
    const view = await listRetention(db, signedIn(request), request.params.id, today);
    return page(reply, request, h(RetentionPage, { ...base(request), view, today }));
  });
}
