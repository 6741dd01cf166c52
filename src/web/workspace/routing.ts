// What the workspace's route plugins share: reading form fields, sending a page or a redirect (never stored), the
// page base with the signed-in user and what the policy module lets them do, and a form's state.

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { WorkspaceFieldError } from '../../app/common/errors.ts';
import { can } from '../../policies/index.ts';
import type { Action } from '../../policies/index.ts';
import { sendPage } from '../shell/html.ts';
import { signedIn } from '../auth/session.ts';
import type { WsState } from './form.tsx';

export type Body = Record<string, unknown> | undefined;
export type Values = Record<string, string | string[]>;

/** The submitted form fields: single values as strings, list fields (checkboxes) as arrays. */
export function formValues(body: Body, keys: string[], lists: string[] = []): Values {
  const out: Values = {};
  for (const k of keys) {
    const v = body?.[k];
    const s = Array.isArray(v) ? v[0] : v;
    out[k] = typeof s === 'string' ? s : '';
  }
  for (const k of lists) {
    const v = body?.[k];
    out[k] = (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  }
  return out;
}

export function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}

export function page<P>(reply: FastifyReply, request: FastifyRequest, vnode: VNode<P>, status = 200): FastifyReply {
  reply.header('cache-control', 'no-store');
  return sendPage(reply, vnode, { lang: request.lang, status });
}

export function see(reply: FastifyReply, location: string): FastifyReply {
  return reply.header('cache-control', 'no-store').redirect(location, 303);
}

/** The page base of every workspace page: language, URL, the signed-in user and what they may do (the policy module). */
export function base(request: FastifyRequest) {
  const actor = signedIn(request);
  const may = (action: Action, companyId?: string | null) => can(actor, action, { tenantId: actor.tenantId, companyId });
  return { lang: request.lang, currentUrl: request.url, user: { name: actor.name, role: actor.role, may } };
}

/** A form's state: the values shown and the field errors. */
export function ws(request: FastifyRequest, values: Values = {}, errors: WorkspaceFieldError[] = []): WsState {
  return { lang: request.lang, values, errors };
}
