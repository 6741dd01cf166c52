// The funder's report through the whole application (issue 17): an adviser reads a quarter's figures, each linking to
// its records; the drill-down lists the erased person as "gelöscht" and the deleted company without its name; the
// figures' CSV and the per-record export parse back (csv-parse) with the documented field order; the printable page
// has no form and no script; bad dates answer 400; company users are refused everywhere.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { candidates } from '../../../src/db/schema/index.ts';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { seedFunderFixture } from '../../../src/app/reports/funderFixture.testing.ts';
import { RECORD_FIELDS } from '../../../src/web/reports/funder/model.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;

before(async () => {
  db = await openTestDb();
  await seedFunderFixture(db);
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

function parseCsv(text: string): string[][] {
  assert.ok(text.startsWith('\uFEFF'), 'the byte order mark for Excel');
  assert.ok(text.endsWith('\r\n'));
  return parse(text.slice(1), { delimiter: ';', record_delimiter: '\r\n', relax_column_count: true });
}

test('an adviser reads a quarter: persons, companies, office figures, each linking to its records', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const r = await b.get('/reports/funder?quarter=2026-Q1');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /Zeitraum 01\.01\.2026 bis 31\.03\.2026/);
  assert.match(r.body, /<option value="2026-Q1" selected>/);
  assert.match(r.body, /<dt>Teilnehmende gesamt<\/dt><dd><a href="\/reports\/funder\/records\?quarter=2026-Q1&amp;kind=persons&amp;dim=all">5<\/a><\/dd>/);
  assert.match(r.body, /<dt>KMU \(Kleinst-, kleine, mittlere\)<\/dt><dd><a [^>]*>2<\/a><\/dd>/);
  assert.match(r.body, /<dt>Große Unternehmen<\/dt><dd><a [^>]*>1<\/a><\/dd>/);
  assert.match(r.body, /<th scope="row">Drittstaatsangehörige<\/th><td class="num">1<\/td><td class="num">3<\/td>/);
  assert.match(r.body, /<th scope="row">ohne Einwilligung<\/th><td class="num"><a href="[^"]*dim=sex&amp;key=no_consent">3<\/a>/);
  assert.match(r.body, /<dt>Median der Tage vom ersten Kontakt bis zur Einreise<\/dt><dd>36,5<\/dd>/);
  assert.match(r.body, /href="\/reports\/funder\.csv\?quarter=2026-Q1"/);
  // the custom range
  const custom = await b.get('/reports/funder?from=2026-03-01&to=2026-03-31');
  assert.equal(custom.statusCode, 200);
  assert.match(custom.body, /Zeitraum 01\.03\.2026 bis 31\.03\.2026/);
  const bad = await b.get('/reports/funder?from=2026-02-30');
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /href="#from"/);
});

test('the drill-down: the erased person as "gelöscht", the deleted company without its name', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const persons = await b.get('/reports/funder/records?quarter=2026-Q1&kind=persons&dim=sex&key=no_consent');
  assert.equal(persons.statusCode, 200);
  assert.match(persons.body, /3 Datensätze/);
  assert.match(persons.body, /<em>gelöscht<\/em>/);
  assert.doesNotMatch(persons.body, /Dora/);
  assert.match(persons.body, /Gelöschtes Unternehmen/);
  const companies = await b.get('/reports/funder/records?quarter=2026-Q1&kind=companies&dim=sme&key=sme');
  assert.match(companies.body, /2 Datensätze/);
  const cases = await b.get('/reports/funder/records?quarter=2026-Q1&kind=cases&event=arrived');
  assert.match(cases.body, /<td class="num">50<\/td>/);
  assert.equal((await b.get('/reports/funder/records?quarter=2026-Q1&kind=persons&dim=password')).statusCode, 400);
  // bad periods name the field: an unknown quarter is refused (not replaced by another period), an end before the start says so
  const badQuarter = await b.get('/reports/funder?quarter=2026-Q7');
  assert.equal(badQuarter.statusCode, 400);
  assert.match(badQuarter.body, /href="#quarter">Quartal: /);
  const reversed = await b.get('/reports/funder?from=2026-12-31&to=2026-01-01');
  assert.equal(reversed.statusCode, 400);
  assert.match(reversed.body, /Bis: Das Ende liegt vor dem Beginn des Zeitraums\./);
});

