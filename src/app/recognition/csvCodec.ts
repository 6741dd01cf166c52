// Issue 16 (decision 023): the office's recognition data as CSV and back.
//
// Export: German Excel's CSV as the report writes it (src/app/common/csv.ts: UTF-8 with BOM, semicolons, CRLF, a
// leading apostrophe before a text a spreadsheet would run as a formula), the header row first, the columns in the
// order of csvColumns.ts.
// Import (csv-parse): the BOM is dropped; the separator is the header line's (`;` as written, `,` or a tab as another
// spreadsheet may save it); the header names the columns (any order, any case); a column the schema does not know, a
// column named twice or a required column that is missing is an error naming it; every row is checked and each error
// names the row (as the spreadsheet numbers it: the header is row 1) and the column. A column is required when a row
// of the file needs it (`satz` and `id` always): a file of bodies alone needs no occupation's columns. An empty line is skipped. The
// apostrophe the export put before a formula-like text is taken off again, so that a re-import changes nothing.

import { parse } from 'csv-parse/sync';
import { excelCsv } from '../common/csv.ts';
import { HEADERS, checkRow, requiredHeaders, rowKey } from './csvColumns.ts';
import type { CellError, Cells, RowKind } from './csvColumns.ts';

/** A checked row of an import. */
export interface ParsedRow {
  /** the spreadsheet's row number (header = 1) */
  row: number;
  kind: RowKind;
  key: string;
  cells: Cells;
}

export interface ParsedCsv {
  rows: ParsedRow[];
  errors: CellError[];
}

/** The rows as CSV for German Excel, the header first. */
export function recognitionCsv(rows: readonly Cells[]): string {
  return excelCsv([[...HEADERS], ...rows.map((r) => HEADERS.map((h) => r[h] ?? ''))]);
}

// csv-stringify's escape_formulas: an apostrophe before these (and their full-width forms)
const FORMULA_START = /^'([=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/;

function separatorOf(text: string): string {
  let inQuotes = false;
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch === ';') semicolons++;
    else if (!inQuotes && ch === ',') commas++;
    else if (!inQuotes && ch === '\t') tabs++;
  }
  if (semicolons >= commas && semicolons >= tabs && semicolons > 0) return ';';
  if (tabs > commas) return '\t';
  return commas > 0 ? ',' : ';';
}

/** Parses and checks the file: its rows in normal form, or the errors (all of them; the rows only when none). */
export function parseRecognitionCsv(text: string): ParsedCsv {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { rows: [], errors: [{ row: 1, column: '', code: 'empty' }] };
  let records: string[][];
  try {
    records = parse(body, { delimiter: separatorOf(body), relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (err) {
    const line = typeof (err as { lines?: unknown }).lines === 'number' ? (err as { lines: number }).lines : 1;
    return { rows: [], errors: [{ row: line, column: '', code: 'unreadable' }] };
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const errors: CellError[] = [];
  const seen = new Set<string>();
  header.forEach((h, i) => {
    if (h === '' && records.slice(1).every((r) => (r[i] ?? '').trim() === '')) return; // a trailing empty column
    if (!HEADERS.includes(h)) errors.push({ row: 1, column: h === '' ? `#${i + 1}` : h, code: 'unknownColumn' });
    else if (seen.has(h)) errors.push({ row: 1, column: h, code: 'duplicateColumn' });
    seen.add(h);
  });
  // the columns the file's kinds of row require (a file of bodies alone needs no occupation's columns)
  const kindAt = header.indexOf('satz');
  const kinds = kindAt < 0 ? [] : records.slice(1).map((r) => (r[kindAt] ?? '').trim().toLowerCase());
  for (const h of requiredHeaders(kinds)) if (!seen.has(h)) errors.push({ row: 1, column: h, code: 'missingColumn' });
  if (errors.length > 0) return { rows: [], errors };

  const rows: ParsedRow[] = [];
  const keys = new Map<string, number>();
  for (let i = 1; i < records.length; i++) {
    const record = records[i]!;
    const row = i + 1;
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== '')) {
      errors.push({ row, column: `#${header.length + 1}`, code: 'columnCount' });
      continue;
    }
    const raw: Record<string, string> = {};
    header.forEach((h, j) => {
      if (h !== '') raw[h] = (record[j] ?? '').replace(FORMULA_START, '$1');
    });
    const checked = checkRow(raw, row);
    if ('errors' in checked) {
      errors.push(...checked.errors);
      continue;
    }
    const key = rowKey(checked.kind, checked.cells);
    const k = `${checked.kind}:${key}`;
    const other = keys.get(k);
    if (other !== undefined) {
      errors.push({ row, column: checked.kind === 'zustaendigkeit' ? 'land' : 'id', code: 'duplicate', otherRow: other });
      continue;
    }
    keys.set(k, row);
    rows.push({ row, kind: checked.kind, key, cells: checked.cells });
  }
  if (rows.length === 0 && errors.length === 0) errors.push({ row: 2, column: '', code: 'empty' });
  return errors.length > 0 ? { rows: [], errors } : { rows, errors };
}

/**
 * The text of an uploaded file: UTF-8 (with or without BOM, Excel's "CSV UTF-8"), else Windows-1252, which German
 * Excel's plain "CSV (Trennzeichen-getrennt)" writes (umlauts as single bytes).
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
