// The pathway check on the web (issue 5): questionnaire, result with "what if", process plan, calendar export and
// the candidate's summary. Registered in app.ts.
//
// Routes
//   GET  /check                          start page; POST /check creates a check and redirects to its first page
//   GET  /checks/:id/step/:step          a questionnaire page (pre-filled from saved answers)
//   POST /checks/:id/step/:step          validate and save the page, then redirect (PRG); on errors re-render, 400
//   GET  /checks/:id/occupations?q=      htmx fragment: occupation suggestions as radio buttons
//   GET  /checks/:id                     the result (from the saved CheckInput)
//   GET  /checks/:id/what-if?...         the result for changed salary / languages / date, not saved
//   GET  /checks/:id/plan?route&start&procedure, /checks/:id/plan.ics, /checks/:id/candidate
//
// Cross-site requests: the flow is anonymous; the 128-bit id in the URL is the capability to read and change a
// check, so a forged cross-site POST would need the id, which a third-party site does not know. Creating a check
// (POST /check) needs no secret and only makes an empty row. CSRF tokens would add a cookie to an otherwise
// cookie-less flow without protecting anything more; instead every POST here is refused (403) when the browser
// says it comes from another site (Sec-Fetch-Site: cross-site) or its Origin header names another host.
//
// No state in process memory: every request reads the row it needs.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { searchOccupations } from '../../catalogue/search.ts';
import { evaluate } from '../../law/check.ts';
import { isIsoDate } from '../../law/dates.ts';
import { CEFR_LEVELS, ROUTE_IDS } from '../../law/types.ts';
import type { CheckInput, CheckResult, RouteId } from '../../law/types.ts';
import { validateCheckInput } from '../../law/validate.ts';
import { PlanError, acceleratedAvailable, buildPlan, comparePlans } from '../../law/plan/buildPlan.ts';
import { planToIcs } from '../../law/plan/ics.ts';
import type { Procedure } from '../../law/plan/types.ts';
import type { Lang } from '../../i18n/index.ts';
import { sendPage } from '../html.ts';
import { checksOwnText } from '../textGuard.ts';
import { errorStatus, resolveLang } from '../pages.ts';
import { renderPage } from '../shell/render.ts';
import { ErrorPage } from '../shell/ErrorPage.tsx';
import {
  DATA_STEPS,
  buildCheckInput,
  firstOpenStep,
  formValuesOf,
  isStep,
  occupationOf,
  parseEuro,
  parseStep,
  planInputFromCheck,
  planOptionsOf,
  readStoredAnswers,
} from './answers.ts';
import type { Answers, DataStepId, FieldError, FormValues, StepId } from './answers.ts';
import { cm } from './messages/index.ts';
import { createCheck, deleteCheck, isCheckId, loadCheck, saveInput, savePage } from './store.ts';
import type { StoredCheck } from './store.ts';
import { CandidatePage } from './views/CandidatePage.tsx';
import type { FormState } from './views/form.tsx';
import { PlanPage } from './views/PlanPage.tsx';
import type { PlanView } from './views/PlanPage.tsx';
import { ResultPage } from './views/ResultPage.tsx';
import type { WhatIfValues } from './views/ResultPage.tsx';
import {
  ExperiencePage,
  JobPage,
  OccupationPage,
  OccupationResults,
  PersonPage,
  QualificationPage,
  ReviewPage,
  DeletedPage,
  StartPage,
  statusText,
  stepUrl,
} from './views/StepPages.tsx';

