// The public page of the legal figures' state (/recht/stand), no login, no database: the rows come from the pure
// lawStatus() of src/law, computed for today's date (the web layer reads the clock, src/law does not).
//
// Register with: `await app.register(lawPages);` after the shell plugin (../pages.ts).

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { lawStatus } from '../../law/parameters/status.ts';
import { sendPage } from '../shell/html.ts';
import { LawStatusPage } from './LawStatusPage.tsx';

export const LAW_STATUS_PATH = '/recht/stand';

export interface LawPagesOptions {
  /** today's date as an ISO string; default: the clock (UTC) */
  today?: () => string;
}

export default async function lawPages(app: FastifyInstance, opts: LawPagesOptions): Promise<void> {
  const today = opts.today ?? ((): string => new Date().toISOString().slice(0, 10));
  app.get(LAW_STATUS_PATH, async (request, reply) => {
    const date = today();
    return sendPage(reply, h(LawStatusPage, { lang: request.lang, currentUrl: request.url, today: date, rows: lawStatus(date) }), { lang: request.lang });
  });
}
