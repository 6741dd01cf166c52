// The result of a check (from its saved CheckInput, kept rendered with the check: issue 13), the result for changed
// salary, languages or date (not saved), and deleting a check.
//
//   GET /checks/:id, GET /checks/:id/what-if?..., POST /checks/:id/delete
//   GET /checks/:id/anerkennung: to the recognition finder with the check's occupation and place of work (issue 16)

import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { evaluateCheckIn, savedCheckInput } from '../../../app/checks/evaluateCheck.ts';
import type { KeptResultPage } from '../../../app/checks/readCheckResult.ts';
import { pageEtag } from '../../../app/checks/storeCheckResult.ts';
import type { RenderedResultPage } from '../../../app/checks/storeCheckResult.ts';
import { isIsoDate } from '../../../law/dates.ts';
import { CEFR_LEVELS } from '../../../law/types.ts';
import type { CheckInput } from '../../../law/types.ts';
import type { ResultIn } from '../../../law/decision.ts';
import { validateCheckInput } from '../../../law/validate.ts';
import type { Lang } from '../../../i18n/index.ts';
import { etagMatches } from '../../pages.ts';
import { ANONYMOUS_CHROME, addVary, chromeOf, framePage, sendHtml, sendPage } from '../../shell/html.ts';
import { renderFragment } from '../../shell/render.ts';
import { firstOpenStep, occupationOf, parseEuro, readStoredAnswers } from '../answers.ts';
import { finderUrl } from '../../recognition/query.ts';
import { placeKeyFor } from '../../recognition/places.ts';
import { cm } from '../messages/index.ts';
import { ResultContent, ResultPage, resultTitle } from '../views/ResultPage.tsx';
import type { WhatIfValues } from '../views/ResultPage.tsx';
import { DeletedPage } from '../views/steps/DeletedPage.tsx';
import { CreateCaseLink } from '../../cases/CreateCaseLink.tsx';
import { stepUrl } from '../views/steps/StepShell.tsx';
import { NO_STORE, errorPage, savedInput, amountText, todayIso } from '../routing.ts';
import type { CheckContext } from '../routing.ts';

