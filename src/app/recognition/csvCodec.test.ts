// The CSV codec of the office's recognition data: the export's form (German Excel), the round trip (export → parse
// → rows → data → export equal), and each kind of bad file or cell named by row and column.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { HEADERS } from './csvColumns.ts';
import { parseRecognitionCsv, recognitionCsv } from './csvCodec.ts';
import { planImport, referenceErrors } from './importPlan.ts';
import { dataRows, mergeData } from './rows.ts';
import type { OfficeRow } from './rows.ts';
import { TEST_DATA } from './recognitionTesting.ts';

const exported = () => recognitionCsv(dataRows(TEST_DATA));

/** a file with the header and the given rows (by header; the rest empty), separated by `;` */
function file(rows: Record<string, string>[], headers: readonly string[] = HEADERS): string {
  const line = (cells: string[]) => cells.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';');
  return [line([...headers]), ...rows.map((r) => line(headers.map((h) => r[h] ?? '')))].join('\r\n') + '\r\n';
}

const BERUF = {
  satz: 'beruf',
  id: 'mechatroniker-test',
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
  zu_pruefen: 'nein',
};

test('the export is German Excel CSV: BOM, semicolons, CRLF, the header in the stable order, ja/nein, ISO dates', () => {
  const csv = exported();
  assert.ok(csv.startsWith('\uFEFFsatz;id;land;stelle_id;art;bezeichnung;'));
  assert.ok(csv.endsWith('\r\n'));
  const records = parse(csv, { delimiter: ';', bom: true, record_delimiter: '\r\n' }) as string[][];
  assert.deepEqual(records[0], [...HEADERS]);
  // 2 occupations + 3 competence rows + 3 bodies
  assert.equal(records.length, 1 + 2 + 3 + 3);
  const row = (i: number) => Object.fromEntries(HEADERS.map((h, j) => [h, records[i]![j]!]));
  assert.equal(row(1).satz, 'beruf');
  assert.equal(row(1).beschaeftigung_reglementiert, 'nein');
  assert.equal(row(1).unterlagen, 'application-form | identity | qualification-certificate');
  assert.equal(row(1).rechtsgrundlagen, 'BQFG: § 4 BQFG');
  assert.equal(row(1).gueltig_ab, '2012-04-01');
  assert.equal(row(1).quelle_titel, 'Testquelle; mit Semikolon');
  assert.deepEqual([row(2).satz, row(2).id, row(2).land, row(2).stelle_id], ['zustaendigkeit', 'elektroniker-betriebstechnik', '*', 'ihk-fosa']);
  // a text a spreadsheet would run as a formula gets an apostrophe
  assert.equal(row(3).regelung_hinweis, "'=Selbstständigkeit braucht die Handwerksrolle");
  assert.equal(row(3).zu_pruefen, 'ja');
  assert.equal(row(3).gebuehr_von_eur, '100');
});

test('round trip: export → parse → rows → data → export is the same text, and importing it changes nothing', () => {
  const csv = exported();
  const parsed = parseRecognitionCsv(csv);
  assert.deepEqual(parsed.errors, []);
  assert.equal(parsed.rows.length, 8);
  // the parsed rows, taken as the office's own, give the same data and the same export
  const office: OfficeRow[] = parsed.rows.map((r) => ({ kind: r.kind, key: r.key, cells: r.cells }));
  const merged = mergeData(TEST_DATA, office).data;
  assert.deepEqual(merged, TEST_DATA);
  assert.equal(recognitionCsv(dataRows(merged)), csv);
  // importing the export over the built-in data, or over itself, changes nothing
  assert.deepEqual(planImport(parsed.rows, TEST_DATA, []), { upserts: [], resets: [], unchanged: 8 });
  assert.deepEqual(planImport(parsed.rows, TEST_DATA, office), { upserts: [], resets: [], unchanged: 8 });
});

