// Sending rendered pages. Every HTML response of the web shell goes through sendPage.

import type { FastifyReply } from 'fastify';
import { h } from 'preact';
import type { VNode } from 'preact';
import type { Lang } from '../../i18n/index.ts';
import { PageChromeContext } from './chrome.ts';
import type { PageChrome } from './chrome.ts';
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

/** The page frame for this request: the signed-in user (session cookie) with a logout form and their navigation. */
export function chromeOf(reply: FastifyReply, lang: Lang): PageChrome {
  const actor = reply.request.actor;
  if (!actor) return { user: null, csrfToken: null, nav: [] };
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
  addVary(reply, 'Accept-Language', 'Cookie');
  if (chrome.user) reply.header('cache-control', 'no-store');
  return reply
    .code(opts.status ?? 200)
    .header('content-type', HTML_CONTENT_TYPE)
    .header('content-language', opts.lang)
    .header('cache-control', reply.getHeader('cache-control') ?? 'no-cache')
    .send(html);
}
