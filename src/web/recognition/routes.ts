// The public recognition finder (issue 16), no account needed:
//
//   GET /anerkennung?q=&beruf=&referenz=&land=&ort=   the form and, once an occupation is chosen, the result
//   GET /anerkennung/berufe?q=                       htmx fragment: the matches as radio buttons (+ the status line)
//
// German by default, English with ?lang=en or the language switch (like every page, src/web/pages.ts). A value that
// cannot be ours (unknown occupation, Land or place) answers 400 with the form and an error summary naming the field.
// The answer comes from the use case findRecognitionFor (src/app/recognition: the office's data merged over the
// built-in data); route tests give a backend of their own. The web layer never touches the database itself.
//
// Register with: `await app.register(recognitionPages)` after the shell plugin (../pages.ts).

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { searchOccupations } from '../../catalogue/search.ts';
import type { RecognitionInput, RecognitionResult } from '../../law/recognition/types.ts';
import { findRecognitionFor } from '../../app/recognition/findRecognitionFor.ts';
import { visitor } from '../../policies/index.ts';
import { officeToday } from '../officeDay.ts';
import { FINDER_PLACES } from './places.ts';
import { LAENDER } from '../shell/domain/places.ts';
import { sendPage } from '../shell/html.ts';
import { renderPage } from '../shell/render.ts';
import { FinderPage, OccupationChoices, statusText } from './FinderPage.tsx';
import type { PlaceOption } from './FinderPage.tsx';
import { FINDER_PATH, readFinderQuery } from './query.ts';
import type { FinderQuery } from './query.ts';

export { FINDER_PATH, finderUrl } from './query.ts';

export interface FinderBackend {
  /** the finder's answer for the request's user (a visitor: the built-in data, or the office's where r2 merges it) */
  find: (request: FastifyRequest, input: RecognitionInput, date: string) => Promise<RecognitionResult>;
  /** per Land, the places (Landkreise, kreisfreie Städte) the finder knows */
  places: Partial<Record<string, readonly PlaceOption[]>>;
}

export interface RecognitionPagesOptions {
  /** default: findRecognitionFor on the application's database (the office's data merged over the built-in) */
  backend?: FinderBackend;
  /** today's date as an ISO string; default: the office's day (Europe/Berlin) */
  today?: () => string;
}

const NO_STORE = 'no-store';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inputOf(query: FinderQuery): RecognitionInput {
  return {
    ...(query.occupation ? { catalogueId: query.occupation.id } : {}),
    ...(query.referenceId ? { referenceId: query.referenceId } : {}),
    ...(query.land ? { land: query.land } : {}),
    ...(query.place ? { place: query.place } : {}),
  };
}

export default async function recognitionPages(app: FastifyInstance, opts: RecognitionPagesOptions): Promise<void> {
  const today = opts.today ?? ((): string => officeToday());
  const backend: FinderBackend = opts.backend ?? {
    places: FINDER_PLACES,
    // a signed-in user gets their office's data; a visitor the public finder's (decision 023)
    find: (request, input, date) => findRecognitionFor(app.database.db, request.actor ?? visitor(), input, date),
  };
  const lookup = {
    hasPlaces: (land: string) => (backend.places[land]?.length ?? 0) > 0,
    isPlace: (land: string, key: string) => backend.places[land]?.some((p) => p.key === key) ?? false,
    landOf: (key: string) => LAENDER.find((l) => backend.places[l.code]?.some((p) => p.key === key))?.code,
  };

  app.get(FINDER_PATH, async (request, reply) => {
    const lang = request.lang;
    const query = readFinderQuery(request.query, lookup);
    let result: RecognitionResult | undefined;
    if (query.errors.length === 0 && (query.occupation !== undefined || query.referenceId !== undefined)) {
      result = await backend.find(request, inputOf(query), today());
      if (result.status === 'not_found' && query.referenceId !== undefined) {
        query.errors.push({ field: 'referenz', code: 'unknownReference' });
        result = undefined;
      }
    }
    if (query.errors.length > 0) result = undefined;
    const matches = query.q !== '' ? searchOccupations(query.q, lang, 8) : [];
    return sendPage(reply, h(FinderPage, { lang, currentUrl: request.url, query, matches, places: backend.places, result }), {
      lang,
      status: query.errors.length > 0 ? 400 : 200,
    });
  });

  app.get<{ Querystring: Record<string, unknown> }>(`${FINDER_PATH}/berufe`, async (request, reply) => {
    const lang = request.lang;
    const q = typeof request.query.q === 'string' ? request.query.q.trim().slice(0, 120) : '';
    const matches = searchOccupations(q, lang, 8);
    const fragment =
      renderPage(h(OccupationChoices, { lang, query: q, matches, chosen: undefined })).replace(/^<!doctype html>\n/, '') +
      `<p id="beruf-status" hx-swap-oob="innerHTML">${escapeHtml(statusText(lang, q, matches))}</p>`;
    reply.header('cache-control', NO_STORE).header('content-type', 'text/html; charset=utf-8').header('vary', 'HX-Request, Accept-Language, Cookie');
    return reply.send(fragment);
  });
}
