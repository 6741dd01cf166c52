// Sending rendered pages. Every HTML response of the web shell goes through sendPage.

import { randomUUID } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { h } from 'preact';
import type { VNode } from 'preact';
import type { Lang } from '../../i18n/index.ts';
import { PageChromeContext } from './chrome.ts';
import type { PageChrome } from './chrome.ts';
import { Layout } from './Layout.tsx';
import { navFor } from './nav.ts';
import { renderPage } from './render.ts';

export const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';

/** Adds tokens to the `Vary` header without dropping or duplicating existing ones. */
export function addVary(reply: FastifyReply, ...tokens: string[]): void {
  const current = reply.getHeader('vary');
  const existing = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const lower = new Set(existing.map((s) => s.toLowerCase()));
  for (const token of tokens) {
    if (!lower.has(token.toLowerCase())) {
      existing.push(token);
      lower.add(token.toLowerCase());
    }
  }
  reply.header('vary', existing.join(', '));
}

/** The page frame of a request without a signed-in user: no user, no token, the standard navigation only. */
export const ANONYMOUS_CHROME: PageChrome = Object.freeze({ user: null, csrfToken: null, nav: [] as PageChrome['nav'] });

/** The page frame for this request: the signed-in user (session cookie) with a logout form and their navigation. */
export function chromeOf(reply: FastifyReply, lang: Lang): PageChrome {
  const actor = reply.request.actor;
  if (!actor) return ANONYMOUS_CHROME;
  const user = { name: actor.name, role: actor.role };
  return { user, csrfToken: reply.generateCsrf(), nav: navFor(lang, actor) };
}

/**
 * Renders a page in the frame of the request (chromeOf) and sends it as `text/html; charset=utf-8`. The page's
 * language depends on the `lang` cookie and `Accept-Language`, and its header on the session cookie, so caches are
 * told so; pages of a signed-in user are never stored.
 */
export function sendPage<P>(reply: FastifyReply, page: VNode<P>, opts: { lang: Lang; status?: number }): FastifyReply {
  const chrome = chromeOf(reply, opts.lang);
  const html = renderPage(h(PageChromeContext.Provider, { value: chrome }, page as unknown as VNode));
  return sendHtml(reply, html, { ...opts, signedIn: chrome.user !== null });
}

/**
 * Sends a page rendered in the frame of this request (sendPage, or framePage's parts around content rendered
 * earlier) with sendPage's headers. `signedIn`: the page shows the request's signed-in user (never stored by caches).
 */
export function sendHtml(reply: FastifyReply, html: string, opts: { lang: Lang; status?: number; signedIn: boolean }): FastifyReply {
  addVary(reply, 'Accept-Language', 'Cookie');
  if (opts.signedIn) reply.header('cache-control', 'no-store');
  return reply
    .code(opts.status ?? 200)
    .header('content-type', HTML_CONTENT_TYPE)
    .header('content-language', opts.lang)
    .header('cache-control', reply.getHeader('cache-control') ?? 'no-cache')
    .send(html);
}

/** Stands for a page's content while its frame is rendered: random per process, so that no request can contain it. */
const CONTENT_MARK = `lotse-content-${randomUUID()}`;

function splitAt(html: string, mark: string): { before: string; after: string } | undefined {
  const parts = html.split(mark);
  return parts.length === 2 ? { before: parts[0]!, after: parts[1]! } : undefined;
}

/**
 * The frame of a page (the document up to and after the content of Layout, in the chrome given) for content that
 * was rendered earlier, e.g. kept in the database: `before + content + after` is byte for byte the document that
 * sendPage sends for `<Layout {...layout}>{content's vnode}</Layout>`, since Layout places its children as they are
 * and such content does not read the chrome.
 */
export function framePage(chrome: PageChrome, layout: { lang: Lang; title: string; currentUrl: string }): { before: string; after: string } {
  const render = (mark: string) => renderPage(h(PageChromeContext.Provider, { value: chrome }, h(Layout, layout, mark)));
  // The process's mark cannot be in a request; were it there all the same, a new one made after the request arrived is not.
  return splitAt(render(CONTENT_MARK), CONTENT_MARK) ?? framePageWithFreshMark(render);
}

function framePageWithFreshMark(render: (mark: string) => string): { before: string; after: string } {
  const mark = `lotse-content-${randomUUID()}`;
  const framed = splitAt(render(mark), mark);
  if (!framed) throw new Error('the page frame has no single place for its content');
  return framed;
}
