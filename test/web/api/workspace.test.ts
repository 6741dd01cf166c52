// JSON API of the workspace: bearer tokens, strict validation with problems naming each field, the same
// authorization as the pages (another tenant 404, company users read-only on their own company), OpenAPI tags.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { auditLog, companies, consultationParticipants } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createApiToken } from '../../../src/app/accounts/createApiToken.ts';
import { createContact } from '../../../src/app/companies/createContact.ts';
import { createPartner } from '../../../src/app/partners/createPartner.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';

let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let t2: { tenantId: string; companyA: string; companyB: string };
let adviserToken: string;
let companyToken: string;
let otherToken: string;
let partnerId: string;
let adviserActor: Actor;

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  t2 = await makeTenant(db.db, 'Office Two');
  const adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example');
  const staff = await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA });
  const other = await makeUser(db.db, t2.tenantId, 'admin', 'admin@two.example');
  adviserActor = adviser;
  adviserToken = (await createApiToken(db.db, adviser, { name: 'crm' })).token;
  companyToken = (await createApiToken(db.db, staff, { name: 'erp' })).token;
  otherToken = (await createApiToken(db.db, other, { name: 'x' })).token;
  partnerId = (await createPartner(db.db, { ...adviser, role: 'admin' as const }, { name: 'IHK Pfalz', type: 'ihk' })).id;
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string | null, body?: unknown) {
  return app.inject({
    method,
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
}

test('without a token: 401 problem, even with a bad body', async () => {
  const r = await call('POST', '/api/v1/companies', null, { nonsense: true });
  assert.equal(r.statusCode, 401);
  assert.match(r.headers['content-type'] as string, /application\/problem\+json/);
});

test('companies: create, duplicate 409, get, list with filter and paging, update, delete', async () => {
  const body = { name: 'Pfalz Photonics GmbH', postcode: '67657', city: 'Kaiserslautern', federalState: 'DE-RP', headcount: 60, wzSection: 'C' };
  const created = await call('POST', '/api/v1/companies', adviserToken, body);
  assert.equal(created.statusCode, 201, created.body);
  const company = created.json();
  assert.equal(company.sizeClass, 'medium');
  assert.equal(created.headers.location, `/api/v1/companies/${company.id}`);
  assert.equal(company.tenantId, undefined);

  const dup = await call('POST', '/api/v1/companies', adviserToken, { name: 'pfalz photonics gmbh', postcode: '67657' });
  assert.equal(dup.statusCode, 409);
  assert.equal(dup.json().duplicates[0].id, company.id);
  assert.equal((await call('POST', '/api/v1/companies', adviserToken, { name: 'pfalz photonics gmbh', postcode: '67657', confirmDuplicate: true })).statusCode, 201);

  const got = await call('GET', `/api/v1/companies/${company.id}`, adviserToken);
  assert.equal(got.statusCode, 200);
  assert.equal(got.json().name, 'Pfalz Photonics GmbH');

  const list = await call('GET', '/api/v1/companies?q=photonics&pageSize=1', adviserToken);
  assert.equal(list.statusCode, 200);
  assert.deepEqual([list.json().total, list.json().items.length, list.json().pageSize], [2, 1, 1]);

  const put = await call('PUT', `/api/v1/companies/${company.id}`, adviserToken, { name: 'Pfalz Photonics AG', postcode: '67657', headcount: 5 });
  assert.equal(put.statusCode, 200, put.body);
  assert.deepEqual([put.json().name, put.json().sizeClass, put.json().city], ['Pfalz Photonics AG', 'micro', null]);
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, company.id), eq(auditLog.action, 'update')));
  assert.deepEqual((audit[0]!.changes as Record<string, unknown>).name, ['Pfalz Photonics GmbH', 'Pfalz Photonics AG']);

  const del = await call('DELETE', `/api/v1/companies/${company.id}`, adviserToken);
  assert.equal(del.statusCode, 204);
  assert.equal((await call('GET', `/api/v1/companies/${company.id}`, adviserToken)).statusCode, 404);
});

