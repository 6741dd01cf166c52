// For tests: reads an iCalendar file with ical.js (an independent, maintained parser; decision 020) and checks what a
// parser forgives: CRLF line ends only, the 75-octet line limit, and no UTF-8 character split across a fold.

import assert from 'node:assert/strict';
import ICAL from 'ical.js';

export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  /** YYYY-MM-DD, asserted to be a DATE value (all-day) */
  start: string;
  end: string;
  stamp: string;
  transp: string;
  url: string | null;
  /** the names of the event's properties, upper case, in file order */
  properties: string[];
}

export interface ReadCalendar {
  version: string;
  prodId: string;
  method: string;
  calscale: string;
  name: string | null;
  events: ReadEvent[];
  /** the physical lines, without their CRLF */
  lines: string[];
}

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Asserts the physical form (RFC 5545 § 3.1) and returns the physical lines. */
export function physicalLines(text: string): string[] {
  assert.ok(text.endsWith('\r\n'), 'the file ends with CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    assert.ok(!line.includes('\n') && !line.includes('\r'), `bare line break in ${JSON.stringify(line)}`);
    assert.ok(utf8(line) <= 75, `line longer than 75 octets (${utf8(line)}): ${line}`);
    // every physical line decodes on its own: no multi-byte character was cut by a fold
    assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'utf8')), line);
  }
  return lines;
}

function text(c: InstanceType<typeof ICAL.Component>, name: string): string | null {
  const v = c.getFirstPropertyValue(name);
  return v === null || v === undefined ? null : String(v);
}

function dateValue(c: InstanceType<typeof ICAL.Component>, name: string): string {
  const v = c.getFirstPropertyValue(name);
  assert.ok(v instanceof ICAL.Time, `${name} is a date`);
  assert.equal(v.isDate, true, `${name} is a DATE value (all-day)`);
  return v.toString();
}

export function readCalendar(ics: string): ReadCalendar {
  const lines = physicalLines(ics);
  const root = new ICAL.Component(ICAL.parse(ics));
  assert.equal(root.name, 'vcalendar');
  const events = root.getAllSubcomponents().map((v) => {
    assert.equal(v.name, 'vevent', 'only events in the calendar');
    const props = (name: string) => v.getAllProperties(name);
    for (const one of ['uid', 'dtstamp', 'dtstart', 'summary']) assert.equal(props(one).length, 1, `exactly one ${one}`);
    return {
      uid: text(v, 'uid')!,
      summary: text(v, 'summary')!,
      description: text(v, 'description') ?? '',
      start: dateValue(v, 'dtstart'),
      end: dateValue(v, 'dtend'),
      stamp: String(v.getFirstPropertyValue('dtstamp')),
      transp: text(v, 'transp') ?? '',
      url: text(v, 'url'),
      properties: v.getAllProperties().map((p) => p.name.toUpperCase()),
    };
  });
  return {
    version: text(root, 'version') ?? '',
    prodId: text(root, 'prodid') ?? '',
    method: text(root, 'method') ?? '',
    calscale: text(root, 'calscale') ?? '',
    name: text(root, 'x-wr-calname'),
    events,
    lines,
  };
}
