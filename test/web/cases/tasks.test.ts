// The tasks section of the case page and its routes through the whole application (app.inject): the section as the
// case page renders it (renderTasksSection, through a test route, since the case page is built elsewhere), ticking
// a task with the form (a company user only the company's: the adviser's task is refused with 403, another company's
// not found), adding a task (bad input back with the form, each field named), editing one (assignee, due date: the
// later estimates move) and deleting one added by hand. The posts come back to /cases/:caseId?tasks=…#tasks.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { render } from 'preact-render-to-string';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { caseTasks, cases } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { makePlanCase } from '../../../src/app/tasks/taskTesting.ts';
import { buildApp } from '../../../src/web/app.ts';
import { requireActor } from '../../../src/web/auth/session.ts';
import { renderTasksSection } from '../../../src/web/cases/tasks/section.ts';
import { Browser, csrfOf } from '../../../src/web/testing/browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;
let caseA: string;
let caseB: string;

async function tasksOf(caseId: string) {
  const rows = await db.db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId));
  return new Map(rows.map((t) => [t.planStepId ?? t.title, t]));
}

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Section One');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@section.example', { name: 'Ben Berater' });
  await makeUser(db.db, t1.tenantId, 'company', 'staff@section.example', { companyId: t1.companyA, name: 'Cora Company' });
  await makeUser(db.db, t1.tenantId, 'company', 'other@section.example', { companyId: t1.companyB, name: 'Otto Other' });
  caseA = (await makePlanCase(db.db, t1.tenantId, t1.companyA)).caseId;
  caseB = (await makePlanCase(db.db, t1.tenantId, t1.companyB)).caseId;
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  // the case page is another helper's: this route renders only the section, as the case page will (case.read decided
  // there; here the section's own use case decides)
  app.get<{ Params: { id: string } }>('/test/cases/:id/tasks-section', { preHandler: requireActor }, async (request, reply) => {
    const [c] = await db.db.select({ companyId: cases.companyId, status: cases.status }).from(cases).where(eq(cases.id, request.params.id));
    const node = await renderTasksSection(request, { caseId: request.params.id, companyId: c!.companyId, csrfToken: reply.generateCsrf(), status: c!.status });
    return reply.type('text/html').send(node === null ? '' : `<form><input type="hidden" name="_csrf" value="${reply.generateCsrf()}"></form>${render(node)}`);
  });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

/** the table rows of the section */
function rowsOf(html: string): string[] {
  return [...html.matchAll(/<tr>[\s\S]*?<\/tr>/g)].map((m) => m[0]).slice(1);
}

test('the section (adviser): every task in the plan’s order, a tick box each, owner, due date with estimate and overdue in words, norm, edit links, the add form', async () => {
  // a due date long past, whatever day the test runs on
  await db.db.update(caseTasks).set({ dueOn: '2026-01-15' }).where(eq(caseTasks.id, (await tasksOf(caseA)).get('anabin-check')!.id));
  const b = await new Browser(app).signIn('adviser@section.example');
  const r = await b.get(`/test/cases/${caseA}/tasks-section`);
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /<section id="tasks" aria-labelledby="tasks-heading"[^>]*><h2 id="tasks-heading">Aufgaben<\/h2>/);
  const rows = rowsOf(r.body);
  assert.equal(rows.length, 10);
  assert.match(rows[0]!, /Abschluss in anabin prüfen/);
  assert.match(rows[1]!, /<th scope="row">Arbeitsvertrag und Unterlagen des Arbeitgebers<\/th><td>(?:(?!<\/td>).)*<\/td><td>Unternehmen<\/td>/);
  assert.match(rows[4]!, /Zustimmung der Bundesagentur für Arbeit<\/th><td>(?:(?!<\/td>).)*<\/td><td>Beratungsstelle<\/td><td>–<\/td>/);
  assert.match(rows[4]!, /§ 36 Abs\. 2 BeschV/);
  assert.match(rows[4]!, /17\.05\.2027<\/span> <span class="hint">\(geschätzt\)<\/span>/);
  assert.ok(rows.every((row) => /type="checkbox"[^>]*name="done" value="yes"/.test(row)), 'the adviser ticks every task');
  const tasks = await tasksOf(caseA);
  assert.match(rows[0]!, new RegExp(`<form method="post" action="/tasks/${tasks.get('anabin-check')!.id}/done"[^>]*hx-trigger="change, submit" hx-target="#tasks" hx-select="#tasks"`));
  assert.match(rows[0]!, new RegExp(`href="/tasks/${tasks.get('anabin-check')!.id}/edit"`));
  assert.match(rows[0]!, /15\.01\.2026<\/span> <span class="hint">\(geschätzt\)<\/span> <strong class="tag tag-error">überfällig<\/strong>/, 'overdue in words');
  assert.ok(rows.slice(4).every((row) => !/überfällig/.test(row)), 'the steps of 2027 are not overdue');
  assert.match(r.body, /<summary>Aufgabe hinzufügen<\/summary><form method="post" action="\/cases\/[^"]+\/tasks"/);
  assert.match(r.body, /offene Aufgaben, davon \d+ überfällig/);

  const en = await b.get(`/test/cases/${caseA}/tasks-section?lang=en`);
  assert.match(en.body, /<h2 id="tasks-heading">Tasks<\/h2>/);
  assert.match(rowsOf(en.body)[1]!, /Employment contract and the employer’s documents<\/th><td>(?:(?!<\/td>).)*<\/td><td>Company<\/td>/);
  assert.match(rowsOf(en.body)[0]!, /<strong class="tag tag-error">overdue<\/strong>/);
});

