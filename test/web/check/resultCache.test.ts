// The result page kept with the saved check (issue 13) through the whole application: the anonymous page is kept and
// sent again byte for byte with a strong ETag (304 on If-None-Match); a change of the answers, of the decision date or
// of the language renders it anew; a signed-in user gets their own frame (name, logout token, navigation) around the
// kept content, and nobody ever sees another's. Hits and misses are told by the kept row: a miss writes it anew.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { checkResults } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser, csrfOf } from '../../../src/web/testing/browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let id: string;

const JOB = { hasOffer: 'yes', salary: '52.000', collectiveAgreement: 'no', contract: 'open', federalState: 'DE-RP', municipality: 'Kaiserslautern', decisionDate: '2026-04-01' };

function post(url: string, form: Record<string, string>) {
  return app.inject({ method: 'POST', url, payload: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

before(async () => {
  db = await openTestDb();
  const { tenantId } = await makeTenant(db.db, 'Office Cache');
  await makeUser(db.db, tenantId, 'adviser', 'ada@cache.example', { name: 'Ada Erste' });
  await makeUser(db.db, tenantId, 'adviser', 'bert@cache.example', { name: 'Bert Zweite' });
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
  // the software developer of the browser tests
  id = /^\/checks\/([^/]+)\//.exec(String((await app.inject({ method: 'POST', url: '/check' })).headers.location))![1]!;
  for (const [step, form] of [
    ['occupation', { occupation: 'softwareentwickler' }],
    ['job', JOB],
    ['person', { citizenship: 'IN', birthDate: '1996-02-10', german: 'none', english: 'B2', firstTitle: 'yes' }],
    ['qualification', { level: 'academic', obtainedIn: 'abroad', stateRecognised: 'yes', awardedOn: '2018-06-30', trainingYears: '4', assessment: 'comparable' }],
    ['experience', { exp0_isco: '2512', exp0_from: '2018-09-01', exp0_related: 'yes' }],
    ['review', {}],
  ] as const) {
    assert.equal((await post(`/checks/${id}/step/${step}`, form)).statusCode, 303, step);
  }
});
after(async () => {
  await app.close();
  await db.destroy();
});

/** The kept row of a language: its fingerprint of the input and when it was (last) written. */
async function keptRow(lang: 'de' | 'en') {
  const [row] = await db.db
    .select({ inputHash: checkResults.inputHash, createdAt: checkResults.createdAt, html: checkResults.html, etag: checkResults.etag })
    .from(checkResults)
    .where(and(eq(checkResults.checkId, id), eq(checkResults.lang, lang)));
  return row;
}

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers: { 'accept-language': 'de', ...headers } });

test('the anonymous page is kept and sent again byte for byte, with a strong ETag; If-None-Match answers 304', async () => {
  const first = await get(`/checks/${id}`);
  assert.equal(first.statusCode, 200);
  assert.match(first.body, /<h2 class="recommended-title">Blaue Karte EU \(Regelfall\)<\/h2>/);
  const etag = String(first.headers.etag);
  assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/);
  assert.equal(first.headers['set-cookie'], undefined, 'no cookie: no CSRF secret, no session for an anonymous page');
  const row = await keptRow('de');
  assert.equal(row?.html, first.body, 'the kept bytes are the page');
  assert.equal(row?.etag, etag);

  const again = await get(`/checks/${id}`);
  assert.equal(again.body, first.body);
  assert.equal(again.headers.etag, etag);
  assert.deepEqual(await keptRow('de'), row, 'a hit writes nothing');

  for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
    const r = await get(`/checks/${id}`, { 'if-none-match': header });
    assert.equal(r.statusCode, 304, header);
    assert.equal(r.body, '');
    assert.equal(r.headers.etag, etag);
    assert.equal(r.headers['cache-control'], 'no-store');
    assert.equal(r.headers.vary, 'Accept-Language, Cookie');
  }
  assert.equal((await get(`/checks/${id}`, { 'if-none-match': '"other"' })).statusCode, 200);

  // another URL of the page: its own frame (the language switch links back to it) around the same content
  const query = await get(`/checks/${id}?from=mail`);
  assert.equal(query.statusCode, 200);
  assert.notEqual(query.headers.etag, etag);
  assert.match(query.body, /back=%2Fchecks%2F[^"]*%3Ffrom%3Dmail/);
  const content = (html: string) => html.slice(html.indexOf('<div class="check-result">'), html.indexOf('</main>'));
  assert.equal(content(query.body), content(first.body));
  assert.equal((await get(`/checks/${id}?from=mail`, { 'if-none-match': String(query.headers.etag) })).statusCode, 304);
});

test('a change of the answers, of the decision date or of the language renders the page anew', async () => {
  const before = (await get(`/checks/${id}`)).body;
  const kept = await keptRow('de');

  assert.equal((await post(`/checks/${id}/step/job`, { ...JOB, salary: '61.500' })).statusCode, 303);
  const salary = await get(`/checks/${id}`);
  assert.match(salary.body, /id="wi-salary" name="salary" value="61\.500"/);
  const afterSalary = await keptRow('de');
  assert.notEqual(afterSalary?.inputHash, kept?.inputHash);
  assert.equal(afterSalary?.html, salary.body);

  assert.equal((await post(`/checks/${id}/step/job`, { ...JOB, salary: '61.500', decisionDate: '2026-05-04' })).statusCode, 303);
  const date = await get(`/checks/${id}`);
  assert.match(date.body, /04\.05\.2026/);
  assert.doesNotMatch(salary.body, /04\.05\.2026/);
  assert.notEqual((await keptRow('de'))?.inputHash, afterSalary?.inputHash);

  const en = await get(`/checks/${id}`, { 'accept-language': 'en' });
  assert.match(en.body, /<html lang="en"/);
  assert.match(en.body, /<title>Result of the check – Lotse<\/title>/);
  assert.equal((await keptRow('en'))?.html, en.body);
  assert.equal((await get(`/checks/${id}`)).body, date.body, 'the German page is still kept');

  // back to the first answers: the page is rendered anew and is the very page of before
  assert.equal((await post(`/checks/${id}/step/job`, JOB)).statusCode, 303);
  assert.equal((await get(`/checks/${id}`)).body, before);
});

test('a signed-in user gets their own frame around the kept content; nobody sees another’s name, token or navigation', async () => {
  // the kept pages deleted, so that Ada's request is the one that renders and keeps the page
  const ada = await new Browser(app, '10.0.13.1').signIn('ada@cache.example');
  const bert = await new Browser(app, '10.0.13.2').signIn('bert@cache.example');
  await db.db.delete(checkResults).where(eq(checkResults.checkId, id));
  const adaPage = await ada.get(`/checks/${id}`);
  assert.equal(adaPage.statusCode, 200);
  assert.match(adaPage.body, /Ada Erste/);
  assert.equal(adaPage.headers.etag, undefined, 'a page with a fresh CSRF token has no ETag');
  assert.equal(adaPage.headers['cache-control'], 'no-store');
  const kept = await keptRow('de');
  assert.ok(kept, 'kept by Ada’s request');
  assert.doesNotMatch(kept.html, /Ada Erste|_csrf|logout|Angemeldet|signed-in/);

  const anonymous = await get(`/checks/${id}`);
  assert.equal(anonymous.body, kept.html);
  assert.doesNotMatch(anonymous.body, /Ada Erste|_csrf|logout/);

  const bertPage = await bert.get(`/checks/${id}`);
  assert.match(bertPage.body, /Bert Zweite/);
  assert.doesNotMatch(bertPage.body, /Ada Erste/);
  assert.notEqual(csrfOf(bertPage.body), csrfOf(adaPage.body));
  assert.equal((await bert.get(`/checks/${id}`, { 'if-none-match': String(anonymous.headers.etag) })).statusCode, 200);
  const content = (html: string) => html.slice(html.indexOf('<div class="check-result">'), html.indexOf('</main>'));
  assert.equal(content(adaPage.body), content(anonymous.body));
  assert.equal(content(bertPage.body), content(anonymous.body));
  // each one's token is their own: Bert signs out with his
  const out = await bert.post('/logout', { _csrf: csrfOf(bertPage.body) });
  assert.equal(out.statusCode, 303);
  assert.equal(out.headers.location, '/login?done=logout');
});
