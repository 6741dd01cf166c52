// Issue 16 (decision 023): the one schema of a row of the office's recognition data, as the CSV carries it and as the
// database keeps an office's own rows (reference_occupation_overrides.fields). The CSV import checks every cell with
// it; every read of the stored rows checks them again, so that the engine never sees a row the import would refuse.
//
// One row is a reference occupation in one Land (`land` DE-XX), or in every Land (`land` empty: what holds wherever
// no row of the Land says otherwise, e.g. IHK FOSA for the IHK occupations, or "no procedure" for an academic
// non-regulated profession). The occupation's own columns (name, codes, legal basis, the three regulation flags, the
// profile link) are repeated on each row of the occupation and must agree; the competent body, the fee range, the
// documents, the online application and the provenance (valid from, last verified, source, to be verified) are the
// row's own.
//
// Cells: dates ISO (YYYY-MM-DD); yes/no as `ja`/`nein` (written so; `true`/`false`, `yes`/`no` and `1`/`0` are read
// too, any case); an empty yes/no cell is "not known" where the column allows it; lists (ISCO-08 and KldB 2010
// codes, documents) separated by ` | `; money whole euros; the source as a title and a URL column.

import { FEDERAL_STATES } from '../common/codes.ts';
import { isMalformedText } from '../../text.ts';

/** Whether a cell is required, and what it holds. */
export type ColumnKind =
  | { kind: 'id' }
  | { kind: 'land' }
  | { kind: 'text'; max: number; required?: boolean }
  | { kind: 'url'; required?: boolean }
  | { kind: 'email' }
  | { kind: 'yesNo'; required: boolean }
  | { kind: 'euro' }
  | { kind: 'months' }
  | { kind: 'codes'; digits: readonly number[] }
  | { kind: 'list'; max: number }
  | { kind: 'date'; required: boolean };

export type RowValue = string | number | boolean | string[] | null;

export interface Column {
  /** the field's name in the row (and in the stored JSON) */
  field: keyof RecognitionRow;
  /** the CSV header: German, lower case, without umlauts, so that no spreadsheet's encoding can break it */
  header: string;
  spec: ColumnKind;
  /** the occupation's own column: the same on each row of the occupation */
  occupation?: true;
}

/** One row of the recognition data. `null`: empty cell (not known, or none). */
export interface RecognitionRow {
  occupationId: string;
  /** DE-XX, or '' for the row that holds in every Land */
  land: string;
  name: string;
  nameEn: string | null;
  isco: string[];
  kldb: string[];
  legalBasis: string | null;
  /** regulated for employees (Reg.) */
  employmentRegulated: boolean | null;
  titleProtected: boolean | null;
  /** self-employment or reserved activities regulated (Handwerksrolle, Bauvorlageberechtigung, ÖbVI, …) */
  reservedActivityRegulated: boolean | null;
  profileUrl: string | null;
  /** the competent body; null: not known here ("ask the service office") or no procedure (see note) */
  bodyName: string | null;
  bodyAddress: string | null;
  bodyUrl: string | null;
  bodyEmail: string | null;
  bodyPhone: string | null;
  feeMinEur: number | null;
  feeMaxEur: number | null;
  /** the months within which the body decides once the file is complete */
  decisionMonths: number | null;
  documents: string[];
  onlineApplication: boolean | null;
  note: string | null;
  validFrom: string;
  lastVerified: string;
  sourceTitle: string;
  sourceUrl: string;
  unconfirmed: boolean;
}

export const OCCUPATION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID_MAX = 80;

