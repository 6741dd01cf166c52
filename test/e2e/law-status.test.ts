// Browser test of the public page /recht/stand (issue 12): Chromium, axe-core (WCAG 2.1 A/AA) at 1280 and 390 px,
// no sideways scrolling on a phone, German and English. No database: the page needs none.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import pages from '../../src/web/pages.ts';
import lawPages from '../../src/web/law/routes.ts';
import { launchBrowser, visit } from './browser.ts';
import type { Browser } from './browser.ts';

let app: FastifyInstance;
let base: string;
let browser: Browser;

before(async () => {
  app = Fastify();
  await app.register(cookie);
  await app.register(pages);
  await app.register(lawPages, { today: () => '2026-12-04' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser({ profilePrefix: 'lotse-e2e-law-' });
});

after(async () => {
  await browser?.close();
  await app?.close();
});

test('The law status page is axe-clean at 1280 and 390 px in German and English, and reached from the footer', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${base}/about`);
  await page.getByRole('link', { name: 'Stand der Rechtsgrundlagen' }).click();
  await page.waitForURL(/\/recht\/stand$/);
  await visit(page, 'law-status-de');
  assert.equal(await page.locator('h1').innerText(), 'Stand der Rechtsgrundlagen');
  await page.goto(`${base}/recht/stand?lang=en`);
  await visit(page, 'law-status-en');
  assert.equal(await page.locator('h1').innerText(), 'State of the legal figures');
  await page.close();
});
