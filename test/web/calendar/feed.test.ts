// The personal calendar feed through the whole application (app.inject): created on the account page (the address
// shown once), fetched without a session, read back by ical.js (an independent parser): one all-day event per task on
// its due date with the case number, a link to the case, stable UIDs and escaped texts; German and English; rotation
// and revocation answer 404; another office's tasks never appear; headers (text/calendar, no-store).

import { after, before, test } from 'node:test';
import { Writable } from 'node:stream';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser, csrfOf } from '../../../src/web/testing/browser.ts';
import { addDays } from '../../../src/law/dates.ts';
import { listFeedTasks } from '../../../src/app/calendar/listFeedTasks.ts';
import type { FeedTask } from '../../../src/app/calendar/listFeedTasks.ts';
import { makeFeedWorld } from '../../../src/dev/calendarFeedTesting.ts';
import type { FeedWorld } from '../../../src/dev/calendarFeedTesting.ts';
import { readCalendar } from '../../../src/app/calendar/icalTesting.ts';

const SECRET = 'test-secret-test-secret-test-secret';
const PUBLIC_URL = 'https://lotse.example.org';
let db: TestDatabase;
let app: FastifyInstance;
let w: FeedWorld;
/** every log line the application writes (info and above) */
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString('utf8'));
    done();
  },
});

before(async () => {
  db = await openTestDb();
  w = await makeFeedWorld(db.db, 1);
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: { level: 'info', stream: logStream }, publicUrl: PUBLIC_URL });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

const FEED_URL = /<code class="secret">(https:\/\/lotse\.example\.org\/calendar\/([A-Za-z0-9_-]{43})\.ics)<\/code>/;

/** Creates (or rotates) the signed-in user's feed on the account page; the path of the address shown once. */
async function createFeed(b: Browser): Promise<string> {
  const r = await b.submit('/account', '/account/calendar', {});
  assert.equal(r.statusCode, 200);
  const m = FEED_URL.exec(r.body);
  assert.ok(m, 'the address is shown');
  assert.equal(r.headers['cache-control'], 'no-store');
  return new URL(m[1]!).pathname;
}

const fetchFeed = (path: string) => app.inject({ method: 'GET', url: path });

function assertEventsAreTasks(ics: string, tasks: FeedTask[], lang: 'de' | 'en') {
  const cal = readCalendar(ics);
  assert.equal(cal.version, '2.0');
  assert.equal(cal.method, 'PUBLISH');
  assert.equal(cal.prodId, `-//Lotse//Tasks//${lang.toUpperCase()}`);
  assert.equal(cal.name, lang === 'de' ? 'Lotse – Aufgaben und Fristen' : 'Lotse – tasks and deadlines');
  assert.equal(cal.events.length, tasks.length);
  assert.ok(tasks.length > 0);
  for (const t of tasks) {
    const e = cal.events.find((ev) => ev.uid === `task-${t.id}@lotse.example.org`);
    assert.ok(e, `event of task ${t.id}`);
    assert.equal(e.start, t.dueOn);
    assert.equal(e.end, addDays(t.dueOn, 1));
    const title = lang === 'en' && t.titleEn ? t.titleEn : t.title;
    const prefix = t.deadlineRef ? (lang === 'de' ? 'Frist: ' : 'Deadline: ') : '';
    assert.equal(e.summary, `${prefix}${title} (${t.caseNumber})`);
    assert.equal(e.url, `${PUBLIC_URL}/cases/${t.caseId}`);
    const lines = e.description.split('\n');
    assert.equal(lines[0], lang === 'de' ? `Fall ${t.caseNumber}` : `Case ${t.caseNumber}`);
    assert.equal(lines.at(-1), `${PUBLIC_URL}/cases/${t.caseId}`);
    if (t.deadlineRef) assert.ok(lines.includes(lang === 'de' ? `Gesetzliche Frist: ${t.deadlineRef}` : `Statutory deadline: ${t.deadlineRef}`));
  }
  return cal;
}

test('An adviser creates the feed on the account page and subscribes: the tasks as all-day events, read by ical.js', async () => {
  const b = await new Browser(app, '192.0.2.1').signIn(w.adviser.email);
  const before = await b.get('/account');
  assert.match(before.body, /<h2 id="calendar-heading">Kalender-Abo<\/h2>/);
  assert.match(before.body, /Kalender-Adresse erzeugen/);
  const path = await createFeed(b);

  const r = await fetchFeed(path); // no cookie: the token is the credential
  assert.equal(r.statusCode, 200);
  assert.equal(r.headers['content-type'], 'text/calendar; charset=utf-8');
  assert.match(String(r.headers['cache-control']), /no-store/);
  assert.match(String(r.headers['cache-control']), /private/);
  assert.equal(r.headers['set-cookie'], undefined, 'no cookie for a calendar client');
  const tasks = await listFeedTasks(db.db, w.adviser);
  const cal = assertEventsAreTasks(r.body, tasks, 'de');
  // the awkward titles survive escaping and folding
  for (const t of w.awkwardTitles) assert.ok(cal.events.some((e) => e.summary.startsWith(`${t} (`)), t);
  assert.ok(cal.events.some((e) => e.summary.startsWith('Frist: ')), 'statutory deadlines are marked');
  assert.match(r.body, /^REFRESH-INTERVAL;VALUE=DURATION:PT1H\r$/m);

  // the page no longer shows the address; it offers a new one and revocation
  const page = await b.get('/account');
  assert.doesNotMatch(page.body, new RegExp(path.slice('/calendar/'.length, -'.ics'.length)), 'never shown again');
  assert.match(page.body, /Neue Adresse erzeugen/);
  assert.match(page.body, /noch nicht abgerufen|zuletzt abgerufen/);
});

