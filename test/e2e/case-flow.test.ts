// Browser test of one hire followed as a case (issue 14): the real application in-process on 127.0.0.1 with an
// in-memory database holding the demo data, Debian's Chromium through playwright-core, axe-core (WCAG 2.1 A/AA) on
// every page at 1280 and at 390 px, and a screenshot of each (test-results/case-*.png); no console errors.
//
// The adviser runs a pathway check for a software developer from India, turns the result into a case of the demo
// company (after a deliberate validation error), and moves it through two statuses with the dates they happened (the
// Blue Card with a comparable degree needs neither recognition nor the BA: advice → visa → entry).
// The company's personnel manager signs in, finds the case on the company overview, and uploads the degree
// certificate (after a refused file that only claims to be a PDF). The adviser marks the certificate checked. The
// case pages are then checked in English too.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { seedDemo } from '../../src/dev/seedDemo.ts';
import { buildApp } from '../../src/web/app.ts';
import { officeToday } from '../../src/web/officeDay.ts';
import { launchBrowser, submitAndLoad, visit as check } from './browser.ts';
import type { Browser } from './browser.ts';

const ADVISER = { email: 'beratung@demo.lotse.example', password: 'demo-beratung-2026' };
const COMPANY_USER = { email: 'personal@westpfalz-elektro.example', password: 'demo-firma-2026' };
const COMPANY = 'Westpfalz Elektrotechnik GmbH (Demo)';
const CANDIDATE = 'Ananya Krishnan';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
/** URLs that answer 4xx on purpose: Chromium logs "Failed to load resource" for them */
const expectedFailures = new Set<string>();
const state = { caseUrl: '', caseNumber: '' };
const today = officeToday();

