// Sending rendered pages. Every HTML response of the web shell goes through sendPage.

import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import type { Lang } from '../i18n/index.ts';
import { renderPage } from './views/render.ts';

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

/**
 * Renders a page and sends it as `text/html; charset=utf-8`. The page's language
 * depends on the `lang` cookie and `Accept-Language`, so caches are told so.
 */
export function sendPage<P>(reply: FastifyReply, page: VNode<P>, opts: { lang: Lang; status?: number }): FastifyReply {
  const html = renderPage(page);
  addVary(reply, 'Accept-Language', 'Cookie');
  return reply
    .code(opts.status ?? 200)
    .header('content-type', HTML_CONTENT_TYPE)
    .header('content-language', opts.lang)
    .header('cache-control', reply.getHeader('cache-control') ?? 'no-cache')
    .send(html);
}