test('In English with ?lang=en: English titles, labels and calendar name; the same UIDs', async () => {
  const b = await new Browser(app, '192.0.2.2').signIn(w.colleague.email);
  const path = await createFeed(b);
  const tasks = await listFeedTasks(db.db, w.colleague);
  const de = readCalendar((await fetchFeed(path)).body);
  const en = await fetchFeed(`${path}?lang=en`);
  assert.equal(en.statusCode, 200);
  const cal = assertEventsAreTasks(en.body, tasks, 'en');
  assert.deepEqual(cal.events.map((e) => e.uid), de.events.map((e) => e.uid));
});

test('A company user’s feed shows their company’s tasks only; another office’s feed never shows ours', async () => {
  const b = await new Browser(app, '192.0.2.3').signIn(w.staff.email);
  const ours = await fetchFeed(await createFeed(b));
  const mine = await listFeedTasks(db.db, w.staff);
  assert.ok(mine.every((t) => t.owner === 'company'));
  assertEventsAreTasks(ours.body, mine, 'de');
  assert.ok(!ours.body.includes('Fremde Servicestelle'));

  const other = await new Browser(app, '192.0.2.4').signIn(w.otherStaff.email);
  const theirs = readCalendar((await fetchFeed(await createFeed(other))).body);
  assert.ok(theirs.events.length > 0);
  const ourUids = new Set(readCalendar(ours.body).events.map((e) => e.uid));
  assert.equal(theirs.events.filter((e) => ourUids.has(e.uid)).length, 0);
  for (const e of theirs.events) assert.ok(w.otherTenantTaskIds.some((id) => e.uid === `task-${id}@lotse.example.org`));
});

test('Rotation and revocation: the old address and a revoked one answer 404, not cached', async () => {
  const b = await new Browser(app, '192.0.2.5').signIn(w.otherAdviser.email);
  const first = await createFeed(b);
  assert.equal((await fetchFeed(first)).statusCode, 200);
  const second = await createFeed(b);
  assert.notEqual(second, first);
  const old = await fetchFeed(first);
  assert.equal(old.statusCode, 404);
  assert.match(String(old.headers['cache-control']), /no-store/);
  assert.equal((await fetchFeed(second)).statusCode, 200);

  const page = await b.get('/account');
  const revoked = await b.post('/account/calendar/revoke', { _csrf: csrfOf(page.body) });
  assert.equal(revoked.statusCode, 303);
  assert.equal(revoked.headers.location, '/account?done=calendar-revoked');
  const notice = await b.get('/account?done=calendar-revoked');
  assert.match(notice.body, /Das Kalender-Abo wurde widerrufen/);
  assert.match(notice.body, /Sie haben noch kein Kalender-Abo/);
  assert.equal((await fetchFeed(second)).statusCode, 404);
});

const notFound: Array<[string, string]> = [
  ['a well-formed token never issued', `/calendar/${'a'.repeat(43)}.ics`],
  ['a token one character short', `/calendar/${'a'.repeat(42)}.ics`],
  ['a token without .ics', `/calendar/${'a'.repeat(43)}`],
  ['a token with another suffix', `/calendar/${'a'.repeat(43)}.ical`],
  ['no token', '/calendar/.ics'],
];

for (const [name, url] of notFound) {
  test(`404 for ${name}`, async () => {
    const r = await fetchFeed(url);
    assert.equal(r.statusCode, 404);
    assert.match(String(r.headers['cache-control']), /no-store/);
    assert.doesNotMatch(String(r.headers['content-type']), /text\/calendar/);
  });
}

test('The account page’s calendar forms need the CSRF token and a session', async () => {
  const anon = await app.inject({ method: 'POST', url: '/account/calendar' });
  assert.equal(anon.statusCode, 303);
  assert.match(String(anon.headers.location), /^\/login/);
  const b = await new Browser(app, '192.0.2.6').signIn(w.adviser.email);
  const noToken = await b.post('/account/calendar', {});
  assert.equal(noToken.statusCode, 403);
});

test('No feed token is written to the log (request lines carry the URL)', async () => {
  const b = await new Browser(app, '192.0.2.7').signIn(w.adviser.email);
  const path = await createFeed(b);
  assert.equal((await fetchFeed(path)).statusCode, 200);
  assert.equal((await fetchFeed(`${path}?lang=en`)).statusCode, 200);
  const token = path.slice('/calendar/'.length, -'.ics'.length);
  const log = logLines.join('');
  assert.match(log, /"url":"\/account\/calendar"/, 'requests are logged (the capture works)');
  assert.ok(!log.includes(token), 'the token is not in the log');
});
