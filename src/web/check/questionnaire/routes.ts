// The questionnaire: the start page, creating a check, its pages (validated and saved page by page, PRG), the
// review, and the htmx fragment of occupation suggestions.
//
//   GET /check, POST /check, GET|POST /checks/:id/step/:step, GET /checks/:id/occupations?q=

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { searchOccupations } from '../../../catalogue/search.ts';
import { sendPage } from '../../shell/html.ts';
import { renderPage } from '../../shell/render.ts';
import { DATA_STEPS, buildCheckInput, formValuesOf, isStep, occupationOf, parseStep } from '../answers.ts';
import type { Answers, DataStepId, FieldError, FormValues, StepId } from '../answers.ts';
import type { FormState } from '../views/form.tsx';
import { ExperiencePage } from '../views/steps/ExperiencePage.tsx';
import { JobPage } from '../views/steps/JobPage.tsx';
import { OccupationPage, OccupationResults, statusText } from '../views/steps/OccupationPage.tsx';
import { PersonPage } from '../views/steps/PersonPage.tsx';
import { QualificationPage } from '../views/steps/QualificationPage.tsx';
import { ReviewPage } from '../views/steps/ReviewPage.tsx';
import { StartPage } from '../views/steps/StartPage.tsx';
import { stepUrl } from '../views/steps/StepShell.tsx';
import { todayIso, NO_STORE, errorPage, amountText, escapeHtml } from '../routing.ts';
import type { CheckContext } from '../routing.ts';
import { assessAnabin, readAnabin } from '../answers/anabin.ts';
import { readForm } from '../answers/read.ts';
import { FIELDS } from '../answers/model.ts';
import type { AcademicDegreeAssessment } from '../../../law/recognition/types.ts';

function renderStep(
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  step: DataStepId,
  answers: Answers,
  values: FormValues,
  errors: FieldError[],
  status: number,
  anabin?: AcademicDegreeAssessment,
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
      return sendPage(reply, h(QualificationPage, { ...base, anabin }), { lang, status });
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

export default async function questionnaireRoutes(app: FastifyInstance, ctx: CheckContext): Promise<void> {
  app.get('/check', async (request, reply) => {
    reply.header('cache-control', NO_STORE);
    return sendPage(reply, h(StartPage, { lang: request.lang, currentUrl: request.url }), { lang: request.lang });
  });

  app.post('/check', async (request, reply) => {
    const id = await ctx.create(request.actor);
    return reply.redirect(stepUrl(id, 'occupation'), 303);
  });

  app.get<{ Params: { id: string; step: string } }>('/checks/:id/step/:step', async (request, reply) => {
    const { id, step } = request.params;
    if (!isStep(step)) return errorPage(request, reply, 404);
    const loaded = await ctx.load(id);
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
    const loaded = await ctx.load(id);
    if (!loaded) return errorPage(request, reply, 404);
    const today = todayIso();
    if (step === 'review') {
      const built = buildCheckInput(loaded.answers);
      if (!built.ok) return renderReview(request, reply, id, loaded.answers, 400);
      await ctx.saveInput(id, built.input);
      return reply.redirect(`/checks/${id}`, 303);
    }
    let body = request.body;
    let keep: FormValues = {};
    if (step === 'qualification') {
      // issue 16: the anabin / ZAB sub-form works out the answer to "assessment"; "Bewertung ermitteln" shows it on
      // the page (nothing saved); "Weiter" with anabin filled in and no answer chosen takes the worked-out answer
      const anabin = readAnabin(body);
      keep = anabin.values;
      if (anabin.filled) {
        const form = readForm(body, FIELDS.qualification);
        const values = { ...form.values, ...anabin.values };
        const asked = typeof (body as Record<string, unknown> | undefined)?.anabin === 'string';
        if (asked) {
          if (!anabin.input) return renderStep(request, reply, id, step, loaded.answers, values, anabin.errors, 400);
          const assessment = assessAnabin(anabin.input, today);
          return renderStep(request, reply, id, step, loaded.answers, { ...values, assessment: assessment.germanAssessment }, [], 200, assessment);
        }
        if ((form.values.assessment ?? '') === '' && form.values.level === 'academic') {
          if (!anabin.input) return renderStep(request, reply, id, step, loaded.answers, values, anabin.errors, 400);
          body = { ...(body as Record<string, unknown>), assessment: assessAnabin(anabin.input, today).germanAssessment };
        }
      }
    }
    const parsed = parseStep(step, body, today);
    if (!parsed.ok) return renderStep(request, reply, id, step, loaded.answers, { ...parsed.values, ...keep }, parsed.errors, 400);
    await ctx.savePage(id, step, parsed.value);
    // Keep the saved CheckInput in step with the answers once the questionnaire was complete.
    const answers = { ...loaded.answers, [step]: parsed.value } as Answers;
    if (loaded.row.input !== null) {
      const built = buildCheckInput(answers);
      await ctx.saveInput(id, built.ok ? built.input : null);
      return reply.redirect(stepUrl(id, 'review'), 303);
    }
    const index = DATA_STEPS.indexOf(step);
    const next: StepId = DATA_STEPS[index + 1] ?? 'review';
    return reply.redirect(stepUrl(id, next), 303);
  });

  app.get<{ Params: { id: string }; Querystring: Record<string, unknown> }>('/checks/:id/occupations', async (request, reply) => {
    const loaded = await ctx.load(request.params.id);
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
}
