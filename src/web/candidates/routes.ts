// The candidate pages (issue 14). Server-rendered forms that work without JavaScript; every POST carries the CSRF
// token; bad input comes back with the form, the values kept and each wrong field named. Authorization is the use
// cases': a company user reads their company's candidates (404 for any other), the rest is the office's (403).
//
//   GET  /candidates?q=&company=&page=           list (company users: their own company's)
//   GET  /candidates/new?company=ID, POST /candidates     create (the company preselected)
//   GET  /candidates/:id                          details, consents, cases, check now, export, erase
//   GET  /candidates/:id/edit, POST same          update (the whole record)
//   POST /candidates/:id/consents                 record a consent
//   POST /candidates/:id/check                    check now → /checks/:checkId
//   GET  /candidates/:id/export                   everything held, as a JSON attachment (right of access)
//   POST /candidates/:id/erase                    erase (after a confirmation checkbox)

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { checkCandidate } from '../../app/candidates/checkCandidate.ts';
import { createCandidate } from '../../app/candidates/createCandidate.ts';
import { eraseCandidate } from '../../app/candidates/eraseCandidate.ts';
import type { RemovableStorage } from '../../app/candidates/eraseCandidate.ts';
import { exportCandidate } from '../../app/candidates/exportCandidate.ts';
import { getCandidate, loadCandidate } from '../../app/candidates/getCandidate.ts';
import { listCandidates } from '../../app/candidates/listCandidates.ts';
import { recordConsent } from '../../app/candidates/recordConsent.ts';
import { updateCandidate } from '../../app/candidates/updateCandidate.ts';
import type { CandidateFacts } from '../../app/candidates/checkFacts.ts';
import { WorkspaceInputError, wfe } from '../../app/common/errors.ts';
import { listCompanies } from '../../app/companies/listCompanies.ts';
import { loadCompany } from '../../app/companies/getCompany.ts';
import { authorize, can } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { requireActor, signedIn } from '../auth/session.ts';
import { officeToday } from '../officeDay.ts';
import { checksOwnText } from '../textGuard.ts';
import type { WsState } from '../workspace/form.tsx';
import { base, formValues, page, see, str, ws } from '../workspace/routing.ts';
import type { Body } from '../workspace/routing.ts';
import { CandidateFormPage } from './CandidateFormPage.tsx';
import { CandidateListPage } from './CandidateListPage.tsx';
import { CandidatePage } from './CandidatePage.tsx';
import { CANDIDATE_KEYS, formErrors, formFromCandidate, inputFromForm } from './form.ts';
import { candidateMessages } from './messages/index.ts';
import { createCandidateLink, listCandidateLinks, revokeCandidateLink } from '../../app/reminders/candidateLinks.ts';
import { meMessages } from '../me/messages.ts';

export interface CandidatePagesOptions {
  /** the document storage, to remove an erased candidate's files (src/storage); without it, their keys are logged */
  storage?: RemovableStorage;
  /** the public base URL of links (PUBLIC_URL); absent: the request's origin */
  publicUrl?: string;
}

const CONSENT_KEYS = ['purpose', 'given', 'declaredOn', 'textVersion'];

