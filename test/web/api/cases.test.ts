// /api/v1/cases: create from a check and by hand, get, list with filters, PATCH, status, references, notes; problems
// name each field; a company user reads their company's cases (without internal notes) and writes nothing; another
// office's case is 404; the routes are in the OpenAPI document.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createApiToken } from '../../../src/app/accounts/createApiToken.ts';
import { startCheck } from '../../../src/app/checks/startCheck.ts';
import { saveCheckInput } from '../../../src/app/checks/saveCheck.ts';
import { buildInput } from '../../../src/law/testing/fixtures.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { officeToday } from '../../../src/web/officeDay.ts';

let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;
let adviserToken: string;
let companyToken: string;
let otherToken: string;

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Api Office');
  const t2 = await makeTenant(db.db, 'Api Office Two');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@api-cases.example');
  const staff = await makeUser(db.db, t1.tenantId, 'company', 'staff@api-cases.example', { companyId: t1.companyA });
  const other = await makeUser(db.db, t2.tenantId, 'admin', 'admin@api-cases-two.example');
  adviserToken = (await createApiToken(db.db, adviser, { name: 'crm' })).token;
  companyToken = (await createApiToken(db.db, staff, { name: 'erp' })).token;
  otherToken = (await createApiToken(db.db, other, { name: 'x' })).token;
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, token: string | null, body?: unknown) {
  return app.inject({
    method,
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
}

function pointers(r: { json(): { errors?: { path?: string; pointer?: string }[] } }): string[] {
  return (r.json().errors ?? []).map((e) => e.pointer ?? e.path ?? '').sort();
}

test('cases over the API: create, get, list, change, status, reference, note; errors name the fields; company users read only', async () => {
  const checkId = await startCheck(db.db, adviser, { companyId: t1.companyA });
  await saveCheckInput(db.db, adviser, checkId, buildInput({ decisionDate: '2026-11-01' }));
  const created = await call('POST', '/api/v1/cases', adviserToken, { checkId, candidateName: 'Priya Sharma' });
  assert.equal(created.statusCode, 201, created.body);
  const c = created.json();
  assert.equal(created.headers.location, `/api/v1/cases/${c.id}`);
  assert.match(c.number, /^LO-\d{4}-0001$/);
  assert.equal(c.routeId, '18g-standard');
  assert.equal(c.checkId, checkId);
  assert.equal(c.candidateName, 'Priya Sharma');
  assert.deepEqual(c.pipeline, ['advice', 'visa', 'entry', 'residence_permit', 'integration', 'closed']);
  assert.ok(c.tasks.total > 0);
  assert.equal(c.timeline.length, 6);

  // by hand: the use case's field errors as JSON pointers; the contract's too
  const bad = await call('POST', '/api/v1/cases', adviserToken, { companyId: t1.companyB, routeId: '18b', candidateName: 'X' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.headers['content-type'] as string, /application\/problem\+json/);
  assert.deepEqual(pointers(bad), ['/federalState', '/germanAssessment', '/qualificationLevel']);
  const contract = await call('POST', '/api/v1/cases', adviserToken, { companyId: t1.companyB, routeId: 'nope', extra: 1 });
  assert.equal(contract.statusCode, 400);
  assert.ok(pointers(contract).length >= 1);
  const byHand = await call('POST', '/api/v1/cases', adviserToken, { companyId: t1.companyB, routeId: '18b', candidateName: 'Jorge', federalState: 'DE-RP', qualificationLevel: 'academic', germanAssessment: 'none', annualGrossSalaryEur: 48000 });
  assert.equal(byHand.statusCode, 201, byHand.body);
  assert.ok(byHand.json().pipeline.includes('recognition'));

  const got = await call('GET', `/api/v1/cases/${c.id}`, adviserToken);
  assert.equal(got.statusCode, 200);
  assert.equal(got.json().tenantId, undefined);

  const patched = await call('PATCH', `/api/v1/cases/${c.id}`, adviserToken, { jobTitle: 'Entwicklerin', annualGrossSalaryEur: 56000 });
  assert.equal(patched.statusCode, 200, patched.body);
  assert.equal(patched.json().jobTitle, 'Entwicklerin');
  assert.equal(patched.json().occupationIsco, '2512');

  const today = officeToday();
  const future = await call('POST', `/api/v1/cases/${c.id}/status`, adviserToken, { status: 'visa', changedOn: '2099-01-01' });
  assert.equal(future.statusCode, 400);
  assert.deepEqual(pointers(future), ['/changedOn']);
  const noReason = await call('POST', `/api/v1/cases/${c.id}/status`, adviserToken, { status: 'cancelled' });
  assert.deepEqual(pointers(noReason), ['/reason']);
  const unknown = await call('POST', `/api/v1/cases/${c.id}/status`, adviserToken, { status: 'limbo' });
  assert.deepEqual(pointers(unknown), ['/status']);
  const moved = await call('POST', `/api/v1/cases/${c.id}/status`, adviserToken, { status: 'visa', changedOn: today });
  assert.equal(moved.statusCode, 200, moved.body);
  assert.equal(moved.json().status, 'visa');

  const ref = await call('PUT', `/api/v1/cases/${c.id}/references/visa`, adviserToken, { referenceNumber: 'VIS-1', decidedOn: today });
  assert.equal(ref.statusCode, 200, ref.body);
  assert.deepEqual(ref.json(), { kind: 'visa', referenceNumber: 'VIS-1', decidedOn: today });
  assert.equal((await call('PUT', `/api/v1/cases/${c.id}/references/passport`, adviserToken, {})).statusCode, 400);

  const internal = await call('POST', `/api/v1/cases/${c.id}/notes`, adviserToken, { body: 'Intern' });
  assert.equal(internal.statusCode, 201, internal.body);
  assert.equal(internal.json().visibleToCompany, false);
  assert.equal((await call('POST', `/api/v1/cases/${c.id}/notes`, adviserToken, { body: 'Für die Firma', visibleToCompany: true })).statusCode, 201);

  const list = await call('GET', '/api/v1/cases?status=visa&routeId=18g-standard&pageSize=10', adviserToken);
  assert.equal(list.statusCode, 200, list.body);
  assert.deepEqual(
    list.json().items.map((i: { id: string }) => i.id),
    [c.id],
  );
  assert.equal(list.json().total, 1);
  assert.equal((await call('GET', `/api/v1/cases?companyId=${t1.companyB}`, adviserToken)).json().total, 1);
  assert.equal((await call('GET', '/api/v1/cases?stalled=true', adviserToken)).statusCode, 200);
  assert.equal((await call('GET', '/api/v1/cases?stalled=maybe', adviserToken)).statusCode, 400);

  // the company user: their company's case, only the visible note; no writes
  const theirs = await call('GET', '/api/v1/cases', companyToken);
  assert.deepEqual(
    theirs.json().items.map((i: { id: string }) => i.id),
    [c.id],
  );
  const read = await call('GET', `/api/v1/cases/${c.id}`, companyToken);
  assert.deepEqual(
    read.json().notes.map((n: { body: string }) => n.body),
    ['Für die Firma'],
  );
  assert.equal((await call('GET', `/api/v1/cases/${byHand.json().id}`, companyToken)).statusCode, 404);
  assert.equal((await call('PATCH', `/api/v1/cases/${c.id}`, companyToken, { jobTitle: 'x' })).statusCode, 403);
  assert.equal((await call('POST', `/api/v1/cases/${c.id}/notes`, companyToken, { body: 'x' })).statusCode, 403);
  assert.equal((await call('POST', '/api/v1/cases', companyToken, { companyId: t1.companyA, routeId: '18b', candidateName: 'x' })).statusCode, 403);
  // another office
  assert.equal((await call('GET', `/api/v1/cases/${c.id}`, otherToken)).statusCode, 404);
  assert.equal((await call('POST', `/api/v1/cases/${c.id}/status`, otherToken, { status: 'entry' })).statusCode, 404);
  assert.equal((await call('GET', '/api/v1/cases', null)).statusCode, 401);
});

test('the case routes are in the OpenAPI document', async () => {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  for (const [path, method] of [
    ['/api/v1/cases', 'get'],
    ['/api/v1/cases', 'post'],
    ['/api/v1/cases/{id}', 'get'],
    ['/api/v1/cases/{id}', 'patch'],
    ['/api/v1/cases/{id}/status', 'post'],
    ['/api/v1/cases/{id}/references/{kind}', 'put'],
    ['/api/v1/cases/{id}/notes', 'post'],
  ] as const) {
    assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
    assert.deepEqual(doc.paths[path][method].tags, ['cases']);
  }
});
