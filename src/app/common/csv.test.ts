// The CSV writer for German Excel (csv-stringify), read back by csv-parse, an independent parser: byte order mark,
// semicolons, CRLF, quoting of separators, quotes and line breaks inside fields, and the formula guard.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { excelCsv } from './csv.ts';
import type { CsvCell } from './csv.ts';

const read = (text: string): string[][] => {
  assert.ok(text.startsWith('\uFEFF'), 'starts with the byte order mark');
  assert.equal(Buffer.from(text, 'utf8').subarray(0, 3).toString('hex'), 'efbbbf', 'the BOM as UTF-8 bytes');
  assert.ok(text.endsWith('\r\n'), 'the last row ends with CRLF');
  return parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n', relax_column_count: true });
};

// [name, the field as given, the exact text written, what a spreadsheet reads back]
const fields: Array<[string, CsvCell, string, string]> = [
  ['plain text', 'Beratene Unternehmen', 'Beratene Unternehmen', 'Beratene Unternehmen'],
  ['umlauts and ß', 'Größenklasse Übersicht', 'Größenklasse Übersicht', 'Größenklasse Übersicht'],
  ['a decimal comma (not a separator here)', '33,3', '33,3', '33,3'],
  ['a semicolon', 'a;b', '"a;b"', 'a;b'],
  ['quotes, doubled inside quotes', 'sagt "ja"', '"sagt ""ja"""', 'sagt "ja"'],
  ['CRLF inside', 'zwei\r\nZeilen', '"zwei\r\nZeilen"', 'zwei\r\nZeilen'],
  ['a lone LF inside', 'zwei\nZeilen', '"zwei\nZeilen"', 'zwei\nZeilen'],
  ['a lone CR inside', 'zwei\rZeilen', '"zwei\rZeilen"', 'zwei\rZeilen'],
  ['an empty text', '', '', ''],
  ['a number', 42, '42', '42'],
  ['zero', 0, '0', '0'],
  ['a negative number stays a number', -3, '-3', '-3'],
  ['a formula with =', '=HYPERLINK("http://x.example")', `"'=HYPERLINK(""http://x.example"")"`, `'=HYPERLINK("http://x.example")`],
  ['a formula with +', '+1+1', "'+1+1", "'+1+1"],
  ['a text starting with -', '-5', "'-5", "'-5"],
  ['a formula with @', '@SUM(A1)', "'@SUM(A1)", "'@SUM(A1)"],
  ['a leading tab', '\tx', "'\tx", "'\tx"],
  ['a full-width equals sign', '＝1+1', "'＝1+1", "'＝1+1"],
  ['= inside a text is not a formula', 'a=b', 'a=b', 'a=b'],
  ['a leading space', ' x', ' x', ' x'],
];

for (const [name, value, written, back] of fields) {
  test(`CSV field: ${name}`, () => {
    const text = excelCsv([['vor', value, 'nach']]);
    assert.equal(text, `\uFEFFvor;${written};nach\r\n`);
    assert.deepEqual(read(text), [['vor', back, 'nach']]);
  });
}

test('Rows of different lengths, empty rows as empty lines, CRLF between rows', () => {
  const text = excelCsv([['Bericht'], ['Von', '2026-01-01'], [], ['Kennzahlen', 'Anzahl'], ['Beratungen', 3]]);
  assert.equal(text, '\uFEFFBericht\r\nVon;2026-01-01\r\n\r\nKennzahlen;Anzahl\r\nBeratungen;3\r\n');
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF line ends');
  assert.deepEqual(read(text), [['Bericht'], ['Von', '2026-01-01'], [''], ['Kennzahlen', 'Anzahl'], ['Beratungen', '3']]);
});

test('No rows: only the byte order mark', () => {
  assert.equal(excelCsv([]), '\uFEFF');
});
