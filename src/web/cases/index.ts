// The case pages (issue 14). Server-rendered forms that work without JavaScript; every POST carries the CSRF token; bad
// input comes back with the page, the values kept and each wrong field named.
//
//   GET  /cases                        the board: a column per status (filters adviser, company, route, stalled)
//   GET  /cases/new[?check=ID|?consultation=ID|?company=ID], POST /cases/new     create a case
//   GET  /cases/:id                    the case page (then the tasks, documents and hand-off sections)
//   GET  /cases/:id/edit, POST same    the job and the adviser
//   POST /cases/:id/status             change the status;  POST /cases/:id/references  an official reference
//   POST /cases/:id/notes              add a note
//   POST /cases/:id/residence-title    record, change or remove the residence title (issue 15)
// Registered by app.ts; the JSON API of the same use cases is ../api/cases/routes.ts.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { VNode } from 'preact';
import { addCaseNote } from '../../app/cases/addCaseNote.ts';
import { caseDraftFromCheck, caseDraftFromConsultation, companyCandidates } from '../../app/cases/caseDraft.ts';
import type { CaseDraft } from '../../app/cases/caseDraft.ts';
import { changeCaseStatus } from '../../app/cases/changeCaseStatus.ts';
import { createCase } from '../../app/cases/createCase.ts';
import { getCase, loadCase } from '../../app/cases/getCase.ts';
import { caseBoard, listCaseAdvisers } from '../../app/cases/listCases.ts';
import { recordReference } from '../../app/cases/recordReference.ts';
import { recordResidenceTitle, residenceTitleOf } from '../../app/cases/recordResidenceTitle.ts';
import { getResidenceOutlook } from '../../app/cases/getResidenceOutlook.ts';
import { RESIDENCE_TITLE_KEYS } from '../../app/cases/residenceTitleSchema.ts';
import { updateCase } from '../../app/cases/updateCase.ts';
import { JOB_KEYS } from '../../app/cases/caseInput.ts';
import { ALL_CASE_STATUSES } from '../../app/cases/codes.ts';
import { loadCompany } from '../../app/companies/getCompany.ts';
import { listCompanies } from '../../app/companies/listCompanies.ts';
import { WorkspaceInputError } from '../../app/common/errors.ts';
import { NotFoundError, authorize, can } from '../../policies/index.ts';
import { officeDurations } from '../../app/cases/officeDurations.ts';
import { requireActor, signedIn } from '../auth/session.ts';
import { officeToday } from '../officeDay.ts';
import { formatDate } from '../shell/domain/labels.ts';
import { base, formValues, page, see, str, ws } from '../workspace/routing.ts';
import type { Body } from '../workspace/routing.ts';
import { BoardPage } from './BoardPage.tsx';
import type { BoardFilter } from './BoardPage.tsx';
import { CaseFormPage } from './CaseFormPage.tsx';
import type { CaseFormMode } from './CaseFormPage.tsx';
import { CasePage } from './CasePage.tsx';
import type { CaseForms } from './CasePage.tsx';
import { renderDocumentsSection } from './documents/section.ts';
import { renderHandoffSection } from './handoff/section.ts';
import { renderRecognitionSection } from './recognition/section.ts';
import { renderTasksSection } from './tasks/section.ts';
import { renderReferralsSection } from './referrals/section.ts';
import { renderOnboardingSection } from './onboarding/routes.ts';
import { TITLE_SECTION_ID, TitleSection, titleFormValues } from './title/TitleSection.tsx';
import { rtm } from './title/messages/index.ts';
import type { WsState } from '../workspace/form.tsx';
import { cm } from './messages/index.ts';

const NEW_KEYS = ['checkId', 'consultationId', 'companyId', 'candidateId', 'candidateName', 'routeId', 'procedure', 'startDate', 'adviserUserId', ...JOB_KEYS, 'qualificationLevel', 'germanAssessment'];
const EDIT_KEYS = ['adviserUserId', ...JOB_KEYS];
/** the companies offered in the form and the board's filter: the first of the office by name */
const COMPANY_CHOICES = 100;

type Query = Record<string, string | undefined>;