/** Today's date (UTC) as the default decision date and plan start. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const NO_STORE = 'no-store';

function crossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    try {
      const o = new URL(origin);
      const host = new URL(`${o.protocol}//${request.headers.host ?? ''}`).host;
      return o.host !== host;
    } catch {
      return true;
    }
  }
  return false;
}

function errorPage(request: FastifyRequest, reply: FastifyReply, status: number): FastifyReply {
  reply.header('cache-control', NO_STORE);
  const lang = request.lang ?? resolveLang(request);
  return sendPage(reply, h(ErrorPage, { lang, status, currentUrl: request.url, requestId: request.id }), { lang, status });
}

interface Loaded {
  row: StoredCheck;
  answers: Answers;
}

async function load(app: FastifyInstance, id: string): Promise<Loaded | undefined> {
  if (!isCheckId(id)) return undefined;
  const row = await loadCheck(app.database.db, id);
  if (!row) return undefined;
  return { row, answers: readStoredAnswers(row.answers, todayIso()) };
}

/** The saved CheckInput, re-validated (a stored row is never trusted blindly); recomputed from answers if absent. */
function savedInput(loaded: Loaded): CheckInput | undefined {
  if (loaded.row.input !== null && loaded.row.input !== undefined) {
    const v = validateCheckInput(loaded.row.input);
    if (v.ok) return v.value;
  }
  return undefined;
}

function renderStep(
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  step: DataStepId,
  answers: Answers,
  values: FormValues,
  errors: FieldError[],
  status: number,
): FastifyReply {
  const lang = request.lang;
  const state: FormState = { lang, values, errors };
  const base = { lang, currentUrl: request.url, checkId: id, state, answers };
  reply.header('cache-control', NO_STORE);
  switch (step) {
    case 'occupation': {
      const q = typeof (request.query as Record<string, unknown>)?.q === 'string' ? ((request.query as Record<string, string>).q ?? '').slice(0, 120) : '';
      return sendPage(
        reply,
        h(OccupationPage, { ...base, query: q, matches: searchOccupations(q, lang, 8), chosen: occupationOf(answers) }),
        { lang, status },
      );
    }
    case 'job':
      return sendPage(reply, h(JobPage, base), { lang, status });
    case 'person':
      return sendPage(reply, h(PersonPage, base), { lang, status });
    case 'qualification':
      return sendPage(reply, h(QualificationPage, base), { lang, status });
    case 'experience':
      return sendPage(reply, h(ExperiencePage, base), { lang, status });
  }
}

function renderReview(request: FastifyRequest, reply: FastifyReply, id: string, answers: Answers, status: number): FastifyReply {
  const built = buildCheckInput(answers);
  reply.header('cache-control', NO_STORE);
  return sendPage(
    reply,
    h(ReviewPage, {
      lang: request.lang,
      currentUrl: request.url,
      checkId: id,
      answers,
      errors: built.ok ? [] : built.errors,
      missing: built.ok ? [] : built.missing,
    }),
    { lang: request.lang, status },
  );
}

/** What-if query → changed input and the values to show; errors are field messages in the page's language. */
function applyWhatIf(input: CheckInput, query: Record<string, unknown>, lang: Lang): { input: CheckInput; values: WhatIfValues; errors: string[] } {
  const errors: string[] = [];
  const str = (k: string): string | undefined => (typeof query[k] === 'string' ? (query[k] as string).trim().slice(0, 40) : undefined);
  const next: CheckInput = structuredClone(input);
  const values: WhatIfValues = {
    salary: input.job ? amountText(input.job.annualGrossSalaryEur, lang) : '',
    german: input.person.german,
    english: input.person.english,
    date: input.decisionDate,
  };
  const m = cm(lang).result.whatIf;
  const salary = str('salary');
  if (salary !== undefined && salary !== '' && next.job) {
    values.salary = salary;
    const n = parseEuro(salary);
    if (typeof n === 'number' && n >= 1 && n <= 10_000_000) next.job.annualGrossSalaryEur = n;
    else errors.push(`${m.salary}: ${lang === 'de' ? 'bitte einen Betrag zwischen 1 € und 10.000.000 € angeben.' : 'please enter an amount between €1 and €10,000,000.'}`);
  }
  for (const k of ['german', 'english'] as const) {
    const v = str(k);
    if (v === undefined || v === '') continue;
    values[k] = v;
    if ((CEFR_LEVELS as readonly string[]).includes(v)) next.person[k] = v as CheckInput['person']['german'];
    else errors.push(`${m[k]}: ${lang === 'de' ? 'bitte ein Niveau aus der Liste wählen.' : 'please choose a level from the list.'}`);
  }
  const date = str('date');
  if (date !== undefined && date !== '') {
    values.date = date;
    if (isIsoDate(date) && date >= '2023-11-18' && date <= '2100-12-31') {
      next.decisionDate = date;
      // experience that ran to the old decision date runs to the new one
      next.experience = next.experience
        .filter((e) => e.from <= date)
        .map((e) => (e.to === input.decisionDate || e.to > date ? { ...e, to: date } : e));
    } else {
      errors.push(`${m.date}: ${lang === 'de' ? 'bitte ein Datum ab dem 18.11.2023 angeben.' : 'please enter a date from 2023-11-18 on.'}`);
    }
  }
  const v = validateCheckInput(next);
  if (!v.ok) {
    errors.push(lang === 'de' ? 'Mit diesen Werten passen die Angaben nicht zusammen (z. B. Abschluss nach dem Stichtag).' : 'With these values the answers do not fit together (e.g. a qualification after the reference date).');
    return { input, values, errors };
  }
  return { input: next, values, errors };
}

