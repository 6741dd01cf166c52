// The personal calendar feed (issue 15): GET /calendar/<token>.ics[?lang=en], for Outlook, Thunderbird and other
// clients that subscribe to an address. No session and no cookie: the secret token in the address is the credential
// (created, rotated and revoked on /account). A malformed, unknown or revoked token answers 404, the same page for
// each. The answer is never cached by a shared cache (Cache-Control: no-store, private). The route logs only at
// warn and above: Fastify's request log lines carry the URL, and with it the token, which would otherwise be written
// to the log on every poll of every client.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readCalendarFeed } from '../../app/calendar/readCalendarFeed.ts';
import { writeCalendar } from '../../app/calendar/writeCalendar.ts';
import { feedEvents } from './feedEvents.ts';
import { fm } from './messages.ts';

export interface CalendarFeedOptions {
  /** the address users open (PUBLIC_URL); absent: the request's own origin */
  publicUrl?: string;
  now?: () => Date;
}

/** How often a subscribing client should fetch the feed again. */
export const FEED_REFRESH_SECONDS = 60 * 60;

const HOST = /^[A-Za-z0-9.-]{1,200}(?::\d{1,5})?$/;

export default async function calendarFeedRoutes(app: FastifyInstance, opts: CalendarFeedOptions): Promise<void> {
  const now = opts.now ?? (() => new Date());
  const baseUrlOf = (request: FastifyRequest): string => {
    if (opts.publicUrl !== undefined) return opts.publicUrl.replace(/\/+$/, '');
    return `${request.protocol}://${HOST.test(request.host) ? request.host : 'localhost'}`;
  };

  app.get<{ Params: { file: string }; Querystring: { lang?: unknown } }>('/calendar/:file', { logLevel: 'warn' }, async (request, reply) => {
    reply.header('cache-control', 'no-store, private');
    const file = request.params.file;
    const feed = file.endsWith('.ics') ? await readCalendarFeed(app.database.db, file.slice(0, -'.ics'.length), now()) : null;
    if (feed === null) return reply.callNotFound();
    const lang = request.query.lang === 'en' ? 'en' : 'de';
    const baseUrl = baseUrlOf(request);
    const uidDomain = new URL(baseUrl).hostname || 'lotse.local';
    const ics = writeCalendar(feedEvents(feed.tasks, { lang, uidDomain, baseUrl }), {
      prodId: { company: 'Lotse', product: 'Tasks', language: lang.toUpperCase() },
      name: fm(lang).calendarName,
      refreshSeconds: FEED_REFRESH_SECONDS,
      now: now(),
    });
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="lotse.ics"')
      .header('x-robots-tag', 'noindex')
      .send(ics);
  });
}
