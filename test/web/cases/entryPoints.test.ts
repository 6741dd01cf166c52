// Where a case is opened from (issue 14): the check's result page offers "Fall anlegen" to the office's staff, in their
// own frame only: an anonymous visitor never sees it and the page kept for visitors stays byte for byte what it was; a
// company user and a check that is not complete get no link. The company page lists the company's cases and offers a
// case from a consultation.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { checkResults } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { buildInput } from '../../../src/law/testing/fixtures.ts';
import { startCheck } from '../../../src/app/checks/startCheck.ts';
import { saveCheckInput } from '../../../src/app/checks/saveCheck.ts';
import { createCase } from '../../../src/app/cases/createCase.ts';
import { recordConsultation } from '../../../src/app/consultations/recordConsultation.ts';
import type { Actor } from '../../../src/policies/index.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;
let t1: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Entry Office');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@entry.example');
  await makeUser(db.db, t1.tenantId, 'company', 'staff@entry.example', { companyId: t1.companyA });
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

const LINK = /href="\/cases\/new\?check=/;

test('the check result page: “Fall anlegen” for the office’s staff only, never in the kept page', async () => {
  const id = await startCheck(db.db, adviser, { companyId: t1.companyA });
  await saveCheckInput(db.db, adviser, id, buildInput());
  const anonymous = new Browser(app);
  const first = await anonymous.get(`/checks/${id}`);
  assert.equal(first.statusCode, 200);
  assert.doesNotMatch(first.body, LINK);
  const [kept] = await db.db.select().from(checkResults).where(eq(checkResults.checkId, id));
  assert.ok(kept, 'the page is kept');
  assert.equal(first.body, kept.html);

  const staff = new Browser(app);
  await staff.signIn('adviser@entry.example');
  const theirs = await staff.get(`/checks/${id}`);
  assert.equal(theirs.statusCode, 200);
  assert.match(theirs.body, new RegExp(`<a class="button" href="/cases/new\\?check=${id}">Fall anlegen</a>`));
  // the same content as the kept page, with the link before it in the staff's own frame
  assert.ok(theirs.body.includes(kept.html.slice(kept.contentStart, kept.contentEnd)));
  const english = await staff.get(`/checks/${id}`, { 'accept-language': 'en' });
  assert.match(english.body, />Create a case<\/a>/);

  // after the staff's visit the visitor's page and the kept row are unchanged, byte for byte
  const again = await anonymous.get(`/checks/${id}`);
  assert.equal(again.body, first.body);
  const [keptAfter] = await db.db.select().from(checkResults).where(eq(checkResults.checkId, id));
  assert.equal(keptAfter!.html, kept.html);
  assert.equal(keptAfter!.etag, kept.etag);

  // a company user may not open cases; a check outside the office: no link
  const company = new Browser(app);
  await company.signIn('staff@entry.example');
  const forCompany = await company.get(`/checks/${id}`);
  assert.equal(forCompany.statusCode, 200);
  assert.doesNotMatch(forCompany.body, LINK);
  // another office's check: no link, and the form does not open
  const other = await makeTenant(db.db, 'Entry Office Two');
  const otherAdviser = await makeUser(db.db, other.tenantId, 'adviser', 'adviser@entry-two.example');
  const theirs2 = await startCheck(db.db, otherAdviser, { companyId: other.companyA });
  await saveCheckInput(db.db, otherAdviser, theirs2, buildInput());
  assert.doesNotMatch((await staff.get(`/checks/${theirs2}`)).body, LINK);
  assert.equal((await staff.get(`/cases/new?check=${theirs2}`)).statusCode, 404);
  // an anonymous check whose link the adviser holds (e.g. run together in a consultation): the link is offered, and the
  // case attaches the check to the office
  const visitorsCheck = await startCheck(db.db, { kind: 'visitor', checkKey: null });
  await saveCheckInput(db.db, { kind: 'visitor', checkKey: visitorsCheck }, visitorsCheck, buildInput());
  const held = await staff.get(`/checks/${visitorsCheck}`);
  assert.equal(held.statusCode, 200);
  assert.match(held.body, LINK);
  assert.equal((await staff.get(`/cases/new?check=${visitorsCheck}`)).statusCode, 200);
  // the company user holding the same link is not offered a case
  assert.doesNotMatch((await company.get(`/checks/${visitorsCheck}`)).body, LINK);
});

test('the company page: its cases, “Fall anlegen”, and a case from a consultation', async () => {
  const consultation = await recordConsultation(db.db, adviser, t1.companyA, { date: '2026-11-20', channel: 'phone', topics: ['recognition'], kind: 'first' });
  const made = await createCase(db.db, adviser, { companyId: t1.companyA, candidateName: 'Lina Listed', routeId: '18b', federalState: 'DE-RP', qualificationLevel: 'academic', germanAssessment: 'comparable' });
  const staff = new Browser(app);
  await staff.signIn('adviser@entry.example');
  const page = await staff.get(`/companies/${t1.companyA}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h2 id="company-cases">Fälle<\/h2>/);
  assert.match(page.body, new RegExp(`<a href="/cases/${made.id}">${made.number}</a>: Lina Listed, Beratung`));
  assert.match(page.body, new RegExp(`href="/cases/new\\?company=${t1.companyA}"`));
  assert.match(page.body, new RegExp(`href="/cases/new\\?consultation=${consultation.id}"`));
  const company = new Browser(app);
  await company.signIn('staff@entry.example');
  const own = await company.get(`/companies/${t1.companyA}`);
  assert.match(own.body, new RegExp(made.number));
  assert.doesNotMatch(own.body, /href="\/cases\/new/);
});