test('strict validation: wrong types, unknown properties and bad codes are 400 problems naming each field', async () => {
  const r = await call('POST', '/api/v1/companies', adviserToken, { name: 'X', headcount: '12', colour: 'blue' });
  assert.equal(r.statusCode, 400);
  const doc = r.json();
  assert.equal(doc.type, '/problems/invalid-input');
  const paths = doc.errors.map((e: { path: string }) => e.path);
  assert.ok(paths.includes('/headcount'), JSON.stringify(doc));
  assert.ok(paths.includes('/colour'), JSON.stringify(doc));
  const semantic = await call('POST', '/api/v1/consultations', adviserToken, {
    companyId: t1.companyA,
    date: '2026-02-30',
    channel: 'phone',
    topics: ['recognition'],
    kind: 'first',
  });
  assert.equal(semantic.statusCode, 400);
  assert.deepEqual(
    semantic.json().errors.map((e: { path: string }) => e.path),
    ['/date'],
  );
  // unions say what they accept: the codes of an enum, the type of a nullable field
  const unions = await call('POST', '/api/v1/consultations', adviserToken, {
    companyId: t1.companyA,
    date: '2026-02-03',
    channel: 'fax',
    topics: ['recognition'],
    kind: 'first',
    durationMinutes: -5,
    accessRoute: 'radio',
    record: 'x'.repeat(20_001),
  });
  assert.equal(unions.statusCode, 400);
  const messages = Object.fromEntries(unions.json().errors.map((e: { path: string; message: string }) => [e.path, e.message]));
  assert.deepEqual(Object.keys(messages).sort(), ['/accessRoute', '/channel', '/durationMinutes', '/record']);
  assert.equal(messages['/channel'], 'Expected one of "on_site", "phone", "video", "email", "event"');
  assert.match(messages['/durationMinutes'], /^Expected integer to be greater or equal to 1, or null$/);
  assert.match(messages['/accessRoute'], /^Expected one of "own_initiative", .*"other", or null$/);
  assert.match(messages['/record'], /^Expected string length less or equal to 20000, or null$/);
  const badQuery = await call('GET', '/api/v1/consultations?topic=tax', adviserToken);
  assert.equal(badQuery.statusCode, 400);
  assert.equal(badQuery.json().detail, 'The request query string does not match the contract: 1 field is invalid.');
  assert.deepEqual(badQuery.json().errors, [{ path: '/topic', message: 'Expected one of "skilled_immigration", "residence_law", "recognition", "further_qualification", "integration_management"' }]);
  assert.equal(unions.json().detail, 'The request body does not match the contract: 4 fields are invalid.');
  const bigPage = await call('GET', '/api/v1/companies?pageSize=5000', adviserToken);
  assert.deepEqual(bigPage.json().errors, [{ path: '/pageSize', message: "Expected string to match '^[0-9]{1,3}$': items per page, at most 100" }]);
  const pageZero = await call('GET', '/api/v1/consultations?page=0', adviserToken);
  assert.equal(pageZero.statusCode, 400);
  assert.equal(pageZero.json().detail, 'The request query string does not match the contract: 1 field is invalid.');
  assert.deepEqual(pageZero.json().errors.map((e: { path: string }) => e.path), ['/page']);
  const before = await db.db.select().from(companies).where(eq(companies.name, 'X'));
  assert.equal(before.length, 0);
});

test('consultations: create with topics and a referral, list with filters, update, delete', async () => {
  const created = await call('POST', '/api/v1/consultations', adviserToken, {
    companyId: t1.companyA,
    date: '2026-04-10',
    channel: 'video',
    durationMinutes: 45,
    topics: ['skilled_immigration', 'recognition'],
    occupations: ['2142'],
    kind: 'first',
    accessRoute: 'chamber',
    partnerIds: [partnerId],
  });
  assert.equal(created.statusCode, 201, created.body);
  const c = created.json();
  assert.deepEqual(c.referrals.map((r: { name: string }) => r.name), ['IHK Pfalz']);
  const list = await call('GET', `/api/v1/consultations?companyId=${t1.companyA}&topic=recognition&from=2026-04-01`, adviserToken);
  assert.equal(list.json().total, 1);
  const put = await call('PUT', `/api/v1/consultations/${c.id}`, adviserToken, { date: '2026-04-11', channel: 'phone', topics: ['residence_law'], kind: 'follow_up' });
  assert.equal(put.statusCode, 200, put.body);
  assert.deepEqual([put.json().date, put.json().referrals, put.json().occupations], ['2026-04-11', [], []]);
  // the company user reads it, cannot change it
  assert.equal((await call('GET', `/api/v1/consultations/${c.id}`, companyToken)).statusCode, 200);
  assert.equal((await call('DELETE', `/api/v1/consultations/${c.id}`, companyToken)).statusCode, 403);
  assert.equal((await call('DELETE', `/api/v1/consultations/${c.id}`, adviserToken)).statusCode, 204);
  assert.equal((await call('GET', `/api/v1/consultations/${c.id}`, adviserToken)).statusCode, 404);
});

