// The three personas of issue 12 through the real check in Chromium, for before/after comparisons: each walks the
// questionnaire, then the result page and the plan of the route the page leads to are captured at 1280 and 390 px;
// the script prints the page heights and the number of A4 pages the plan prints on.
//
//   node --import tsx scripts/personas.ts [out-dir]     (default: test-results/personas)
//
// The application runs in-process on an in-memory database; nothing is written to ./data. With LOTSE_URL set
// (e.g. http://127.0.0.1:3000), the personas walk that running Lotse instead.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { openTestDb } from '../src/db/testing.ts';
import { buildApp } from '../src/web/app.ts';
import { launchBrowser } from '../test/e2e/browser.ts';

interface Persona {
  name: string;
  lang: 'de' | 'en';
  search: string;
  occupation: string;
  job: { offer: boolean; salary?: string; state: string; place?: string; date: string };
  person: { country: string; birth: string; german: string; english: string; means?: string };
  qualification: { level: 'academic' | 'vocational'; awarded: string; years: string; assessment: 'none' | 'comparable' | 'equivalent' | 'partial' };
  experience?: { isco: string; from: string };
}

const DATE = '2026-06-15';

export const PERSONAS: Persona[] = [
  {
    name: 'electrician-de',
    lang: 'de',
    search: 'Elektroniker Energie',
    occupation: 'elektroniker-energie-gebaeudetechnik',
    job: { offer: true, salary: '38.000', state: 'DE-RP', place: 'Kaiserslautern', date: DATE },
    person: { country: 'PH', birth: '1992-03-14', german: 'A2', english: 'B1' },
    qualification: { level: 'vocational', awarded: '2014-03-31', years: '3', assessment: 'partial' },
    experience: { isco: '7411', from: '2015-01-01' },
  },
  {
    name: 'engineer-de',
    lang: 'de',
    search: 'Maschinenbauingenieur',
    occupation: 'maschinenbauingenieur',
    job: { offer: false, state: 'DE-RP', date: DATE },
    person: { country: 'TR', birth: '1990-05-05', german: 'A2', english: 'B2', means: '1.200' },
    qualification: { level: 'academic', awarded: '2016-07-01', years: '4', assessment: 'none' },
    experience: { isco: '2144', from: '2017-01-01' },
  },
  {
    name: 'developer-de',
    lang: 'de',
    search: 'Softwareentwickler',
    occupation: 'softwareentwickler',
    job: { offer: true, salary: '55.000', state: 'DE-RP', place: 'Kaiserslautern', date: DATE },
    person: { country: 'IN', birth: '1996-02-10', german: 'none', english: 'B2' },
    qualification: { level: 'academic', awarded: '2018-06-30', years: '4', assessment: 'comparable' },
    experience: { isco: '2512', from: '2018-09-01' },
  },
];
PERSONAS.push({ ...PERSONAS[2]!, name: 'developer-en', lang: 'en', job: { ...PERSONAS[2]!.job, salary: '55,000' } });

async function next(page: Page, step: string): Promise<void> {
  await page.locator('main form[method="post"] button[type="submit"]').click();
  await page.waitForURL(new RegExp(`/step/${step}$`));
}

async function walk(page: Page, base: string, p: Persona): Promise<void> {
  await page.goto(`${base}/lang/${p.lang}?back=/check`);
  await page.getByRole('button', { name: p.lang === 'de' ? 'Prüfung starten' : 'Start the check' }).click();
  await page.waitForURL(/\/step\/occupation$/);
  await page.locator('#q').fill(p.search);
  await page.locator('form.occupation-search button[type="submit"]').click();
  await page.waitForURL(/\?q=/);
  await page.locator(`#occupation-${p.occupation}`).check();
  await page.locator('form[method="post"] button[type="submit"]').click();
  await page.waitForURL(/\/step\/job$/);
  const j = p.job;
  await page.locator(j.offer ? '#hasOffer' : '#hasOffer-no').check();
  if (j.offer) {
    await page.locator('#salary').fill(j.salary!);
    await page.locator('#collectiveAgreement-no').check();
    await page.locator('#contract').check();
  }
  await page.locator('#federalState').selectOption(j.state);
  if (j.place) await page.locator('#municipality').fill(j.place);
  await page.locator('#decisionDate').fill(j.date);
  await next(page, 'person');
  const pe = p.person;
  await page.locator('#citizenship').selectOption(pe.country);
  await page.locator('#birthDate').fill(pe.birth);
  await page.locator('#german').selectOption(pe.german);
  await page.locator('#english').selectOption(pe.english);
  await page.locator('#firstTitle').check();
  if (pe.means) await page.locator('#means').fill(pe.means);
  await next(page, 'qualification');
  const q = p.qualification;
  await page.locator(q.level === 'academic' ? '#level' : `#level-${q.level}`).check();
  await page.locator('#obtainedIn').check();
  await page.locator('#stateRecognised').check();
  await page.locator('#awardedOn').fill(q.awarded);
  await page.locator('#trainingYears').fill(q.years);
  await page.locator(q.assessment === 'none' ? '#assessment' : `#assessment-${q.assessment}`).check();
  await next(page, 'experience');
  if (p.experience) {
    await page.locator('#exp0_isco').selectOption(p.experience.isco);
    await page.locator('#exp0_from').fill(p.experience.from);
    await page.locator('#exp0_related').check();
  }
  await next(page, 'review');
  await page.locator('main form[method="post"] button[type="submit"]').click();
  await page.waitForURL(/\/checks\/[A-Za-z0-9_-]{22}$/);
}

async function capture(page: Page, out: string, name: string): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.reload();
    figures[`h${width}`] = await page.evaluate(() => document.documentElement.scrollHeight);
    figures[`w${width}`] = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.screenshot({ path: path.join(out, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return figures;
}

/** A4 pages the current page prints on (counts /Type /Page objects of Chromium's PDF). */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? 'test-results/personas');
  mkdirSync(out, { recursive: true });
  const running = process.env.LOTSE_URL;
  const db = running ? undefined : await openTestDb();
  const app = db ? await buildApp({ database: db, cookieSecret: 'personas-secret-personas-secret!', logger: false }) : undefined;
  if (app) await app.listen({ host: '127.0.0.1', port: 0 });
  const base = running ?? `http://127.0.0.1:${(app!.server.address() as AddressInfo).port}`;
  const browser = await launchBrowser({ profilePrefix: 'lotse-personas-' });
  try {
    for (const p of PERSONAS) {
      const page = await browser.context.newPage();
      await walk(page, base, p);
      const result = await capture(page, out, `${p.name}-result`);
      const plan = page.locator('a[href*="/plan"]').first();
      let planFigures: Record<string, number> = {};
      let planRoute = '';
      if ((await plan.count()) > 0) {
        await plan.click();
        await page.waitForURL(/\/plan/);
        planRoute = new URL(page.url()).searchParams.get('route') ?? '';
        planFigures = await capture(page, out, `${p.name}-plan`);
        planFigures.printedPages = await printedPages(page);
      }
      console.log(JSON.stringify({ persona: p.name, result, planRoute, plan: planFigures }));
      await page.close();
    }
  } finally {
    await browser.close();
    await app?.close();
    await db?.destroy();
  }
}

await main();
