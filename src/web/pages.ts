// The web shell: static assets (our CSS, htmx from node_modules), the start and
// about pages, the language switch, per-request language resolution, and the
// HTML 404 and error pages.
//
// The plugin is not encapsulated (skip-override): its request decorator, language
// hook, not-found handler and error handler apply to the whole application.
// Plugins that want their own error format (the JSON API) set their own error
// handler in their encapsulated context. Requires @fastify/cookie to be registered first.
//
// Register with: `await app.register(pages);`

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { h } from 'preact';
import { DEFAULT_LANG, isLang } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
import { negotiateLang } from '../i18n/negotiate.ts';
import { ASSET_PATHS, HTMX_FILE, HTMX_GZIP_FILE, STATIC_ROOT } from './assets.ts';
import { addVary, sendPage } from './shell/html.ts';
import { pathOf, safeLocalPath } from './urls.ts';
import { AboutPage } from './home/AboutPage.tsx';
import { ErrorPage } from './shell/ErrorPage.tsx';
import { HomePage } from './home/HomePage.tsx';

declare module 'fastify' {
  interface FastifyRequest {
    /** the language of the response: `?lang=`, then the `lang` cookie, then `Accept-Language`, then German */
    lang: Lang;
  }
}

export const LANG_COOKIE = 'lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** unversioned static URLs: cached for an hour, then revalidated by ETag / Last-Modified */
const SHORT_CACHE = 'public, max-age=3600';

/** The language of a request, from its query, cookie and headers. */
export function resolveLang(request: FastifyRequest): Lang {
  const query = request.query as Record<string, unknown> | null | undefined;
  return negotiateLang({
    query: query && typeof query === 'object' ? query.lang : undefined,
    cookie: request.cookies?.[LANG_COOKIE],
    acceptLanguage: request.headers['accept-language'],
  });
}

/** Whether a request URL belongs to the JSON API, whose errors are problem documents, not pages. */
export function isApiPath(url: string): boolean {
  const path = pathOf(url);
  return path === '/api' || path.startsWith('/api/');
}

/** Whether an `Accept-Encoding` header admits gzip (q > 0, explicitly or by `*`). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const raw = Array.isArray(header) ? header.join(',') : (header ?? '');
  let gzip: number | undefined;
  let star: number | undefined;
  for (const entry of raw.slice(0, 1024).split(',')) {
    const [coding = '', ...params] = entry.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (Number.isNaN(q)) continue;
    if (coding === 'gzip' || coding === 'x-gzip') gzip = q;
    else if (coding === '*') star = q;
  }
  return (gzip ?? star ?? 0) > 0;
}

/** Whether an If-None-Match header names the ETag (weak comparison, as RFC 9110 asks for If-None-Match) or is `*`. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

interface Asset {
  body: Buffer;
  etag: string;
}

function loadAsset(file: string): Asset {
  const body = readFileSync(file);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

function problemNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .code(404)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: `There is no ${request.method} ${pathOf(request.url).slice(0, 200)} in this API.`,
      instance: request.id,
    });
}

/** The status to answer an error with: the error's own if it is a client error, else 500. */
export function errorStatus(error: unknown, reply: FastifyReply): number {
  const e = (error ?? {}) as { statusCode?: unknown; status?: unknown };
  const own = typeof e.statusCode === 'number' ? e.statusCode : typeof e.status === 'number' ? e.status : undefined;
  const status = own ?? reply.statusCode;
  return Number.isInteger(status) && status >= 400 && status < 500 ? status : 500;
}