test('ticking with the form: done, by whom; unticking; the answer goes back to the case page’s tasks with a notice', async () => {
  const b = await new Browser(app).signIn('adviser@section.example');
  const page = await b.get(`/test/cases/${caseA}/tasks-section`);
  const id = (await tasksOf(caseA)).get('zab-statement')!.id;
  const done = await b.post(`/tasks/${id}/done`, { _csrf: csrfOf(page.body), done: 'yes' });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, `/cases/${caseA}?tasks=completed#tasks`);
  const after = await b.get(`/test/cases/${caseA}/tasks-section?tasks=completed`);
  assert.match(after.body, /role="status"><p>Die Aufgabe ist als erledigt markiert\.<\/p>/);
  const row = rowsOf(after.body)[2]!;
  assert.match(row, /name="done" value="yes" checked/);
  assert.match(row, /erledigt am \d\d\.\d\d\.\d{4} von Ben Berater/);
  assert.doesNotMatch(row, /überfällig/);
  const reopened = await b.post(`/tasks/${id}/done`, { _csrf: csrfOf(page.body) });
  assert.equal(reopened.headers.location, `/cases/${caseA}?tasks=reopened#tasks`);
  assert.equal((await tasksOf(caseA)).get('zab-statement')!.doneAt, null);
  const noCsrf = await b.post(`/tasks/${id}/done`, { done: 'yes' });
  assert.equal(noCsrf.statusCode, 403);
  assert.equal((await tasksOf(caseA)).get('zab-statement')!.doneAt, null);
});

