// Browser test of an adviser's working day in the workspace (issue 6): the real application in-process on 127.0.0.1
// with an in-memory database holding the demo data (seedDemo), Debian's Chromium through playwright-core, axe-core
// (WCAG 2.1 A/AA) and a full-page screenshot (test-results/workspace-*.png) of every distinct page, no console errors.
//
// The adviser signs in, records a company (after a deliberate validation error), a contact person and a consultation
// with two topics, a referral and an access route; finds them by the search (a word of the record, a name with a
// typo); sees the consultation counted in the report and downloads the CSV; works the follow-ups (settles the
// overdue one with a follow-up consultation, marks one done and takes it back); signs out. The demo company user then
// sees their own company and is refused everywhere else. One page in English.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page, Response } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { companies } from '../../src/db/schema/index.ts';
import { seedDemo } from '../../src/dev/seedDemo.ts';
import { buildApp } from '../../src/web/app.ts';
import { officeToday } from '../../src/web/reports/index.ts';
import { expectFocus, launchBrowser, submitAndLoad, visit as check } from './browser.ts';
import type { Browser } from './browser.ts';

const ADVISER = { email: 'beratung@demo.lotse.example', password: 'demo-beratung-2026' };
const COMPANY_USER = { email: 'personal@westpfalz-elektro.example', password: 'demo-firma-2026' };
const NEW_COMPANY = 'Pfälzer Metallbau Lautertal GmbH';
const RECORD = 'Zwei Schweißfachkräfte aus Vietnam; Anerkennung über die Handwerkskammer und Sprachkurs im Betrieb besprochen.';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
/** URLs that answer 4xx on purpose: Chromium logs "Failed to load resource" for them */
const expectedFailures = new Set<string>();

/** the report's range: 90 days back to the office's today */
const today = officeToday();
const from = new Date(Date.parse(`${today}T00:00:00Z`) - 90 * 86_400_000).toISOString().slice(0, 10);
const reportUrl = () => `${base}/reports?from=${from}&to=${today}`;

/** shared between the steps */
const state = { companyId: '', westpfalzId: '', barbarossaId: '', consultationsBefore: 0, topicsBefore: new Map<string, number>() };