test('the CSV of the figures and the per-record export parse back', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const figures = await b.get('/reports/funder.csv?quarter=2026-Q1');
  assert.equal(figures.statusCode, 200);
  assert.match(figures.headers['content-disposition'] as string, /lotse-foerderbericht-2026-01-01-2026-03-31\.csv/);
  const rows = parseCsv(figures.body);
  assert.deepEqual(rows.find((r) => r[0] === 'Teilnehmende gesamt'), ['Teilnehmende gesamt', '5']);
  assert.deepEqual(rows.find((r) => r[0] === 'Drittstaatsangehörige'), ['Drittstaatsangehörige', '1', '3', '0']);
  assert.deepEqual(rows.find((r) => r[0] === 'KMU (Kleinst-, kleine, mittlere)'), ['KMU (Kleinst-, kleine, mittlere)', '2']);
  const records = await b.get('/reports/funder/records.csv?quarter=2026-Q1');
  assert.equal(records.headers['x-withheld-records'], '3');
  const rs = parseCsv(records.body);
  assert.deepEqual(rs[0], [...RECORD_FIELDS]);
  assert.deepEqual(rs.slice(1), [
    ['KL-2026-0001', '10.01.2026', 'w', '18-29', 'arbeitslos', '5-8', 'nein', 'ja', 'nein', 'ja', 'DE-RP', 'Kaiserslautern', 'small', 'ja', 'C', 'ja'],
    ['KL-2026-0002', '01.02.2026', 'm', '55+', 'erwerbstaetig', '5-8', 'ja', 'nein', '', '', 'DE-RP', '', 'large', 'nein', 'F', 'ja'],
  ]);
});

test('the printable page: the figures without form, links or script', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const r = await b.get('/reports/funder/print?quarter=2026-Q1');
  assert.equal(r.statusCode, 200);
  assert.doesNotMatch(r.body, /<form method="get"/);
  assert.doesNotMatch(r.body, /records\?/);
  assert.match(r.body, /class="no-print"/);
  assert.match(r.body, /Teilnehmende gesamt<\/dt><dd>5<\/dd>/);
});

test('company users are refused the report, its records and exports', async () => {
  const b = await new Browser(app).signIn('staff@one.example');
  for (const path of ['/reports/funder', '/reports/funder.csv', '/reports/funder/records.csv', '/reports/funder/print', '/reports/funder/records?kind=persons&dim=all']) {
    assert.equal((await b.get(path)).statusCode, 403, path);
  }
});

test('the reporting fields are asked on the candidate form and shown to staff, never to the company', async () => {
  const [ana] = await db.db.select({ id: candidates.id }).from(candidates).where(eq(candidates.name, 'Ana'));
  const b = await new Browser(app).signIn('adviser@one.example');
  const form = await b.get(`/candidates/${ana!.id}/edit`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /<legend>Angaben für den Förderbericht \(freiwillig\)<\/legend>/);
  assert.match(form.body, /<option value="female" selected>weiblich<\/option>/);
  assert.match(form.body, /<option value="isced_5_8" selected>/);
  const page = await b.get(`/candidates/${ana!.id}`);
  assert.match(page.body, /Erwerbsstatus beim Eintritt/);
  const company = await new Browser(app).signIn('staff@one.example');
  const seen = await company.get(`/candidates/${ana!.id}`);
  assert.equal(seen.statusCode, 200);
  assert.doesNotMatch(seen.body, /Erwerbsstatus beim Eintritt|Behinderung/);
});