test('a company user: sees all tasks of their case, ticks only the company’s (the adviser’s: 403), another company’s: 404; no edit, no add', async () => {
  const b = await new Browser(app).signIn('staff@section.example');
  const r = await b.get(`/test/cases/${caseA}/tasks-section`);
  assert.equal(r.statusCode, 200);
  const rows = rowsOf(r.body);
  assert.equal(rows.length, 10);
  const tickable = rows.filter((row) => /name="done"/.test(row));
  assert.equal(tickable.length, 2, 'the employment contract and the first working day');
  assert.match(tickable[0]!, /Arbeitsvertrag/);
  assert.match(rows[2]!, /<td>offen<\/td>/, 'the adviser’s task: its state in words, no tick box');
  assert.doesNotMatch(r.body, /\/edit"|Aufgabe hinzufügen/);
  const tasks = await tasksOf(caseA);
  const csrf = csrfOf(r.body);
  const own = await b.post(`/tasks/${tasks.get('employment-contract')!.id}/done`, { _csrf: csrf, done: 'yes' });
  assert.equal(own.statusCode, 303);
  assert.notEqual((await tasksOf(caseA)).get('employment-contract')!.doneAt, null);
  const advisers = await b.post(`/tasks/${tasks.get('zab-statement')!.id}/done`, { _csrf: csrf, done: 'yes' });
  assert.equal(advisers.statusCode, 403);
  assert.equal((await tasksOf(caseA)).get('zab-statement')!.doneAt, null);
  const other = await b.post(`/tasks/${(await tasksOf(caseB)).get('employment-contract')!.id}/done`, { _csrf: csrf, done: 'yes' });
  assert.equal(other.statusCode, 404);
  assert.equal((await tasksOf(caseB)).get('employment-contract')!.doneAt, null);
  assert.equal((await b.get(`/tasks/${tasks.get('zab-statement')!.id}/edit`)).statusCode, 403);
  assert.equal((await b.post(`/cases/${caseA}/tasks`, { _csrf: csrf, title: 'Meins', owner: 'company' })).statusCode, 403);
  const notMine = await b.get(`/test/cases/${caseB}/tasks-section`);
  assert.equal(notMine.body, '', 'another company’s case: no section');
});

test('adding a task: bad input comes back with the form, values kept, each field named; then added at the end', async () => {
  const b = await new Browser(app).signIn('adviser@section.example');
  const page = await b.get(`/test/cases/${caseA}/tasks-section`);
  const bad = await b.post(`/cases/${caseA}/tasks`, { _csrf: csrfOf(page.body), title: '', owner: 'landlord', dueOn: '31.12.2026', description: 'Mit <Makler>' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<h1>Aufgabe hinzufügen<\/h1>/);
  assert.match(bad.body, /class="error-summary"/);
  for (const field of ['title', 'owner', 'dueOn']) assert.match(bad.body, new RegExp(`href="#${field}"`), field);
  assert.match(bad.body, /value="31\.12\.2026"/);
  assert.match(bad.body, /Mit &lt;Makler>/);
  const ok = await b.submit(`/cases/${caseA}/tasks/new`, `/cases/${caseA}/tasks`, { title: 'Wohnung suchen', owner: 'company', dueOn: '2027-06-01', description: '' });
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, `/cases/${caseA}?tasks=added#tasks`);
  const rows = rowsOf((await b.get(`/test/cases/${caseA}/tasks-section`)).body);
  assert.match(rows.at(-1)!, /Wohnung suchen<\/th><td>(?:(?!<\/td>).)*<\/td><td>Unternehmen<\/td>/);
  assert.match(rows.at(-1)!, /01\.06\.2027<\/span> <span class="hint">\(festgelegt\)/);
});

test('editing a task: the form shows the task; a due date set moves the later steps; an unfit assignee is named; a hand task can be deleted', async () => {
  const b = await new Browser(app).signIn('adviser@section.example');
  const before = await tasksOf(caseA);
  const zab = before.get('zab-statement')!;
  const form = await b.get(`/tasks/${zab.id}/edit`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /<h1>Aufgabe bearbeiten: Zeugnisbewertung der ZAB<\/h1>/);
  assert.match(form.body, /<option value="[^"]+">Ben Berater \(Beratungsstelle\)<\/option>/);
  assert.match(form.body, /Cora Company \(Unternehmen\)/);
  assert.doesNotMatch(form.body, /Otto Other/, 'another company’s user is not offered');
  assert.doesNotMatch(form.body, /Aufgabe löschen/, 'a plan task cannot be deleted');
  assert.match(form.body, /id="dueOn-hint"[^>]*>Geschätzt aus dem Plan: 04\.03\.2027\./, 'the estimate is said, the field left empty');
  assert.match(form.body, /<input type="date" id="dueOn" name="dueOn" value(="")? aria-describedby/);
  const staffId = /<option value="([^"]+)">Cora Company/.exec(form.body)![1]!;
  const fields = { title: 'Zeugnisbewertung der ZAB', owner: 'adviser', assigneeUserId: staffId, dueOn: '2027-04-04', description: '' };
  const unfit = await b.post(`/tasks/${zab.id}/edit`, { _csrf: csrfOf(form.body), ...fields });
  assert.equal(unfit.statusCode, 400);
  assert.match(unfit.body, /href="#assigneeUserId"/);
  assert.equal((await tasksOf(caseA)).get('zab-statement')!.dueOn, zab.dueOn, 'nothing saved');
  const saved = await b.post(`/tasks/${zab.id}/edit`, { _csrf: csrfOf(form.body), ...fields, assigneeUserId: adviser.userId });
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, `/cases/${caseA}?tasks=saved#tasks`);
  const after = await tasksOf(caseA);
  assert.equal(after.get('zab-statement')!.dueOn, '2027-04-04');
  assert.equal(after.get('visa-application')!.startOn, '2027-04-04', 'the later step waits for the new date');
  assert.equal(after.get('employment-contract')!.dueOn, before.get('employment-contract')!.dueOn, 'an unrelated step stays');
  const row = rowsOf((await b.get(`/test/cases/${caseA}/tasks-section`)).body)[2]!;
  assert.match(row, /<td>Ben Berater<\/td>/);
  assert.match(row, /04\.04\.2027<\/span> <span class="hint">\(festgelegt\)/);

  const hand = (await tasksOf(caseA)).get('Wohnung suchen')!;
  const handForm = await b.get(`/tasks/${hand.id}/edit`);
  assert.match(handForm.body, new RegExp(`action="/tasks/${hand.id}/delete"`));
  const deleted = await b.post(`/tasks/${hand.id}/delete`, { _csrf: csrfOf(handForm.body) });
  assert.equal(deleted.headers.location, `/cases/${caseA}?tasks=deleted#tasks`);
  assert.equal((await tasksOf(caseA)).has('Wohnung suchen'), false);
  assert.equal((await b.post(`/tasks/${zab.id}/delete`, { _csrf: csrfOf(handForm.body) })).statusCode, 409);
  assert.equal((await b.get('/tasks/not-a-task/edit')).statusCode, 404);
});
