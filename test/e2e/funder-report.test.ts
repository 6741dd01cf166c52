// Browser test of the funder's report (issue 17): the real application in-process on 127.0.0.1 with an in-memory
// database holding the fixed data set of the report's tests (src/app/reports/funderFixture.testing.ts), Chromium
// through playwright-core, axe-core (WCAG 2.1 A/AA) at 1280 and 390 px on every page, a screenshot of each
// (test-results/funder-*.png), no console errors.
//
// The adviser opens the report from the report page, chooses the first quarter of 2026, reads persons and SMEs,
// follows the count of persons without consent to its records (the erased person shown as "gelöscht"), comes back,
// opens the printable page, and reads the report in English.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { seedFunderFixture } from '../../src/app/reports/funderFixture.testing.ts';
import { TEST_PASSWORD } from '../../src/dev/accountsTesting.ts';
import { buildApp } from '../../src/web/app.ts';
import { launchBrowser, submitAndLoad, visit as check } from './browser.ts';
import type { Browser } from './browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

before(async () => {
  db = await openTestDb();
  await seedFunderFixture(db);
  app = await buildApp({ database: db, cookieSecret: 'e2e-secret-e2e-secret-e2e-secret', logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser({ profilePrefix: 'lotse-e2e-funder-', extraArgs: ['--lang=de-DE'] });
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

const visit = (name: string) => check(page, `funder-${name}`);

test('an adviser reads the funder report of a quarter, follows a figure to its records and prints it', async () => {
  await page.goto(`${base}/login`);
  await page.getByLabel('E-Mail-Adresse').fill('adviser@one.example');
  await page.getByLabel('Passwort', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));

  await page.goto(`${base}/reports`);
  await page.getByRole('link', { name: /Förderbericht/ }).click();
  await page.waitForURL(`${base}/reports/funder`);
  await page.getByLabel('Quartal').selectOption('2026-Q1');
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Anzeigen' }).click());
  assert.match(page.url(), /quarter=2026-Q1/);
  await visit('quarter');
  assert.ok(await page.getByText('Zeitraum 01.01.2026 bis 31.03.2026').isVisible());
  const persons = page.locator('dl').filter({ hasText: 'Teilnehmende gesamt' });
  assert.equal((await persons.locator('dd').first().textContent())?.trim(), '5');
  const smes = page.locator('.ws-row').filter({ hasText: 'KMU (Kleinst-, kleine, mittlere)' });
  assert.equal((await smes.locator('dd').textContent())?.trim(), '2');

  // the persons without consent: their records, the erased one without personal data
  await page.locator('.ws-row').filter({ hasText: 'ohne Einwilligung (nur gezählt)' }).getByRole('link').click();
  await page.waitForURL(/\/reports\/funder\/records\?/);
  await visit('records');
  assert.ok(await page.getByText('3 Datensätze').isVisible());
  assert.ok(await page.getByText('gelöscht', { exact: true }).isVisible());
  await page.getByRole('link', { name: 'Zurück zum Förderbericht' }).click();
  await page.waitForURL(/\/reports\/funder\?quarter=2026-Q1/);

  await page.getByRole('link', { name: 'Druckansicht' }).click();
  await page.waitForURL(/\/reports\/funder\/print\?/);
  await visit('print');
  assert.equal(await page.locator('form[action="/reports/funder"]').count(), 0);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.main-nav').first().isVisible().catch(() => false), false);
  await page.emulateMedia({ media: 'screen' });

  // English
  await page.goto(`${base}/reports/funder?quarter=2026-Q1&lang=en`);
  await visit('quarter-en');
  assert.ok(await page.getByRole('heading', { name: 'Funder’s report', level: 1 }).isVisible());

  assert.deepEqual(consoleErrors, []);
});
