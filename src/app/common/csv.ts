// CSV for German Excel, written by csv-stringify (decision 020): UTF-8 with a byte order mark (so that Excel reads
// umlauts), semicolons between fields (Excel's separator where the decimal mark is a comma), CRLF after every row.
// A field is quoted when it holds a semicolon, a quote (doubled inside) or a line break (CR or LF on its own too:
// csv-stringify quotes only the whole record delimiter unless `quote_record_delimiter` is set). A text that a
// spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return, or their full-width forms)
// gets a leading apostrophe (csv-stringify's `escape_formulas`; OWASP "CSV Injection"); numbers are written as they are.

import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number;

/** The rows as CSV text for German Excel, starting with the byte order mark. An empty row is an empty line. */
export function excelCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return stringify(
    rows.map((r) => [...r]),
    {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
      quote_record_delimiter: true,
      escape_formulas: true,
    },
  );
}