test('consultations: participantIds on create and update, in the representation and the OpenAPI schema', async () => {
  const adviser = adviserActor;
  const anna = (await createContact(db.db, adviser, t1.companyB, { name: 'Anna Api' })).id;
  const bodo = (await createContact(db.db, adviser, t1.companyB, { name: 'Bodo Api' })).id;
  const foreign = (await createContact(db.db, adviser, t1.companyA, { name: 'Fremd' })).id;
  const body = { companyId: t1.companyB, date: '2026-04-12', channel: 'event', topics: ['recognition'], kind: 'first' };
  const bad = await call('POST', '/api/v1/consultations', adviserToken, { ...body, participantIds: [anna, foreign] });
  assert.equal(bad.statusCode, 400);
  assert.deepEqual(bad.json().errors.map((e: { path: string }) => e.path), ['/participantIds']);
  const tooMany = await call('POST', '/api/v1/consultations', adviserToken, { ...body, otherParticipants: 10_001 });
  assert.equal(tooMany.statusCode, 400);
  const created = await call('POST', '/api/v1/consultations', adviserToken, { ...body, participantIds: [anna, bodo], otherParticipants: 30 });
  assert.equal(created.statusCode, 201, created.body);
  const c = created.json();
  assert.deepEqual(c.participantIds, [anna, bodo]);
  assert.deepEqual(c.participants, [
    { contactId: anna, name: 'Anna Api' },
    { contactId: bodo, name: 'Bodo Api' },
  ]);
  assert.equal(c.otherParticipants, 30);
  // PUT replaces: participants left out become none
  const { companyId: _c, ...putBody } = body;
  const put = await call('PUT', `/api/v1/consultations/${c.id}`, adviserToken, { ...putBody, participantIds: [bodo] });
  assert.equal(put.statusCode, 200, put.body);
  assert.deepEqual([put.json().participantIds, put.json().otherParticipants], [[bodo], null]);
  const cleared = await call('PUT', `/api/v1/consultations/${c.id}`, adviserToken, putBody);
  assert.deepEqual(cleared.json().participantIds, []);
  assert.equal((await db.db.select().from(consultationParticipants).where(eq(consultationParticipants.consultationId, c.id))).length, 0);
  const schema = JSON.stringify((app as unknown as { swagger(): unknown }).swagger());
  assert.match(schema, /"participantIds"/);
  assert.match(schema, /"otherParticipants"/);
});

test('company users: their own company only, read-only; another tenant: 404', async () => {
  const list = await call('GET', '/api/v1/companies', companyToken);
  assert.deepEqual(
    list.json().items.map((c: { id: string }) => c.id),
    [t1.companyA],
  );
  assert.equal((await call('GET', `/api/v1/companies/${t1.companyB}`, companyToken)).statusCode, 404);
  assert.equal((await call('POST', '/api/v1/companies', companyToken, { name: 'Mine' })).statusCode, 403);
  assert.equal((await call('PUT', `/api/v1/companies/${t1.companyA}`, companyToken, { name: 'Mine' })).statusCode, 403);
  for (const [method, url] of [
    ['GET', `/api/v1/companies/${t1.companyA}`],
    ['DELETE', `/api/v1/companies/${t1.companyA}`],
  ] as const) {
    assert.equal((await call(method, url, otherToken)).statusCode, 404, url);
  }
  const put = await call('PUT', `/api/v1/companies/${t1.companyA}`, otherToken, { name: 'Hijacked' });
  assert.equal(put.statusCode, 404);
  const consult = await call('POST', '/api/v1/consultations', otherToken, { companyId: t1.companyA, date: '2026-04-10', channel: 'phone', topics: ['recognition'], kind: 'first' });
  assert.equal(consult.statusCode, 404);
  const otherList = await call('GET', '/api/v1/companies', otherToken);
  assert.ok(!otherList.json().items.some((c: { id: string }) => c.id === t1.companyA));
  const [a] = await db.db.select().from(companies).where(eq(companies.id, t1.companyA));
  assert.equal(a!.name, 'Office One – Firma A');
});

test('the OpenAPI document lists the workspace operations under their tags', async () => {
  const doc = (app as unknown as { swagger(): { paths: Record<string, Record<string, { tags?: string[]; operationId?: string }>> } }).swagger();
  assert.deepEqual(doc.paths['/api/v1/companies']?.get?.tags, ['companies']);
  assert.equal(doc.paths['/api/v1/consultations/{id}']?.put?.operationId, 'updateConsultation');
});