interface PlanQuery {
  route?: unknown;
  start?: unknown;
  procedure?: unknown;
}

type PlanParse = { ok: true; view: PlanView } | { ok: false; status: number };

function planView(loaded: Loaded, input: CheckInput, result: CheckResult, q: PlanQuery, lang: Lang): PlanParse {
  const routeRaw = q.route;
  let routeId: RouteId;
  if (routeRaw === undefined || routeRaw === '') {
    routeId = result.recommended ?? result.routes[0]!.id;
  } else if (typeof routeRaw === 'string' && (ROUTE_IDS as readonly string[]).includes(routeRaw)) {
    routeId = routeRaw as RouteId;
  } else return { ok: false, status: 400 };
  let start = todayIso();
  if (q.start !== undefined && q.start !== '') {
    if (typeof q.start !== 'string' || !isIsoDate(q.start) || q.start < '2024-01-01' || q.start > '2100-12-31') return { ok: false, status: 400 };
    start = q.start;
  }
  let procedure: Procedure = 'regular';
  if (q.procedure !== undefined && q.procedure !== '') {
    if (q.procedure !== 'regular' && q.procedure !== 'accelerated') return { ok: false, status: 400 };
    procedure = q.procedure;
  }
  const acceleratedOpen = acceleratedAvailable(routeId) !== false;
  let notice: string | undefined;
  if (procedure === 'accelerated' && !acceleratedOpen) {
    procedure = 'regular';
    notice = cm(lang).plan.acceleratedNotAvailable;
  }
  const make = (p: Procedure) => buildPlan(planInputFromCheck(input, routeId, planOptionsOf(loaded.answers, start, p)));
  try {
    const plan = make(procedure);
    let comparison: PlanView['comparison'];
    if (acceleratedOpen) {
      const regular = procedure === 'regular' ? plan : make('regular');
      const accelerated = procedure === 'accelerated' ? plan : make('accelerated');
      comparison = { regular, accelerated, cmp: comparePlans(regular, accelerated) };
    }
    return { ok: true, view: { routeId, start, procedure, plan, acceleratedOpen, ...(comparison ? { comparison } : {}), ...(notice ? { notice } : {}) } };
  } catch (err) {
    if (err instanceof PlanError) return { ok: false, status: 400 };
    throw err;
  }
}

function safeIcsDomain(host: string | undefined): string {
  const name = (host ?? '').replace(/:\d+$/, '');
  return /^[A-Za-z0-9.-]{1,200}$/.test(name) ? name : 'lotse.local';
}