export default async function candidatePages(app: FastifyInstance, opts: CandidatePagesOptions = {}): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;
  checksOwnText(app, { query: true, body: true });
  const storage: RemovableStorage = opts.storage ?? {
    remove: async () => {
      throw new Error('no document storage configured');
    },
  };

  /** The office's companies to choose from (the first 100 by name; a preselected one is always among them). */
  const companyChoices = async (actor: Actor, preselected?: string): Promise<{ id: string; name: string }[]> => {
    if (!can(actor, 'company.list', { tenantId: actor.tenantId }) || actor.role === 'company') return [];
    const list = (await listCompanies(db, actor, { pageSize: 100 })).items.map((c) => ({ id: c.id, name: c.name }));
    if (preselected && !list.some((c) => c.id === preselected)) {
      try {
        const c = await loadCompany(db, actor, preselected, 'company.read');
        list.unshift({ id: c.id, name: c.name });
      } catch {
        // an unknown company is simply not preselected
      }
    }
    return list;
  };

  const candidatePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: { checkState?: WsState; consentState?: WsState; eraseError?: boolean; notice?: string; createdLink?: { url: string; expiresAt: Date } } = {},
    status = 200,
  ): Promise<FastifyReply> => {
    const actor = signedIn(request);
    const view = await getCandidate(db, actor, id);
    // issue 15: the employee's personal link, for the office
    const personalLink = can(actor, 'candidate.update', { tenantId: view.candidate.tenantId, companyId: view.candidate.companyId })
      ? { links: await listCandidateLinks(db, actor, id), hasEmail: !!view.candidate.email, created: extra.createdLink, now: new Date() }
      : undefined;
    return page(
      reply,
      request,
      h(CandidatePage, {
        ...base(request),
        csrfToken: reply.generateCsrf(),
        view,
        checkState: extra.checkState ?? ws(request, { decisionDate: officeToday() }),
        consentState: extra.consentState ?? ws(request, { declaredOn: officeToday() }),
        eraseError: extra.eraseError,
        notice: extra.notice,
        personalLink,
      }),
      status,
    );
  };

  app.get<{ Querystring: Record<string, string | undefined> }>('/candidates', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    const filter = { q: str(request.query.q), company: str(request.query.company) };
    const m = candidateMessages(request.lang);
    const notice = request.query.done === 'erased' ? m.erased : undefined;
    const companies = await companyChoices(actor);
    try {
      const list = await listCandidates(db, actor, { q: filter.q, companyId: filter.company, page: request.query.page });
      return page(reply, request, h(CandidateListPage, { ...base(request), list, filter, companies, errors: [], notice }));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      const list = await listCandidates(db, actor, {});
      return page(reply, request, h(CandidateListPage, { ...base(request), list, filter, companies, errors: err.errors }), 400);
    }
  });

  const candidateForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    state: WsState,
    o: { action: string; title: string; cancelHref: string; companies?: { id: string; name: string }[] },
    status = 200,
  ) => page(reply, request, h(CandidateFormPage, { ...base(request), csrfToken: reply.generateCsrf(), state, ...o }), status);

  app.get<{ Querystring: { company?: string } }>('/candidates/new', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    authorize(actor, 'candidate.create', { tenantId: actor.tenantId });
    const company = str(request.query.company);
    const companies = await companyChoices(actor, company);
    const m = candidateMessages(request.lang);
    return candidateForm(request, reply, ws(request, { companyId: companies.some((c) => c.id === company) ? company : '', recognitionStatus: 'unknown' }), {
      action: '/candidates',
      title: m.newTitle,
      cancelHref: company ? `/companies/${encodeURIComponent(company)}` : '/candidates',
      companies,
    });
  });

  app.post('/candidates', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const actor = signedIn(request);
    const values = formValues(request.body as Body, CANDIDATE_KEYS);
    const { input, experienceRows } = inputFromForm(values);
    const m = candidateMessages(request.lang);
    try {
      if (values.companyId === '') throw new WorkspaceInputError([wfe('companyId', 'required')]);
      const { id } = await createCandidate(db, actor, values.companyId, input);
      return see(reply, `/candidates/${id}?done=saved`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      const companies = await companyChoices(actor, values.companyId as string);
      return candidateForm(
        request,
        reply,
        ws(request, values, formErrors(err.errors, experienceRows)),
        { action: '/candidates', title: m.newTitle, cancelHref: '/candidates', companies },
        400,
      );
    }
  });

  app.get<{ Params: { id: string }; Querystring: { done?: string; left?: string } }>('/candidates/:id', { preHandler: requireActor }, async (request, reply) => {
    const m = candidateMessages(request.lang);
    const notice = { saved: m.saved, consent: m.consentSaved, linkRevoked: meMessages(request.lang).revokedDone }[request.query.done ?? ''];
    return candidatePage(request, reply, request.params.id, { notice });
  });

  const editOptions = (request: FastifyRequest, id: string, name: string) => ({
    action: `/candidates/${id}/edit`,
    title: candidateMessages(request.lang).editTitle(name),
    cancelHref: `/candidates/${id}`,
  });

  app.get<{ Params: { id: string } }>('/candidates/:id/edit', { preHandler: requireActor }, async (request, reply) => {
    const candidate = await loadCandidate(db, signedIn(request), request.params.id, 'candidate.update');
    return candidateForm(request, reply, ws(request, formFromCandidate(candidate)), editOptions(request, candidate.id, candidate.name ?? ''));
  });

  app.post<{ Params: { id: string } }>('/candidates/:id/edit', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const actor = signedIn(request);
    const candidate = await loadCandidate(db, actor, request.params.id, 'candidate.update');
    const values = formValues(request.body as Body, CANDIDATE_KEYS.filter((k) => k !== 'companyId'));
    // the facts the form does not show stay as they are
    const { input, experienceRows } = inputFromForm(values, candidate.facts as CandidateFacts);
    try {
      await updateCandidate(db, actor, candidate.id, input);
      return see(reply, `/candidates/${candidate.id}?done=saved`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return candidateForm(request, reply, ws(request, values, formErrors(err.errors, experienceRows)), editOptions(request, candidate.id, candidate.name ?? ''), 400);
    }
  });

  app.post<{ Params: { id: string } }>('/candidates/:id/consents', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, CONSENT_KEYS);
    try {
      await recordConsent(db, signedIn(request), request.params.id, values);
      return see(reply, `/candidates/${request.params.id}?done=consent#consents-title`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return candidatePage(request, reply, request.params.id, { consentState: ws(request, values, err.errors) }, 400);
    }
  });

  // issue 15: the employee's personal link: create (shown once on the page that answers), revoke
  app.post<{ Params: { id: string } }>('/candidates/:id/links', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    try {
      const created = await createCandidateLink(db, signedIn(request), request.params.id);
      const url = `${opts.publicUrl ?? `${request.protocol}://${request.host}`}/me/${created.token}`;
      return candidatePage(request, reply, request.params.id, { createdLink: { url, expiresAt: created.expiresAt } });
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return candidatePage(request, reply, request.params.id, {}, 400);
    }
  });

  app.post<{ Params: { id: string; linkId: string } }>('/candidates/:id/links/:linkId/revoke', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    await revokeCandidateLink(db, signedIn(request), request.params.id, request.params.linkId);
    return see(reply, `/candidates/${request.params.id}?done=linkRevoked#personal-link-title`);
  });

  app.post<{ Params: { id: string } }>('/candidates/:id/check', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, ['decisionDate', 'jobFrom']);
    try {
      const { checkId } = await checkCandidate(db, signedIn(request), request.params.id, { decisionDate: values.decisionDate, jobFrom: values.jobFrom });
      return see(reply, `/checks/${checkId}`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return candidatePage(request, reply, request.params.id, { checkState: ws(request, values, err.errors) }, 400);
    }
  });

  app.get<{ Params: { id: string } }>('/candidates/:id/export', { preHandler: requireActor }, async (request, reply) => {
    const document = await exportCandidate(db, signedIn(request), request.params.id);
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="kandidat-${request.params.id}.json"`)
      .header('x-content-type-options', 'nosniff')
      .send(JSON.stringify(document, null, 2));
  });

  app.post<{ Params: { id: string } }>('/candidates/:id/erase', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const actor = signedIn(request);
    if ((request.body as Body)?.confirm !== 'yes') {
      await loadCandidate(db, actor, request.params.id, 'candidate.erase');
      return candidatePage(request, reply, request.params.id, { eraseError: true }, 400);
    }
    const result = await eraseCandidate(db, actor, request.params.id, storage);
    if (result.notRemoved.length > 0) {
      request.log.error({ candidateId: request.params.id, keys: result.notRemoved }, 'erased a candidate, but could not remove these stored files');
    }
    return see(reply, '/candidates?done=erased');
  });
}