test('a changed row becomes the office’s own; the built-in row again resets it; a new occupation is added', () => {
  const parsed = parseRecognitionCsv(exported());
  const hwk = parsed.rows.find((r) => r.kind === 'stelle' && r.key === 'hwk-pfalz')!;
  const changed = { ...hwk, cells: { ...hwk.cells, web: 'https://www.hwk-pfalz.de' } };
  const plan = planImport([changed], TEST_DATA, []);
  assert.deepEqual(plan.upserts.map((r) => r.key), ['hwk-pfalz']);
  const office: OfficeRow[] = [{ kind: 'stelle', key: 'hwk-pfalz', cells: changed.cells }];
  const merged = mergeData(TEST_DATA, office);
  assert.equal(merged.data.bodies.find((b) => b.id === 'hwk-pfalz')!.url, 'https://www.hwk-pfalz.de');
  assert.equal(merged.origin.get('stelle:hwk-pfalz'), 'override');
  // the built-in row back: the office's row goes
  assert.deepEqual(planImport([hwk], TEST_DATA, office), { upserts: [], resets: [hwk], unchanged: 0 });

  const neu = parseRecognitionCsv(file([BERUF, { satz: 'zustaendigkeit', id: 'mechatroniker-test', land: 'DE-RP', stelle_id: 'ihk-fosa', zu_pruefen: 'nein' }]));
  assert.deepEqual(neu.errors, []);
  const added = mergeData(TEST_DATA, neu.rows.map((r) => ({ kind: r.kind, key: r.key, cells: r.cells })));
  const m = added.data.occupations.find((o) => o.id === 'mechatroniker-test')!;
  assert.equal(added.origin.get('beruf:mechatroniker-test@2012-04-01'), 'office');
  assert.deepEqual(m.competentBodies, [{ land: 'DE-RP', bodyId: 'ihk-fosa' }]);
  assert.deepEqual(m.title, { de: 'Mechatroniker/in', en: 'Mechatroniker/in' });
  assert.equal(m.onlineApplication, 'yes');
  // a competence row of the office replaces the built-in rule of its Land in place
  const rule = parseRecognitionCsv(file([{ satz: 'zustaendigkeit', id: 'elektroniker-energie-gebaeudetechnik', land: 'DE-BY', stelle_id: 'hwk-pfalz', zu_pruefen: 'ja', hinweis: 'nur Test' }]));
  const byRule = mergeData(TEST_DATA, rule.rows.map((r) => ({ kind: r.kind, key: r.key, cells: r.cells }))).data;
  assert.deepEqual(byRule.occupations[1]!.competentBodies[1], { land: 'DE-BY', bodyId: 'hwk-pfalz', unconfirmed: true, note: { de: 'nur Test', en: 'nur Test' } });
  assert.equal(byRule.occupations[1]!.competentBodies.length, 2);
});

test('yes/no cells: ja/nein as written; true/false, yes/no, 1/0 in any case read too', () => {
  for (const [cell, want] of [['JA', 'ja'], ['true', 'ja'], ['Yes', 'ja'], ['1', 'ja'], ['Nein', 'nein'], ['FALSE', 'nein'], ['0', 'nein']] as const) {
    const p = parseRecognitionCsv(file([{ ...BERUF, titel_geschuetzt: cell }]));
    assert.deepEqual(p.errors, [], cell);
    assert.equal(p.rows[0]!.cells.titel_geschuetzt, want, cell);
  }
});

test('what German Excel makes of the export when it saves it again: 01.04.2012 dates, a postcode without its leading zero', () => {
  const p = parseRecognitionCsv(file([{ ...BERUF, gueltig_ab: '1.4.2012', zuletzt_geprueft: '05.12.2026' }, { satz: 'stelle', id: 's', art: 'other', bezeichnung: 'S', plz: '1067', ort: 'Dresden', quelle_titel: 'Q', quelle_url: 'https://example.org', zuletzt_geprueft: '2026-12-05', zu_pruefen: 'nein' }]));
  assert.deepEqual(p.errors, []);
  assert.equal(p.rows[0]!.cells.gueltig_ab, '2012-04-01');
  assert.equal(p.rows[0]!.cells.zuletzt_geprueft, '2026-12-05');
  assert.equal(p.rows[1]!.cells.plz, '01067');
  assert.equal(parseRecognitionCsv(file([{ ...BERUF, gueltig_ab: '31.02.2012' }])).errors[0]!.code, 'date');
});

