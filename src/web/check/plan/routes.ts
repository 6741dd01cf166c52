// The process plan of a route, its calendar export and the candidate's summary (in English); the document ticks.
//
//   GET /checks/:id/plan?route&start&procedure[&saved], GET /checks/:id/plan.ics, GET /checks/:id/candidate
//   POST /checks/:id/plan/documents (route, doc…, start, procedure): save the ticks, 303 back to the plan

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { evaluateCheck } from '../../../app/checks/evaluateCheck.ts';
import { isIsoDate } from '../../../law/dates.ts';
import { ROUTE_IDS } from '../../../law/types.ts';
import type { CheckInput, CheckResult, RouteId } from '../../../law/types.ts';
import { PlanError, acceleratedAvailable, buildPlan, comparePlans, planRouteFor } from '../../../law/plan/buildPlan.ts';
import { planToIcs } from '../../../app/calendar/planCalendar.ts';
import type { Procedure } from '../../../law/plan/types.ts';
import type { Lang } from '../../../i18n/index.ts';
import { sendPage } from '../../shell/html.ts';
import { firstOpenStep, planInputFromCheck, planOptionsOf } from '../answers.ts';
import { cm } from '../messages/index.ts';
import { DocumentTicksError } from '../../../app/checks/documentTicks.ts';
import { ErrorPage } from '../../shell/ErrorPage.tsx';
import { CandidatePage } from '../views/CandidatePage.tsx';
import { PlanPage } from '../views/plan/PlanPage.tsx';
import type { PlanView } from '../views/plan/planParts.tsx';
import { stepUrl } from '../views/steps/StepShell.tsx';
import { officeDurations } from '../../../app/cases/officeDurations.ts';
import { can } from '../../../policies/index.ts';
import { todayIso, NO_STORE, errorPage, savedInput } from '../routing.ts';
import type { Loaded, CheckContext } from '../routing.ts';

interface PlanQuery {
  route?: unknown;
  start?: unknown;
  procedure?: unknown;
  saved?: unknown;
}

interface TicksBody {
  route?: unknown;
  doc?: unknown;
  start?: unknown;
  procedure?: unknown;
}

type PlanParse = { ok: true; view: PlanView } | { ok: false; status: number };

function planView(loaded: Loaded, input: CheckInput, result: CheckResult, q: PlanQuery, lang: Lang): PlanParse {
  const routeRaw = q.route;
  let routeId: RouteId;
  if (routeRaw === undefined || routeRaw === '') {
    routeId = planRouteFor(result);
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
    return {
      ok: true,
      view: { routeId, start, procedure, plan, acceleratedOpen, ticks: [], ...(q.saved === '1' ? { ticksSaved: true } : {}), ...(comparison ? { comparison } : {}), ...(notice ? { notice } : {}) },
    };
  } catch (err) {
    if (err instanceof PlanError) return { ok: false, status: 400 };
    throw err;
  }
}

function safeIcsDomain(host: string | undefined): string {
  const name = (host ?? '').replace(/:\d+$/, '');
  return /^[A-Za-z0-9.-]{1,200}$/.test(name) ? name : 'lotse.local';
}

export default async function planRoutes(app: FastifyInstance, ctx: CheckContext): Promise<void> {
  async function withPlan(
    request: FastifyRequest<{ Params: { id: string }; Querystring: PlanQuery }>,
    reply: FastifyReply,
    then: (ctx: { loaded: Loaded; input: CheckInput; result: CheckResult; view: PlanView }) => FastifyReply,
  ): Promise<FastifyReply> {
    const loaded = await ctx.load(request.params.id);
    if (!loaded) return errorPage(request, reply, 404);
    const input = savedInput(loaded);
    if (!input) return reply.redirect(stepUrl(request.params.id, firstOpenStep(loaded.answers)), 303);
    const result = evaluateCheck(input);
    const pv = planView(loaded, input, result, request.query ?? {}, request.lang);
    if (!pv.ok) return errorPage(request, reply, pv.status);
    const ticks = await ctx.loadTicks(request.params.id, pv.view.routeId);
    return then({ loaded, input, result, view: { ...pv.view, ticks } });
  }

  app.get<{ Params: { id: string }; Querystring: PlanQuery }>('/checks/:id/plan', async (request, reply) => {
    // issue 15: a signed-in member of an office's staff sees the office's own durations beside each step; a visitor or
    // a company user sees nothing of an office
    const actor = request.actor;
    const office = actor && can(actor, 'report.read', { tenantId: actor.tenantId }) ? await officeDurations(app.database.db, actor) : undefined;
    return withPlan(request, reply, ({ result, view }) => {
      reply.header('cache-control', NO_STORE);
      return sendPage(reply, h(PlanPage, { lang: request.lang, currentUrl: request.url, checkId: request.params.id, result, view: { ...view, ...(office ? { office } : {}) } }), {
        lang: request.lang,
      });
    });
  });

  // The document checklist's tick boxes: a plain form POST (works without JavaScript), then back to the same plan.
  app.post<{ Params: { id: string }; Body: TicksBody }>('/checks/:id/plan/documents', async (request, reply) => {
    const body = (request.body ?? {}) as TicksBody;
    const docs = body.doc === undefined ? [] : typeof body.doc === 'string' ? [body.doc] : body.doc;
    let saved: boolean;
    try {
      saved = await ctx.saveTicks(request.params.id, body.route, docs);
    } catch (err) {
      if (!(err instanceof DocumentTicksError)) throw err;
      const m = cm(request.lang).plan;
      reply.header('cache-control', NO_STORE);
      return sendPage(
        reply,
        h(ErrorPage, { lang: request.lang, status: 400, currentUrl: request.url, requestId: request.id, problems: [err.field === 'route' ? m.ticksBadRoute : m.ticksBadDoc] }),
        { lang: request.lang, status: 400 },
      );
    }
    if (!saved) return errorPage(request, reply, 404);
    const q = new URLSearchParams({ route: body.route as string });
    if (typeof body.start === 'string' && isIsoDate(body.start)) q.set('start', body.start);
    if (body.procedure === 'regular' || body.procedure === 'accelerated') q.set('procedure', body.procedure);
    q.set('saved', '1');
    return reply.redirect(`/checks/${request.params.id}/plan?${q.toString()}#plan-documents`, 303);
  });

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
