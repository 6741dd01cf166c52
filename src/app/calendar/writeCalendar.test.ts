// The calendar writer (ical-generator), read back by ical.js, an independent parser: text escaping, line folding at
// 75 octets with umlauts and multi-byte characters, all-day dates across month and year ends, UIDs and URLs, and what
// the writer refuses because ical-generator would write it verbatim.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeCalendar } from './writeCalendar.ts';
import type { CalendarEvent } from './writeCalendar.ts';
import { readCalendar } from './icalTesting.ts';

const PROD = { company: 'Lotse', product: 'Test', language: 'DE' };
const NOW = '2026-11-25T06:05:09.123Z';
const one = (e: Partial<CalendarEvent>, opts: { name?: string; refreshSeconds?: number } = {}) =>
  writeCalendar([{ uid: 'e1@lotse.example.org', date: '2027-01-04', summary: 'S', description: 'D', ...e }], { prodId: PROD, now: NOW, ...opts });

const texts: Array<[string, string]> = [
  ['commas', 'Pass, Foto, Zeugnis'],
  ['semicolons', 'a; b;c'],
  ['a backslash', 'C:\\Temp\\neu'],
  ['a backslash before n (not a line break)', 'Ordner \\n bleibt'],
  ['line breaks (LF, CRLF and CR become one \\n each)', 'eins\nzwei'],
  ['colons and the section sign', '§ 81a: 411 €'],
  ['umlauts and ß', 'Ausländerbehörde Größe Übergabe'],
  ['quotes', 'sagt "ja"'],
  ['a four-octet character', 'Note 𝄞 Ende'],
  ['leading and trailing spaces', '  innen  '],
];

for (const [name, value] of texts) {
  test(`TEXT escaping: ${name} survive in SUMMARY and DESCRIPTION`, () => {
    const cal = readCalendar(one({ summary: value, description: `${value}\n${value}` }));
    assert.equal(cal.events.length, 1);
    assert.equal(cal.events[0]!.summary, value);
    assert.equal(cal.events[0]!.description, `${value}\n${value}`);
  });
}

test('TEXT escaping: CRLF and CR in a text are written as one line break each', () => {
  const cal = readCalendar(one({ description: 'a\r\nb\rc\nd' }));
  assert.equal(cal.events[0]!.description, 'a\nb\nc\nd');
});

const folds: Array<[string, string]> = [
  ['a short line is not folded', 'kurz'],
  ['ASCII just below the fold', 'X'.repeat(74 - 'SUMMARY:'.length)],
  ['ASCII at the fold', 'X'.repeat(75 - 'SUMMARY:'.length)],
  ['ASCII one past the fold', 'X'.repeat(76 - 'SUMMARY:'.length)],
  ['two-octet umlauts', 'ä'.repeat(100)],
  ['three-octet euro signs', '€'.repeat(90)],
  ['four-octet characters', '𝄞'.repeat(60)],
  ['a mix ending on an odd octet', 'a' + 'ö€𝄞'.repeat(40)],
  ['escapes across the fold', ', ; \\ '.repeat(30)],
];

for (const [name, summary] of folds) {
  test(`Folding: ${name}`, () => {
    const ics = one({ summary });
    const cal = readCalendar(ics); // asserts ≤ 75 octets and whole UTF-8 characters per physical line
    assert.equal(cal.events[0]!.summary, summary);
    const logical = `SUMMARY:${summary.replace(/[\\;,]/g, (c) => `\\${c}`)}`;
    const folded = cal.lines.findIndex((l) => logical.startsWith(l) && l.startsWith('SUMMARY:'));
    assert.ok(folded >= 0);
    const octets = Buffer.byteLength(logical, 'utf8');
    const continuation = cal.lines[folded + 1]!.startsWith(' ');
    if (octets > 75) assert.ok(continuation, 'a line over 75 octets is folded');
    if (octets <= 74) assert.ok(!continuation, 'a line of at most 74 octets is not folded');
  });
}

