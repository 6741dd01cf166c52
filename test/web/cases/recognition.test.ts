// The case page's section "Anerkennung und Qualifizierung" and the measures catalogue through the whole application
// (issue 16): the adviser records the notice without JavaScript (refused input named, the values kept), the section
// shows the proposals with why, funding and the providers of the partner directory with the "Vermitteln" link of the
// referral form; a company user reads the section without the form or the office's directory; the catalogue
// (/qualifizierung) lists the measures with funding and providers for the staff only; German and English.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { candidates, cases } from '../../../src/db/schema/index.ts';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createApiToken } from '../../../src/app/accounts/createApiToken.ts';
import { buildApp } from '../../../src/web/app.ts';
import { officeToday } from '../../../src/web/officeDay.ts';
import { addDays } from '../../../src/law/dates.ts';
import { Browser, csrfOf } from '../../../src/web/testing/browser.ts';

const TODAY = officeToday();
let db: TestDatabase;
let app: FastifyInstance;
let caseId: string;
let providerId: string;
let adviserToken: string;
let companyToken: string;

before(async () => {
  db = await openTestDb();
  const t = await makeTenant(db.db, 'Recognition Web Office');
  const adviser = await makeUser(db.db, t.tenantId, 'adviser', 'adviser@recognition-web.example');
  const staff = await makeUser(db.db, t.tenantId, 'company', 'staff@recognition-web.example', { companyId: t.companyA });
  adviserToken = (await createApiToken(db.db, adviser, { name: 'crm' })).token;
  companyToken = (await createApiToken(db.db, staff, { name: 'erp' })).token;
  const [cand] = await db.db.insert(candidates).values({ tenantId: t.tenantId, companyId: t.companyA, name: 'Ravi Kumar' }).returning({ id: candidates.id });
  const [c] = await db.db
    .insert(cases)
    .values({
      tenantId: t.tenantId,
      companyId: t.companyA,
      candidateId: cand!.id,
      number: 'LO-2026-0001',
      numberYear: 2026,
      numberSeq: 1,
      routeId: '18a',
      startDate: addDays(TODAY, -90),
      pipeline: ['advice', 'recognition', 'visa', 'entry', 'residence_permit', 'integration', 'closed'],
      status: 'advice',
      statusSince: addDays(TODAY, -90),
    })
    .returning({ id: cases.id });
  caseId = c!.id;
  // the partner directory's providers (the `offers` column of the partner network, migration 0019)
  const inserted = await db.db.execute(sql`
    insert into partners (tenant_id, name, type, offers)
    values (${t.tenantId}, 'Bildungswerk Pfalz', 'education_provider', array['anpassungsqualifizierung_kurs','anpassungsqualifizierung_betrieb']::text[]),
           (${t.tenantId}, 'Sprachschule Mainz', 'education_provider', array['berufssprachkurs']::text[])
    returning id, name`);
  providerId = (inserted as unknown as { rows: { id: string; name: string }[] }).rows.find((r) => r.name === 'Bildungswerk Pfalz')!.id;
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

test('an adviser records the notice: refused input named with the values kept, then the proposals with why, funding and providers', async () => {
  const b = await new Browser(app).signIn('adviser@recognition-web.example');
  const casePage = await b.get(`/cases/${caseId}`);
  assert.equal(casePage.statusCode, 200);
  assert.match(casePage.body, /<h2 id="anerkennung-title">Anerkennung und Qualifizierung<\/h2>/);
  assert.match(casePage.body, new RegExp(`href="/cases/${caseId}/recognition"`));

  const form = await b.get(`/cases/${caseId}/recognition`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /name="deficitTags" value="normen_vde"/);
  const bad = await b.post(`/cases/${caseId}/recognition`, [
    ['_csrf', csrfOf(form.body)],
    ['outcome', ''],
    ['appliedOn', addDays(TODAY, -30)],
    ['decidedOn', addDays(TODAY, -60)],
    ['deficits', 'VDE-Vorschriften fehlen'],
    ['deficitTags', 'normen_vde'],
    ['deficitTags', 'fachpraxis'],
  ]);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /href="#outcome"[^>]*>Ergebnis: /);
  assert.match(bad.body, /href="#decidedOn"[^>]*>Bescheid vom: Das Datum liegt vor dem Tag der Antragstellung\./);
  assert.match(bad.body, /VDE-Vorschriften fehlen/);
  assert.match(bad.body, /value="normen_vde" checked/);
  assert.match(bad.body, /value="fachpraxis" checked/);

  const ok = await b.post(`/cases/${caseId}/recognition`, [
    ['_csrf', csrfOf(bad.body)],
    ['outcome', 'partial'],
    ['referenceOccupationId', 'elektroniker-betriebstechnik'],
    ['competentBody', 'IHK FOSA'],
    ['appliedOn', addDays(TODAY, -60)],
    ['decidedOn', addDays(TODAY, -30)],
    ['regulated', 'no'],
    ['germanLevel', 'B1'],
    ['residesInGermany', 'yes'],
    ['deficits', 'VDE-Vorschriften fehlen'],
    ['deficitTags', 'normen_vde'],
    ['deficitTags', 'fachpraxis'],
  ]);
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, `/cases/${caseId}?recognition=saved#anerkennung`);
  const shown = await b.get(ok.headers.location as string);
  assert.match(shown.body, /Die Angaben zur Anerkennung sind gespeichert\./);
  assert.match(shown.body, /teilweise Gleichwertigkeit/);
  assert.match(shown.body, /Elektroniker\/in für Betriebstechnik \(IHK\) \(<a href="\/anerkennung\?beruf=elektroniker-betriebstechnik">im Anerkennungs-Finder<\/a>\)/);
  assert.match(shown.body, /<h4 id="measure-anpassungsqualifizierung_betrieb">Anpassungsqualifizierung im Betrieb<\/h4>/);
  assert.match(shown.body, /Gleicht aus: Fachpraxis \(praktische Fertigkeiten\), Normen und technische Regeln/);
  assert.match(shown.body, /§ 16d Abs\. 1 AufenthG/);
  if (TODAY <= '2027-06-30') assert.match(shown.body, /Anerkennungszuschuss \(BMBF\)<\/strong>: bis 3\.000 € · Anträge bis 30\.06\.2027/);
  assert.match(shown.body, /Bildungswerk Pfalz/);
  assert.ok(shown.body.includes(`href="/cases/${caseId}/referrals/new?partner=${providerId}&amp;measure=anpassungsqualifizierung_betrieb"`), 'the Vermitteln link');
  assert.doesNotMatch(shown.body, /Sprachschule Mainz/, 'a provider of an unproposed measure is not listed');
  assert.match(shown.body, /href="\/qualifizierung"/);

  // the form shows what is recorded
  const again = await b.get(`/cases/${caseId}/recognition`);
  assert.match(again.body, /value="partial" checked/);
  assert.match(again.body, /<option value="elektroniker-betriebstechnik" selected/);
  assert.match(again.body, /value="fachpraxis" checked/);

  const en = await b.get(`/cases/${caseId}?lang=en`);
  assert.match(en.body, /Recognition and further qualification/);
  assert.match(en.body, /Closes: practical skills/);
  assert.match(en.body, />Refer</);
});

