// What the auth plugin's route plugins share: reading form fields, a form's state, sending a page (never stored), the
// page of an invalid link, and the plugin's context (AuthContext).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { VNode } from 'preact';
import type { InvalidTokenError } from '../../app/accounts/accounts.ts';
import type { FieldError } from '../../app/accounts/accounts.ts';
import type { Mailer } from '../../app/accounts/mail.ts';
import { sendPage } from '../shell/html.ts';
import type { FormState } from './views/form.tsx';
import { InvalidLinkPage } from './views/InvalidLinkPage.tsx';
import type { Db } from '../../app/database.ts';

export type Body = Record<string, unknown> | undefined;

export function field(body: Body, name: string, trim = true): string {
  const v = body?.[name];
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== 'string') return '';
  return trim ? s.trim() : s;
}

export function state(request: FastifyRequest, values: Record<string, string> = {}, errors: FieldError[] = [], summary?: FormState['summary']): FormState {
  return { lang: request.lang, values, errors, summary };
}

export function page<P>(reply: FastifyReply, request: FastifyRequest, vnode: VNode<P>, status = 200): FastifyReply {
  reply.header('cache-control', 'no-store');
  return sendPage(reply, vnode, { lang: request.lang, status });
}

/** The page of a link that is unknown (404) or used or expired (410). */
export function invalidLink(request: FastifyRequest, reply: FastifyReply, err: InvalidTokenError, kind: 'invitation' | 'reset'): FastifyReply {
  return page(reply, request, h(InvalidLinkPage, { lang: request.lang, currentUrl: request.url, reason: err.reason, kind }), err.reason === 'unknown' ? 404 : 410);
}

/** What the auth plugin gives its route plugins: the database, the clock, the session and device cookies, mail. */
export interface AuthContext {
  db: Db;
  now: () => Date;
  production: boolean;
  cookieName: string;
  deviceCookie: string;
  csrf: FastifyInstance['csrfProtection'];
  /** the base URL of links in mails */
  publicUrlOf: (request: FastifyRequest) => string;
  mailDeps: (request: FastifyRequest) => { mailer: Mailer; publicUrl: string; onMailError: (err: unknown) => void };
  /** handles the pending password-reset requests after the response */
  deliverResets: () => void;
  setSessionCookie: (reply: FastifyReply, id: string) => FastifyReply;
  clearSessionCookie: (reply: FastifyReply) => FastifyReply;
}
