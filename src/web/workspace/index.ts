// The workspace pages (issue 6): companies, their contact persons and consultations. Server-rendered forms that work
// without JavaScript; every post carries the CSRF token; bad input comes back with the form, the values kept and
// each wrong field named.
//
//   GET  /companies                              list with paging and a filter (company users: their own company)
//   GET  /companies/new, POST /companies         create (a possible duplicate asks for confirmation)
//   GET  /companies/:id                          details, contacts, consultation history (newest first)
//   GET  /companies/:id/edit, POST same          update
//   POST /companies/:id/delete                   anonymise (after a confirmation checkbox)
//   GET  /partners, POST /partners               the partner directory (referral targets)
//   GET  /partners/:id/edit, POST same           correct a partner;  POST /partners/:id/delete  remove an unused one
//   GET  /follow-ups?due=&who=&page=             the open follow-ups (Wiedervorlagen), the earliest due first
//   POST /consultations/:id/follow-up/done       mark a follow-up done;  POST …/follow-up/reopen  take it back
//   GET  /search?q=                              search companies, contacts and consultation records
//   POST /companies/:id/contacts                 add a contact person;  POST /contacts/:id/delete  remove one
//   GET  /contacts/:id/edit, POST same           change a contact person
//   GET  /companies/:id/consultations/new, POST same     record a consultation (?followUp=id: the follow-up it settles)
//   GET  /consultations/:id/edit, POST same      update;  POST /consultations/:id/delete  delete
// and registers the JSON API of the same use cases (../api/workspace.ts).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { VNode } from 'preact';
import { completeFollowUp } from '../../app/completeFollowUp.ts';
import { createCompany } from '../../app/createCompany.ts';
import { createContact } from '../../app/createContact.ts';
import { createPartner } from '../../app/createPartner.ts';
import { deleteCompany } from '../../app/deleteCompany.ts';
import { deleteConsultation } from '../../app/deleteConsultation.ts';
import { deleteContact } from '../../app/deleteContact.ts';
import { PartnerInUseError, deletePartner } from '../../app/deletePartner.ts';
import { companyContacts, getCompany, loadCompany } from '../../app/getCompany.ts';
import type { CompanyRow } from '../../app/getCompany.ts';
import { getConsultation } from '../../app/getConsultation.ts';
import { listCompanies } from '../../app/listCompanies.ts';
import { listFollowUps } from '../../app/listFollowUps.ts';
import { listPartners } from '../../app/listPartners.ts';
import { recordConsultation } from '../../app/recordConsultation.ts';
import { reopenFollowUp } from '../../app/reopenFollowUp.ts';
import { searchWorkspace } from '../../app/searchWorkspace.ts';
import { updateCompany } from '../../app/updateCompany.ts';
import { updateConsultation } from '../../app/updateConsultation.ts';
import { loadContact, updateContact } from '../../app/updateContact.ts';
import { loadPartner, updatePartner } from '../../app/updatePartner.ts';
import { DuplicateCompanyError, WorkspaceInputError, wfe } from '../../app/workspace.ts';
import type { WorkspaceFieldError } from '../../app/workspace.ts';
import { authorize, can } from '../../policies/index.ts';
import type { Action } from '../../policies/index.ts';
import workspaceApi from '../api/workspace.ts';
import { sendPage } from '../html.ts';
import { checksOwnText } from '../textGuard.ts';
import { addDays } from '../../law/dates.ts';
import { officeToday } from '../officeDay.ts';
import { requireActor, signedIn } from '../auth/session.ts';
import { wm } from '../shell/domain/messages/index.ts';
import { DUE_WINDOWS, FollowUpsPage, WHO, followUpsHref } from './followUps/FollowUpsPage.tsx';
import type { DueWindow, FollowUpSelection, Who } from './followUps/FollowUpsPage.tsx';
import { PartnerFormPage } from './partners/PartnerFormPage.tsx';
import { PartnersPage } from './partners/PartnersPage.tsx';
import { CompanyFormPage } from './companies/CompanyFormPage.tsx';
import { CompanyListPage } from './companies/CompanyListPage.tsx';
import { CompanyPage } from './companies/CompanyPage.tsx';
import { ConsultationFormPage } from './consultations/ConsultationFormPage.tsx';
import { ContactFormPage } from './contacts/ContactFormPage.tsx';
import { SearchPage } from './search/SearchPage.tsx';
import type { WsState } from './form.tsx';

