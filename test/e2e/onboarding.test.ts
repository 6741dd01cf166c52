// Browser test of integration management (issue 17): the real application in-process on 127.0.0.1 with an in-memory
// database holding the demo data, Debian's Chromium through playwright-core, axe-core (WCAG 2.1 A/AA) on every page at
// 1280 and at 390 px, and a screenshot of each (test-results/onboarding-*.png); no console errors.
//
// "Done when": the adviser, as a new user would, opens the board, finds the demo case of the skilled worker who
// arrived last week, opens its onboarding plan and sees what is due this week. Then the adviser records a mistake in
// the arrival form (the field is named, nothing lost), adds a family member, updates the plan; the office's
// integration steps; the company user reads the retention view of their company and adapts a step; the English page.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { seedDemo } from '../../src/dev/seedDemo.ts';
import { DEMO_ARRIVAL_CANDIDATE } from '../../src/dev/seedDemoArrival.ts';
import { buildApp } from '../../src/web/app.ts';
import { candidates, users } from '../../src/db/schema/index.ts';
import { createCandidateLink } from '../../src/app/reminders/candidateLinks.ts';
import { eq } from 'drizzle-orm';
import { launchBrowser, submitAndLoad, visit as check } from './browser.ts';
import type { Browser } from './browser.ts';

const ADVISER = { email: 'beratung@demo.lotse.example', password: 'demo-beratung-2026' };
const COMPANY_USER = { email: 'personal@westpfalz-elektro.example', password: 'demo-firma-2026' };

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const state = { onboardingUrl: '' };