const days: Array<[string, string, string]> = [
  ['an ordinary day', '2027-01-04', '2027-01-05'],
  ['the end of a month', '2027-04-30', '2027-05-01'],
  ['the end of a year', '2026-12-31', '2027-01-01'],
  ['28 February in a common year', '2027-02-28', '2027-03-01'],
  ['28 February in a leap year', '2028-02-28', '2028-02-29'],
  ['29 February', '2028-02-29', '2028-03-01'],
  ['the last Sunday of March (summer time starts in Germany)', '2027-03-28', '2027-03-29'],
  ['the last Sunday of October (summer time ends)', '2027-10-31', '2027-11-01'],
];

for (const [name, date, next] of days) {
  test(`All-day dates: ${name}`, () => {
    const cal = readCalendar(one({ date }));
    assert.equal(cal.events[0]!.start, date);
    assert.equal(cal.events[0]!.end, next, 'DTEND is the next day (exclusive)');
    assert.match(cal.lines.join('\n'), new RegExp(`^DTSTART;VALUE=DATE:${date.replace(/-/g, '')}$`, 'm'));
  });
}

test('The calendar: version, PRODID, method, scale, DTSTAMP in UTC, transparent events, name and refresh interval', () => {
  const ics = writeCalendar(
    [
      { uid: 'b@lotse.example.org', date: '2027-02-01', summary: 'Zwei', description: '', url: 'https://lotse.example.org/cases/4b1e' },
      { uid: 'a@lotse.example.org', date: '2027-01-01', summary: 'Eins', description: 'x' },
    ],
    { prodId: PROD, now: new Date('2027-03-01T10:00:00Z'), name: 'Lotse – Aufgaben (Beratung)', refreshSeconds: 3600 },
  );
  const cal = readCalendar(ics);
  assert.equal(cal.version, '2.0');
  assert.equal(cal.prodId, '-//Lotse//Test//DE');
  assert.equal(cal.method, 'PUBLISH');
  assert.equal(cal.calscale, 'GREGORIAN');
  assert.equal(cal.name, 'Lotse – Aufgaben (Beratung)');
  assert.match(ics, /^REFRESH-INTERVAL;VALUE=DURATION:PT1H\r$/m);
  assert.deepEqual(cal.events.map((e) => e.uid), ['b@lotse.example.org', 'a@lotse.example.org'], 'in the order given');
  for (const e of cal.events) {
    assert.equal(e.stamp, '2027-03-01T10:00:00Z');
    assert.equal(e.transp, 'TRANSPARENT');
  }
  assert.equal(cal.events[0]!.url, 'https://lotse.example.org/cases/4b1e');
  assert.equal(cal.events[1]!.url, null);
});

test('An empty calendar is a valid calendar', () => {
  const cal = readCalendar(writeCalendar([], { prodId: PROD, now: NOW }));
  assert.equal(cal.events.length, 0);
  assert.equal(cal.version, '2.0');
});

const refused: Array<[string, () => string]> = [
  ['a time stamp that is not a time', () => writeCalendar([], { prodId: PROD, now: 'yesterday' })],
  ['a date that does not exist', () => one({ date: '2027-02-29' })],
  ['a date that is not a date', () => one({ date: '4.1.2027' })],
  ['a UID with a line break (written verbatim by ical-generator)', () => one({ uid: 'a@x\r\nX-EVIL:1' })],
  ['a UID with a comma', () => one({ uid: 'a,b@x' })],
  ['a name with a comma (NAME is not escaped by ical-generator 10.2)', () => one({}, { name: 'Aufgaben, offen' })],
  ['a name with a line break', () => one({}, { name: 'Aufgaben\r\nX-EVIL:1' })],
  ['a URL that is not http(s)', () => one({ url: 'javascript:alert(1)' })],
  ['a URL with a space', () => one({ url: 'https://x.example/a b' })],
];

for (const [name, run] of refused) {
  test(`Refused: ${name}`, () => {
    assert.throws(run, RangeError);
  });
}

test('Accepted at the edge of the refusals: a UID with dots, dashes and underscores; a name with umlauts and a dash', () => {
  const cal = readCalendar(one({ uid: 'check-a_b.c-1@lotse.example.org' }, { name: 'Lotse – Fristen für Müller' }));
  assert.equal(cal.events[0]!.uid, 'check-a_b.c-1@lotse.example.org');
  assert.equal(cal.name, 'Lotse – Fristen für Müller');
});