test('a file from another spreadsheet: commas, any header case and order, no BOM, LF line ends', () => {
  const headers = [...HEADERS].reverse();
  const text = [headers.map((h) => h.toUpperCase()).join(','), headers.map((h) => (BERUF as Record<string, string>)[h] ?? '').join(',')].join('\n');
  const p = parseRecognitionCsv(text);
  assert.deepEqual(p.errors, []);
  assert.equal(p.rows[0]!.cells.id, 'mechatroniker-test');
  assert.equal(p.rows[0]!.row, 2);
});

test('bad cells are named by row and column; every row is checked; nothing is returned when one fails', () => {
  const p = parseRecognitionCsv(
    file([
      BERUF,
      { ...BERUF, id: 'Elektroniker Betrieb', isco: '741', titel_geschuetzt: 'vielleicht' },
      { ...BERUF, id: 'b', gueltig_ab: '2012-04-31', quelle_url: 'ftp://x', fristen: 'bald', unterlagen: 'identity | passfoto' },
      {},
      { ...BERUF, id: 'c', gebuehr_von_eur: '600', gebuehr_bis_eur: '100', strasse: 'Hauptstraße 1' },
      { ...BERUF, bezeichnung: '' },
      { satz: 'zustaendigkeit', id: 'mechatroniker-test', land: 'RP', stelle_id: 'IHK FOSA', zu_pruefen: 'nein' },
      { satz: 'quatsch', id: 'x' },
    ]),
  );
  assert.deepEqual(p.rows, []);
  const got = p.errors.map((e) => `${e.row}:${e.column}:${e.code}${e.value ? `=${e.value}` : ''}${e.otherRow ? `@${e.otherRow}` : ''}`);
  assert.deepEqual(got, [
    '3:id:slug',
    '3:isco:digits',
    '3:titel_geschuetzt:yesNo',
    '4:fristen:oneOf=bald',
    '4:unterlagen:codes=passfoto',
    '4:gueltig_ab:date',
    '4:quelle_url:url',
    // row 5 is empty and skipped
    '6:gebuehr_bis_eur:feeRange',
    '6:strasse:notForKind',
    '7:bezeichnung:required',
    '8:land:land',
    '8:stelle_id:bodyRef',
    '9:satz:oneOf=quatsch',
  ]);
});

test('the same key twice names the second row, the column and the first row', () => {
  const p = parseRecognitionCsv(
    file([
      BERUF,
      { ...BERUF },
      { satz: 'zustaendigkeit', id: 'mechatroniker-test', land: 'DE-RP', stelle_id: 'ihk-fosa', zu_pruefen: 'nein' },
      { satz: 'zustaendigkeit', id: 'mechatroniker-test', land: 'de-rp', stelle_id: 'ask', zu_pruefen: 'nein' },
    ]),
  );
  assert.deepEqual(p.errors, [
    { row: 3, column: 'id', code: 'duplicate', otherRow: 2 },
    { row: 5, column: 'land', code: 'duplicate', otherRow: 4 },
  ]);
});

test('an unknown column, a column named twice and a missing required column are named; no row is read then', () => {
  const headers = [...HEADERS.filter((h) => h !== 'zu_pruefen' && h !== 'fristen'), 'bemerkung', 'id'];
  const p = parseRecognitionCsv(file([BERUF], headers));
  assert.deepEqual(p.errors, [
    { row: 1, column: 'bemerkung', code: 'unknownColumn' },
    { row: 1, column: 'id', code: 'duplicateColumn' },
    { row: 1, column: 'fristen', code: 'missingColumn' },
    { row: 1, column: 'zu_pruefen', code: 'missingColumn' },
  ]);
  // an optional column may be left out
  const fewer = parseRecognitionCsv(file([BERUF], HEADERS.filter((h) => h !== 'kldb' && h !== 'hinweis_en')));
  assert.deepEqual(fewer.errors, []);
});

