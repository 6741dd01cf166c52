// The office's recognition data on the database (PGlite, or PostgreSQL with DATABASE_URL): import, export, list and
// reset through the use cases; one office's rows never reach another; a file with an error saves nothing; a
// re-imported export changes nothing; every change is audited in its transaction; the finder's data for a visitor.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditLog, referenceOccupationOverrides } from '../../db/schema/index.ts';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { ForbiddenError, NotFoundError, visitor } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { HEADERS } from './csvColumns.ts';
import { exportReferenceOccupations } from './exportReferenceOccupations.ts';
import { RecognitionImportError, importReferenceOccupations } from './importReferenceOccupations.ts';
import { listOfficeReferenceOccupations } from './listOfficeReferenceOccupations.ts';
import { recognitionDataFor } from './recognitionDataFor.ts';
import { TEST_DATA } from './recognitionTesting.ts';
import { resetReferenceOccupation } from './resetReferenceOccupation.ts';

const builtIn = TEST_DATA;
const opts = { builtIn };
let db: TestDatabase;
let admin: Actor;
let adviser: Actor;
let company: Actor;
let otherAdmin: Actor;

before(async () => {
  db = await openTestDb();
  const t1 = await makeTenant(db.db, 'Office One');
  const t2 = await makeTenant(db.db, 'Office Two');
  admin = await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example');
  company = await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA });
  otherAdmin = await makeUser(db.db, t2.tenantId, 'admin', 'admin@two.example');
});
after(async () => {
  await db.destroy();
});

/** the export's rows as header → cell maps (BOM and `;`; no cell here holds a quote or a separator) */
function rowsOf(csv: string): Record<string, string>[] {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
  const split = (l: string) => l.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.slice(0, HEADERS.length).map((c) => c.replace(/;$/, '').replace(/^"(.*)"$/s, '$1').replace(/""/g, '"'));
  return lines.slice(1).map((l) => Object.fromEntries(HEADERS.map((h, i) => [h, split(l)[i] ?? ''])));
}

function toCsv(rows: Record<string, string>[]): string {
  const q = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return '\uFEFF' + [HEADERS.join(';'), ...rows.map((r) => HEADERS.map((h) => q(r[h] ?? '')).join(';'))].join('\r\n') + '\r\n';
}

async function ownRows(tenantId: string) {
  return db.db.select().from(referenceOccupationOverrides).where(eq(referenceOccupationOverrides.tenantId, tenantId));
}

async function auditOf(tenantId: string, action: string) {
  return db.db.select().from(auditLog).where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, action)));
}

test('staff export the built-in data; re-importing the export changes nothing and says so', async () => {
  const e = await exportReferenceOccupations(db.db, adviser, '2026-12-05', opts);
  assert.equal(e.fileName, 'lotse-referenzberufe-2026-12-05.csv');
  assert.equal(e.rows, 8);
  assert.ok(e.csv.startsWith('\uFEFFsatz;id;'));
  const r = await importReferenceOccupations(db.db, admin, e.csv, opts);
  assert.deepEqual(r, { added: 0, changed: 0, reset: 0, unchanged: 8 });
  assert.equal((await ownRows(admin.tenantId)).length, 0);
  // the import itself is on record, with its counts
  const [row] = await auditOf(admin.tenantId, 'import');
  assert.deepEqual(row!.changes, { rows: 8, added: 0, changed: 0, reset: 0, unchanged: 8 });
  assert.equal(row!.actorUserId, admin.userId);
});

