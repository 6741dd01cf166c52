// Writes iCalendar files (RFC 5545) with ical-generator (decision 020): Lotse decides what is in a calendar (the plan's
// milestones and deadlines, a user's tasks), the library writes it: CRLF line ends, TEXT escaping (backslash,
// semicolon, comma, line breaks; § 3.3.11) and folding at 75 octets without splitting a UTF-8 character (§ 3.1).
// Every entry is an all-day event (DTSTART/DTEND as DATE values, DTEND the next day, exclusive) that does not block
// time (TRANSP:TRANSPARENT). The caller passes the time stamp (DTSTAMP) and stable UIDs, so that a calendar
// re-imported or re-fetched updates its entries instead of adding them again.

import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { addDays, isIsoDate } from '../../law/dates.ts';

export interface CalendarEvent {
  /** globally unique and stable, e.g. "task-<id>@lotse.example.org" */
  uid: string;
  /** the day, YYYY-MM-DD */
  date: string;
  summary: string;
  /** plain text; lines separated by "\n" */
  description: string;
  /** a link to the object in Lotse (URL property) */
  url?: string;
}

export interface CalendarOptions {
  /** PRODID: -//company//product//LANGUAGE */
  prodId: { company: string; product: string; language: string };
  /**
   * the calendar's display name (NAME, X-WR-CALNAME), for subscribed feeds. ical-generator 10.2 writes it without TEXT
   * escaping, so a name with a backslash, semicolon, comma or control character is refused here
   */
  name?: string;
  /** how often a subscribing client should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL), in seconds */
  refreshSeconds?: number;
  /** creation time of the file (DTSTAMP of every event) */
  now: Date | string;
}

function stampOf(now: Date | string): Date {
  const d = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid time stamp: ${String(now)}`);
  return d;
}

/** A day as the UTC midnight that ical-generator writes as a DATE value (it formats dates without a time zone in UTC). */
function day(iso: string): Date {
  if (!isIsoDate(iso)) throw new RangeError(`invalid date: ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
}

/** What ical-generator writes verbatim (UIDs, the calendar's name, URIs) must not need escaping. */
const UID = /^[A-Za-z0-9._@-]+$/;
const UNESCAPED_TEXT = /^[^\\;,\x00-\x1f\x7f]+$/;
const URI = /^https?:\/\/[^\s\\;,"<>]+$/;

/** The events as one VCALENDAR, in the order given. */
export function writeCalendar(events: readonly CalendarEvent[], opts: CalendarOptions): string {
  const stamp = stampOf(opts.now);
  if (opts.name !== undefined && !UNESCAPED_TEXT.test(opts.name)) throw new RangeError(`invalid calendar name: ${opts.name}`);
  for (const part of Object.values(opts.prodId)) {
    if (!UNESCAPED_TEXT.test(part) || part.includes('/')) throw new RangeError(`invalid PRODID part: ${part}`);
  }
  const calendar = ical({
    prodId: opts.prodId,
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    ...(opts.name === undefined ? {} : { name: opts.name }),
    ...(opts.refreshSeconds === undefined ? {} : { ttl: opts.refreshSeconds }),
  });
  for (const e of events) {
    if (!UID.test(e.uid)) throw new RangeError(`invalid UID: ${e.uid}`);
    if (e.url !== undefined && !URI.test(e.url)) throw new RangeError(`invalid URL: ${e.url}`);
    calendar.createEvent({
      id: e.uid,
      stamp,
      allDay: true,
      start: day(e.date),
      end: day(addDays(e.date, 1)),
      summary: e.summary,
      description: e.description,
      transparency: ICalEventTransparency.TRANSPARENT,
      ...(e.url === undefined ? {} : { url: e.url }),
    });
  }
  const text = calendar.toString();
  // RFC 5545 § 3.1: every content line ends in CRLF, the last one too (ical-generator 10 omits the final one)
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