export default async function checkPages(app: FastifyInstance): Promise<void> {
  const db = () => app.database.db;

  // This context was created before the shell's error handler was set on the root, so it sets its own: the same
  // HTML error page (413 for an oversized body, 400 for a malformed one), never Fastify's JSON default.
  app.setErrorHandler(async (error, request, reply) => {
    const status = errorStatus(error, reply);
    if (status >= 500) request.log.error({ err: error }, 'unhandled error on a check page');
    else request.log.info({ err: error, status }, 'client error on a check page');
    return errorPage(request, reply, status);
  });

  // the questionnaire's readForm refuses malformed text field by field; the page comes back with the error beside it
  checksOwnText(app, { body: true });

  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'POST' && crossSite(request)) {
      return errorPage(request, reply, 403);
    }
    return undefined;
  });

  app.get('/check', async (request, reply) => {
    reply.header('cache-control', NO_STORE);
    return sendPage(reply, h(StartPage, { lang: request.lang, currentUrl: request.url }), { lang: request.lang });
  });

  app.post('/check', async (_request, reply) => {
    const id = await createCheck(db());
    return reply.redirect(stepUrl(id, 'occupation'), 303);
  });

  app.get<{ Params: { id: string; step: string } }>('/checks/:id/step/:step', async (request, reply) => {
    const { id, step } = request.params;
    if (!isStep(step)) return errorPage(request, reply, 404);
    const loaded = await load(app, id);
    if (!loaded) return errorPage(request, reply, 404);
    if (step === 'review') return renderReview(request, reply, id, loaded.answers, 200);
    const values = formValuesOf(step, loaded.answers);
    // saved amounts as people write them in the page's language (52.000 / 52,000); parseEuro reads both
    for (const f of ['salary', 'means']) {
      if (values[f]) values[f] = amountText(Number(values[f]), request.lang);
    }
    return renderStep(request, reply, id, step, loaded.answers, values, [], 200);
  });

  app.post<{ Params: { id: string; step: string } }>('/checks/:id/step/:step', async (request, reply) => {
    const { id, step } = request.params;
    if (!isStep(step)) return errorPage(request, reply, 404);
    const loaded = await load(app, id);
    if (!loaded) return errorPage(request, reply, 404);
    const today = todayIso();
    if (step === 'review') {
      const built = buildCheckInput(loaded.answers);
      if (!built.ok) return renderReview(request, reply, id, loaded.answers, 400);
      await saveInput(db(), id, built.input);
      return reply.redirect(`/checks/${id}`, 303);
    }
    const parsed = parseStep(step, request.body, today);
    if (!parsed.ok) return renderStep(request, reply, id, step, loaded.answers, parsed.values, parsed.errors, 400);
    await savePage(db(), id, step, parsed.value);
    // Keep the saved CheckInput in step with the answers once the questionnaire was complete.
    const answers = { ...loaded.answers, [step]: parsed.value } as Answers;
    if (loaded.row.input !== null) {
      const built = buildCheckInput(answers);
      await saveInput(db(), id, built.ok ? built.input : null);
      return reply.redirect(stepUrl(id, 'review'), 303);
    }
    const index = DATA_STEPS.indexOf(step);
    const next: StepId = DATA_STEPS[index + 1] ?? 'review';
    return reply.redirect(stepUrl(id, next), 303);
  });

  app.get<{ Params: { id: string }; Querystring: Record<string, unknown> }>('/checks/:id/occupations', async (request, reply) => {
    const loaded = await load(app, request.params.id);
    if (!loaded) return errorPage(request, reply, 404);
    const lang = request.lang;
    const q = typeof request.query.q === 'string' ? request.query.q.slice(0, 120) : '';
    const matches = searchOccupations(q, lang, 8);
    const state: FormState = { lang, values: {}, errors: [] };
    const fragment =
      renderPage(h(OccupationResults, { lang, query: q, matches, chosen: occupationOf(loaded.answers), state })).replace(/^<!doctype html>\n/, '') +
      `<p id="occupation-status" hx-swap-oob="innerHTML">${escapeHtml(statusText(lang, q, matches))}</p>`;
    reply.header('cache-control', NO_STORE).header('content-type', 'text/html; charset=utf-8').header('vary', 'HX-Request, Accept-Language, Cookie');
    return reply.send(fragment);
  });

  const resultHandler = (whatIf: boolean) =>
    async function (request: FastifyRequest<{ Params: { id: string }; Querystring: Record<string, unknown> }>, reply: FastifyReply) {
      const loaded = await load(app, request.params.id);
      if (!loaded) return errorPage(request, reply, 404);
      const saved = savedInput(loaded);
      if (!saved) return reply.redirect(stepUrl(request.params.id, firstOpenStep(loaded.answers)), 303);
      const lang = request.lang;
      const w = whatIf ? applyWhatIf(saved, request.query ?? {}, lang) : { input: saved, values: undefined, errors: [] };
      const result = evaluate(w.input);
      reply.header('cache-control', NO_STORE);
      return sendPage(
        reply,
        h(ResultPage, {
          lang,
          currentUrl: request.url,
          checkId: request.params.id,
          result,
          input: w.input,
          whatIf: w.values ?? {
            salary: saved.job ? amountText(saved.job.annualGrossSalaryEur, lang) : '',
            german: saved.person.german,
            english: saved.person.english,
            date: saved.decisionDate,
          },
          whatIfActive: whatIf && w.errors.length === 0,
          whatIfErrors: w.errors,
        }),
        { lang, status: w.errors.length > 0 ? 400 : 200 },
      );
    };
  app.post<{ Params: { id: string } }>('/checks/:id/delete', async (request, reply) => {
    if (!(await deleteCheck(db(), request.params.id))) return errorPage(request, reply, 404);
    reply.header('cache-control', NO_STORE);
    return sendPage(reply, h(DeletedPage, { lang: request.lang, currentUrl: request.url }), { lang: request.lang });
  });

  app.get('/checks/:id', resultHandler(false));
  app.get('/checks/:id/what-if', resultHandler(true));

  async function withPlan(
    request: FastifyRequest<{ Params: { id: string }; Querystring: PlanQuery }>,
    reply: FastifyReply,
    then: (ctx: { loaded: Loaded; input: CheckInput; result: CheckResult; view: PlanView }) => FastifyReply,
  ): Promise<FastifyReply> {
    const loaded = await load(app, request.params.id);
    if (!loaded) return errorPage(request, reply, 404);
    const input = savedInput(loaded);
    if (!input) return reply.redirect(stepUrl(request.params.id, firstOpenStep(loaded.answers)), 303);
    const result = evaluate(input);
    const pv = planView(loaded, input, result, request.query ?? {}, request.lang);
    if (!pv.ok) return errorPage(request, reply, pv.status);
    return then({ loaded, input, result, view: pv.view });
  }

  app.get<{ Params: { id: string }; Querystring: PlanQuery }>('/checks/:id/plan', async (request, reply) =>
    withPlan(request, reply, ({ result, view }) => {
      reply.header('cache-control', NO_STORE);
      return sendPage(reply, h(PlanPage, { lang: request.lang, currentUrl: request.url, checkId: request.params.id, result, view }), { lang: request.lang });
    }),
  );

  app.get<{ Params: { id: string }; Querystring: PlanQuery }>('/checks/:id/plan.ics', async (request, reply) =>
    withPlan(request, reply, ({ view }) => {
      const ics = planToIcs(view.plan, {
        lang: request.lang,
        uidDomain: safeIcsDomain(request.headers.host),
        now: new Date(),
        planId: `check-${request.params.id}-${view.routeId}-${view.procedure}-${view.start}`,
      });
      return reply
        .header('cache-control', NO_STORE)
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="lotse-plan-${view.routeId}-${view.start}.ics"`)
        .send(ics);
    }),
  );

  app.get<{ Params: { id: string }; Querystring: PlanQuery }>('/checks/:id/candidate', async (request, reply) =>
    withPlan(request, reply, ({ result, view }) => {
      const route = result.routes.find((r) => r.id === view.routeId)!;
      const back = `/checks/${request.params.id}/plan?route=${encodeURIComponent(view.routeId)}&start=${view.start}&procedure=${view.procedure}`;
      reply.header('cache-control', NO_STORE);
      return sendPage(reply, h(CandidatePage, { currentUrl: request.url, route, plan: view.plan, backHref: back }), { lang: 'en' });
    }),
  );
}

/** An amount as people write it in the language, without the currency: 52.000 / 52,000. */
const AMOUNT_FORMATS: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

function amountText(n: number, lang: Lang): string {
  return AMOUNT_FORMATS[lang].format(n);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
