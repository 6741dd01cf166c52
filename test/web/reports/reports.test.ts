// The report page and its CSV export through the whole application (app.inject): an adviser sees the key figures,
// charts and tables of a range (nothing of another tenant); bad dates answer 400 naming the field; company users are
// refused; the CSV parses back (csv-parse) to the same numbers.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { createContact } from '../../../src/app/companies/createContact.ts';
import { createPartner } from '../../../src/app/partners/createPartner.ts';
import { recordConsultation } from '../../../src/app/consultations/recordConsultation.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser } from '../../../src/web/testing/browser.ts';
import { parse } from 'csv-parse/sync';
import { officeToday } from '../../../src/web/reports/index.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;

before(async () => {
  db = await openTestDb();
  const t1 = await makeTenant(db.db, 'Office One');
  const t2 = await makeTenant(db.db, 'Office Two');
  const adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example', { name: 'Ben Berater' });
  await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example', { name: 'Ada Admin' });
  await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA, name: 'Cora Company' });
  const t2Adviser = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example', { name: 'Dora Two' });
  const ihk = (await createPartner(db.db, { ...adviser, role: 'admin' as const }, { name: 'IHK Pfalz', type: 'ihk' })).id;
  const anna = (await createContact(db.db, adviser, t1.companyA, { name: 'Anna Arendt' })).id;
  const bert = (await createContact(db.db, adviser, t1.companyA, { name: 'Bert Brandt' })).id;
  await recordConsultation(db.db, adviser, t1.companyA, { date: '2026-01-10', channel: 'phone', topics: ['skilled_immigration', 'recognition'], kind: 'first', accessRoute: 'chamber', partnerIds: [ihk], participantIds: [anna] });
  await recordConsultation(db.db, adviser, t1.companyA, { date: '2026-02-03', channel: 'video', topics: ['recognition'], kind: 'follow_up', participantIds: [anna, bert] });
  await recordConsultation(db.db, adviser, t1.companyB, { date: '2026-02-28', channel: 'phone', topics: ['residence_law'], kind: 'first', accessRoute: 'internet', otherParticipants: 5 });
  await recordConsultation(db.db, t2Adviser, t2.companyA, { date: '2026-02-02', channel: 'event', topics: ['integration_management'], kind: 'first' });
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