export default async function casePages(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;

  const companyChoices = async (request: FastifyRequest) => {
    const actor = signedIn(request);
    if (actor.role === 'company') return [];
    return (await listCompanies(db, actor, { pageSize: COMPANY_CHOICES })).items.map((c) => ({ id: c.id, name: c.name }));
  };

  // --- the board -----------------------------------------------------------------------------------------------
  app.get<{ Querystring: Query }>('/cases', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    const q = request.query;
    const filter: BoardFilter = { adviserUserId: str(q.adviserUserId), companyId: str(q.companyId), routeId: str(q.routeId), stalled: q.stalled ? 'yes' : '' };
    const pages = Object.fromEntries(ALL_CASE_STATUSES.map((s) => [s, q[`page_${s}`]]));
    const today = officeToday();
    const advisers = await listCaseAdvisers(db, actor);
    const companies = await companyChoices(request);
    try {
      const board = await caseBoard(db, actor, { ...filter, stalled: filter.stalled || undefined, pages }, today);
      return page(reply, request, h(BoardPage, { ...base(request), columns: board.columns, filter, errors: [], advisers, companies }));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      const board = await caseBoard(db, actor, {}, today);
      return page(reply, request, h(BoardPage, { ...base(request), columns: board.columns, filter, errors: err.errors, advisers, companies }), 400);
    }
  });

  // --- a new case ----------------------------------------------------------------------------------------------
  const newForm = async (request: FastifyRequest, reply: FastifyReply, values: Record<string, string | string[]>, errors: WorkspaceInputError['errors'], status = 200) => {
    const actor = signedIn(request);
    const checkId = str(values.checkId) || undefined;
    const consultationId = str(values.consultationId) || undefined;
    const companyId = str(values.companyId);
    // the company is fixed by a consultation, or by a check saved for a company; a check without one lets the user choose
    // (again after a refused submit)
    const checkCompany = checkId ? ((await caseDraftFromCheck(db, actor, checkId))?.companyId ?? null) : null;
    const fixed = consultationId !== undefined || checkCompany !== null;
    // the form sent back after an error names the consultation's date again
    const consultationDate = consultationId ? (await caseDraftFromConsultation(db, actor, consultationId))?.consultationDate : undefined;
    // a fixed company (from the check or consultation) is shown by name; else the office's companies are offered
    const company = companyId
      ? await loadCompany(db, actor, companyId, 'company.read').catch((err: unknown) => {
          // a company that is not the office's is named by createCase's error; the form then offers the office's own
          if (err instanceof NotFoundError) return undefined;
          throw err;
        })
      : undefined;
    const companies = fixed && company ? [] : await companyChoices(request);
    const candidates = company ? await companyCandidates(db, actor, company.id) : [];
    const mode: CaseFormMode = {
      kind: 'new',
      ...(checkId ? { checkId } : {}),
      ...(consultationId ? { consultationId } : {}),
      ...(consultationDate ? { consultationDate: formatDate(request.lang, consultationDate) } : {}),
      ...(company ? { companyName: company.name } : {}),
    };
    return page(
      reply,
      request,
      h(CaseFormPage, { ...base(request), csrfToken: reply.generateCsrf(), state: ws(request, values, errors), mode, companies, candidates, advisers: await listCaseAdvisers(db, actor) }),
      status,
    );
  };

  app.get<{ Querystring: Query }>('/cases/new', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    authorize(actor, 'case.create', { tenantId: actor.tenantId });
    const q = request.query;
    let draft: CaseDraft | undefined;
    const values: Record<string, string> = { adviserUserId: actor.userId };
    if (q.check) {
      draft = await caseDraftFromCheck(db, actor, q.check);
      if (!draft) throw new NotFoundError();
      values.checkId = q.check;
    } else if (q.consultation) {
      draft = await caseDraftFromConsultation(db, actor, q.consultation);
      if (!draft) throw new NotFoundError();
      values.consultationId = q.consultation;
    }
    const companyId = draft?.companyId ?? q.company ?? '';
    if (companyId) values.companyId = companyId;
    if (draft) {
      for (const k of ['occupationIsco', 'annualGrossSalaryEur', 'federalState', 'municipality', 'routeId'] as const) if (draft[k] !== null && draft[k] !== undefined) values[k] = String(draft[k]);
    }
    return newForm(request, reply, values, []);
  });

  app.post('/cases/new', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, NEW_KEYS);
    try {
      const { id } = await createCase(db, signedIn(request), values, officeToday());
      return see(reply, `/cases/${id}?done=created`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return newForm(request, reply, values, err.errors, 400);
    }
  });

  // --- the case page -------------------------------------------------------------------------------------------
  const casePage = async (request: FastifyRequest, reply: FastifyReply, id: string, forms: Partial<CaseForms> & { title?: WsState }, notice?: string, status = 200) => {
    const actor = signedIn(request);
    const view = await getCase(db, actor, id);
    // issue 15: the office's own durations beside the milestones, for its staff (a company user sees none)
    const office = can(actor, 'report.read', { tenantId: actor.tenantId }) ? await officeDurations(db, actor) : undefined;
    const csrfToken = reply.generateCsrf();
    const ctx = { caseId: view.case.id, companyId: view.case.companyId, csrfToken, status: view.case.status };
    // issue 15: the residence title after arrival, with the dates that follow from it
    const title = residenceTitleOf(view.case);
    const outlook = title === null ? undefined : await getResidenceOutlook(db, actor, view.case.id, officeToday());
    const titleSection = TitleSection({
      outlook,
      lang: request.lang,
      csrfToken,
      caseId: view.case.id,
      title,
      today: officeToday(),
      state: forms.title ?? ws(request, titleFormValues(title)),
      mayEdit: can(actor, 'case.update', { tenantId: view.case.tenantId, companyId: view.case.companyId }),
      notice: (request.query as Query | undefined)?.done === 'title' ? rtm(request.lang).saved : undefined,
    }) as VNode;
    const sections: (VNode | null)[] = [
      await renderTasksSection(request, ctx),
      await renderDocumentsSection(request, ctx),
      // issue 16: the recognition record with the further qualification proposed on it, then the tracked referrals
      await renderRecognitionSection(request, ctx),
      await renderReferralsSection(request, ctx),
      titleSection,
      // issue 17: arrival and integration (the onboarding plan, the family), after the residence title
      await renderOnboardingSection(request, ctx),
      await renderHandoffSection(request, ctx),
    ];
    // the status form offers the next stage of the pipeline first
    const next = view.case.pipeline[view.case.pipeline.indexOf(view.case.status) + 1];
    const all: CaseForms = { status: forms.status ?? ws(request, next ? { status: next } : {}), reference: forms.reference ?? ws(request), note: forms.note ?? ws(request) };
    return page(reply, request, h(CasePage, { ...base(request), csrfToken, view, forms: all, notice, sections, office }), status);
  };

  app.get<{ Params: { id: string }; Querystring: Query }>('/cases/:id', { preHandler: requireActor }, async (request, reply) => {
    const p = cm(request.lang).page;
    const notice = ({ created: p.created, saved: p.saved, status: p.statusChanged, reference: p.referenceSaved, note: p.noteAdded } as Record<string, string>)[request.query.done ?? ''];
    return casePage(request, reply, request.params.id, {}, notice);
  });

  app.post<{ Params: { id: string } }>('/cases/:id/status', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, ['status', 'changedOn', 'reason']);
    try {
      await changeCaseStatus(db, signedIn(request), request.params.id, values, officeToday());
      return see(reply, `/cases/${request.params.id}?done=status`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return casePage(request, reply, request.params.id, { status: ws(request, values, err.errors) }, undefined, 400);
    }
  });

  app.post<{ Params: { id: string } }>('/cases/:id/references', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, ['kind', 'referenceNumber', 'decidedOn']);
    try {
      await recordReference(db, signedIn(request), request.params.id, values.kind, values, officeToday());
      return see(reply, `/cases/${request.params.id}?done=reference`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return casePage(request, reply, request.params.id, { reference: ws(request, values, err.errors) }, undefined, 400);
    }
  });

  app.post<{ Params: { id: string } }>('/cases/:id/residence-title', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, RESIDENCE_TITLE_KEYS);
    try {
      await recordResidenceTitle(db, signedIn(request), request.params.id, values, officeToday());
      return see(reply, `/cases/${request.params.id}?done=title#${TITLE_SECTION_ID}`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return casePage(request, reply, request.params.id, { title: ws(request, values, err.errors) }, undefined, 400);
    }
  });

  app.post<{ Params: { id: string } }>('/cases/:id/notes', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, ['body', 'visibleToCompany']);
    try {
      await addCaseNote(db, signedIn(request), request.params.id, values);
      return see(reply, `/cases/${request.params.id}?done=note`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return casePage(request, reply, request.params.id, { note: ws(request, values, err.errors) }, undefined, 400);
    }
  });

  // --- edit ----------------------------------------------------------------------------------------------------
  const editForm = async (request: FastifyRequest, reply: FastifyReply, id: string, values: Record<string, string | string[]> | undefined, errors: WorkspaceInputError['errors'], status = 200) => {
    const actor = signedIn(request);
    const c = await loadCase(db, actor, id, 'case.update');
    const shown = values ?? Object.fromEntries(EDIT_KEYS.map((k) => [k, str(c[k as keyof typeof c])]));
    return page(
      reply,
      request,
      h(CaseFormPage, {
        ...base(request),
        csrfToken: reply.generateCsrf(),
        state: ws(request, shown, errors),
        mode: { kind: 'edit', caseId: c.id, number: c.number },
        companies: [],
        candidates: [],
        advisers: await listCaseAdvisers(db, actor),
      }),
      status,
    );
  };

  app.get<{ Params: { id: string } }>('/cases/:id/edit', { preHandler: requireActor }, async (request, reply) => editForm(request, reply, request.params.id, undefined, []));

  app.post<{ Params: { id: string } }>('/cases/:id/edit', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, EDIT_KEYS);
    try {
      await updateCase(db, signedIn(request), request.params.id, values);
      return see(reply, `/cases/${request.params.id}?done=saved`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return editForm(request, reply, request.params.id, values, err.errors, 400);
    }
  });
}
