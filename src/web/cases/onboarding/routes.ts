// The onboarding routes of a case (issue 17). Server-rendered forms that work without JavaScript; every POST carries
// the CSRF token and comes back to the onboarding page with a notice; bad input comes back with the page, the values
// kept and each wrong field named (400).
//
//   GET  /cases/:id/onboarding[?member=ID]        the section on a page of its own (with a member's form to change)
//   POST /cases/:id/onboarding/arrival            the arrival facts
//   POST /cases/:id/onboarding/plan               create or update the onboarding plan (tasks of the case)
//   POST /cases/:id/onboarding/family[/:memberId] add or change a family member
//   POST /cases/:id/onboarding/family/:memberId/delete
// The case page shows the same section (renderOnboardingSection).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { VNode } from 'preact';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { ARRIVAL_KEYS, FAMILY_KEYS, arrivalFormValues, deleteFamilyMember, recordArrival, saveFamilyMember } from '../../../app/integration/arrival.ts';
import { generateOnboardingPlan } from '../../../app/integration/generatePlan.ts';
import { getOnboarding } from '../../../app/integration/getOnboarding.ts';
import type { OnboardingView } from '../../../app/integration/getOnboarding.ts';
import { can } from '../../../policies/index.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { officeToday } from '../../officeDay.ts';
import { Shell } from '../../shell/Shell.tsx';
import { checksOwnText } from '../../textGuard.ts';
import { base, formValues, page, see, ws } from '../../workspace/routing.ts';
import type { Body } from '../../workspace/routing.ts';
import type { WsState } from '../../workspace/form.tsx';
import type { CaseSectionContext } from '../sectionContext.ts';
import { ONBOARDING_SECTION_ID, OnboardingSection } from './OnboardingSection.tsx';
import { om } from './messages.ts';

type Query = Record<string, string | undefined>;

function memberValues(view: OnboardingView, memberId: string | null): Record<string, string> {
  const f = memberId === null ? undefined : view.family.find((x) => x.id === memberId);
  if (f === undefined) return { joining: 'now', jointProcedure: 'no' };
  return {
    relation: f.relation,
    name: f.name ?? '',
    birthDate: f.birthDate,
    citizenship: f.citizenship ?? '',
    joining: f.joining,
    jointProcedure: f.jointProcedure ? 'yes' : 'no',
    german: f.german ?? '',
  };
}

function noticeOf(request: FastifyRequest): string | undefined {
  const done = (request.query as Query | undefined)?.onboarding;
  const notices = om(request.lang).notices;
  return typeof done === 'string' && Object.hasOwn(notices, done) ? notices[done] : undefined;
}

/** The section of the case page (null when the user may not read it). */
export async function renderOnboardingSection(request: FastifyRequest, ctx: CaseSectionContext): Promise<VNode | null> {
  const actor = signedIn(request);
  const target = { tenantId: actor.tenantId, companyId: ctx.companyId };
  if (!can(actor, 'onboarding.read', target)) return null;
  const today = officeToday();
  const view = await getOnboarding(request.server.database.db, actor, ctx.caseId, today);
  return OnboardingSection({
    lang: request.lang,
    csrfToken: ctx.csrfToken,
    view,
    today,
    arrivalState: ws(request, arrivalFormValues(view.arrival)),
    familyState: ws(request, memberValues(view, null)),
    editMemberId: null,
    mayManage: can(actor, 'onboarding.manage', target),
    standalone: false,
    notice: noticeOf(request),
  }) as VNode;
}

export default async function onboardingRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;
  checksOwnText(app, { query: true, body: true });

  const onboardingPage = async (request: FastifyRequest, reply: FastifyReply, caseId: string, forms: { arrival?: WsState; family?: WsState; memberId?: string | null }, status = 200) => {
    const actor = signedIn(request);
    const today = officeToday();
    const view = await getOnboarding(db, actor, caseId, today);
    const target = { tenantId: actor.tenantId, companyId: view.case.companyId };
    const q = (request.query as Query | undefined) ?? {};
    const memberId = forms.memberId !== undefined ? forms.memberId : q.member && view.family.some((f) => f.id === q.member) ? q.member : null;
    const m = om(request.lang);
    const section = OnboardingSection({
      lang: request.lang,
      csrfToken: reply.generateCsrf(),
      view,
      today,
      arrivalState: forms.arrival ?? ws(request, arrivalFormValues(view.arrival)),
      familyState: forms.family ?? ws(request, memberValues(view, memberId)),
      editMemberId: memberId,
      mayManage: can(actor, 'onboarding.manage', target),
      standalone: true,
      notice: noticeOf(request),
    }) as VNode;
    const b = base(request);
    return page(reply, request, h(Shell, { lang: b.lang, title: m.pageTitle(view.case.number), currentUrl: b.currentUrl, user: b.user, children: section }), status);
  };

  const back = (caseId: string, what: string, anchor = ONBOARDING_SECTION_ID) => `/cases/${caseId}/onboarding?onboarding=${what}#${anchor}`;

  app.get<{ Params: { id: string } }>('/cases/:id/onboarding', { preHandler: requireActor }, async (request, reply) => onboardingPage(request, reply, request.params.id, {}));

  app.post<{ Params: { id: string } }>('/cases/:id/onboarding/arrival', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, ARRIVAL_KEYS);
    try {
      await recordArrival(db, signedIn(request), request.params.id, values);
      return see(reply, back(request.params.id, 'arrival'));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return onboardingPage(request, reply, request.params.id, { arrival: ws(request, values, err.errors) }, 400);
    }
  });

  app.post<{ Params: { id: string } }>('/cases/:id/onboarding/plan', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    try {
      await generateOnboardingPlan(db, signedIn(request), request.params.id);
      return see(reply, back(request.params.id, 'plan'));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      // the only error: no arrival date; the arrival form says so
      return onboardingPage(request, reply, request.params.id, { arrival: ws(request, {}, err.errors) }, 400);
    }
  });

  const saveMember = async (request: FastifyRequest<{ Params: { id: string; memberId?: string } }>, reply: FastifyReply) => {
    const values = formValues(request.body as Body, FAMILY_KEYS);
    const memberId = request.params.memberId ?? null;
    try {
      await saveFamilyMember(db, signedIn(request), request.params.id, memberId, values, officeToday());
      return see(reply, back(request.params.id, 'member', 'family'));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return onboardingPage(request, reply, request.params.id, { family: ws(request, values, err.errors), memberId }, 400);
    }
  };
  app.post<{ Params: { id: string } }>('/cases/:id/onboarding/family', { preHandler: [requireActor, csrf] }, saveMember);
  app.post<{ Params: { id: string; memberId: string } }>('/cases/:id/onboarding/family/:memberId', { preHandler: [requireActor, csrf] }, saveMember);

  app.post<{ Params: { id: string; memberId: string } }>('/cases/:id/onboarding/family/:memberId/delete', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    await deleteFamilyMember(db, signedIn(request), request.params.id, request.params.memberId);
    return see(reply, back(request.params.id, 'memberDeleted', 'family'));
  });
}