before(async () => {
  db = await openTestDb();
  const seeded = await seedDemo(db.db);
  assert.ok(seeded.ok, 'demo seeded');
  app = await buildApp({ database: db, cookieSecret: 'e2e-secret-e2e-secret-e2e-secret', logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser({ profilePrefix: 'lotse-e2e-onboarding-', extraArgs: ['--lang=de-DE'] });
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // the deliberate 400 answers of refused forms
    if (/^Failed to load resource: the server responded with a status of 400/.test(m.text())) return;
    consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
});

after(async () => {
  await browser?.close();
  await app?.close();
  await db?.destroy();
});

async function visit(name: string): Promise<void> {
  await check(page, `onboarding-${name}`);
}

async function signIn(who: { email: string; password: string }): Promise<void> {
  await browser.context.clearCookies();
  await page.goto(`${base}/login`);
  await page.getByLabel('E-Mail-Adresse').fill(who.email);
  await page.getByLabel('Passwort', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

test('the adviser opens the onboarding plan of the case that arrived last week and sees what is due this week', async () => {
  await signIn(ADVISER);
  await page.goto(`${base}/cases`);
  // the case card that names her
  await page.locator('li.case-card').filter({ hasText: DEMO_ARRIVAL_CANDIDATE }).getByRole('link').first().click();
  await page.waitForURL(/\/cases\/[0-9a-f-]+$/);
  const section = page.locator('#onboarding');
  assert.equal(await section.getByRole('heading', { name: 'Ankommen und Integration' }).count(), 1);
  await visit('01-case-page');
  await section.getByRole('link', { name: 'Onboarding-Plan auf eigener Seite öffnen' }).click();
  await page.waitForURL(/\/onboarding$/);
  state.onboardingUrl = page.url();
  assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /Onboarding-Plan – Fall KL-2026-0004/);
  // what is due this week: the registration (two weeks after the arrival a week ago: the route plan's step, adopted)
  const week = page.getByRole('heading', { name: /Diese Woche fällig/ });
  assert.equal(await week.count(), 1);
  assert.equal(await page.locator('ul.onboarding-this-week li').filter({ hasText: 'Anmeldung der Wohnung' }).count(), 1);
  const plan = page.getByRole('table', { name: 'Die Schritte des Onboarding-Plans' });
  assert.ok((await plan.locator('tbody tr').count()) > 10);
  assert.equal(await plan.locator('tr').filter({ hasText: 'Anmeldung der Wohnung' }).count(), 1);
  assert.ok((await plan.getByText('zu prüfen').count()) > 0, 'unconfirmed rules are marked');
  // the family: the husband joins later, the daughter moved with her (childcare task)
  assert.equal(await page.getByText(/Ehegatte\/Ehegattin Rafael Lima/).count(), 1);
  assert.equal(await plan.locator('tr').filter({ hasText: 'Betreuungsplatz' }).count(), 1);
  await visit('02-plan');
});

test('the arrival form names the wrong field and keeps the input; a family member is added and the plan updated', async () => {
  await page.goto(state.onboardingUrl);
  await page.getByText('Ankunft eintragen oder ändern').click();
  const visa = await page.locator('#visaValidUntil').inputValue();
  // a visa that ended before the arrival
  await page.locator('#visaValidUntil').fill('2026-01-01');
  await page.locator('#probationEnd').fill('2027-06-01');
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Ankunft speichern' }).click());
  const summary = page.locator('main [role="alert"], main .error-summary').first();
  assert.match((await summary.textContent()) ?? '', /Visum gültig bis: Das Datum liegt vor dem Ankunftsdatum/);
  assert.equal(await page.locator('#probationEnd').inputValue(), '2027-06-01');
  await visit('03-arrival-error');
  await page.locator('#visaValidUntil').fill(visa);
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Ankunft speichern' }).click());
  assert.match((await page.getByRole('status').first().textContent()) ?? '', /Ankunft wurde gespeichert/);
  // a son of eight who moves now: a school task after updating the plan
  const family = page.locator('#family-form');
  if (!(await family.getAttribute('open'))) await family.locator('summary').click();
  await family.locator('#relation').selectOption('child');
  await family.locator('#name').fill('Lucas Lima');
  await family.locator('#birthDate').fill('2018-05-10');
  await family.locator('#joining').selectOption('now');
  await submitAndLoad(page, () => family.getByRole('button', { name: 'Familienmitglied speichern' }).click());
  assert.equal(await page.getByText(/Kind Lucas Lima, geboren 10\.05\.2018/).count(), 1);
  assert.equal(await page.getByText(/Aktualisieren übernimmt die neuen Fristen/).count(), 1);
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Onboarding-Plan aktualisieren' }).click());
  const plan = page.getByRole('table', { name: 'Die Schritte des Onboarding-Plans' });
  assert.equal(await plan.locator('tr').filter({ hasText: 'an der Schule anmelden' }).count(), 1);
  await visit('04-updated');
  // the English page
  await page.goto(`${base}/lang/en?back=${encodeURIComponent(new URL(state.onboardingUrl).pathname)}`);
  await page.waitForURL(/\/onboarding$/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.getByRole('heading', { name: /Due this week/ }).count(), 1);
  await visit('05-plan-en');
  await page.goto(`${base}/lang/de?back=${encodeURIComponent(new URL(state.onboardingUrl).pathname)}`);
});

test('the office’s integration steps', async () => {
  await page.goto(`${base}/integration/templates`);
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Integrationsschritte der Servicestelle' }).count(), 1);
  await page.getByRole('link', { name: 'Gespräch nach einem Monat bearbeiten' }).click();
  await page.locator('#offsetDays').fill('2');
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Schritt speichern' }).click());
  assert.match((await page.getByRole('status').first().textContent()) ?? '', /gespeichert/);
  assert.equal(await page.getByText('1 Monat und 2 Tage nach dem ersten Arbeitstag').count(), 1);
  await visit('06-templates');
  assert.deepEqual(consoleErrors, []);
});

test('the company user reads the retention view of their company and adapts a step', async () => {
  await signIn(COMPANY_USER);
  await page.getByRole('navigation').getByRole('link', { name: 'Fristen 90 Tage' }).first().click();
  await page.waitForURL(/\/retention$/);
  // the Blue Card holder's title expires within two months: its renewal is on the list
  const rows = page.getByRole('table', { name: 'Fristen der nächsten 90 Tage' }).locator('tbody tr');
  assert.ok((await rows.filter({ hasText: 'Arjun Nair (Demo)' }).count()) >= 1);
  assert.equal(await page.getByText('Ana Lima').count(), 0, 'another company’s hire is not shown');
  await visit('07-retention');
  await page.getByRole('navigation').getByRole('link', { name: 'Integrationsschritte' }).first().click();
  await page.waitForURL(/\/integration-steps$/);
  await page.getByRole('link', { name: 'Gespräch nach sechs Monaten (vor Ende der Probezeit) bearbeiten' }).click();
  await page.locator('#disabled').selectOption('yes');
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Schritt speichern' }).click());
  const steps = page.getByRole('table', { name: 'Integrationsschritte' });
  assert.equal(await steps.locator('tr').filter({ hasText: 'Gespräch nach sechs Monaten' }).getByText('ausgeschaltet', { exact: true }).count(), 1);
  await visit('08-company-steps');
  assert.deepEqual(consoleErrors, []);
});

test('the employee’s own plan behind the personal link, in English with the German titles, and whom to ask', async () => {
  const [cand] = await db.db.select().from(candidates).where(eq(candidates.name, DEMO_ARRIVAL_CANDIDATE));
  const [adviser] = await db.db.select().from(users).where(eq(users.email, ADVISER.email));
  const { token } = await createCandidateLink(db.db, { userId: adviser!.id, tenantId: adviser!.tenantId, role: 'adviser', companyId: null }, cand!.id);
  await browser.context.clearCookies();
  await page.goto(`${base}/me/${token}`);
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Your next steps' }).count(), 1);
  assert.ok((await page.getByText('Choose a health insurer').count()) >= 1);
  assert.equal(await page.getByRole('heading', { name: 'Who to ask' }).count(), 1);
  await visit('09-me');
  assert.deepEqual(consoleErrors, []);
});