export default async function pages(app: FastifyInstance): Promise<void> {
  app.decorateRequest('lang', DEFAULT_LANG);
  app.addHook('onRequest', async (request) => {
    request.lang = resolveLang(request);
  });

  // --- static assets -------------------------------------------------------
  await app.register(fastifyStatic, {
    root: STATIC_ROOT,
    prefix: '/static/',
    decorateReply: false,
    index: false,
    list: false,
    redirect: false,
    dotfiles: 'ignore',
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders(reply) {
      const query = reply.request.query as Record<string, unknown> | undefined;
      reply.header('cache-control', typeof query?.v === 'string' && query.v !== '' ? IMMUTABLE : SHORT_CACHE);
    },
  });

  // htmx straight from the installed package (no copy in the repository), with the
  // package's own gzip file for clients that accept it.
  const htmx = loadAsset(HTMX_FILE);
  const htmxGzip = existsSync(HTMX_GZIP_FILE) ? loadAsset(HTMX_GZIP_FILE) : null;
  app.get(ASSET_PATHS.htmx, async (request, reply) => {
    const gzip = htmxGzip !== null && acceptsGzip(request.headers['accept-encoding']);
    const asset = gzip && htmxGzip ? htmxGzip : htmx;
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', IMMUTABLE)
      .header('etag', asset.etag);
    addVary(reply, 'Accept-Encoding');
    if (etagMatches(request.headers['if-none-match'], asset.etag)) return reply.code(304).send();
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(asset.body);
  });

  // --- pages -----------------------------------------------------------------
  app.get('/', async (request, reply) =>
    sendPage(reply, h(HomePage, { lang: request.lang, currentUrl: request.url }), { lang: request.lang }),
  );

  app.get('/about', async (request, reply) =>
    sendPage(reply, h(AboutPage, { lang: request.lang, currentUrl: request.url }), { lang: request.lang }),
  );

  // The language switch: remember the choice for a year, then go back to the page.
  app.get<{ Params: { lang: string }; Querystring: Record<string, unknown> }>('/lang/:lang', async (request, reply) => {
    const lang = request.params.lang;
    if (!isLang(lang)) return reply.callNotFound();
    reply.setCookie(LANG_COOKIE, lang, {
      path: '/',
      maxAge: ONE_YEAR_SECONDS,
      sameSite: 'lax',
      httpOnly: true,
      secure: request.protocol === 'https',
    });
    reply.header('cache-control', 'no-store');
    return reply.redirect(safeLocalPath(request.query.back), 303);
  });

  // --- not found and errors ------------------------------------------------------
  app.setNotFoundHandler(async (request, reply) => {
    if (isApiPath(request.url)) return problemNotFound(request, reply);
    const lang = request.lang;
    return sendPage(reply, h(ErrorPage, { lang, status: 404, currentUrl: request.url }), { lang, status: 404 });
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = errorStatus(error, reply);
    // @fastify/static refuses directories and `..` with 403; to the visitor, there is simply no such file.
    if (status === 403 && pathOf(request.url).startsWith('/static/')) return reply.callNotFound();
    if (status >= 500) {
      request.log.error({ err: error }, 'unhandled error while serving a page');
    } else {
      request.log.info({ err: error, status }, 'client error while serving a page');
      const headers = (error as { headers?: unknown }).headers;
      if (headers && typeof headers === 'object') reply.headers(headers as Record<string, string>);
    }
    reply.header('cache-control', 'no-store');

    if (isApiPath(request.url)) {
      return reply
        .code(status)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .send({
          type: 'about:blank',
          title: STATUS_TITLES[status] ?? 'Client Error',
          status,
          detail: status >= 500 ? 'An unexpected error occurred. Quote the request id when reporting it.' : String(error?.message ?? ''),
          instance: request.id,
        });
    }

    // The hook may not have run (an error in an earlier onRequest hook): resolve again.
    const lang = resolveLangSafely(request);
    try {
      return sendPage(reply, h(ErrorPage, { lang, status, currentUrl: request.url, requestId: request.id }), {
        lang,
        status,
      });
    } catch (renderError) {
      // Never fall through to Fastify's default handler, which would echo the message.
      request.log.error({ err: renderError }, 'error page could not be rendered');
      return reply
        .code(status)
        .header('content-type', 'text/plain; charset=utf-8')
        .send(`${status === 500 ? 'Interner Fehler / Internal error' : 'Fehler / Error'} ${status}. ID: ${request.id}\n`);
    }
  });
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

function resolveLangSafely(request: FastifyRequest): Lang {
  try {
    return resolveLang(request);
  } catch {
    return DEFAULT_LANG;
  }
}

// Not encapsulated: the hooks and handlers above are the application's.
Object.defineProperty(pages, Symbol.for('skip-override'), { value: true });
Object.defineProperty(pages, Symbol.for('fastify.display-name'), { value: 'lotse-pages' });
