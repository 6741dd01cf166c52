// The plan's document checklist through the real application (issue 12): the tick boxes are one form POST that works
// without JavaScript, kept with the saved check per route, restored on reload; bad input is refused with 400 naming
// the field and loses nothing saved.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { buildApp } from '../../../src/web/app.ts';
import { startCheck } from '../../../src/app/checks/startCheck.ts';
import { saveCheckInput } from '../../../src/app/checks/saveCheck.ts';
import { visitor } from '../../../src/policies/index.ts';
import { buildInput } from '../../../src/law/testing/fixtures.ts';

let db: TestDatabase;
let app: FastifyInstance;
let id: string;

before(async () => {
  db = await openTestDb();
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
  id = await startCheck(db.db, visitor());
  await saveCheckInput(db.db, visitor(id), id, buildInput({ decisionDate: '2026-06-15', job: { annualGrossSalaryEur: 55_000 } }));
});
after(async () => {
  await app.close();
  await db.destroy();
});

function postTicks(checkId: string, form: Array<[string, string]>, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: `/checks/${checkId}/plan/documents`,
    payload: new URLSearchParams(form).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

const checked = (html: string): string[] => [...html.matchAll(/<input type="checkbox" id="doc-([a-z-]+)" name="doc" value="\1" checked/g)].map((m) => m[1]!).sort();
const boxes = (html: string): string[] => [...html.matchAll(/<input type="checkbox" id="doc-([a-z-]+)" name="doc"/g)].map((m) => m[1]!);

test('the checklist is a form posting to the check; ticks are saved, restored on reload and kept per route', async () => {
  const page = await app.inject({ url: `/checks/${id}/plan?route=18g-standard&start=2026-07-01` });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, new RegExp(`<form method="post" action="/checks/${id}/plan/documents"`));
  assert.ok(boxes(page.body).includes('passport'), boxes(page.body).join(', '));
  assert.deepEqual(checked(page.body), []);

  const r = await postTicks(id, [['route', '18g-standard'], ['doc', 'passport'], ['doc', 'degree-certificate'], ['start', '2026-07-01'], ['procedure', 'regular']]);
  assert.equal(r.statusCode, 303);
  assert.equal(r.headers.location, `/checks/${id}/plan?route=18g-standard&start=2026-07-01&procedure=regular&saved=1#plan-documents`);

  const after = await app.inject({ url: String(r.headers.location).replace(/#.*$/, '') });
  assert.deepEqual(checked(after.body), ['degree-certificate', 'passport']);
  assert.match(after.body, /Die Häkchen sind gespeichert\./);
  assert.match(after.body, /<details class="plan-details plan-checklist-details" id="plan-documents" open/);
  // a plain reload keeps them, without the "saved" notice
  const reload = await app.inject({ url: `/checks/${id}/plan?route=18g-standard&start=2026-07-01` });
  assert.deepEqual(checked(reload.body), ['degree-certificate', 'passport']);
  assert.doesNotMatch(reload.body, /Die Häkchen sind gespeichert/);
  // another route of the same check has its own ticks
  const other = await app.inject({ url: `/checks/${id}/plan?route=18b&start=2026-07-01` });
  assert.deepEqual(checked(other.body), []);
  // one box: a single value; no box: all unticked
  await postTicks(id, [['route', '18b'], ['doc', 'passport']]);
  assert.deepEqual(checked((await app.inject({ url: `/checks/${id}/plan?route=18b` })).body), ['passport']);
  const none = await postTicks(id, [['route', '18g-standard']]);
  assert.equal(none.statusCode, 303);
  assert.deepEqual(checked((await app.inject({ url: `/checks/${id}/plan?route=18g-standard` })).body), []);
  assert.deepEqual(checked((await app.inject({ url: `/checks/${id}/plan?route=18b` })).body), ['passport']);
});

test('an unknown document or route is refused with 400 naming the field; nothing saved is lost', async () => {
  await postTicks(id, [['route', '18b'], ['doc', 'passport']]);
  const badDoc = await postTicks(id, [['route', '18b'], ['doc', 'employment-contract'], ['doc', 'no-such-document']]);
  assert.equal(badDoc.statusCode, 400);
  assert.match(badDoc.body, /Feld „doc“/);
  const badRoute = await postTicks(id, [['route', '18c'], ['doc', 'passport']]);
  assert.equal(badRoute.statusCode, 400);
  assert.match(badRoute.body, /Feld „route“/);
  const noRoute = await postTicks(id, [['doc', 'passport']]);
  assert.equal(noRoute.statusCode, 400);
  assert.match(noRoute.body, /Feld „route“/);
  const en = await app.inject({
    method: 'POST',
    url: `/checks/${id}/plan/documents?lang=en`,
    payload: 'route=18b&doc=nope',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' },
  });
  assert.equal(en.statusCode, 400);
  assert.deepEqual(checked((await app.inject({ url: `/checks/${id}/plan?route=18b` })).body), ['passport']);
});

test('ticks for an unknown check are 404; a cross-site post is refused', async () => {
  const unknown = await postTicks('AAAAAAAAAAAAAAAAAAAAAA', [['route', '18b'], ['doc', 'passport']]);
  assert.equal(unknown.statusCode, 404);
  const cross = await postTicks(id, [['route', '18b']], { 'sec-fetch-site': 'cross-site' });
  assert.equal(cross.statusCode, 403);
  assert.deepEqual(checked((await app.inject({ url: `/checks/${id}/plan?route=18b` })).body), ['passport']);
});
