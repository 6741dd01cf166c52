// Browser test of the case pages (issue 14): the real application in-process on 127.0.0.1 with an in-memory database,
// Debian's Chromium through playwright-core, axe-core (WCAG 2.1 A/AA) at 1280 and 390 px and a full-page screenshot
// (test-results/cases-*.png) of each page. An adviser opens a saved check, creates the case from its "Fall anlegen"
// link, moves it one status on, and looks at the board; the company user sees the case page; one page in English.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { TEST_PASSWORD, makeTenant, makeUser } from '../../src/dev/accountsTesting.ts';
import { startCheck } from '../../src/app/checks/startCheck.ts';
import { saveCheckInput } from '../../src/app/checks/saveCheck.ts';
import { buildInput } from '../../src/law/testing/fixtures.ts';
import { buildApp } from '../../src/web/app.ts';
import { launchBrowser, submitAndLoad, visit as check } from './browser.ts';
import type { Browser } from './browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let browser: Browser;
let page: Page;
let checkId: string;
const consoleErrors: string[] = [];

before(async () => {
  db = await openTestDb();
  const t = await makeTenant(db.db, 'Servicestelle Kaiserslautern');
  const adviser = await makeUser(db.db, t.tenantId, 'adviser', 'beratung@cases.example', { name: 'Anna Beratung' });
  await makeUser(db.db, t.tenantId, 'company', 'personal@cases.example', { companyId: t.companyA, name: 'Paul Personal' });
  checkId = await startCheck(db.db, adviser, { companyId: t.companyA });
  await saveCheckInput(db.db, adviser, checkId, buildInput({ decisionDate: '2026-11-01' }));
  app = await buildApp({ database: db, cookieSecret: 'e2e-secret-e2e-secret-e2e-secret', logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser({ profilePrefix: 'lotse-e2e-cases-', extraArgs: ['--lang=de-DE'] });
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
});
after(async () => {
  await browser?.close();
  await app?.close();
  await db?.destroy();
});

async function visit(name: string): Promise<void> {
  await check(page, `cases-${name}`);
}

async function signIn(email: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(TEST_PASSWORD);
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Anmelden' }).click());
}

test('an adviser turns a saved check into a case, moves it, and the company user reads it', async () => {
  await signIn('beratung@cases.example');
  await page.goto(`${base}/checks/${checkId}`);
  await submitAndLoad(page, () => page.getByRole('link', { name: 'Fall anlegen' }).click());
  await visit('01-new-from-check');
  await page.getByLabel('Oder neue Kandidat:in (Name)').fill('Priya Sharma');
  await page.getByLabel('Stellenbezeichnung').fill('Softwareentwicklerin');
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Fall anlegen' }).click());
  assert.match(page.url(), /\/cases\/[0-9a-f-]{36}\?done=created$/);
  await visit('02-case');
  const caseUrl = page.url().replace(/\?.*$/, '');
  await page.getByLabel('Neuer Status').selectOption('visa');
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Status ändern' }).click());
  assert.match(await page.locator('.case-stage-current').innerText(), /Visum/);
  await page.goto(`${base}/cases`);
  await visit('03-board');
  await page.goto(`${caseUrl}/edit`);
  await visit('04-edit');
  await page.goto(`${base}/cases/new`);
  await visit('05-new-by-hand');
  await page.context().addCookies([{ name: 'lang', value: 'en', url: base }]);
  await page.goto(caseUrl);
  await visit('06-case-en');
  await page.context().clearCookies();
  await signIn('personal@cases.example');
  await page.goto(caseUrl);
  await visit('07-case-company');
  await page.goto(`${base}/cases`);
  await visit('08-board-company');
  assert.deepEqual(consoleErrors, []);
});