/** The columns in their stable order: the export writes them so, the import reads them in any order. */
export const COLUMNS: readonly Column[] = [
  { field: 'occupationId', header: 'beruf_id', spec: { kind: 'id' } },
  { field: 'land', header: 'land', spec: { kind: 'land' } },
  { field: 'name', header: 'bezeichnung', spec: { kind: 'text', max: 200, required: true }, occupation: true },
  { field: 'nameEn', header: 'bezeichnung_en', spec: { kind: 'text', max: 200 }, occupation: true },
  { field: 'isco', header: 'isco', spec: { kind: 'codes', digits: [4] }, occupation: true },
  { field: 'kldb', header: 'kldb', spec: { kind: 'codes', digits: [5] }, occupation: true },
  { field: 'legalBasis', header: 'rechtsgrundlage', spec: { kind: 'text', max: 300 }, occupation: true },
  { field: 'employmentRegulated', header: 'beschaeftigung_reglementiert', spec: { kind: 'yesNo', required: false }, occupation: true },
  { field: 'titleProtected', header: 'titel_geschuetzt', spec: { kind: 'yesNo', required: false }, occupation: true },
  { field: 'reservedActivityRegulated', header: 'selbststaendigkeit_vorbehalten', spec: { kind: 'yesNo', required: false }, occupation: true },
  { field: 'profileUrl', header: 'profil_url', spec: { kind: 'url' }, occupation: true },
  { field: 'bodyName', header: 'stelle', spec: { kind: 'text', max: 300 } },
  { field: 'bodyAddress', header: 'stelle_anschrift', spec: { kind: 'text', max: 500 } },
  { field: 'bodyUrl', header: 'stelle_web', spec: { kind: 'url' } },
  { field: 'bodyEmail', header: 'stelle_email', spec: { kind: 'email' } },
  { field: 'bodyPhone', header: 'stelle_telefon', spec: { kind: 'text', max: 50 } },
  { field: 'feeMinEur', header: 'gebuehr_von_eur', spec: { kind: 'euro' } },
  { field: 'feeMaxEur', header: 'gebuehr_bis_eur', spec: { kind: 'euro' } },
  { field: 'decisionMonths', header: 'entscheidung_monate', spec: { kind: 'months' } },
  { field: 'documents', header: 'unterlagen', spec: { kind: 'list', max: 2000 } },
  { field: 'onlineApplication', header: 'online_antrag', spec: { kind: 'yesNo', required: false } },
  { field: 'note', header: 'hinweis', spec: { kind: 'text', max: 2000 } },
  { field: 'validFrom', header: 'gueltig_ab', spec: { kind: 'date', required: true } },
  { field: 'lastVerified', header: 'zuletzt_geprueft', spec: { kind: 'date', required: true } },
  { field: 'sourceTitle', header: 'quelle_titel', spec: { kind: 'text', max: 300, required: true } },
  { field: 'sourceUrl', header: 'quelle_url', spec: { kind: 'url', required: true } },
  { field: 'unconfirmed', header: 'zu_pruefen', spec: { kind: 'yesNo', required: true } },
];

export const HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

/** A column the import needs: the header must be there (its cells may still be empty where the column allows). */
export function isRequiredColumn(c: Column): boolean {
  const s = c.spec;
  return s.kind === 'id' || s.kind === 'land' || ('required' in s && s.required === true);
}

export const LIST_SEPARATOR = ' | ';

export type CellErrorCode =
  | 'required'
  | 'tooLong'
  | 'characters'
  | 'id'
  | 'land'
  | 'yesNo'
  | 'url'
  | 'email'
  | 'euro'
  | 'months'
  | 'codes'
  | 'date'
  | 'feeRange'
  | 'duplicate'
  | 'differs'
  | 'unknownColumn'
  | 'missingColumn'
  | 'duplicateColumn'
  | 'columnCount'
  | 'empty'
  | 'unreadable';

/** What is wrong with a cell (or a header): the CSV row as a spreadsheet numbers it (the header is row 1). */
export interface CellError {
  row: number;
  /** the column's header as the file names it (or as it should be named, for a missing column) */
  column: string;
  code: CellErrorCode;
  /** for `duplicate` and `differs`: the other row */
  otherRow?: number;
}

export class CellProblem extends Error {
  constructor(readonly code: CellErrorCode) {
    super(code);
  }
}

const YES = new Set(['ja', 'j', 'true', 'yes', 'y', '1', 'wahr']);
const NO = new Set(['nein', 'n', 'false', 'no', '0', 'falsch']);

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && !/\s/.test(s);
  } catch {
    return false;
  }
}

