// A case's tasks in the JSON API: bearer tokens, strict validation with problems naming each field, the same
// authorization as the case page (a company user ticks only the company's tasks: the adviser's 403, another
// company's 404; writes other than ticking are the office's), the estimates moving with a changed date, the OpenAPI
// document.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createApiToken } from '../../../src/app/accounts/createApiToken.ts';
import { makePlanCase } from '../../../src/app/tasks/taskTesting.ts';
import { buildApp } from '../../../src/web/app.ts';

let db: TestDatabase;
let app: FastifyInstance;
let adviserToken: string;
let companyToken: string;
let otherOfficeToken: string;
let adviserId: string;
let caseA: string;
let caseB: string;

before(async () => {
  db = await openTestDb();
  const t1 = await makeTenant(db.db, 'Api Tasks One');
  const t2 = await makeTenant(db.db, 'Api Tasks Two');
  const adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@api-tasks.example', { name: 'Ben Berater' });
  adviserId = adviser.userId;
  const staff = await makeUser(db.db, t1.tenantId, 'company', 'staff@api-tasks.example', { companyId: t1.companyA });
  const other = await makeUser(db.db, t2.tenantId, 'admin', 'admin@api-tasks-two.example');
  adviserToken = (await createApiToken(db.db, adviser, { name: 'crm' })).token;
  companyToken = (await createApiToken(db.db, staff, { name: 'erp' })).token;
  otherOfficeToken = (await createApiToken(db.db, other, { name: 'x' })).token;
  caseA = (await makePlanCase(db.db, t1.tenantId, t1.companyA)).caseId;
  caseB = (await makePlanCase(db.db, t1.tenantId, t1.companyB)).caseId;
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token: string | null, body?: unknown) {
  return app.inject({
    method,
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
}

interface TaskJson {
  id: string;
  planStepId: string | null;
  title: string;
  titleEn: string | null;
  owner: string;
  startOn: string | null;
  dueOn: string | null;
  dueSetByHand: boolean;
  done: boolean;
  doneByName: string | null;
  assigneeUserId: string | null;
}

async function tasks(caseId: string, token = adviserToken): Promise<Map<string, TaskJson>> {
  const r = await call('GET', `/api/v1/cases/${caseId}/tasks`, token);
  assert.equal(r.statusCode, 200, r.body);
  return new Map((r.json().items as TaskJson[]).map((t) => [t.planStepId ?? t.title, t]));
}

test('list: the plan’s tasks in order, both titles, owner, due date, deadline norm; 401 without a token, 404 for another office', async () => {
  const r = await call('GET', `/api/v1/cases/${caseA}/tasks`, adviserToken);
  assert.equal(r.statusCode, 200);
  const body = r.json();
  assert.equal(body.caseId, caseA);
  assert.match(body.today, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(body.items.length, 10);
  assert.deepEqual(
    [body.items[4].planStepId, body.items[4].title, body.items[4].titleEn, body.items[4].owner, body.items[4].dueOn, body.items[4].deadlineRef, body.items[4].dueSetByHand],
    ['ba-approval', 'Zustimmung der Bundesagentur für Arbeit', 'Approval of the Federal Employment Agency', 'adviser', '2027-05-17', '§ 36 Abs. 2 BeschV', false],
  );
  assert.equal((await call('GET', `/api/v1/cases/${caseA}/tasks`, null)).statusCode, 401);
  const foreign = await call('GET', `/api/v1/cases/${caseA}/tasks`, otherOfficeToken);
  assert.equal(foreign.statusCode, 404);
  assert.match(foreign.headers['content-type'] as string, /application\/problem\+json/);
  assert.equal((await call('GET', `/api/v1/cases/${caseB}/tasks`, companyToken)).statusCode, 404, 'another company’s case');
  assert.equal((await tasks(caseA, companyToken)).size, 10, 'a company user reads all tasks of their case');
});

test('complete and reopen: a company user only the company’s tasks (the adviser’s 403, another company’s 404)', async () => {
  const a = await tasks(caseA);
  const contract = a.get('employment-contract')!.id;
  const done = await call('POST', `/api/v1/tasks/${contract}/complete`, companyToken);
  assert.equal(done.statusCode, 200, done.body);
  assert.equal(done.json().done, true);
  const open = await call('POST', `/api/v1/tasks/${contract}/reopen`, companyToken);
  assert.equal(open.json().done, false);
  const advisers = await call('POST', `/api/v1/tasks/${a.get('zab-statement')!.id}/complete`, companyToken);
  assert.equal(advisers.statusCode, 403);
  assert.match(advisers.headers['content-type'] as string, /application\/problem\+json/);
  const b = await tasks(caseB);
  assert.equal((await call('POST', `/api/v1/tasks/${b.get('employment-contract')!.id}/complete`, companyToken)).statusCode, 404);
  assert.equal((await call('POST', `/api/v1/tasks/${a.get('zab-statement')!.id}/complete`, otherOfficeToken)).statusCode, 404);
  const byAdviser = await call('POST', `/api/v1/tasks/${a.get('zab-statement')!.id}/complete`, adviserToken);
  assert.deepEqual([byAdviser.json().done, byAdviser.json().doneByName], [true, 'Ben Berater']);
  await call('POST', `/api/v1/tasks/${a.get('zab-statement')!.id}/reopen`, adviserToken);
  assert.equal((await tasks(caseA)).get('zab-statement')!.done, false);
});

test('add, change (a due date moves the later steps; null gives the estimate back), delete; bad input names each field', async () => {
  const before = await tasks(caseA);
  const created = await call('POST', `/api/v1/cases/${caseA}/tasks`, adviserToken, { title: 'Wohnung suchen', owner: 'company', dueOn: '2027-06-01' });
  assert.equal(created.statusCode, 201, created.body);
  const task = created.json() as TaskJson;
  assert.equal(created.headers.location, `/api/v1/tasks/${task.id}`);
  assert.deepEqual([task.title, task.titleEn, task.owner, task.dueOn, task.dueSetByHand, task.planStepId], ['Wohnung suchen', null, 'company', '2027-06-01', true, null]);

  const strict = await call('POST', `/api/v1/cases/${caseA}/tasks`, adviserToken, { title: 'X', owner: 'landlord', dueOn: 'soon', extra: 1 });
  assert.equal(strict.statusCode, 400);
  const paths = (strict.json().errors as { path: string }[]).map((e) => e.path);
  for (const p of ['/owner', '/dueOn']) assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
  const meaning = await call('POST', `/api/v1/cases/${caseA}/tasks`, adviserToken, { title: 'X', owner: 'company', dueOn: '2027-02-30', assigneeUserId: adviserId });
  assert.equal(meaning.statusCode, 400);
  assert.deepEqual((meaning.json().errors as { path: string }[]).map((e) => e.path).sort(), ['/assigneeUserId', '/dueOn'], 'no such day; an adviser does not carry the company’s task');
  assert.equal((await call('POST', `/api/v1/cases/${caseA}/tasks`, companyToken, { title: 'X', owner: 'company' })).statusCode, 403);

  const zab = before.get('zab-statement')!;
  const patched = await call('PATCH', `/api/v1/tasks/${zab.id}`, adviserToken, { dueOn: '2027-04-04', assigneeUserId: adviserId });
  assert.equal(patched.statusCode, 200, patched.body);
  assert.deepEqual([patched.json().dueOn, patched.json().dueSetByHand, patched.json().assigneeUserId], ['2027-04-04', true, adviserId]);
  const after = await tasks(caseA);
  assert.equal(after.get('visa-application')!.startOn, '2027-04-04');
  assert.equal(after.get('employment-contract')!.dueOn, before.get('employment-contract')!.dueOn);
  const back = await call('PATCH', `/api/v1/tasks/${zab.id}`, adviserToken, { dueOn: null });
  assert.deepEqual([back.json().dueOn, back.json().dueSetByHand], [zab.dueOn, false]);
  assert.equal((await tasks(caseA)).get('visa-application')!.startOn, before.get('visa-application')!.startOn);
  assert.equal((await call('PATCH', `/api/v1/tasks/${zab.id}`, adviserToken, { owner: 'boss' })).statusCode, 400);
  assert.equal((await call('PATCH', `/api/v1/tasks/${zab.id}`, companyToken, { title: 'Meins' })).statusCode, 403);

  assert.equal((await call('DELETE', `/api/v1/tasks/${zab.id}`, adviserToken)).statusCode, 409, 'a plan task stays');
  assert.equal((await call('DELETE', `/api/v1/tasks/${task.id}`, companyToken)).statusCode, 403);
  assert.equal((await call('DELETE', `/api/v1/tasks/${task.id}`, adviserToken)).statusCode, 204);
  assert.equal((await call('GET', `/api/v1/tasks/${task.id}`, adviserToken)).statusCode, 404);
});

test('the OpenAPI document lists the task operations', async () => {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const paths = doc.paths as Record<string, Record<string, { operationId: string }>>;
  assert.deepEqual(
    [paths['/api/v1/cases/{id}/tasks']?.get?.operationId, paths['/api/v1/cases/{id}/tasks']?.post?.operationId],
    ['listCaseTasks', 'addCaseTask'],
  );
  assert.deepEqual(
    ['get', 'patch', 'delete'].map((m) => paths['/api/v1/tasks/{id}']?.[m]?.operationId),
    ['getTask', 'updateTask', 'deleteTask'],
  );
  assert.equal(paths['/api/v1/tasks/{id}/complete']?.post?.operationId, 'completeTask');
  assert.equal(paths['/api/v1/tasks/{id}/reopen']?.post?.operationId, 'reopenTask');
});