/** What-if query → changed input and the values to show; errors are field messages in the page's language. */
function applyWhatIf(input: CheckInput, query: Record<string, unknown>, lang: Lang): { input: CheckInput; values: WhatIfValues; errors: string[] } {
  const errors: string[] = [];
  const str = (k: string): string | undefined => (typeof query[k] === 'string' ? (query[k] as string).trim().slice(0, 40) : undefined);
  const next: CheckInput = structuredClone(input);
  const values = savedWhatIf(input, lang);
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

/** The what-if panel's values for the saved input, as the page first shows them. */
function savedWhatIf(saved: CheckInput, lang: Lang): WhatIfValues {
  return {
    salary: saved.job ? amountText(saved.job.annualGrossSalaryEur, lang) : '',
    german: saved.person.german,
    english: saved.person.english,
    date: saved.decisionDate,
  };
}

/**
 * The page to keep with the saved check (issue 13): the result as an anonymous visitor gets it at /checks/:id, and
 * where its own content (ResultContent) sits in it, so that any other request (a signed-in user's, another URL of
 * the page) can be answered with its own frame around the same content.
 */
export function renderKeptPage(lang: Lang, checkId: string, input: CheckInput, result: ResultIn): RenderedResultPage {
  const frame = framePage(ANONYMOUS_CHROME, { lang, title: resultTitle(lang), currentUrl: `/checks/${checkId}` });
  const content = renderFragment(
    h(ResultContent, { lang, checkId, result, input, whatIf: savedWhatIf(input, lang), whatIfActive: false, whatIfErrors: [] }),
  );
  return { html: frame.before + content + frame.after, contentStart: frame.before.length, contentEnd: frame.before.length + content.length };
}

/** The ETag of the kept content in the frame of another URL of the page (anonymous: the frame depends on nothing else). */
function framedEtag(keptEtag: string, url: string): string {
  return `"${keptEtag.slice(1, -1)}.${createHash('sha256').update(url).digest('base64url').slice(0, 16)}"`;
}

export default async function resultRoutes(app: FastifyInstance, ctx: CheckContext): Promise<void> {
  // GET /checks/:id: the page kept with the check (check_results) when it is valid for the check's input, the
  // language and the law's and the code's versions (the use case readCheckResult compares them); else evaluated,
  // rendered and kept. What differs per request is only the frame (the signed-in user with their CSRF token and
  // navigation, the language switch's links to the URL asked for): the kept page is the anonymous visitor's at the
  // page's own URL and is sent as it is; every other request gets its own frame around the kept content. So no
  // request ever sees another's user, token or navigation. Anonymous answers carry an ETag (If-None-Match: 304);
  // a signed-in user's page has a fresh CSRF token in its header, so it has none.
  // Plugin work: for a request without a session cookie the auth hook looks up no session (no database), no CSRF
  // secret or token is made (the page's own forms need none: the what-if form is a GET, the delete form is guarded by
  // Sec-Fetch-Site/Origin, see ../index.ts; chromeOf makes a token only for a signed-in user's logout form), and no
  // cookie is set; helmet's headers are computed once at start (app.ts); the rate limiter counts as for every page.
  app.get<{ Params: { id: string } }>('/checks/:id', async (request, reply) => {
    const id = request.params.id;
    const lang = request.lang;
    const anonymous = request.actor === null;
    const asKept = anonymous && request.url === `/checks/${id}`;
    const ifNoneMatch = typeof request.headers['if-none-match'] === 'string' ? request.headers['if-none-match'] : undefined;
    // the page's bytes are not needed for a 304 to the kept page's own ETag
    const read = await ctx.readResult(id, lang, asKept && ifNoneMatch !== undefined ? (etag) => !etagMatches(ifNoneMatch, etag) : undefined);
    if (!read) return errorPage(request, reply, 404);
    let page: KeptResultPage;
    if (read.kept) {
      page = read.kept;
    } else {
      const saved = savedCheckInput(read.check);
      if (!saved) return reply.redirect(stepUrl(id, firstOpenStep(readStoredAnswers(read.check.answers, todayIso()))), 303);
      const rendered = renderKeptPage(lang, id, saved, evaluateCheckIn(saved, lang));
      const stored = read.inputHash === null ? undefined : await ctx.storeResult(id, lang, read.inputHash, rendered);
      page = { ...rendered, etag: stored?.etag ?? pageEtag(rendered.html) };
    }
    reply.header('cache-control', NO_STORE);
    if (anonymous) {
      const etag = asKept ? page.etag : framedEtag(page.etag, request.url);
      reply.header('etag', etag);
      if (etagMatches(ifNoneMatch, etag)) {
        addVary(reply, 'Accept-Language', 'Cookie');
        return reply.code(304).send();
      }
    }
    const html = page.html;
    if (html === undefined) throw new Error('the kept page was read without its bytes, but is not answered with 304');
    if (asKept) return sendHtml(reply, html, { lang, signedIn: false });
    const chrome = chromeOf(reply, lang);
    const frame = framePage(chrome, { lang, title: resultTitle(lang), currentUrl: request.url });
    // issue 14: the office's staff may open a case from the check; the link is part of this user's frame, never of
    // the kept page (which every visitor of the check gets)
    const caseLink = request.actor && (await ctx.mayCreateCase(request.actor, id)) ? renderFragment(h(CreateCaseLink, { lang, checkId: id })) : '';
    return sendHtml(reply, frame.before + caseLink + html.slice(page.contentStart, page.contentEnd) + frame.after, { lang, signedIn: chrome.user !== null });
  });

  // GET /checks/:id/what-if: the result for changed values, not saved and not kept
  app.get<{ Params: { id: string }; Querystring: Record<string, unknown> }>('/checks/:id/what-if', async (request, reply) => {
    const loaded = await ctx.load(request.params.id);
    if (!loaded) return errorPage(request, reply, 404);
    const saved = savedInput(loaded);
    if (!saved) return reply.redirect(stepUrl(request.params.id, firstOpenStep(loaded.answers)), 303);
    const lang = request.lang;
    const w = applyWhatIf(saved, request.query ?? {}, lang);
    const result = evaluateCheckIn(w.input, lang);
    reply.header('cache-control', NO_STORE);
    return sendPage(
      reply,
      h(ResultPage, {
        lang,
        currentUrl: request.url,
        checkId: request.params.id,
        result,
        input: w.input,
        whatIf: w.values,
        whatIfActive: w.errors.length === 0,
        whatIfErrors: w.errors,
      }),
      { lang, status: w.errors.length > 0 ? 400 : 200 },
    );
  });

  // issue 16: the finder for the check's occupation and place of work, as the answers now say (the kept result page
  // links here, so that its content depends on the saved input only)
  app.get<{ Params: { id: string } }>('/checks/:id/anerkennung', async (request, reply) => {
    const loaded = await ctx.load(request.params.id);
    if (!loaded) return errorPage(request, reply, 404);
    const job = loaded.answers.job;
    const land = job?.federalState;
    reply.header('cache-control', NO_STORE);
    return reply.redirect(finderUrl({ beruf: occupationOf(loaded.answers)?.id, land, ort: placeKeyFor(land, job?.municipality) }), 303);
  });

  app.post<{ Params: { id: string } }>('/checks/:id/delete', async (request, reply) => {
    if (!(await ctx.remove(request.params.id))) return errorPage(request, reply, 404);
    reply.header('cache-control', NO_STORE);
    return sendPage(reply, h(DeletedPage, { lang: request.lang, currentUrl: request.url }), { lang: request.lang });
  });
}
