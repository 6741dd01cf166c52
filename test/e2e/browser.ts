// Shared by the browser tests: Debian's Chromium through playwright-core in a throwaway profile, an axe-core check
// (WCAG 2.1 A/AA) and full-page screenshots into test-results/ (gitignored).

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = path.resolve('test-results');

/** Headless, no sandbox (containers), and nothing that talks to the network on its own. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** closes the browser and removes its profile */
  close(): Promise<void>;
}

/** Chromium with a fresh profile in the temp directory; German UI unless told otherwise. */
export async function launchBrowser(opts: { profilePrefix: string; locale?: string; extraArgs?: string[] }): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), opts.profilePrefix));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      locale: opts.locale ?? 'de-DE',
      args: [...CHROMIUM_ARGS, ...(opts.extraArgs ?? [])],
    });
    return {
      context,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}

/** axe-core with the WCAG 2.1 A/AA tags: fails with the violations listed. */
export async function axe(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(found, [], `axe violations on ${label}`);
}

/** A full-page screenshot as test-results/<name>.png, for people to look at; CI, where nobody looks, sets
 * LOTSE_E2E_SCREENSHOTS=0 to save the time (every assertion and axe check still runs). */
export async function shot(page: Page, name: string): Promise<void> {
  if (process.env.LOTSE_E2E_SCREENSHOTS === '0') return;
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** The phone width every page is checked at, besides the desktop width of the context. */
export const PHONE_WIDTH = 390;

/** Fails when the page scrolls sideways: wider content belongs in a box that scrolls by itself (tables, charts). */
export async function assertNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  if (scroll <= client) return;
  // name the outermost elements that stick out, to say where to look
  const culprits = await page.evaluate((width) => {
    const out: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.right <= width + 1) continue;
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1) continue;
      out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right ${Math.round(r.right)})`);
    }
    return out.slice(0, 5);
  }, client);
  assert.fail(`${label}: the page is ${scroll} px wide on a ${client} px screen; sticking out: ${culprits.join(', ')}`);
}

/**
 * Waits for the page to load, checks it with axe and saves a screenshot, at the context's width and again at 390 px
 * (a phone), where it must not scroll sideways.
 */
export async function visit(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('load');
  await axe(page, name);
  await shot(page, name);
  const desktop = page.viewportSize();
  if (desktop === null || desktop.width === PHONE_WIDTH) return;
  await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  try {
    await assertNoSidewaysScroll(page, `${name} at ${PHONE_WIDTH} px`);
    await axe(page, `${name} at ${PHONE_WIDTH} px`);
    await shot(page, `${name}-${PHONE_WIDTH}`);
  } finally {
    await page.setViewportSize(desktop);
  }
}

/**
 * Clicks a submit control and waits until the answer's document has loaded. `waitForLoadState('load')` alone
 * returns at once while the old page is still shown (it is loaded), so a check that follows can read the old page.
 */
export async function submitAndLoad(page: Page, click: () => Promise<void>): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame() });
  await click();
  await navigated;
  await page.waitForLoadState('load');
}

/**
 * The element with this id gets focus (from `autofocus`, which Chromium applies at a rendering update after the load
 * event, so it is waited for); fails naming the element that has focus instead.
 */
export async function expectFocus(page: Page, id: string, message?: string): Promise<void> {
  try {
    await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5000 });
  } catch {
    const actual = await page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName ?? null);
    assert.equal(actual, id, message ?? `focus on #${id}`);
  }
}