/** Parses the CSV with csv-parse (an independent parser): `;`, CRLF only, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  assert.ok(text.endsWith('\r\n'), 'the last line ends with CRLF');
  return parse(text, { delimiter: ';', record_delimiter: '\r\n', relax_column_count: true });
}

test('an adviser reads the report of a range: key figures, charts with tables, nothing of another tenant', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const r = await b.get('/reports?from=2026-01-01&to=2026-02-28');
  assert.equal(r.statusCode, 200);
  assert.match(r.headers['content-type'] as string, /^text\/html/);
  assert.match(r.body, /<a[^>]*href="\/reports"[^>]*>Bericht<\/a>/);
  // the period in the German date format
  assert.match(r.body, /Kennzahlen – Zeitraum 01\.01\.2026 bis 28\.02\.2026/);
  assert.match(r.body, /<dt>Beratene Unternehmen<\/dt><dd>2<\/dd>/);
  assert.match(r.body, /<dt>Beratungen \(Kontakte\)<\/dt><dd>3<\/dd>/);
  assert.match(r.body, /<dt>Weitervermittlungen<\/dt><dd>1<\/dd>/);
  // two distinct contact persons (Anna in two consultations counts once) and five further participants
  assert.match(r.body, /<dt>Erreichte Personen<\/dt><dd>7<\/dd>/);
  assert.match(r.body, /<dt>davon teilnehmende Ansprechpersonen \(verschiedene\)<\/dt><dd>2<\/dd>/);
  assert.match(r.body, /<dt>davon weitere Teilnehmende<\/dt><dd>5<\/dd>/);
  assert.match(r.body, /wer an mehreren Beratungen teilnahm, zählt einmal/);
  assert.doesNotMatch(r.body, /nicht erfasst; gezählt werden Unternehmen/);
  // one chart per breakdown, each titled and labelled; issue 16: three more for the tracked referrals (by status,
  // partner type and measure)
  assert.equal((r.body.match(/<svg [^>]*role="img"/g) ?? []).length, 11);
  assert.match(r.body, /<dt>Weitervermittlungen \(verfolgt\)<\/dt><dd>1<\/dd>/);
  assert.match(r.body, /<svg [^>]*aria-labelledby="chart-byTopic-title"[^>]*>\s*<title id="chart-byTopic-title">Balkendiagramm: Beratungen nach Thema: Anerkennung ausländischer Abschlüsse 2, Aufenthaltsrecht 1, Fachkräfteeinwanderungsgesetz 1<\/title>/);
  // the table beside the chart has the same numbers: recognition twice of 3 consultations
  assert.match(r.body, /<th scope="row">Anerkennung ausländischer Abschlüsse<\/th><td class="num">2<\/td><td class="num">66,7<\/td>/);
  assert.match(r.body, /<th scope="row">02\.2026<\/th><td class="num">2<\/td>/);
  assert.match(r.body, /<th scope="row">Folgeberatung<\/th><td class="num">1<\/td><td class="num">33,3<\/td>/);
  assert.match(r.body, /<th scope="row">IHK<\/th><td class="num">1<\/td><td class="num">100,0<\/td>/);
  assert.match(r.body, /href="\/reports\.csv\?from=2026-01-01&amp;to=2026-02-28"/);
  assert.doesNotMatch(r.body, /Integrationsmanagement|Veranstaltung<\/th>/);
  assert.doesNotMatch(r.body, /style=/);
  assert.doesNotMatch(r.body, /<script(?![^>]*src=)/);

  const en = await b.get('/reports?from=2026-01-01&to=2026-02-28', { 'accept-language': 'en', cookie: `${[...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ')}; lang=en` });
  assert.equal(en.statusCode, 200);
  assert.match(en.body, /Key figures – Period 2026-01-01 to 2026-02-28/);
  assert.match(en.body, /<dt>Companies advised<\/dt><dd>2<\/dd>/);
  assert.match(en.body, /<td class="num">66\.7<\/td>/);
});

test('without a range the page shows the current year up to today; admins may read it too', async () => {
  const b = await new Browser(app).signIn('admin@one.example');
  const r = await b.get('/reports');
  assert.equal(r.statusCode, 200);
  const today = officeToday();
  assert.match(r.body, new RegExp(`id="from" name="from" value="${today.slice(0, 4)}-01-01"`));
  assert.match(r.body, new RegExp(`id="to" name="to" value="${today}"`));
});

test('bad dates answer 400 with the field named; the CSV refuses them too', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const r = await b.get('/reports?from=2026-13-01&to=2026-02-28');
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /<a href="#from">Von: Bitte ein Datum angeben\.<\/a>/);
  assert.match(r.body, /aria-invalid="true"/);
  assert.match(r.body, /value="2026-13-01"/);
  // the error summary takes focus after the failed submit, as on every other form
  assert.match(r.body, /<div class="error-summary" tabindex="-1" autofocus[^>]*id="error-summary"/);
  const reversed = await b.get('/reports?from=2026-03-01&to=2026-02-01');
  assert.equal(reversed.statusCode, 400);
  assert.match(reversed.body, /<a href="#to">Bis: Das Ende liegt vor dem Beginn des Zeitraums\.<\/a>/);
  const csv = await b.get('/reports.csv?from=x');
  assert.equal(csv.statusCode, 400);
  assert.match(csv.body, /^from: /);
});

test('company users and visitors do not get the report', async () => {
  const staff = await new Browser(app).signIn('staff@one.example');
  const page = await staff.get('/reports');
  assert.equal(page.statusCode, 403);
  assert.doesNotMatch(page.body, /Beratene Unternehmen/);
  assert.equal((await staff.get('/reports.csv')).statusCode, 403);
  const home = await staff.get('/account');
  assert.doesNotMatch(home.body, /href="\/reports"/);
  const anon = await new Browser(app).get('/reports.csv?from=2026-01-01&to=2026-02-28');
  assert.equal(anon.statusCode, 303);
});

test('the CSV export: BOM, semicolons, CRLF, German labels and decimals, and it parses back to the numbers', async () => {
  const b = await new Browser(app).signIn('adviser@one.example');
  const r = await b.get('/reports.csv?from=2026-01-01&to=2026-02-28');
  assert.equal(r.statusCode, 200);
  assert.equal(r.headers['content-type'], 'text/csv; charset=utf-8');
  assert.equal(r.headers['content-disposition'], 'attachment; filename="lotse-bericht-2026-01-01-2026-02-28.csv"');
  const bytes = r.rawPayload;
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF line ends');
  const rows = parseCsv(text);
  const after = (title: string) => {
    const i = rows.findIndex((row) => row[0] === title);
    assert.ok(i >= 0, `section ${title}`);
    const out: string[][] = [];
    for (const row of rows.slice(i + 1)) {
      if (row.length === 1 && row[0] === '') break;
      out.push(row);
    }
    return out;
  };
  assert.deepEqual(rows.slice(0, 3), [['Bericht'], ['Von', '2026-01-01'], ['Bis', '2026-02-28']]);
  assert.deepEqual(after('Kennzahlen'), [
    ['Beratungen (Kontakte)', '3'],
    ['Beratene Unternehmen', '2'],
    ['Weitervermittlungen', '1'],
    ['Erreichte Personen', '7'],
    ['davon teilnehmende Ansprechpersonen (verschiedene)', '2'],
    ['davon weitere Teilnehmende', '5'],
  ]);
  assert.deepEqual(after('Beratungen je Monat'), [
    ['01.2026', '1', '33,3'],
    ['02.2026', '2', '66,7'],
  ]);
  assert.deepEqual(after('Beratungen nach Thema'), [
    ['Anerkennung ausländischer Abschlüsse', '2', '66,7'],
    ['Aufenthaltsrecht', '1', '33,3'],
    ['Fachkräfteeinwanderungsgesetz', '1', '33,3'],
  ]);
  assert.deepEqual(after('Beratungen nach Zugangsweg'), [
    ['Kammer', '1', '33,3'],
    ['Internet', '1', '33,3'],
    ['Keine Angabe', '1', '33,3'],
  ]);
  assert.deepEqual(after('Erst- und Folgeberatungen'), [
    ['Erstberatung', '2', '66,7'],
    ['Folgeberatung', '1', '33,3'],
  ]);
  assert.deepEqual(after('Beratene Unternehmen nach Größenklasse'), [['Keine Angabe', '2', '100,0']]);
  assert.deepEqual(after('Weitervermittlungen nach Art des Partners'), [['IHK', '1', '100,0']]);
  // issue 16: the tracked referrals (the consultation's tick became one, sent on the consultation's day)
  assert.deepEqual(after('Verfolgte Weitervermittlungen'), [
    ['Weitervermittlungen (verfolgt)', '1'],
    ['davon aus Beratungen', '1'],
    ['davon aus Fällen', '0'],
  ]);
  assert.deepEqual(after('Weitervermittlungen nach Stand'), [['gesendet', '1', '100,0']]);
  assert.deepEqual(after('Weitervermittlungen je Partner'), [
    ['Partner', 'Art', 'Gesamt', 'gesendet', 'angenommen', 'erledigt', 'abgelehnt'],
    ['IHK Pfalz', 'IHK', '1', '1', '0', '0', '0'],
  ]);
});