test('an empty file, a header without rows, a row longer than the header and a broken quote are errors', () => {
  assert.deepEqual(parseRecognitionCsv('').errors, [{ row: 1, column: '', code: 'empty' }]);
  assert.deepEqual(parseRecognitionCsv('\uFEFF').errors, [{ row: 1, column: '', code: 'empty' }]);
  assert.deepEqual(parseRecognitionCsv(file([])).errors, [{ row: 2, column: '', code: 'empty' }]);
  const long = file([BERUF]).replace(/\r\n$/, ';extra\r\n');
  assert.deepEqual(parseRecognitionCsv(long).errors, [{ row: 2, column: `#${HEADERS.length + 1}`, code: 'columnCount' }]);
  const broken = file([BERUF]) + 'beruf;"offen\r\n';
  assert.equal(parseRecognitionCsv(broken).errors[0]!.code, 'unreadable');
});

test('references: a competence row names an occupation and a body that exist (built-in, the office’s or in the file)', () => {
  const p = parseRecognitionCsv(
    file([
      BERUF,
      { satz: 'zustaendigkeit', id: 'mechatroniker-test', land: 'DE-RP', stelle_id: 'ihk-fosa', zu_pruefen: 'nein' },
      { satz: 'zustaendigkeit', id: 'gibt-es-nicht', land: 'DE-RP', stelle_id: 'hwk-nirgendwo', zu_pruefen: 'nein' },
      { satz: 'zustaendigkeit', id: 'elektroniker-betriebstechnik', land: '*', stelle_id: 'district:ihk', zu_pruefen: 'nein' },
    ]),
  );
  assert.deepEqual(p.errors, []);
  assert.deepEqual(referenceErrors(p.rows, TEST_DATA), [
    { row: 4, column: 'id', code: 'unknownOccupation', value: 'gibt-es-nicht' },
    { row: 4, column: 'stelle_id', code: 'unknownBody', value: 'hwk-nirgendwo' },
  ]);
});

test('the built-in data of src/law/recognition survives the round trip whole: export → parse → data is the same', async () => {
  const { BUILT_IN_RECOGNITION_DATA: D } = await import('./builtIn.ts');
  const csv = recognitionCsv(dataRows(D));
  const parsed = parseRecognitionCsv(csv);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(referenceErrors(parsed.rows, D), []);
  const merged = mergeData(D, parsed.rows.map((r) => ({ kind: r.kind, key: r.key, cells: r.cells }))).data;
  assert.deepEqual(merged, D);
  assert.equal(recognitionCsv(dataRows(merged)), csv);
  assert.deepEqual(planImport(parsed.rows, D, []), { upserts: [], resets: [], unchanged: parsed.rows.length });
});

test('dated versions of one occupation: each version is a row, its rules once; an office version is added beside them', () => {
  const [first, second] = TEST_DATA.occupations;
  const closed = { ...first!, validUntil: '2026-06-30' };
  const next = { ...first!, validFrom: '2026-07-01', lastVerified: '2026-12-05', title: { de: 'Elektroniker/in für Betriebstechnik (neu)', en: 'New' } };
  const data = { ...TEST_DATA, occupations: [closed, next, second!] };
  const csv = recognitionCsv(dataRows(data));
  const parsed = parseRecognitionCsv(csv);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(
    parsed.rows.filter((r) => r.cells.id === 'elektroniker-betriebstechnik').map((r) => `${r.kind}:${r.key}`),
    ['beruf:elektroniker-betriebstechnik@2012-04-01', 'zustaendigkeit:elektroniker-betriebstechnik/*', 'beruf:elektroniker-betriebstechnik@2026-07-01'],
  );
  const office = parsed.rows.map((r) => ({ kind: r.kind, key: r.key, cells: r.cells }));
  assert.deepEqual(mergeData(data, office).data, data);
  assert.deepEqual(planImport(parsed.rows, data, []), { upserts: [], resets: [], unchanged: parsed.rows.length });
  // the office adds a version of its own from 2027: a new entry, with the built-in rules of the id
  const own = parsed.rows.find((r) => r.key === 'elektroniker-betriebstechnik@2026-07-01')!;
  const v2027 = { ...own.cells, gueltig_ab: '2027-01-01' };
  const merged = mergeData(data, [{ kind: 'beruf', key: 'elektroniker-betriebstechnik@2027-01-01', cells: v2027 }]);
  assert.equal(merged.data.occupations.length, 4);
  assert.equal(merged.origin.get('beruf:elektroniker-betriebstechnik@2027-01-01'), 'office');
  assert.deepEqual(merged.data.occupations[3]!.competentBodies, first!.competentBodies);
});
