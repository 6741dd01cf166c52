// Browser test of the account pages (issue 6): the real application in-process on 127.0.0.1 with an in-memory
// database, Debian's Chromium through playwright-core, axe-core (WCAG 2.1 A/AA) on every page in German and English.
// An admin signs in, invites a company user (the mail goes to the log), the invitee accepts, cannot reach the user
// administration, creates and revokes an API key, signs out; wrong passwords show the error summary with focus.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { TEST_PASSWORD, makeTenant, makeUser } from '../../src/dev/accountsTesting.ts';
import { buildApp } from '../../src/web/app.ts';
import { expectFocus, launchBrowser, submitAndLoad, visit as check } from './browser.ts';
import type { Browser } from './browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let browser: Browser;
let context: BrowserContext;
const log: string[] = [];

before(async () => {
  db = await openTestDb();
  const t = await makeTenant(db.db, 'Servicestelle E2E');
  await makeUser(db.db, t.tenantId, 'admin', 'admin@e2e.example', { name: 'Ada Admin' });
  const stream = new Writable({
    write(chunk, _enc, cb) {
      log.push(String(chunk));
      cb();
    },
  });
  app = await buildApp({ database: db, cookieSecret: 'e2e-secret-e2e-secret-e2e-secret', logger: { level: 'info', stream } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser({ profilePrefix: 'lotse-e2e-accounts-', extraArgs: ['--lang=de-DE'] });
  context = browser.context;
});

after(async () => {
  await browser?.close();
  await app?.close();
  await db?.destroy();
});

/** axe and a screenshot test-results/accounts-<name>.png */
async function visit(page: Page, name: string): Promise<void> {
  await check(page, `accounts-${name}`);
}

function invitationLink(): string {
  for (let i = log.length - 1; i >= 0; i--) {
    const m = /(\/invitations\/[A-Za-z0-9_-]{43})/.exec(log[i]!);
    if (m) return m[1]!;
  }
  throw new Error('no invitation in the log');
}

test('admin and company user, German then English, with axe on every page', async () => {
  const page = await context.newPage();

  // a wrong password: error summary focused, e-mail kept
  await page.goto(`${base}/login`);
  await visit(page, 'de-01-login');
  await page.getByLabel('E-Mail-Adresse').fill('admin@e2e.example');
  await page.getByLabel('Passwort', { exact: true }).fill('falsches Passwort');
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Anmelden' }).click());
  await expectFocus(page, 'error-summary');
  assert.equal(await page.getByLabel('E-Mail-Adresse').inputValue(), 'admin@e2e.example');
  await visit(page, 'de-02-login-error');

  // signing in from a protected page comes back to it
  await page.goto(`${base}/admin/users`);
  await page.waitForURL(/\/login\?next=%2Fadmin%2Fusers$/);
  await page.getByLabel('E-Mail-Adresse').fill('admin@e2e.example');
  await page.getByLabel('Passwort', { exact: true }).fill(TEST_PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${base}/admin/users`);
  await visit(page, 'de-03-users');

  // invite a company user
  await page.getByLabel('E-Mail-Adresse der Person').fill('firma@e2e.example');
  await page.getByLabel('Rolle').selectOption('company');
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Einladung senden' }).click());
  await expectFocus(page, 'error-summary', 'missing company');
  await visit(page, 'de-04-invite-error');
  await page.getByLabel('Unternehmen', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Einladung senden' }).click();
  await page.getByText('Die Einladung an firma@e2e.example wurde gesendet.').waitFor();
  await visit(page, 'de-05-invited');

  await page.goto(`${base}/account`);
  await visit(page, 'de-06-account');
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.waitForURL(`${base}/login?done=logout`);
  await visit(page, 'de-07-logged-out');

  // the invitee, in English
  await page.goto(`${base}/lang/en?back=${encodeURIComponent(invitationLink())}`);
  await page.waitForURL(/\/invitations\//);
  await visit(page, 'en-01-invitation');
  await page.getByLabel('Your name').fill('Fiona Firm');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Repeat the password').fill('short');
  await submitAndLoad(page, () => page.getByRole('button', { name: 'Create account' }).click());
  await visit(page, 'en-02-invitation-error');
  await page.getByLabel('Password', { exact: true }).fill('a long and good password');
  await page.getByLabel('Repeat the password').fill('a long and good password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(`${base}/account`);
  await visit(page, 'en-03-account');

  // a company user: no user administration
  const forbidden = await page.goto(`${base}/admin/users`);
  assert.equal(forbidden?.status(), 403);

  // API keys: create (shown once), revoke
  await page.goto(`${base}/account`);
  await page.getByLabel('What is the key for?').fill('ERP export');
  await page.getByRole('button', { name: 'Create key' }).click();
  await page.getByText('Copy the key now').waitFor();
  await visit(page, 'en-04-token-created');
  await page.getByRole('button', { name: 'Revoke the API key "ERP export"' }).click();
  await page.waitForURL(`${base}/account?done=revoked`);
  await visit(page, 'en-05-token-revoked');

  // password reset request page
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${base}/login?done=logout`);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await visit(page, 'en-06-reset-request');
  await page.getByLabel('E-mail address').fill('firma@e2e.example');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await page.waitForURL(`${base}/password-reset/sent`);
  await visit(page, 'en-07-reset-sent');
  await page.close();
});