before(async () => {
  db = await openTestDb();
  const seeded = await seedDemo(db.db);
  assert.ok(seeded.ok && seeded.created, 'demo seeded');
  const rows = await db.db.select({ id: companies.id, name: companies.name }).from(companies);
  state.westpfalzId = rows.find((r) => r.name.startsWith('Westpfalz'))!.id;
  state.barbarossaId = rows.find((r) => r.name.startsWith('Barbarossa'))!.id;
  app = await buildApp({ database: db, cookieSecret: 'e2e-secret-e2e-secret-e2e-secret', logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser({ profilePrefix: 'lotse-e2e-workspace-', extraArgs: ['--lang=de-DE'] });
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

/** axe and a screenshot test-results/workspace-<name>.png */
async function visit(name: string): Promise<void> {
  await check(page, `workspace-${name}`);
}

/** A navigation that is meant to fail with `status`: its console line is expected. */
async function gotoRefused(url: string, status: number): Promise<Response> {
  expectedFailures.add(url);
  const r = await page.goto(url);
  assert.ok(r, url);
  assert.equal(r.status(), status, url);
  return r;
}

async function signIn(who: { email: string; password: string }): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('E-Mail-Adresse').fill(who.email);
  await page.getByLabel('Passwort', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

async function signOut(): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await page.waitForURL(`${base}/login?done=logout`);
}

/** the report's key figure of consultations and its topic rows */
async function reportNumbers(): Promise<{ consultations: number; topics: Map<string, number> }> {
  const figure = page.locator('.report-figures div').filter({ has: page.getByText('Beratungen (Kontakte)', { exact: true }) }).locator('dd');
  const consultations = Number(await figure.textContent());
  const rows = page.locator('section[aria-labelledby="section-byTopic"] tbody tr');
  const topics = new Map<string, number>();
  for (const row of await rows.all()) topics.set((await row.locator('th').textContent())!.trim(), Number(await row.locator('td').first().textContent()));
  return { consultations, topics };
}

test('the adviser signs in and records a company, a contact person and a consultation', async () => {
  await page.goto(`${base}/login`);
  await visit('01-login');
  await signIn(ADVISER);
  assert.equal(new URL(page.url()).pathname, '/companies');
  assert.equal(await page.locator('table tbody tr').count(), 2, 'the two demo companies');
  await visit('02-companies');

  // the report before: its numbers are the baseline
  await page.goto(reportUrl());
  const before = await reportNumbers();
  state.consultationsBefore = before.consultations;
  state.topicsBefore = before.topics;
  assert.equal(before.consultations, 3, 'the three demo consultations lie in the range');

  // a new company, first with a wrong postcode
  await page.goto(`${base}/companies`);
  await page.getByRole('link', { name: 'Unternehmen anlegen' }).click();
  await page.waitForURL(`${base}/companies/new`);
  await visit('03-company-new');
  await page.getByLabel('Name', { exact: true }).fill(NEW_COMPANY);
  await page.getByLabel('Straße und Hausnummer').fill('Lauterstraße 7');
  await page.getByLabel('Postleitzahl').fill('6765');
  await page.getByLabel(/^Ort\b/).fill('Otterbach');
  await page.getByLabel('Gemeinde').fill('Otterbach-Otterberg');
  await page.getByLabel('Bundesland').selectOption({ label: 'Rheinland-Pfalz' });
  await page.locator('#sizeClass').selectOption('medium');
  await page.locator('#wzSection').selectOption('C');
  await page.getByLabel('Website').fill('https://metallbau-lautertal.example');
  const bad = page.waitForResponse((r) => r.url() === `${base}/companies` && r.request().method() === 'POST');
  expectedFailures.add(`${base}/companies`);
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Speichern' }).click());
  assert.equal((await bad).status(), 400);
  await expectFocus(page, 'error-summary');
  assert.match((await page.locator('#error-summary').textContent()) ?? '', /Postleitzahl: Bitte eine Postleitzahl mit fünf Ziffern angeben\./);
  assert.match((await page.locator('#postcode-error').textContent()) ?? '', /Bitte eine Postleitzahl mit fünf Ziffern angeben\./);
  assert.equal(await page.locator('#postcode').getAttribute('aria-invalid'), 'true');
  assert.match((await page.locator('#postcode').getAttribute('aria-describedby')) ?? '', /postcode-error/);
  // the typed values are kept
  assert.equal(await page.locator('#name').inputValue(), NEW_COMPANY);
  assert.equal(await page.locator('#postcode').inputValue(), '6765');
  assert.equal(await page.locator('#municipality').inputValue(), 'Otterbach-Otterberg');
  assert.equal(await page.locator('#federalState').inputValue(), 'DE-RP');
  assert.equal(await page.locator('#sizeClass').inputValue(), 'medium');
  assert.equal(await page.locator('#wzSection').inputValue(), 'C');
  await visit('04-company-new-error');
  // the summary's link leads to the field
  await page.locator('#error-summary a[href="#postcode"]').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'postcode');
  await page.locator('#postcode').fill('67731');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.waitForURL(/\/companies\/[0-9a-f-]{36}\?done=saved$/);
  state.companyId = /\/companies\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), NEW_COMPANY);
  assert.equal(await page.getByRole('status').first().textContent(), 'Gespeichert.');
  const details = (await page.locator('dl.ws-details').first().textContent()) ?? '';
  for (const s of ['Lauterstraße 7', '67731 Otterbach', 'Otterbach-Otterberg', 'Rheinland-Pfalz', 'Mittel (50–249)']) assert.ok(details.includes(s), `details show ${s}: ${details}`);
  assert.equal(await page.getByText('Noch keine Beratungen.').count(), 1);
  await visit('05-company-saved');

  // a contact person
  await page.getByText('Ansprechperson hinzufügen', { exact: true }).first().click();
  const contactForm = page.locator(`form[action="/companies/${state.companyId}/contacts"]`);
  await contactForm.getByLabel('Name', { exact: true }).fill('Jonas Wagner');
  await contactForm.getByLabel('Funktion').fill('Geschäftsführung');
  await contactForm.getByLabel('E-Mail').fill('wagner@metallbau-lautertal.example');
  await contactForm.getByLabel('Telefon').fill('06301 12345');
  await contactForm.getByRole('button', { name: 'Ansprechperson hinzufügen' }).click();
  await page.waitForURL(`${base}/companies/${state.companyId}?done=saved`);
  assert.match((await page.locator('ul.ws-contacts').textContent()) ?? '', /Jonas Wagner, Geschäftsführung · wagner@metallbau-lautertal\.example · 06301 12345/);
  await visit('06-company-contact');

  // a consultation: two topics, a referral to the HWK, the access route
  await page.getByRole('link', { name: 'Beratung erfassen' }).click();
  await page.waitForURL(`${base}/companies/${state.companyId}/consultations/new`);
  assert.equal(await page.locator('#date').inputValue(), today, "the office's today is the default date");
  await visit('07-consultation-new');
  await page.getByLabel('Erstberatung').check();
  await page.getByLabel('vor Ort').check();
  await page.getByLabel('Dauer in Minuten').fill('75');
  await page.getByLabel('Anerkennung ausländischer Abschlüsse').check();
  await page.getByLabel('Integrationsmanagement').check();
  await page.getByLabel('Nachgefragte Berufe (ISCO-08)').fill('7212');
  await page.getByLabel('Zugangsweg').selectOption('chamber');
  await page.getByLabel('Handwerkskammer der Pfalz (HWK)').check();
  await page.getByLabel('Gesprächsnotiz').fill(RECORD);
  await page.getByLabel('Ergebnis').fill('Unterlagen an die HWK senden.');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.waitForURL(`${base}/companies/${state.companyId}?done=saved`);
  const history = page.locator('ol.ws-history > li');
  assert.equal(await history.count(), 1);
  const entry = (await history.first().textContent()) ?? '';
  for (const s of [
    'Erstberatung, vor Ort, 75 Min.',
    'Anerkennung ausländischer Abschlüsse · Integrationsmanagement',
    'Demo-Beratung',
    'Kammer',
    'Handwerkskammer der Pfalz',
    'Schweißfachkräfte aus Vietnam',
    'Unterlagen an die HWK senden.',
  ])
    assert.ok(entry.includes(s), `history shows ${s}: ${entry}`);
  await visit('08-company-history');
});

test('the search finds the consultation by a word of its record and the company by a name with a typo', async () => {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Suche' }).click();
  await page.waitForURL(`${base}/search`);
  await visit('09-search');
  await page.getByLabel('Suchbegriff').fill('Vietnam');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await page.waitForURL(`${base}/search?q=Vietnam`);
  const consultations = page.locator('section[aria-labelledby="results-title"] h3:text-is("Beratungen") + ul li');
  assert.equal(await consultations.count(), 1);
  assert.match((await consultations.textContent()) ?? '', new RegExp(`${NEW_COMPANY}: Zwei Schweißfachkräfte`));
  await visit('10-search-record');

  // "Metalbau Lautertl": two typos; the trigram match still finds the company and leaves the demo companies out
  await page.getByLabel('Suchbegriff').fill('Metalbau Lautertl');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await page.waitForURL(/\/search\?q=Metalbau\+Lautertl$/);
  const found = page.locator('section[aria-labelledby="results-title"] h3:text-is("Unternehmen") + ul li a');
  assert.deepEqual(await found.allTextContents(), [NEW_COMPANY]);
  await visit('11-search-typo');
  // and a contact person by a fragment of the name
  await page.getByLabel('Suchbegriff').fill('Wagn');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await page.waitForURL(/\/search\?q=Wagn$/);
  assert.match((await page.locator('section[aria-labelledby="results-title"]').textContent()) ?? '', /Jonas Wagner, Geschäftsführung – Pfälzer Metallbau/);
  await page.getByRole('link', { name: NEW_COMPANY }).first().click();
  await page.waitForURL(`${base}/companies/${state.companyId}`);
});

test('the report counts the consultation and exports it as CSV for German Excel', async () => {
  await page.goto(reportUrl());
  const now = await reportNumbers();
  assert.equal(now.consultations, state.consultationsBefore + 1);
  const recognition = 'Anerkennung ausländischer Abschlüsse';
  assert.equal(now.topics.get(recognition), (state.topicsBefore.get(recognition) ?? 0) + 1);
  assert.equal(now.topics.get('Integrationsmanagement'), (state.topicsBefore.get('Integrationsmanagement') ?? 0) + 1);
  assert.ok(((await page.locator('#section-byAccessRoute').locator('..').textContent()) ?? '').includes('Kammer'));
  assert.equal(await page.locator('#from').inputValue(), from);
  assert.equal(await page.locator('#to').inputValue(), today);
  await visit('12-report');

  // the CSV by the link (a download) and by a plain request (its headers)
  const link = page.getByRole('link', { name: 'Als CSV herunterladen' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), `lotse-bericht-${from}-${today}.csv`);
  const bytes = readFileSync((await download.path())!);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const csv = bytes.toString('utf8');
  assert.match(csv, /\r\n/);
  assert.match(csv, new RegExp(`${recognition};${now.topics.get(recognition)};`));
  assert.match(csv, new RegExp(`Integrationsmanagement;${now.topics.get('Integrationsmanagement')};`));
  const r = await page.request.get(`${base}${await link.getAttribute('href')}`);
  assert.equal(r.status(), 200);
  assert.equal(r.headers()['content-type'], 'text/csv; charset=utf-8');
  assert.match(r.headers()['content-disposition'] ?? '', /^attachment; filename="lotse-bericht-/);
});

test('the follow-ups: the overdue one settled by a follow-up consultation, another marked done and taken back; no sideways scrolling on a phone', async () => {
  await page.goto(`${base}/companies`);
  await page.getByRole('link', { name: '1 Wiedervorlage ist fällig' }).click();
  await page.waitForURL(`${base}/follow-ups?due=today`);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Wiedervorlagen' }).click();
  await page.waitForURL(`${base}/follow-ups`);
  const rows = page.locator('main tbody tr');
  assert.equal(await rows.count(), 2, 'the demo’s overdue follow-up and the one due in 7 days');
  const overdue = rows.first();
  assert.match((await overdue.textContent()) ?? '', /überfällig[\s\S]*Westpfalz Elektrotechnik GmbH \(Demo\)/);
  await visit('12a-follow-ups');

  // the call back: a follow-up consultation from the list, which settles the follow-up
  await overdue.getByRole('link', { name: /Folgeberatung erfassen/ }).click();
  await page.waitForURL(new RegExp(`/companies/${state.westpfalzId}/consultations/new\\?followUp=`));
  assert.ok(await page.getByLabel('Folgeberatung').isChecked());
  const settles = page.getByRole('group', { name: 'Offene Wiedervorlagen dieses Unternehmens' }).getByRole('checkbox');
  assert.equal(await settles.count(), 1);
  assert.ok(await settles.first().isChecked(), 'the follow-up it came from is ticked');
  await page.getByLabel('Weiterqualifizierung').check();
  await page.getByLabel('Ergebnis').fill('Qualifizierung beim IQ Netzwerk vereinbart.');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.waitForURL(`${base}/companies/${state.westpfalzId}?done=saved`);
  const [y, m, d] = today.split('-');
  assert.ok(((await page.locator('ol.ws-history').textContent()) ?? '').includes(`erledigt am ${d}.${m}.${y} von Demo-Beratung`));

  await page.goto(`${base}/follow-ups`);
  assert.equal(await rows.count(), 1);
  assert.match((await page.locator('main').textContent()) ?? '', /Überfällig: 0/);
  // marked done by mistake, and taken back
  await rows.first().getByRole('button', { name: /Erledigt/ }).click();
  await page.waitForURL(/\/follow-ups\?done=completed&undo=/);
  assert.equal(await rows.count(), 0);
  await visit('12b-follow-up-done');
  await page.getByRole('button', { name: 'Rückgängig machen' }).click();
  await page.waitForURL(`${base}/follow-ups?done=reopened`);
  assert.equal(await rows.count(), 1);

  // on a phone the tables scroll inside their box, not the page
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of ['/follow-ups?due=all', '/partners', '/companies', `/companies/${state.westpfalzId}`]) {
    await page.goto(`${base}${url}`);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${url}: the page is ${scroll} px wide on a ${client} px screen`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('the company page in English, then signing out with the header button', async () => {
  await page.goto(`${base}/companies/${state.companyId}`);
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(`${base}/companies/${state.companyId}`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('heading', { name: 'Consultation history' }).waitFor();
  await page.getByRole('heading', { name: 'Contact persons' }).waitFor();
  assert.ok(((await page.locator('dl.ws-details').first().textContent()) ?? '').includes('Rhineland-Palatinate'));
  assert.ok(((await page.locator('ol.ws-history').textContent()) ?? '').includes('first consultation, on site, 75 min'));
  await page.getByRole('link', { name: 'Record a consultation' }).waitFor();
  await visit('13-company-en');
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await page.waitForURL(`${base}/companies/${state.companyId}`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');

  await signOut();
  await visit('14-logged-out');
  // signed out: the workspace asks for a sign-in again
  await page.goto(`${base}/companies/${state.companyId}`);
  await page.waitForURL(/\/login\?next=/);
});

test('the demo company user sees their own company and is refused everywhere else', async () => {
  await signIn(COMPANY_USER);
  await page.waitForURL(`${base}/companies/${state.westpfalzId}`);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Westpfalz Elektrotechnik GmbH (Demo)');
  // their consultations, without the office's notes, edit links or forms
  // the demo's two and the adviser's follow-up consultation of today
  assert.equal(await page.locator('ol.ws-history > li').count(), 3);
  assert.equal(await page.getByRole('link', { name: 'Beratung erfassen' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Bearbeiten' }).count(), 0);
  assert.equal(await page.locator('form[method="post"]:not(.logout-form)').count(), 0);
  assert.equal(await page.getByText('Sucht zwei Elektroniker').count(), 0, 'no internal notes');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  assert.equal(await nav.getByRole('link', { name: 'Mein Unternehmen' }).count(), 1);
  for (const name of ['Suche', 'Partner', 'Bericht', 'Wiedervorlagen']) assert.equal(await nav.getByRole('link', { name, exact: true }).count(), 0, name);
  await visit('15-own-company');

  // the office's pages: 403 with the error page (and the header with the logout button)
  const refused: [string, string][] = [
    ['/search', 'search'],
    ['/search?q=Vietnam', 'search-q'],
    ['/reports', 'reports'],
    ['/reports.csv', 'reports-csv'],
    ['/partners', 'partners'],
    ['/follow-ups', 'follow-ups'],
    ['/companies/new', 'company-new'],
    [`/companies/${state.westpfalzId}/edit`, 'own-edit'],
    [`/companies/${state.westpfalzId}/consultations/new`, 'own-consultation-new'],
    ['/admin/users', 'admin-users'],
    ['/admin/audit', 'admin-audit'],
  ];
  for (const [path, name] of refused) {
    const r = await gotoRefused(`${base}${path}`, 403);
    if (path === '/reports.csv') continue;
    assert.match(r.headers()['content-type'] ?? '', /^text\/html/, path);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Kein Zugriff', path);
    assert.equal(await page.getByText('Für diese Seite fehlt Ihnen die Berechtigung').count(), 1, path);
    assert.equal(await page.getByText('Barbarossa').count(), 0, `${path} shows nothing of the other company`);
    assert.equal(await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).count(), 1, `${path} has the logout button`);
    if (name === 'search') await visit(`16-refused-${name}`);
  }
  // other companies do not exist for a company user: the same 404 page as an unknown id, nothing of the company
  for (const [path, name] of [
    [`/companies/${state.barbarossaId}`, 'other-company'],
    [`/companies/${state.companyId}`, 'new-company'],
    ['/companies/00000000-0000-4000-8000-000000000000', 'unknown-company'],
  ] as const) {
    await gotoRefused(`${base}${path}`, 404);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Seite nicht gefunden', path);
    assert.equal(await page.getByText('Barbarossa').count(), 0, `${path} shows nothing of the other company`);
    assert.equal(await page.getByText('Metallbau').count(), 0, `${path} shows nothing of the new company`);
    if (name === 'other-company') await visit('17-not-found');
  }

  await page.goto(`${base}/companies`);
  await page.waitForURL(`${base}/companies/${state.westpfalzId}`);
  await signOut();
  assert.deepEqual(consoleErrors, [], 'no console errors');
});
