// Browser test of a tracked referral (issue 16): the real application in-process on 127.0.0.1 with an in-memory
// database holding the demo data (the RLP network and a demo education provider), Debian's Chromium through
// playwright-core, axe-core (WCAG 2.1 A/AA) on every page at 1280 and at 390 px, and a screenshot of each
// (test-results/referral-*.png); no console errors.
//
// The adviser looks at the partner network, opens the referral form of the electrician's case prefilled for the
// education provider and an adaptation measure (after a deliberate error: no partner), refers the case, marks the
// referral accepted, then done with its outcome, and sees it done on the case. The referral's page and the report's
// tracked referrals are then checked in English too.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { and, eq, isNotNull } from 'drizzle-orm';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { candidates, cases, partners, referrals } from '../../src/db/schema/index.ts';
import { seedDemo } from '../../src/dev/seedDemo.ts';
import { buildApp } from '../../src/web/app.ts';
import { launchBrowser, submitAndLoad, visit as check } from './browser.ts';
import type { Browser } from './browser.ts';

const ADVISER = { email: 'beratung@demo.lotse.example', password: 'demo-beratung-2026' };

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const expectedFailures = new Set<string>();
let caseId = '';
let providerId = '';

before(async () => {
  db = await openTestDb();
  const seeded = await seedDemo(db.db);
  assert.ok(seeded.ok, 'demo seeded');
  const [c] = await db.db
    .select({ id: cases.id })
    .from(cases)
    .innerJoin(candidates, eq(candidates.id, cases.candidateId))
    .where(eq(candidates.name, 'Maria Santos (Demo)'))
    .limit(1);
  caseId = c!.id;
  const [p] = await db.db.select({ id: partners.id }).from(partners).where(eq(partners.seedKey, 'demo-bildungswerk-westpfalz'));
  providerId = p!.id;
  app = await buildApp({ database: db, cookieSecret: 'e2e-secret-e2e-secret-e2e-secret', logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser({ profilePrefix: 'lotse-e2e-referrals-', extraArgs: ['--lang=de-DE'] });
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

async function visit(name: string): Promise<void> {
  await check(page, `referral-${name}`);
}

test('an adviser refers a case to an education provider for an adaptation measure and sees it come back done', async () => {
  await page.goto(`${base}/login`);
  await page.getByLabel('E-Mail-Adresse').fill(ADVISER.email);
  await page.getByLabel('Passwort', { exact: true }).fill(ADVISER.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));

  // the partner network: type, region, what they handle; filtered to the education providers
  await page.goto(`${base}/partners`);
  await visit('partners');
  assert.ok(await page.getByRole('link', { name: /Zentrale Ausländerbehörde für Fachkräfteeinwanderung/ }).isVisible());
  await page.goto(`${base}/partners?type=education_provider`);
  await visit('partners-education');
  await page.getByRole('link', { name: 'Bildungswerk Westpfalz (Demo)' }).click();
  await page.waitForURL(`${base}/partners/${providerId}`);
  await visit('partner');

  // the referral form, prefilled; first without a partner: the error names the field and keeps the input
  const formUrl = `${base}/cases/${caseId}/referrals/new?partner=${providerId}&measure=anpassungsqualifizierung_betrieb`;
  await page.goto(formUrl);
  assert.equal(await page.locator('#partnerId').inputValue(), providerId);
  assert.equal(await page.locator('#measureKind').inputValue(), 'anpassungsqualifizierung_betrieb');
  await visit('form');
  await page.locator('#partnerId').selectOption('');
  await page.getByLabel('Anliegen').fill('Betriebliche Anpassungsqualifizierung zu Gebäudetechnik und VDE');
  expectedFailures.add(`${base}/cases/${caseId}/referrals`);
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Weitervermittlung speichern' }).click());
  assert.ok(await page.locator('.error-summary').getByRole('link', { name: /^Partner:/ }).isVisible());
  assert.equal(await page.getByLabel('Anliegen').inputValue(), 'Betriebliche Anpassungsqualifizierung zu Gebäudetechnik und VDE');
  await visit('form-error');
  await page.locator('#partnerId').selectOption(providerId);
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Weitervermittlung speichern' }).click());
  assert.equal(new URL(page.url()).pathname, `/cases/${caseId}`);
  const section = page.locator('#referrals');
  assert.ok(await section.getByText('Die Weitervermittlung wurde gespeichert.').isVisible());
  await visit('case-sent');

  const [ref] = await db.db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.caseId, caseId), eq(referrals.measureKind, 'anpassungsqualifizierung_betrieb'), isNotNull(referrals.purpose)));
  assert.ok(ref, 'the referral is stored');
  // accepted, then done with the outcome
  await page.goto(`${base}/referrals/${ref.id}`);
  assert.match((await page.locator('#referral-status').textContent()) ?? '', /^gesendet/);
  await visit('page-sent');
  await page.getByLabel('angenommen').check();
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Speichern', exact: true }).click());
  assert.match((await page.locator('#referral-status').textContent()) ?? '', /^angenommen/);
  await visit('page-accepted');
  await page.getByLabel('erledigt').check();
  await page.locator('#outcome').fill('Qualifizierung im Betrieb vereinbart, Beginn nächsten Monat');
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Speichern', exact: true }).click());
  assert.match((await page.locator('#referral-status').textContent()) ?? '', /^erledigt/);
  await visit('page-done');

  // done on the case
  await page.goto(`${base}/cases/${caseId}`);
  const row = page.locator('#referrals tr', { hasText: 'Qualifizierung im Betrieb vereinbart' });
  assert.match((await row.textContent()) ?? '', /erledigt/);
  assert.match((await row.textContent()) ?? '', /Anpassungsqualifizierung im Betrieb/);
  await visit('case-done');

  // the report counts it
  await page.goto(`${base}/reports`);
  assert.ok(await page.getByRole('heading', { name: 'Verfolgte Weitervermittlungen', exact: true }).isVisible());
  await visit('report');

  // in English
  await page.goto(`${base}/lang/en?back=${encodeURIComponent(`/referrals/${ref.id}`)}`);
  await page.waitForLoadState('load');
  assert.ok(await page.getByRole('heading', { name: 'Referral to Bildungswerk Westpfalz (Demo)' }).isVisible());
  assert.match((await page.locator('#referral-status').textContent()) ?? '', /^done/);
  await visit('page-en');
  await page.goto(`${base}/cases/${caseId}/referrals/new?partner=${providerId}&measure=anpassungsqualifizierung_kurs`);
  await visit('form-en');
  await page.goto(`${base}/partners`);
  await visit('partners-en');

  assert.deepEqual(consoleErrors, []);
});
