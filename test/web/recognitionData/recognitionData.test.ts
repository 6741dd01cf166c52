// The office's recognition data page through the whole application (app.inject): staff see the list and export the
// CSV; an admin uploads the edited export (multipart, as the page's form sends it) or pastes it, errors come back
// naming row and column with the text kept and nothing saved; a re-upload of the export changes nothing; a reset
// gives the entry back; advisers may not import, company users see nothing; the navigation shows the page to staff.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { referenceOccupationOverrides } from '../../../src/db/schema/index.ts';
import { makeTenant, makeUser } from '../../../src/dev/accountsTesting.ts';
import { buildApp } from '../../../src/web/app.ts';
import { Browser, csrfOf } from '../../../src/web/testing/browser.ts';
import { multipartBody } from '../../../src/web/testing/multipart.ts';
import type { MultipartPart } from '../../../src/web/testing/multipart.ts';

const SECRET = 'test-secret-test-secret-test-secret';
let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;

before(async () => {
  db = await openTestDb();
  const t1 = await makeTenant(db.db, 'Office One');
  tenantId = t1.tenantId;
  await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example', { name: 'Ada Admin' });
  await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example', { name: 'Ben Berater' });
  await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA, name: 'Cora Company' });
  app = await buildApp({ database: db, cookieSecret: SECRET, logger: false });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

async function upload(b: Browser, parts: MultipartPart[]) {
  const { payload, contentType } = multipartBody(parts);
  const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return app.inject({ method: 'POST', url: '/admin/recognition/import', payload, remoteAddress: b.remoteAddress, headers: { cookie, 'content-type': contentType } });
}

const ownRows = () => db.db.select().from(referenceOccupationOverrides).where(eq(referenceOccupationOverrides.tenantId, tenantId));

test('an admin exports, uploads the export unchanged (nothing changes), uploads a change, and resets it', async () => {
  const b = await new Browser(app).signIn('admin@one.example');
  const list = await b.get('/admin/recognition');
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /<h1>Referenzberufe und zuständige Stellen<\/h1>/);
  assert.match(list.body, /<a[^>]*href="\/admin\/recognition"[^>]*>Referenzberufe<\/a>/);
  assert.match(list.body, /Elektroniker\/in für Betriebstechnik/);
  assert.match(list.body, /zu prüfen/);
  assert.match(list.body, /enctype="multipart\/form-data"/);
  assert.doesNotMatch(list.body, /style=/);

  const csv = await b.get('/admin/recognition.csv');
  assert.equal(csv.statusCode, 200);
  assert.match(csv.headers['content-type'] as string, /^text\/csv; charset=utf-8/);
  assert.match(csv.headers['content-disposition'] as string, /^attachment; filename="lotse-referenzberufe-\d{4}-\d{2}-\d{2}\.csv"$/);
  assert.ok(csv.body.startsWith('\uFEFFsatz;id;land;'));

  // the export back, as a file: nothing changes
  const same = await upload(b, [
    { name: '_csrf', value: csrfOf(list.body) },
    { name: 'file', fileName: 'daten.csv', type: 'text/csv', content: Buffer.from(csv.body, 'utf8') },
    { name: 'csv', value: '' },
  ]);
  assert.equal(same.statusCode, 303);
  assert.match(same.headers.location as string, /^\/admin\/recognition\?done=import&added=0&changed=0&reset=0&unchanged=\d+$/);
  assert.equal((await ownRows()).length, 0);
  const done = await b.get(same.headers.location as string);
  assert.match(done.body, /Import gespeichert: 0 neu, 0 geändert, 0 zurückgesetzt, \d+ unverändert\./);

  // a body of the office's own, pasted into the text field
  const own = 'satz;id;art;bezeichnung;ort;quelle_titel;quelle_url;zuletzt_geprueft;zu_pruefen\r\nstelle;iq-beratung-kl;other;IQ Beratung Kaiserslautern;Kaiserslautern;Eigene Recherche;https://example.org/iq;2026-12-05;ja\r\n';
  const pasted = await b.submit('/admin/recognition', '/admin/recognition/import', { csv: own });
  assert.equal(pasted.statusCode, 303);
  assert.match(pasted.headers.location as string, /added=1&changed=0/);
  const after = await b.get('/admin/recognition');
  assert.match(after.body, /IQ Beratung Kaiserslautern/);
  assert.match(after.body, /eigener Eintrag/);
  assert.equal((await ownRows()).length, 1);
  // the audit trail names the import and the stored row
  const trail = await b.get('/admin/audit');
  assert.equal(trail.statusCode, 200);
  assert.match(trail.body, /Zuständige Stelle \(eigene Daten\)/);
  assert.match(trail.body, /Anerkennungsdaten \(CSV\)/);
  assert.match(trail.body, /importiert/);
  // and removed again
  const reset = await b.submit('/admin/recognition', '/admin/recognition/reset', { kind: 'stelle', key: 'iq-beratung-kl' });
  assert.equal(reset.statusCode, 303);
  assert.match((await b.get(reset.headers.location as string)).body, /es gilt wieder der eingebaute/);
  assert.equal((await ownRows()).length, 0);
});

