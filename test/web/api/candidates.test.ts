// /api/v1/candidates: bearer tokens, strict bodies with problems naming each field (facts by their place in the body),
// the same authorization as the pages (another office 404, company users read their company's, no notes, no writes),
// consent, export, erasure only with {"confirm": true}, and the OpenAPI document.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createApiToken } from '../../../src/app/accounts/createApiToken.ts';
import { splitCheckInput } from '../../../src/app/candidates/checkFacts.ts';
import { PERSONAS } from '../../../src/law/testing/personas.ts';
import { buildApp } from '../../../src/web/app.ts';

let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let t2: { tenantId: string; companyA: string; companyB: string };
let adviserToken: string;
let companyToken: string;
let otherToken: string;

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  t2 = await makeTenant(db.db, 'Office Two');
  const adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example');
  const staff = await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA });
  const other = await makeUser(db.db, t2.tenantId, 'admin', 'admin@two.example');
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

function call(method: 'GET' | 'POST' | 'PUT', url: string, token: string | null, body?: unknown) {
  return app.inject({
    method,
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
}
const paths = (r: { json(): { errors: { path: string }[] } }) => r.json().errors.map((e) => e.path).sort();

const { candidate } = splitCheckInput(PERSONAS.developer());
const body = () => ({ companyId: t1.companyA, name: 'Priya Raman', birthDate: candidate.birthDate, citizenship: candidate.citizenship, email: 'priya@example.org', notes: 'intern', facts: candidate.facts });

test('create, get, replace, list: the same rules as the pages', async () => {
  const created = await call('POST', '/api/v1/candidates', adviserToken, body());
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;
  assert.equal(created.headers.location, `/api/v1/candidates/${id}`);
  assert.deepEqual(created.json().facts, candidate.facts);
  assert.equal(created.json().companyName, 'Office One – Firma A');
  const replaced = await call('PUT', `/api/v1/candidates/${id}`, adviserToken, { name: 'Priya R.' });
  assert.equal(replaced.statusCode, 200);
  assert.deepEqual([replaced.json().name, replaced.json().email, replaced.json().facts], ['Priya R.', null, {}]);
  const list = await call('GET', `/api/v1/candidates?q=priya&companyId=${t1.companyA}&pageSize=10`, adviserToken);
  assert.equal(list.statusCode, 200);
  assert.deepEqual(list.json().items.map((i: { id: string }) => i.id), [id]);
  assert.equal((await call('GET', `/api/v1/candidates/${id}`, otherToken)).statusCode, 404);
  assert.equal((await call('GET', '/api/v1/candidates', otherToken)).json().total, 0);
});

test('bad bodies: the schema and the use case name each field by its place in the body', async () => {
  const schema = await call('POST', '/api/v1/candidates', adviserToken, { ...body(), citizenship: 'india', facts: { person: { german: 'B7', english: 'B2' }, job: {} } });
  assert.equal(schema.statusCode, 400);
  assert.deepEqual(paths(schema), ['/citizenship', '/facts/job', '/facts/person/german']);
  const semantic = await call('POST', '/api/v1/candidates', adviserToken, {
    ...body(),
    birthDate: '2019-01-01',
    facts: { ...candidate.facts, experience: [{ isco: '2512', from: '2018-09-01' }] },
  });
  assert.equal(semantic.statusCode, 400);
  assert.deepEqual(paths(semantic), ['/facts/experience/0/from', '/facts/qualification/awardedOn']);
  assert.equal((await call('POST', '/api/v1/candidates', adviserToken, { ...body(), companyId: t2.companyA })).statusCode, 404);
  assert.equal((await call('POST', '/api/v1/candidates', adviserToken, { name: 'x' })).statusCode, 400);
});

test('company users read their company’s candidates without notes and write nothing; another company’s are 404', async () => {
  const own = (await call('POST', '/api/v1/candidates', adviserToken, body())).json().id as string;
  const other = (await call('POST', '/api/v1/candidates', adviserToken, { ...body(), companyId: t1.companyB })).json().id as string;
  const read = await call('GET', `/api/v1/candidates/${own}`, companyToken);
  assert.equal(read.statusCode, 200);
  assert.equal(read.json().notes, null);
  assert.equal((await call('GET', `/api/v1/candidates/${other}`, companyToken)).statusCode, 404);
  assert.ok((await call('GET', '/api/v1/candidates?pageSize=100', companyToken)).json().items.every((i: { companyId: string }) => i.companyId === t1.companyA));
  assert.equal((await call('PUT', `/api/v1/candidates/${own}`, companyToken, { name: 'x' })).statusCode, 403);
  assert.equal((await call('POST', '/api/v1/candidates', companyToken, body())).statusCode, 403);
  assert.equal((await call('GET', `/api/v1/candidates/${own}/export`, companyToken)).statusCode, 403);
  assert.equal((await call('POST', `/api/v1/candidates/${own}/erase`, companyToken, { confirm: true })).statusCode, 403);
});

test('consent, export, and erasure only with confirm: true', async () => {
  const id = (await call('POST', '/api/v1/candidates', adviserToken, body())).json().id as string;
  const consent = await call('POST', `/api/v1/candidates/${id}/consents`, adviserToken, { purpose: 'authorities', given: true, declaredOn: '2026-11-02', textVersion: 'v3' });
  assert.equal(consent.statusCode, 201, consent.body);
  assert.deepEqual(consent.json().consents[1], { purpose: 'authorities', current: { given: true, declaredOn: '2026-11-02', textVersion: 'v3' } });
  assert.deepEqual(paths(await call('POST', `/api/v1/candidates/${id}/consents`, adviserToken, { purpose: 'x', given: 'yes', declaredOn: '2026-11-02', textVersion: 'v3' })), ['/given', '/purpose']);
  const exported = await call('GET', `/api/v1/candidates/${id}/export`, adviserToken);
  assert.equal(exported.statusCode, 200);
  assert.equal(exported.json().candidate.notes, 'intern');
  assert.equal(exported.json().consents.length, 1);
  const refused = await call('POST', `/api/v1/candidates/${id}/erase`, adviserToken, { confirm: false });
  assert.equal(refused.statusCode, 400);
  assert.deepEqual(paths(refused), ['/confirm']);
  const erased = await call('POST', `/api/v1/candidates/${id}/erase`, adviserToken, { confirm: true });
  assert.equal(erased.statusCode, 200);
  assert.deepEqual(erased.json(), { cases: 0, files: 0, checks: 0, filesNotRemoved: 0 });
  assert.equal((await call('GET', `/api/v1/candidates/${id}`, adviserToken)).statusCode, 404);
});

test('the OpenAPI document lists the candidate operations', async () => {
  const doc = (await call('GET', '/api/openapi.json', adviserToken)).json();
  const ops = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>)
    .flatMap((p) => Object.values(p).map((o) => o.operationId))
    .filter((o) => o !== undefined && /Candidate/.test(o));
  assert.deepEqual(ops.sort(), ['createCandidate', 'eraseCandidate', 'exportCandidate', 'getCandidate', 'listCandidates', 'recordCandidateConsent', 'updateCandidate']);
});
