// A check can be deleted at once from its result page; afterwards its address leads nowhere.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { buildApp } from '../../../src/web/app.ts';
import { loadCheck } from '../../../src/app/checks/loadCheck.ts';
import { visitor } from '../../../src/policies/index.ts';

let db: TestDatabase;
let app: FastifyInstance;

before(async () => {
  db = await openTestDb();
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

async function newCheck(): Promise<string> {
  const r = await app.inject({ method: 'POST', url: '/check' });
  const m = /^\/checks\/([A-Za-z0-9_-]{22})\//.exec(String(r.headers.location));
  assert.ok(m);
  return m[1]!;
}

test('"Delete this check now" deletes the check and all answers, and says so in the chosen language', async () => {
  const id = await newCheck();
  const r = await app.inject({ method: 'POST', url: `/checks/${id}/delete`, headers: { 'accept-language': 'en' } });
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /Check deleted/);
  assert.equal(await loadCheck(db.db, visitor(id), id), undefined);
  assert.equal((await app.inject({ url: `/checks/${id}` })).statusCode, 404);
  assert.equal((await app.inject({ method: 'POST', url: `/checks/${id}/delete` })).statusCode, 404);
});

test('a delete request from another site is refused and the check stays', async () => {
  const id = await newCheck();
  const r = await app.inject({ method: 'POST', url: `/checks/${id}/delete`, headers: { origin: 'https://evil.example', host: 'lotse.example' } });
  assert.equal(r.statusCode, 403);
  assert.ok(await loadCheck(db.db, visitor(id), id));
});

test('the start page tells that answers are deleted after 90 days', async () => {
  const r = await app.inject({ url: '/check' });
  assert.match(r.body, /90 Tage nach der letzten Änderung gelöscht/);
});