type Body = Record<string, unknown> | undefined;
type Values = Record<string, string | string[]>;

const COMPANY_KEYS = ['name', 'street', 'postcode', 'city', 'federalState', 'municipality', 'headcount', 'sizeClass', 'wzSection', 'website', 'notes'];
const CONTACT_KEYS = ['name', 'role', 'email', 'phone'];
const CONSULTATION_KEYS = ['date', 'kind', 'channel', 'durationMinutes', 'occupations', 'otherParticipants', 'accessRoute', 'record', 'outcome', 'followUpDate'];
const CONSULTATION_LISTS = ['topics', 'partnerIds', 'participantIds', 'completeFollowUpIds'];

/** The last due day of a due window, from the office's today; null for all open follow-ups. */
function untilOf(due: DueWindow, today: string): string | null {
  const days = { today: 0, week: 7, month: 30, all: null }[due];
  return days === null ? null : addDays(today, days);
}

/** The submitted form fields: single values as strings, list fields (checkboxes) as arrays. */
function formValues(body: Body, keys: string[], lists: string[] = []): Values {
  const out: Values = {};
  for (const k of keys) {
    const v = body?.[k];
    const s = Array.isArray(v) ? v[0] : v;
    out[k] = typeof s === 'string' ? s : '';
  }
  for (const k of lists) {
    const v = body?.[k];
    out[k] = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  }
  return out;
}

function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

function page<P>(reply: FastifyReply, request: FastifyRequest, vnode: VNode<P>, status = 200): FastifyReply {
  reply.header('cache-control', 'no-store');
  return sendPage(reply, vnode, { lang: request.lang, status });
}

function see(reply: FastifyReply, location: string): FastifyReply {
  return reply.header('cache-control', 'no-store').redirect(location, 303);
}