/** The value of one cell as the column declares it; throws CellProblem naming what is wrong. */
export function readCell(spec: ColumnKind, raw: string): RowValue {
  const s = raw.trim();
  if (isMalformedText(s)) throw new CellProblem('characters');
  switch (spec.kind) {
    case 'id':
      if (s === '') throw new CellProblem('required');
      if (s.length > ID_MAX || !OCCUPATION_ID.test(s)) throw new CellProblem('id');
      return s;
    case 'land': {
      if (s === '') return '';
      const up = s.toUpperCase();
      if (!FEDERAL_STATES.includes(up)) throw new CellProblem('land');
      return up;
    }
    case 'text':
      if (s === '') {
        if (spec.required) throw new CellProblem('required');
        return null;
      }
      if (s.length > spec.max) throw new CellProblem('tooLong');
      return s;
    case 'url':
      if (s === '') {
        if (spec.required) throw new CellProblem('required');
        return null;
      }
      if (s.length > 500 || !isWebAddress(s)) throw new CellProblem('url');
      return s;
    case 'email':
      if (s === '') return null;
      if (s.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) throw new CellProblem('email');
      return s.toLowerCase();
    case 'yesNo': {
      if (s === '') {
        if (spec.required) throw new CellProblem('required');
        return null;
      }
      const l = s.toLowerCase();
      if (YES.has(l)) return true;
      if (NO.has(l)) return false;
      throw new CellProblem('yesNo');
    }
    case 'euro': {
      if (s === '') return null;
      // whole euros; a German thousands dot or a trailing "€" as Excel may write them
      const t = s.replace(/\s*(€|EUR)$/i, '').replace(/\.(?=\d{3}(\D|$))/g, '');
      if (!/^\d{1,6}$/.test(t)) throw new CellProblem('euro');
      return Number(t);
    }
    case 'months': {
      if (s === '') return null;
      if (!/^\d{1,2}$/.test(s) || Number(s) < 1 || Number(s) > 36) throw new CellProblem('months');
      return Number(s);
    }
    case 'codes': {
      if (s === '') return [];
      const codes = s.split(/\s*[|,]\s*/).filter((x) => x !== '');
      for (const c of codes) if (!/^\d+$/.test(c) || !spec.digits.includes(c.length)) throw new CellProblem('codes');
      return [...new Set(codes)];
    }
    case 'list': {
      if (s === '') return [];
      if (s.length > spec.max) throw new CellProblem('tooLong');
      return s
        .split('|')
        .map((x) => x.trim())
        .filter((x) => x !== '');
    }
    case 'date':
      if (s === '') {
        if (spec.required) throw new CellProblem('required');
        return null;
      }
      if (!isIsoDate(s)) throw new CellProblem('date');
      return s;
  }
}

/** The cell text of a value, as the export writes it (and readCell reads back to the same value). */
export function writeCell(spec: ColumnKind, value: RowValue): string {
  if (value === null || value === undefined) return '';
  switch (spec.kind) {
    case 'yesNo':
      return value === true ? 'ja' : 'nein';
    case 'codes':
    case 'list':
      return (value as string[]).join(LIST_SEPARATOR);
    default:
      return String(value);
  }
}

/** The row's errors beyond single cells: a fee range that runs backwards. */
export function rowProblems(row: RecognitionRow): { field: keyof RecognitionRow; code: CellErrorCode }[] {
  const out: { field: keyof RecognitionRow; code: CellErrorCode }[] = [];
  if (row.feeMinEur !== null && row.feeMaxEur !== null && row.feeMinEur > row.feeMaxEur) out.push({ field: 'feeMaxEur', code: 'feeRange' });
  return out;
}

/** The key of a row: its occupation and Land. */
export function rowKey(r: Pick<RecognitionRow, 'occupationId' | 'land'>): string {
  return `${r.occupationId}/${r.land}`;
}

/** The same row? (every column's value equal, lists in order) */
export function sameRow(a: RecognitionRow, b: RecognitionRow): boolean {
  return COLUMNS.every((c) => writeCell(c.spec, a[c.field] as RowValue) === writeCell(c.spec, b[c.field] as RowValue));
}

/** The same values in the occupation's own columns? */
export function sameOccupation(a: RecognitionRow, b: RecognitionRow): boolean {
  return COLUMNS.filter((c) => c.occupation).every((c) => writeCell(c.spec, a[c.field] as RowValue) === writeCell(c.spec, b[c.field] as RowValue));
}

/**
 * A stored row's fields checked again with the same schema (each value written as its cell and read back): the row,
 * or null when the stored value would not pass the import today (it is then left out, never guessed).
 */
export function checkStoredRow(fields: unknown): RecognitionRow | null {
  if (fields === null || typeof fields !== 'object') return null;
  const f = fields as Record<string, unknown>;
  const out: Record<string, RowValue> = {};
  try {
    for (const c of COLUMNS) {
      const v = f[c.field];
      const cell = Array.isArray(v) ? v.map(String).join(LIST_SEPARATOR) : v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'ja' : 'nein') : String(v);
      out[c.field] = readCell(c.spec, cell);
    }
  } catch (err) {
    if (err instanceof CellProblem) return null;
    throw err;
  }
  const row = out as unknown as RecognitionRow;
  return rowProblems(row).length === 0 ? row : null;
}