test('a company user reads the section without the form, the providers or the catalogue', async () => {
  const b = await new Browser(app).signIn('staff@recognition-web.example');
  const page = await b.get(`/cases/${caseId}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Anerkennung und Qualifizierung/);
  assert.match(page.body, /Anpassungsqualifizierung im Betrieb/);
  assert.doesNotMatch(page.body, new RegExp(`href="/cases/${caseId}/recognition"`));
  assert.doesNotMatch(page.body, /Bildungswerk Pfalz/);
  assert.doesNotMatch(page.body, /referrals\/new/);
  assert.equal((await b.get(`/cases/${caseId}/recognition`)).statusCode, 403);
  assert.equal((await b.post(`/cases/${caseId}/recognition`, { _csrf: csrfOf(page.body), outcome: 'full' })).statusCode, 403);
  assert.equal((await b.get('/qualifizierung')).statusCode, 403);
});

test('the catalogue lists every measure with funding and the providers offering it', async () => {
  const b = await new Browser(app).signIn('adviser@recognition-web.example');
  const r = await b.get('/qualifizierung');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /<h1>Qualifizierung: Maßnahmen, Förderung, Anbieter<\/h1>/);
  for (const id of ['anpassungsqualifizierung_betrieb', 'qualifikationsanalyse', 'berufssprachkurs', 'integrationskurs']) assert.match(r.body, new RegExp(`<section id="${id}"`));
  const kurs = /<section id="berufssprachkurs"[\s\S]*?<\/section>/.exec(r.body)![0];
  assert.match(kurs, /Sprachschule Mainz/);
  assert.match(kurs, /2,32 €/);
  assert.match(r.body, /Aufstiegs-BAföG/);
  assert.match(r.body, /nicht für Anpassungsqualifizierungen/);
  const en = await b.get('/qualifizierung?lang=en');
  assert.match(en.body, /Further qualification: measures, funding, providers/);
});

function call(method: 'GET' | 'PUT', url: string, token: string, body?: unknown) {
  return app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
}

test('the record over the API: PUT names refused fields, answers the proposals; a company user reads without providers and may not write', async () => {
  const url = `/api/v1/cases/${caseId}/recognition`;
  const body = {
    outcome: 'partial',
    referenceOccupationId: 'elektroniker-betriebstechnik',
    competentBody: 'IHK FOSA',
    appliedOn: addDays(TODAY, -60),
    decidedOn: addDays(TODAY, -30),
    regulated: 'no',
    germanLevel: 'B1',
    residesInGermany: 'yes',
    deficits: 'Praxis fehlt',
    deficitTags: ['fachpraxis'],
  };
  const contract = await call('PUT', url, adviserToken, { ...body, deficitTags: ['zauberei'] });
  assert.equal(contract.statusCode, 400);
  const meaning = await call('PUT', url, adviserToken, { ...body, decidedOn: addDays(TODAY, -90) });
  assert.equal(meaning.statusCode, 400);
  assert.match(meaning.body, /decidedOn/);
  const ok = await call('PUT', url, adviserToken, body);
  assert.equal(ok.statusCode, 200, ok.body);
  const v = ok.json();
  assert.equal(v.record.outcome, 'partial');
  assert.equal(v.record.regulated, 'no');
  assert.deepEqual(v.proposals[0].closes, ['fachpraxis']);
  assert.equal(v.proposals[0].kind, 'anpassungsqualifizierung_betrieb');
  assert.deepEqual(v.proposals[0].residence, ['16d1', '16d3']);
  assert.equal(v.proposals[0].providers[0].referralUrl, `/cases/${caseId}/referrals/new?partner=${providerId}&measure=anpassungsqualifizierung_betrieb`);
  const theirs = await call('GET', url, companyToken);
  assert.equal(theirs.statusCode, 200);
  assert.ok(theirs.json().proposals.every((p: { providers: unknown[] }) => p.providers.length === 0));
  assert.equal((await call('PUT', url, companyToken, body)).statusCode, 403);
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  assert.ok(doc.paths['/api/v1/cases/{id}/recognition']?.put, 'documented');
});