test('an admin changes a body, adds an occupation with its competent body; the export shows them; re-import is a no-op', async () => {
  const rows = rowsOf((await exportReferenceOccupations(db.db, admin, '2026-12-05', opts)).csv);
  const hwk = rows.find((r) => r.satz === 'stelle' && r.id === 'hwk-pfalz')!;
  hwk.web = 'https://www.hwk-pfalz.de';
  const neu = {
    satz: 'beruf',
    id: 'mechatroniker',
    art: 'ihk_training',
    bezeichnung: 'Mechatroniker/in',
    isco: '7421',
    beschaeftigung_reglementiert: 'nein',
    titel_geschuetzt: 'nein',
    selbststaendigkeit_vorbehalten: 'nein',
    regelung_hinweis: 'Nicht reglementiert.',
    fristen: 'bqfg',
    online_antrag: 'ja',
    suchbegriff: 'Mechatroniker',
    gueltig_ab: '2012-04-01',
    quelle_titel: 'Quelle',
    quelle_url: 'https://example.org/q',
    zuletzt_geprueft: '2026-12-05',
    zu_pruefen: 'ja',
  };
  const rule = { satz: 'zustaendigkeit', id: 'mechatroniker', land: 'DE-RP', stelle_id: 'ihk-fosa', zu_pruefen: 'nein' };
  const r = await importReferenceOccupations(db.db, admin, toCsv([...rows, neu, rule]), opts);
  assert.deepEqual(r, { added: 2, changed: 1, reset: 0, unchanged: 7 });
  assert.equal((await ownRows(admin.tenantId)).length, 3);
  // one audit row per stored row, naming what changed and the file's row
  const updates = await auditOf(admin.tenantId, 'update');
  assert.equal(updates.length, 1);
  assert.equal(updates[0]!.entity, 'recognition_body');
  assert.equal(updates[0]!.entityId, 'hwk-pfalz');
  assert.deepEqual((updates[0]!.changes as { cells: unknown }).cells, { web: ['', 'https://www.hwk-pfalz.de'] });
  assert.equal((await auditOf(admin.tenantId, 'create')).length, 2);

  const after = await exportReferenceOccupations(db.db, adviser, '2026-12-05', opts);
  const again = rowsOf(after.csv);
  assert.equal(again.find((x) => x.id === 'hwk-pfalz')!.web, 'https://www.hwk-pfalz.de');
  assert.ok(again.some((x) => x.satz === 'beruf' && x.id === 'mechatroniker'));
  assert.deepEqual(await importReferenceOccupations(db.db, admin, after.csv, opts), { added: 0, changed: 0, reset: 0, unchanged: 10 });
  assert.equal((await exportReferenceOccupations(db.db, adviser, '2026-12-05', opts)).csv, after.csv);

  // the list marks where each entry comes from and what is to be verified
  const list = await listOfficeReferenceOccupations(db.db, adviser, opts);
  assert.equal(list.ownRows, 3);
  const m = list.occupations.find((o) => o.id === 'mechatroniker')!;
  assert.deepEqual([m.origin, m.unconfirmed, m.rules.map((x) => [x.land, x.bodyId, x.own])], ['office', true, [['DE-RP', 'ihk-fosa', true]]]);
  assert.equal(list.occupations.find((o) => o.id === 'elektroniker-betriebstechnik')!.origin, 'builtIn');
  assert.equal(list.bodies.find((b) => b.id === 'hwk-pfalz')!.origin, 'override');

  // the finder's data: the office's for its staff; for a visitor in a deployment of two offices, the built-in data
  const own = await recognitionDataFor(db.db, adviser, opts);
  assert.ok(own.occupations.some((o) => o.id === 'mechatroniker'));
  assert.equal((await recognitionDataFor(db.db, otherAdmin, opts)).occupations.length, 2);
  assert.equal(await recognitionDataFor(db.db, visitor(), opts), builtIn);
  const named = await recognitionDataFor(db.db, visitor(), { ...opts, publicTenantId: admin.tenantId });
  assert.ok(named.occupations.some((o) => o.id === 'mechatroniker'));

  // nothing of it in the other office
  assert.equal((await ownRows(otherAdmin.tenantId)).length, 0);
  assert.doesNotMatch((await exportReferenceOccupations(db.db, otherAdmin, '2026-12-05', opts)).csv, /mechatroniker|hwk-pfalz\.de/);

  // the built-in row again gives the body back to the built-in data
  hwk.web = '';
  assert.deepEqual(await importReferenceOccupations(db.db, admin, toCsv([hwk]), opts), { added: 0, changed: 0, reset: 1, unchanged: 0 });
  assert.equal((await ownRows(admin.tenantId)).length, 2);

  // resetting the office's own occupation removes its competence rows with it
  await resetReferenceOccupation(db.db, admin, { kind: 'beruf', key: 'mechatroniker@2012-04-01' }, opts);
  assert.equal((await ownRows(admin.tenantId)).length, 0);
  const [reset] = (await auditOf(admin.tenantId, 'reset')).filter((a) => a.entityId === 'mechatroniker@2012-04-01');
  assert.deepEqual((reset!.changes as { competenceRowsRemoved: string[] }).competenceRowsRemoved, ['mechatroniker/DE-RP']);
  await assert.rejects(resetReferenceOccupation(db.db, admin, { kind: 'beruf', key: 'mechatroniker@2012-04-01' }, opts), NotFoundError);
  await assert.rejects(resetReferenceOccupation(db.db, admin, { kind: 'quatsch', key: 'x' }, opts), NotFoundError);
});

