// Browser test of the office's recognition data page (issue 16): Chromium, axe-core (WCAG 2.1 A/AA) at 1280 and 390 px
// in German and English; an admin pastes a file with an error (the list names row and column, the text stays in the
// field, focus on the summary), corrects it and imports; the own entry is listed.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { TEST_PASSWORD, makeTenant, makeUser } from '../../src/dev/accountsTesting.ts';
import { buildApp } from '../../src/web/app.ts';
import { expectFocus, launchBrowser, submitAndLoad, visit } from './browser.ts';
import type { Browser } from './browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let browser: Browser;
let page: Page;

before(async () => {
  db = await openTestDb();
  const t = await makeTenant(db.db, 'Servicestelle Test');
  await makeUser(db.db, t.tenantId, 'admin', 'admin@one.example', { name: 'Ada Admin' });
  app = await buildApp({ database: db, cookieSecret: 'e2e-secret-e2e-secret-e2e-secret', logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser({ profilePrefix: 'lotse-e2e-recognition-data-', extraArgs: ['--lang=de-DE'] });
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
});

after(async () => {
  await browser?.close();
  await app?.close();
  await db?.destroy();
});

const HEADER = 'satz;id;art;bezeichnung;ort;quelle_titel;quelle_url;zuletzt_geprueft;zu_pruefen';

test('an admin reaches the page from the navigation, imports a pasted file after correcting it; axe-clean in German and English', async () => {
  await page.goto(`${base}/login`);
  await page.getByLabel('E-Mail-Adresse').fill('admin@one.example');
  await page.getByLabel('Passwort', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));

  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Referenzberufe' }).click();
  await page.waitForURL(`${base}/admin/recognition`);
  await visit(page, 'recognition-data-de');
  assert.equal(await page.locator('h1').innerText(), 'Referenzberufe und zuständige Stellen');

  // a pasted file with a bad date: the summary names row and column, the text stays
  const bad = `${HEADER}\nstelle;iq-kl;other;IQ Kaiserslautern;Kaiserslautern;Eigene Recherche;https://example.org/iq;2026-12-32;ja\n`;
  await page.getByLabel('Oder den Inhalt der CSV-Datei hier einfügen').fill(bad);
  await submitAndLoad(page, () => page.getByRole('button', { name: 'CSV importieren' }).click());
  await expectFocus(page, 'error-summary');
  assert.match(await page.locator('#error-summary').innerText(), /Zeile 2, Spalte „zuletzt_geprueft“: ist kein Datum/);
  assert.equal((await page.locator('#csv').inputValue()).replace(/\r\n/g, '\n'), bad);
  await visit(page, 'recognition-data-errors-de');

  await page.locator('#csv').fill(bad.replace('2026-12-32', '2026-12-05'));
  await submitAndLoad(page, () => page.getByRole('button', { name: 'CSV importieren' }).click());
  assert.match(await page.getByRole('status').first().innerText(), /Import gespeichert: 1 neu, 0 geändert/);
  const row = page.getByRole('row', { name: /IQ Kaiserslautern/ });
  assert.match(await row.innerText(), /eigener Eintrag/);
  assert.match(await row.innerText(), /zu prüfen/);

  await page.goto(`${base}/admin/recognition?lang=en`);
  await visit(page, 'recognition-data-en');
  assert.equal(await page.locator('h1').innerText(), 'Reference occupations and competent bodies');
});
