// The printed plan (issue 12): for three personas, the plan's summary prints on one A4 page (Chromium's
// page.pdf, details folded as the page is served); unfolded, with a tick saved, the page is axe-clean at 1280 and
// 390 px without sideways scrolling. Set PLAN_PRINT_REPORT=1 to print the page counts.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../src/db/testing.ts';
import type { TestDatabase } from '../../src/db/testing.ts';
import { buildApp } from '../../src/web/app.ts';
import { startCheck } from '../../src/app/checks/startCheck.ts';
import { saveCheckInput, saveCheckPage } from '../../src/app/checks/saveCheck.ts';
import { visitor } from '../../src/policies/index.ts';
import { buildInput } from '../../src/law/testing/fixtures.ts';
import type { CheckInput } from '../../src/law/types.ts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SHOTS, launchBrowser, submitAndLoad, visit } from './browser.ts';
import type { Browser } from './browser.ts';

let db: TestDatabase;
let app: FastifyInstance;
let base: string;
let browser: Browser;

before(async () => {
  db = await openTestDb();
  app = await buildApp({ database: db, cookieSecret: 'e2e-secret-e2e-secret-e2e-secret', logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser({ profilePrefix: 'lotse-print-' });
});

after(async () => {
  await browser?.close();
  await app?.close();
  await db?.destroy();
});

const DATE = '2026-06-15';

/** The three personas of issue 12. */
export const PRINT_PERSONAS: Array<{ name: string; input: CheckInput; job?: Record<string, unknown> }> = [
  {
    name: 'electrician-ph',
    input: buildInput({
      decisionDate: DATE,
      person: { citizenship: 'PH', birthDate: '1994-05-20', german: 'A2', english: 'B1' },
      qualification: { level: 'vocational', germanAssessment: 'partial', awardedOn: '2015-04-30', trainingYears: 3 },
      experience: [{ isco: '7411', from: '2020-01-01', to: DATE, relatedToQualification: true }],
      job: { isco: '7411', annualGrossSalaryEur: 38_000, federalState: 'DE-RP', municipality: 'Kaiserslautern' },
    }),
  },
  {
    name: 'engineer-tr',
    input: buildInput({
      decisionDate: DATE,
      person: { citizenship: 'TR', birthDate: '1990-03-01', german: 'A2', english: 'B2' },
      qualification: { level: 'academic', germanAssessment: 'none', awardedOn: '2014-06-30', trainingYears: 4 },
      experience: [{ isco: '2144', from: '2016-01-01', to: '2024-01-01', relatedToQualification: true }],
      job: null,
      means: { monthlyNetEur: 1200 },
    }),
  },
  {
    name: 'developer-in',
    input: buildInput({ decisionDate: DATE, job: { annualGrossSalaryEur: 55_000, isco: '2512' } }),
  },
];

async function newCheck(input: CheckInput): Promise<string> {
  const id = await startCheck(db.db, visitor());
  if (input.job) await saveCheckPage(db.db, visitor(id), id, 'job', { federalState: input.job.federalState, municipality: input.job.municipality });
  await saveCheckInput(db.db, visitor(id), id, input);
  return id;
}

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

for (const p of PRINT_PERSONAS) {
  test(`${p.name}: the plan's summary prints on one A4 page`, async () => {
    const id = await newCheck(p.input);
    const page = await browser.context.newPage();
    try {
      const r = await page.goto(`${base}/checks/${id}/plan?start=${DATE}`);
      assert.equal(r?.status(), 200);
      await page.emulateMedia({ media: 'print' });
      const wholePdf = await page.pdf({ format: 'A4' });
      const whole = pdfPages(wholePdf);
      if (process.env.PLAN_PRINT_REPORT) {
        writeFileSync(path.join(SHOTS, `print-${p.name}.pdf`), wholePdf);
        await page.setViewportSize({ width: 672, height: 986 });
        await page.screenshot({ path: path.join(SHOTS, `print-${p.name}.png`), fullPage: true });
        await page.setViewportSize({ width: 1280, height: 900 });
      }
      // the summary alone: everything after it hidden
      await page.evaluate(() => {
        document.querySelectorAll<HTMLElement>('.plan-summary ~ *, .plan-details').forEach((el) => {
          el.style.display = 'none';
        });
      });
      const summary = pdfPages(await page.pdf({ format: 'A4' }));
      if (process.env.PLAN_PRINT_REPORT) console.log(`PRINT ${p.name} ${page.url().replace(base, '')}: whole page ${whole} A4 pages; summary ${summary}`);
      assert.equal(summary, 1, `${p.name}: summary on ${summary} pages`);
      // on screen, with every fold open and a tick saved by the form (no JavaScript needed): axe-clean at 1280 and 390 px
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => {
        document.querySelectorAll<HTMLElement>('.plan-summary ~ *, .plan-details').forEach((el) => {
          el.style.display = '';
        });
      });
      await page.locator('#plan-documents > summary').click();
      await page.locator('.plan-checklist input[type="checkbox"]').first().check();
      await submitAndLoad(page, () => page.locator('.plan-checklist button[type="submit"]').click());
      assert.match(page.url(), /saved=1/);
      assert.equal(await page.locator('.plan-checklist input[type="checkbox"]').first().isChecked(), true);
      await page.locator('#plan-details > summary').click();
      await visit(page, `plan-${p.name}-open`);
      if (process.env.PLAN_PRINT_REPORT) {
        await page.emulateMedia({ media: 'print' });
        console.log(`PRINT ${p.name}: with both folds open ${pdfPages(await page.pdf({ format: 'A4' }))} A4 pages`);
      }
    } finally {
      await page.close();
    }
  });
}
