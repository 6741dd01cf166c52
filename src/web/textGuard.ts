// The input guard of every route: text that cannot be stored (a NUL character, an unpaired surrogate; src/text.ts)
// in the route params, the query string or the body, and a query string whose percent-escapes are not UTF-8
// (`%FF`, `%C3%28`), are refused with a 400 that names the field, before the handler runs:
//   /api/…  an RFC 9457 problem (invalid-input) whose `errors` hold the field as a JSON pointer
//   pages   the error page (400) with the field named in its error summary
// The forms re-render themselves with the error beside the field: the input checkers of their use cases (Checker,
// nameErrors, …) and of the questionnaire refuse such text in their normal flow. A plugin whose page handlers check
// every query and/or body field they use in that way says so with `checksOwnText(app, …)`; the guard then leaves
// those parts of its pages to the handlers (params and every /api route stay guarded).
// docs/decisions/012-malformed-text.md.
//
// Register with `registerTextGuard(app)` before the route plugins: it appends the guard to every route's preHandler
// chain, so it runs after authentication and CSRF checks (an anonymous request is still sent to the login first).

import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { h } from 'preact';
import { t } from '../i18n/index.ts';
import { MALFORMED_TEXT_MESSAGE, findInvalidPercentEncoding, findMalformedText } from '../text.ts';
import { invalidDetail, invalidInputProblem, sendProblem } from './api/problem.ts';
import { sendPage } from './shell/html.ts';
import { isApiPath, resolveLang } from './pages.ts';
import { ErrorPage } from './shell/ErrorPage.tsx';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** the parts of the request this route's handler checks for malformed text itself (see checksOwnText) */
    checksOwnText?: { query?: boolean; body?: boolean };
  }
}

export const INVALID_ENCODING_MESSAGE = 'is not valid UTF-8 (percent-encoded bytes that do not form characters)';

type Part = 'params' | 'querystring' | 'body';

export interface TextFinding {
  part: Part;
  /** JSON pointer into that part, e.g. "/name" or "/person/citizenship" */
  path: string;
  kind: 'malformed' | 'encoding';
}

/** The first malformed text in a request, in the order params, query string, body; undefined when there is none. */
export function findRequestText(request: FastifyRequest, skip: { query?: boolean; body?: boolean } = {}): TextFinding | undefined {
  const params = findMalformedText(request.params);
  if (params !== undefined) return { part: 'params', path: params, kind: 'malformed' };
  // no handler can see this one: the query parser keeps such escapes as they are ("%FF")
  const q = request.url.indexOf('?');
  if (q >= 0) {
    const field = findInvalidPercentEncoding(request.url.slice(q + 1).split('#')[0] ?? '');
    if (field !== undefined) return { part: 'querystring', path: `/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`, kind: 'encoding' };
  }
  if (!skip.query) {
    const query = findMalformedText(request.query);
    if (query !== undefined) return { part: 'querystring', path: query, kind: 'malformed' };
  }
  if (!skip.body) {
    const body = findMalformedText(request.body);
    if (body !== undefined) return { part: 'body', path: body, kind: 'malformed' };
  }
  return undefined;
}

/** The field's name for people: the JSON pointer without its leading slash, "/" between levels. */
function fieldName(path: string): string {
  return path.slice(1).replace(/~1/g, '/').replace(/~0/g, '~') || '(body)';
}

/**
 * Refuses the request as the guard does (400 naming the field). For a handler that checks its own text
 * (checksOwnText) and meets malformed text in a field the person cannot correct in the form, such as a hidden one.
 */
export function refuse(request: FastifyRequest, reply: FastifyReply, finding: TextFinding): FastifyReply {
  request.log.info({ part: finding.part, field: finding.path, kind: finding.kind }, 'malformed text in the request refused');
  reply.header('cache-control', 'no-store');
  if (isApiPath(request.url)) {
    const message = finding.kind === 'encoding' ? INVALID_ENCODING_MESSAGE : MALFORMED_TEXT_MESSAGE;
    return sendProblem(reply, invalidInputProblem([{ path: finding.path, message }], invalidDetail(finding.part, 1), request.id));
  }
  const lang = request.lang ?? resolveLang(request);
  const m = t(lang).inputErrors;
  const field = fieldName(finding.path);
  const problems = [finding.kind === 'encoding' ? m.invalidEncoding(field) : m.malformedText(field)];
  return sendPage(reply, h(ErrorPage, { lang, status: 400, currentUrl: request.url, requestId: request.id, problems }), { lang, status: 400 });
}

export const textGuard: preHandlerAsyncHookHandler = async function textGuard(request, reply) {
  const own = isApiPath(request.url) ? {} : (request.routeOptions.config.checksOwnText ?? {});
  const finding = findRequestText(request, own);
  if (finding !== undefined) return refuse(request, reply, finding);
  return undefined;
};

/** Appends the guard to the preHandler chain of every route registered after this call (in any plugin). */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const own = route.preHandler === undefined ? [] : Array.isArray(route.preHandler) ? route.preHandler : [route.preHandler];
    route.preHandler = [...own, textGuard];
  });
}

/**
 * Declares, for the pages of the calling plugin (its encapsulated context), that their handlers check the query
 * and/or body fields they use for malformed text and answer with the form and the error beside the field. `only`
 * ("POST /login", …) limits it to those routes: for a plugin that is not encapsulated, whose hooks reach the routes
 * of every plugin registered after it. Percent-escapes that are not UTF-8 are refused by the guard all the same.
 */
export function checksOwnText(app: FastifyInstance, parts: { query?: boolean; body?: boolean }, only?: readonly string[]): void {
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (only !== undefined && !methods.some((m) => only.includes(`${m} ${route.url}`))) return;
    route.config = { ...route.config, checksOwnText: parts };
  });
}