test('a file with one bad row saves nothing, and every error names its row and column', async () => {
  const rows = rowsOf((await exportReferenceOccupations(db.db, admin, '2026-12-05', opts)).csv);
  rows[0]!.bezeichnung = 'Geändert';
  rows[3]!.zu_pruefen = 'vielleicht';
  const beforeAudit = (await db.db.select().from(auditLog).where(eq(auditLog.tenantId, admin.tenantId))).length;
  await assert.rejects(importReferenceOccupations(db.db, admin, toCsv(rows), opts), (err: unknown) => {
    assert.ok(err instanceof RecognitionImportError);
    assert.deepEqual(err.errors, [{ row: 5, column: 'zu_pruefen', code: 'yesNo' }]);
    return true;
  });
  // a competence row naming a body that nobody has: refused in the transaction, nothing saved
  rows[3]!.zu_pruefen = 'nein';
  rows[1]!.stelle_id = 'hwk-nirgendwo';
  await assert.rejects(importReferenceOccupations(db.db, admin, toCsv(rows), opts), (err: unknown) => {
    assert.ok(err instanceof RecognitionImportError);
    assert.deepEqual(err.errors, [{ row: 3, column: 'stelle_id', code: 'unknownBody', value: 'hwk-nirgendwo' }]);
    return true;
  });
  assert.equal((await ownRows(admin.tenantId)).length, 0);
  assert.equal((await db.db.select().from(auditLog).where(eq(auditLog.tenantId, admin.tenantId))).length, beforeAudit);
  await assert.rejects(importReferenceOccupations(db.db, admin, 'satz;id\r\n', opts), RecognitionImportError);
  await assert.rejects(importReferenceOccupations(db.db, admin, undefined, opts), RecognitionImportError);
});

test('only an admin imports or resets; the staff export; a company user does neither', async () => {
  const csv = (await exportReferenceOccupations(db.db, admin, '2026-12-05', opts)).csv;
  await assert.rejects(importReferenceOccupations(db.db, adviser, csv, opts), ForbiddenError);
  await assert.rejects(resetReferenceOccupation(db.db, adviser, { kind: 'stelle', key: 'hwk-pfalz' }, opts), ForbiddenError);
  await assert.rejects(exportReferenceOccupations(db.db, company, '2026-12-05', opts), ForbiddenError);
  await assert.rejects(listOfficeReferenceOccupations(db.db, company, opts), ForbiddenError);
  await assert.rejects(importReferenceOccupations(db.db, company, csv, opts), ForbiddenError);
});

test('a stored row that the schema refuses today is left out, never guessed', async () => {
  await db.db.insert(referenceOccupationOverrides).values({ tenantId: otherAdmin.tenantId, kind: 'body', key: 'hwk-pfalz', fields: { id: 'hwk-pfalz', art: 'hwk', bezeichnung: 'X', web: 'kein link', quelle_titel: 'Q', quelle_url: 'https://example.org', zuletzt_geprueft: '2026-12-05', zu_pruefen: 'nein' } });
  const list = await listOfficeReferenceOccupations(db.db, otherAdmin, opts);
  assert.equal(list.ownRows, 0);
  assert.equal(list.bodies.find((b) => b.id === 'hwk-pfalz')!.origin, 'builtIn');
  await db.db.delete(referenceOccupationOverrides).where(eq(referenceOccupationOverrides.tenantId, otherAdmin.tenantId));
});

test('findRecognitionFor: the office’s own competence row decides for its staff (and a visitor where it is the named office); the built-in data for others', async () => {
  const { findRecognitionFor } = await import('./findRecognitionFor.ts');
  const DATE = '2026-12-05';
  const input = { catalogueId: 'maurer', land: 'DE-BY' };
  const bodyOf = (r: Awaited<ReturnType<typeof findRecognitionFor>>) => (r.status === 'found' && r.body.known ? r.body.id : r.status === 'found' ? 'ask' : r.status);
  const before = bodyOf(await findRecognitionFor(db.db, adviser, input, DATE));
  assert.notEqual(before, 'hwk-pfalz');
  // the office's own rule for Bavaria (with the real built-in data)
  const csv = 'satz;id;land;stelle_id;hinweis;zu_pruefen\r\nzustaendigkeit;maurer;DE-BY;hwk-pfalz;Nach Absprache der Servicestelle;ja\r\n';
  assert.deepEqual(await importReferenceOccupations(db.db, admin, csv), { added: 1, changed: 0, reset: 0, unchanged: 0 });
  assert.equal(bodyOf(await findRecognitionFor(db.db, adviser, input, DATE)), 'hwk-pfalz');
  assert.equal(bodyOf(await findRecognitionFor(db.db, otherAdmin, input, DATE)), before);
  assert.equal(bodyOf(await findRecognitionFor(db.db, visitor(), input, DATE)), before);
  assert.equal(bodyOf(await findRecognitionFor(db.db, visitor(), input, DATE, { publicTenantId: admin.tenantId })), 'hwk-pfalz');
  // the finder table's first line still holds for everyone: Elektroniker/in für Betriebstechnik in Kaiserslautern → IHK FOSA
  assert.equal(bodyOf(await findRecognitionFor(db.db, visitor(), { catalogueId: 'elektroniker-betriebstechnik', land: 'DE-RP', place: 'Kaiserslautern' }, DATE)), 'ihk-fosa');
  await resetReferenceOccupation(db.db, admin, { kind: 'zustaendigkeit', key: 'maurer/DE-BY' });
  assert.equal(bodyOf(await findRecognitionFor(db.db, adviser, input, DATE)), before);
});