before(async () => {
  db = await openTestDb();
  const seeded = await seedDemo(db.db);
  assert.ok(seeded.ok, 'demo seeded');
  app = await buildApp({ database: db, cookieSecret: 'e2e-secret-e2e-secret-e2e-secret', logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser({ profilePrefix: 'lotse-e2e-cases-', extraArgs: ['--lang=de-DE'] });
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.location().url;
    if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(m.text()) && expectedFailures.has(where)) return;
    consoleErrors.push(`${m.text()} (${where})`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
});

after(async () => {
  await browser?.close();
  await app?.close();
  await db?.destroy();
});

/** axe at 1280 and 390 px and screenshots test-results/case-<name>.png */
async function visit(name: string): Promise<void> {
  await check(page, `case-${name}`);
}

async function signIn(who: { email: string; password: string }): Promise<void> {
  // a test that failed before its sign-out leaves no session behind for the next
  await browser.context.clearCookies();
  await page.goto(`${base}/login`);
  await page.getByLabel('E-Mail-Adresse').fill(who.email);
  await page.getByLabel('Passwort', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

async function signOut(): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: /^(Abmelden|Sign out)$/ }).click();
  await page.waitForURL(/\/login\?done=logout$/);
}

async function continueTo(step: string): Promise<void> {
  await page.locator('main form[method="post"] button[type="submit"]').click();
  await page.waitForURL(new RegExp(`/step/${step}$`));
}

/** The pathway check of a software developer from India with a job offer in Kaiserslautern, by clicks. */
async function runCheck(): Promise<void> {
  await page.goto(`${base}/check`);
  await page.getByRole('button', { name: 'Prüfung starten' }).click();
  await page.waitForURL(/\/step\/occupation$/);
  await page.locator('#q').fill('Softwareentwickler');
  await page.locator('main form button[type="submit"]').first().click();
  await page.locator('#occupation-softwareentwickler').check();
  await continueTo('job');
  await page.locator('#hasOffer').check();
  await page.locator('#salary').fill('56.000');
  await page.locator('#collectiveAgreement-no').check();
  await page.locator('#contract').check();
  await page.locator('#federalState').selectOption('DE-RP');
  await page.locator('#municipality').fill('Kaiserslautern');
  await page.locator('#decisionDate').fill(today);
  await continueTo('person');
  await page.locator('#citizenship').selectOption('IN');
  await page.locator('#birthDate').fill('1995-03-14');
  await page.locator('#german').selectOption('A2');
  await page.locator('#english').selectOption('C1');
  await page.locator('#firstTitle').check();
  await continueTo('qualification');
  await page.locator('#level').check();
  await page.locator('#obtainedIn').check();
  await page.locator('#stateRecognised').check();
  await page.locator('#awardedOn').fill('2017-06-30');
  await page.locator('#trainingYears').fill('4');
  await page.locator('#assessment-comparable').check();
  await continueTo('experience');
  await page.locator('#exp0_from').fill('2017-08-01');
  await continueTo('review');
  await page.locator('main form[method="post"] button[type="submit"]').click();
  await page.waitForURL(/\/checks\/[A-Za-z0-9_-]{22}$/);
}

test('the adviser turns a check into a case and moves it through two statuses', async () => {
  await signIn(ADVISER);
  await runCheck();
  await visit('01-check-result');
  assert.match((await page.locator('.recommended-title, .likely-title').first().textContent()) ?? '', /^Blaue Karte EU/);
  await page.getByRole('link', { name: 'Fall anlegen' }).click();
  await page.waitForURL(/\/cases\/new\?check=/);
  await visit('02-new-case');
  // a deliberate mistake: no company chosen
  expectedFailures.add(`${base}/cases/new`);
  await submitAndLoad(page, () => page.locator('main form[method="post"] button[type="submit"]').click());
  assert.ok((await page.locator('.error-summary').count()) > 0, 'the error summary is shown');
  await visit('03-new-case-error');
  await page.locator('#companyId').selectOption({ label: COMPANY });
  await page.locator('#candidateName').fill(CANDIDATE);
  await submitAndLoad(page, () => page.locator('main form[method="post"] button[type="submit"]').click());
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
  state.caseUrl = page.url().replace(/[?#].*$/, '');
  state.caseNumber = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').match(/[A-Z]{2,6}-\d{4}-\d{4}/)?.[0] ?? '';
  assert.ok(state.caseNumber, 'the case number is in the heading');
  assert.ok((await page.locator('#tasks li, #tasks tbody tr').count()) >= 5, 'the plan became tasks');
  assert.ok((await page.locator('#documents li[id^="document-"]').count()) >= 3, 'the plan became a documents checklist');
  await visit('04-case-page');

  // a status change dated before the case began is refused, naming the field, and nothing changes
  const statusForm = page.locator(`form[action$="/status"]`);
  expectedFailures.add(`${state.caseUrl}/status`);
  await statusForm.locator('select[name="status"]').selectOption('visa');
  await statusForm.locator('input[name="changedOn"]').fill('2020-01-01');
  await submitAndLoad(page, () => statusForm.locator('button[type="submit"]').click());
  assert.ok((await page.locator('.error-summary').count()) > 0, 'the refused date is named');
  await visit('05-status-refused');
  // two status changes, on the day they happened
  for (const [status, when] of [
    ['visa', today],
    ['entry', today],
  ] as const) {
    const form = page.locator(`form[action$="/status"]`);
    await form.locator('select[name="status"]').selectOption(status);
    await form.locator('input[name="changedOn"]').fill(when);
    await submitAndLoad(page, () => form.locator('button[type="submit"]').click());
  }
  await visit('06-case-after-status');
  // the header names the status reached, and the timeline has both dates as reached
  assert.match((await page.locator('main').textContent()) ?? '', /Einreise/);
  assert.equal(await page.locator('form[action$="/status"] select[name="status"] option:checked').getAttribute('value'), 'residence_permit', 'the next stage is offered');

  // the board shows the case in its column
  await page.goto(`${base}/cases`);
  await visit('07-board');
  assert.equal(await page.getByRole('link', { name: new RegExp(state.caseNumber) }).count(), 1);
  await signOut();
});

test('the company user finds the case and uploads the degree certificate', async () => {
  await signIn(COMPANY_USER);
  await page.goto(`${base}/overview`);
  await visit('08-company-overview');
  await page.getByRole('link', { name: new RegExp(state.caseNumber) }).first().click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}/);
  await visit('09-company-case');
  // no internal forms for the company: no status change
  assert.equal(await page.locator('form[action$="/status"]').count(), 0);
  const degree = page.locator('#documents li[id^="document-"]').filter({ hasText: 'Hochschulabschlusszeugnis' });
  assert.equal(await degree.count(), 1, 'the degree certificate is on the checklist');
  // a file that only claims to be a PDF is refused, and nothing is kept
  const badUrl = `${base}${await degree.locator('form[enctype="multipart/form-data"]').getAttribute('action')}`;
  expectedFailures.add(badUrl);
  await degree.locator('input[type="file"]').setInputFiles({ name: 'zeugnis.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><body>kein PDF</body></html>') });
  await submitAndLoad(page, () => degree.locator('form[enctype="multipart/form-data"] button[type="submit"]').click());
  assert.ok((await page.locator('.error-summary').count()) > 0, 'the refusal names the file');
  await visit('10-upload-refused');
  await page.goto(state.caseUrl);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const again = page.locator('#documents li[id^="document-"]').filter({ hasText: 'Hochschulabschlusszeugnis' });
  await again.locator('input[type="file"]').setInputFiles({ name: 'Abschlusszeugnis Krishnan.pdf', mimeType: 'application/pdf', buffer: pdf });
  await submitAndLoad(page, () => again.locator('form[enctype="multipart/form-data"] button[type="submit"]').click());
  await page.waitForURL(/#documents$/);
  assert.match((await again.textContent()) ?? '', /Abschlusszeugnis Krishnan\.pdf/);
  await visit('11-uploaded');
  await signOut();
});

test('the adviser marks the certificate checked; the case pages in English', async () => {
  await signIn(ADVISER);
  await page.goto(state.caseUrl);
  const degree = page.locator('#documents li[id^="document-"]').filter({ hasText: 'Hochschulabschlusszeugnis' });
  await submitAndLoad(page, () => degree.locator('form:has(input[name="decision"][value="checked"]) button[type="submit"]').click());
  assert.match((await page.locator('#documents li[id^="document-"]').filter({ hasText: 'Hochschulabschlusszeugnis' }).textContent()) ?? '', /geprüft/i);
  await visit('12-checked');
  // the same pages in English
  await page.goto(`${base}/lang/en?back=${encodeURIComponent(new URL(state.caseUrl).pathname)}`);
  await page.waitForURL(state.caseUrl);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await visit('13-case-en');
  await page.goto(`${base}/cases`);
  await visit('14-board-en');
  await page.goto(`${base}/cases/new`);
  await visit('15-new-case-en');
  await signOut();
  assert.deepEqual(consoleErrors, []);
});

// issue 15: the due dashboard, the adviser's own and the office's, one click to the demo Blue Card holder's residence
// title (issued 20 months ago, valid for 22 months: its extension is due), and the company user's own dashboard
test('the due dashboard: the adviser’s own and the office’s, one click to a title due for its extension; the company user’s own', async () => {
  await signIn(ADVISER);
  await page.goto(`${base}/due`);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Fällig');
  assert.ok((await page.getByRole('link', { name: 'Fällig', exact: true }).count()) > 0, 'in the navigation');
  await visit('16-due');
  await page.getByRole('link', { name: 'Ganze Servicestelle' }).click();
  await page.waitForURL(/\/due\?scope=office$/);
  await visit('17-due-office');
  const row = page.locator('#due-titles tbody tr').filter({ hasText: 'Arjun Nair (Demo)' });
  assert.equal(await row.count(), 1);
  await row.getByRole('link', { name: /Titel öffnen/ }).click();
  await page.waitForURL(/#residence-title$/);
  const section = (await page.locator('#residence-title').textContent()) ?? '';
  assert.match(section, /Blaue Karte EU/);
  assert.match(section, /Verlängerung fällig/);
  assert.match(section, /§ 82 Abs\. 1 S\. 6 AufenthG/);
  await visit('18-case-title');
  await signOut();
  await signIn(COMPANY_USER);
  await page.goto(`${base}/due`);
  assert.equal(await page.getByRole('link', { name: 'Ganze Servicestelle' }).count(), 0);
  assert.equal(await page.locator('#due-titles tbody tr').filter({ hasText: 'Arjun Nair (Demo)' }).count(), 1, 'the Blue Card holder works for the company');
  await visit('19-due-company');
  await signOut();
  assert.deepEqual(consoleErrors, []);
});