export default async function workspace(app: FastifyInstance): Promise<void> {
  // the JSON API (/api/v1/companies, /api/v1/consultations) in its own context: JSON only, problems for errors
  await app.register(workspaceApi);
  // the use cases' checkers refuse malformed text in the fields the pages use; the forms show the error beside the field
  checksOwnText(app, { query: true, body: true });
  const db = app.database.db;
  const csrf = app.csrfProtection;
  const base = (request: FastifyRequest) => {
    const actor = signedIn(request);
    const may = (action: Action, companyId?: string | null) => can(actor, action, { tenantId: actor.tenantId, companyId });
    return { lang: request.lang, currentUrl: request.url, user: { name: actor.name, role: actor.role, may } };
  };
  const ws = (request: FastifyRequest, values: Values = {}, errors: WorkspaceFieldError[] = []): WsState => ({ lang: request.lang, values, errors });

  /** overdue and today's follow-ups of the office, for the banner of the company list (staff only) */
  const dueFollowUps = async (actor: ReturnType<typeof signedIn>): Promise<number> => {
    if (!can(actor, 'followUp.list', { tenantId: actor.tenantId })) return 0;
    const today = officeToday();
    const list = await listFollowUps(db, actor, { until: today, pageSize: 1 }, today);
    return list.total;
  };

  // --- companies ---------------------------------------------------------------------------------------------
  app.get<{ Querystring: Record<string, string | undefined> }>('/companies', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    if (actor.role === 'company' && actor.companyId !== null) return see(reply, `/companies/${actor.companyId}`);
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

  const companyPage = async (request: FastifyRequest, reply: FastifyReply, id: string, extra: { contactState?: WsState; deleteError?: boolean; notice?: string }, status = 200) => {
    const data = await getCompany(db, signedIn(request), id);
    return page(
      reply,
      request,
      h(CompanyPage, { ...base(request), csrfToken: reply.generateCsrf(), ...data, contactState: extra.contactState ?? ws(request), deleteError: extra.deleteError, notice: extra.notice }),
      status,
    );
  };

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

  // --- partners ----------------------------------------------------------------------------------------------
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
    return partnersPage(request, reply, ws(request, { type: 'employment_agency' }), notices[request.query.done ?? '']);
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

  // --- follow-ups (Wiedervorlagen) ------------------------------------------------------------------------------
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
    return page(reply, request, h(FollowUpsPage, { ...base(request), csrfToken: reply.generateCsrf(), state, selection, list, ...extra }), code);
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

  // --- search ------------------------------------------------------------------------------------------------
  app.get<{ Querystring: { q?: string } }>('/search', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    authorize(actor, 'search', { tenantId: actor.tenantId });
    const q = request.query.q;
    if (q === undefined) return page(reply, request, h(SearchPage, { ...base(request), state: ws(request), results: null }));
    try {
      const results = await searchWorkspace(db, actor, { q });
      return page(reply, request, h(SearchPage, { ...base(request), state: ws(request, { q }), results }));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return page(reply, request, h(SearchPage, { ...base(request), state: ws(request, { q: str(q) }, err.errors), results: null }), 400);
    }
  });

  // --- contacts ----------------------------------------------------------------------------------------------
  app.post<{ Params: { id: string } }>('/companies/:id/contacts', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, CONTACT_KEYS);
    try {
      await createContact(db, signedIn(request), request.params.id, values);
      return see(reply, `/companies/${request.params.id}?done=saved`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return companyPage(request, reply, request.params.id, { contactState: ws(request, values, err.errors) }, 400);
    }
  });

  const contactForm = (request: FastifyRequest, reply: FastifyReply, contact: { id: string; companyId: string; name: string }, state: WsState, status = 200) =>
    page(
      reply,
      request,
      h(ContactFormPage, {
        ...base(request),
        csrfToken: reply.generateCsrf(),
        state,
        action: `/contacts/${contact.id}/edit`,
        title: wm(request.lang).company.editContact(contact.name),
        cancelHref: `/companies/${contact.companyId}`,
      }),
      status,
    );

  app.get<{ Params: { id: string } }>('/contacts/:id/edit', { preHandler: requireActor }, async (request, reply) => {
    const contact = await loadContact(db, signedIn(request), request.params.id, 'contact.update');
    return contactForm(request, reply, contact, ws(request, Object.fromEntries(CONTACT_KEYS.map((k) => [k, str(contact[k as keyof typeof contact])]))));
  });

  app.post<{ Params: { id: string } }>('/contacts/:id/edit', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, CONTACT_KEYS);
    const contact = await loadContact(db, signedIn(request), request.params.id, 'contact.update');
    try {
      // the form has no account field: keep the link to a company user as it is
      await updateContact(db, signedIn(request), contact.id, { ...values, userId: contact.userId ?? undefined });
      return see(reply, `/companies/${contact.companyId}?done=saved`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return contactForm(request, reply, contact, ws(request, values, err.errors), 400);
    }
  });

  app.post<{ Params: { id: string } }>('/contacts/:id/delete', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const { companyId } = await deleteContact(db, signedIn(request), request.params.id);
    return see(reply, `/companies/${companyId}?done=saved`);
  });

  // --- consultations -----------------------------------------------------------------------------------------
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
    const view = await getConsultation(db, actor, consultationId);
    authorize(actor, 'consultation.update', { tenantId: actor.tenantId, companyId: view.companyId });
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