test('a file with errors: 400, each error named by row and column, the text kept in the field, nothing saved', async () => {
  const b = await new Browser(app).signIn('admin@one.example');
  const page = await b.get('/admin/recognition');
  const bad = 'satz;id;art;bezeichnung;ort;quelle_titel;quelle_url;zuletzt_geprueft;zu_pruefen;farbe\r\nstelle;x;other;X;Mainz;Q;https://example.org;2026-12-05;nein;blau\r\n';
  const r1 = await upload(b, [
    { name: '_csrf', value: csrfOf(page.body) },
    { name: 'file', fileName: 'daten.csv', type: 'text/csv', content: Buffer.from(bad, 'utf8') },
  ]);
  assert.equal(r1.statusCode, 400);
  assert.match(r1.body, /Die Datei hat einen Fehler\. Nichts wurde gespeichert\./);
  assert.match(r1.body, /Kopfzeile, Spalte „farbe“: ist keine bekannte Spalte/);
  // the uploaded text in the text field, to correct it there
  assert.match(r1.body, /<textarea id="csv" name="csv"[^>]*>satz;id;art;bezeichnung;ort;quelle_titel;quelle_url;zuletzt_geprueft;zu_pruefen;farbe/);

  const rows = 'satz;id;art;bezeichnung;ort;quelle_titel;quelle_url;zuletzt_geprueft;zu_pruefen\r\nstelle;x;other;X;Mainz;Q;https://example.org;2026-12-32;vielleicht\r\nstelle;y;amt;Y;Mainz;Q;kein-link;2026-12-05;nein\r\n';
  // Windows-1252, as German Excel's plain CSV saves it: decoded, and the errors named
  const r2 = await upload(b, [
    { name: '_csrf', value: csrfOf(r1.body) },
    { name: 'file', fileName: 'daten.csv', type: 'text/csv', content: Buffer.from(rows.replace('Mainz', 'Mainz-Kästrich'), 'latin1') },
  ]);
  assert.equal(r2.statusCode, 400);
  assert.match(r2.body, /Die Datei hat 4 Fehler/);
  assert.match(r2.body, /Zeile 2, Spalte „zuletzt_geprueft“: ist kein Datum \(JJJJ-MM-TT\)/);
  assert.match(r2.body, /Zeile 2, Spalte „zu_pruefen“: ist nicht ja oder nein/);
  assert.match(r2.body, /Zeile 3, Spalte „art“: ist keiner der erlaubten Werte \(„amt“\)/);
  assert.match(r2.body, /Zeile 3, Spalte „quelle_url“: ist keine Webadresse/);
  assert.match(r2.body, /Mainz-Kästrich/);
  assert.equal((await ownRows()).length, 0);

  // in English
  const en = await b.get('/admin/recognition', { cookie: `${[...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ')}; lang=en` });
  assert.match(en.body, /<h1>Reference occupations and competent bodies<\/h1>/);
});

test('a wrong CSRF token is refused (403, nothing saved); advisers export but may not import; company users see nothing', async () => {
  const admin = await new Browser(app).signIn('admin@one.example');
  await admin.get('/admin/recognition');
  const forged = await upload(admin, [
    { name: '_csrf', value: 'forged' },
    { name: 'csv', value: 'satz;id\r\n' },
  ]);
  assert.equal(forged.statusCode, 403);

  const adviser = await new Browser(app).signIn('adviser@one.example');
  const page = await adviser.get('/admin/recognition');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /CSV exportieren/);
  assert.doesNotMatch(page.body, /CSV importieren/);
  assert.equal((await adviser.get('/admin/recognition.csv')).statusCode, 200);
  const refused = await upload(adviser, [
    { name: '_csrf', value: csrfOf(page.body) },
    { name: 'csv', value: 'satz;id;art;bezeichnung;ort;quelle_titel;quelle_url;zuletzt_geprueft;zu_pruefen\r\nstelle;x;other;X;Mainz;Q;https://example.org;2026-12-05;nein\r\n' },
  ]);
  assert.equal(refused.statusCode, 403);
  assert.equal((await ownRows()).length, 0);

  const company = await new Browser(app).signIn('staff@one.example');
  assert.equal((await company.get('/admin/recognition')).statusCode, 403);
  assert.equal((await company.get('/admin/recognition.csv')).statusCode, 403);
  assert.doesNotMatch((await company.get('/account')).body, /href="\/admin\/recognition"/);
});
