// What the check's route plugins share: today's date, the error page, the cross-site test, a loaded check and its
// saved CheckInput, amounts as people write them, and the context index.ts gives them (CheckContext).

import type { FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { CheckInput, RouteId } from '../../law/types.ts';
import { savedCheckInput } from '../../app/checks/evaluateCheck.ts';
import type { StoredCheck } from '../../app/checks/checkKeys.ts';
import type { CheckResultRead } from '../../app/checks/readCheckResult.ts';
import type { RenderedResultPage } from '../../app/checks/storeCheckResult.ts';
import type { Lang } from '../../i18n/index.ts';
import type { Actor } from '../../policies/index.ts';
import { sendPage } from '../shell/html.ts';
import { resolveLang } from '../pages.ts';
import { ErrorPage } from '../shell/ErrorPage.tsx';
import type { Answers, DataStepId } from './answers.ts';

/** Today's date (UTC) as the default decision date and plan start. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const NO_STORE = 'no-store';

export function crossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    try {
      const o = new URL(origin);
      const host = new URL(`${o.protocol}//${request.headers.host ?? ''}`).host;
      return o.host !== host;
    } catch {
      return true;
    }
  }
  return false;
}

export function errorPage(request: FastifyRequest, reply: FastifyReply, status: number): FastifyReply {
  reply.header('cache-control', NO_STORE);
  const lang = request.lang ?? resolveLang(request);
  return sendPage(reply, h(ErrorPage, { lang, status, currentUrl: request.url, requestId: request.id }), { lang, status });
}

/** A check as loaded: its stored row (the CheckInput saved once the questionnaire was complete) and its answers. */
export interface Loaded {
  row: StoredCheck;
  answers: Answers;
}

/** The saved CheckInput, re-validated by the use case (a stored row is never trusted blindly). */
export function savedInput(loaded: Loaded): CheckInput | undefined {
  return savedCheckInput(loaded.row);
}

/** An amount as people write it in the language, without the currency: 52.000 / 52,000. */
const AMOUNT_FORMATS: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

export function amountText(n: number, lang: Lang): string {
  return AMOUNT_FORMATS[lang].format(n);
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What index.ts gives the check's route plugins: the check use cases (src/app/checks) on the application's database. */
export interface CheckContext {
  /** a new check: a signed-in company user's is saved to their company (issue 14); anyone else's is anonymous */
  create: (actor: Actor | null) => Promise<string>;
  remove: (id: string) => Promise<boolean>;
  /** the check with its answers; undefined for a malformed or unknown id */
  load: (id: string) => Promise<Loaded | undefined>;
  saveInput: (id: string, input: CheckInput | null) => Promise<void>;
  savePage: (id: string, step: DataStepId, value: unknown) => Promise<boolean>;
  /** issue 12: the plan's document ticks for one route (throws DocumentTicksError for a bad route or document id) */
  saveTicks: (id: string, routeId: unknown, documentIds: unknown) => Promise<boolean>;
  loadTicks: (id: string, routeId: RouteId) => Promise<string[]>;
  /** issue 13: the result page kept with the check for the language, else the check to render it from; undefined for
   * a malformed or unknown id. `needsBytes(etag)`: false when the answer needs no bytes (304) */
  readResult: (id: string, lang: Lang, needsBytes?: (etag: string) => boolean) => Promise<CheckResultRead | undefined>;
  /** keeps the page rendered from the input with this fingerprint; its ETag (undefined: the check is gone) */
  storeResult: (id: string, lang: Lang, inputHash: string, page: RenderedResultPage) => Promise<{ etag: string } | undefined>;
  /** issue 14: whether the signed-in user may open a case from the check (the office's, complete; src/app/cases/caseDraft.ts) */
  mayCreateCase: (actor: Actor, id: string) => Promise<boolean>;
}
