// Issue 16 (decision 023): the one schema of a row of the office's recognition data, as the CSV carries it and as the
// database keeps an office's own rows (reference_occupation_overrides.fields: the row's cells by header). The CSV
// import checks every cell with it; every read of the stored rows checks them again, so that the finder never sees a
// row the import would refuse.
//
// One file, three kinds of row, told apart by the column `satz`:
//   beruf           a reference occupation (src/law/recognition/types.ts ReferenceOccupation), key `id`
//   stelle          a competent body (RecognitionBody), key `id`
//   zustaendigkeit  the competent body of an occupation in a Land (CompetentBodyRule), key `id` (the occupation) and
//                   `land` (DE-XX, or * for every Land); `stelle_id` a body's id, or `ask` (not known: "ask the
//                   service office"), or `district:hwk` / `district:ihk` (the chamber of the place's district)
// A column that does not belong to the row's kind must be empty.
//
// Cells: dates ISO (YYYY-MM-DD; DD.MM.YYYY, as German Excel re-saves a date, is read as the same day); yes/no as `ja`/`nein` (the export writes these; `true`/`false`, `yes`/`no`, `1`/`0`
// are read too, in any case); the online application `ja`/`nein`/`unbekannt`; lists (documents, catalogue ids, legal
// bases) separated by ` | `; a legal basis as `CODE: citation` (e.g. `HwO: § 7 HwO`); money in whole euros; a source
// as a title column and a URL column; `zu_pruefen` marks what is UNCONFIRMED ("zu prüfen / to be verified"). An
// English text column left empty takes the German text.

import { getOccupation } from '../../catalogue/occupations.ts';
import {
  BODY_ASK,
  BODY_HWK_DISTRICT,
  BODY_IHK_DISTRICT,
  BODY_KINDS,
  DEADLINE_RULES,
  DOCUMENT_CODES,
  LAENDER,
  LEGAL_BASIS_CODES,
  RECOGNITION_KINDS,
} from '../../law/recognition/types.ts';
import { isMalformedText } from '../../text.ts';

export const ROW_KINDS = ['beruf', 'stelle', 'zustaendigkeit'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** What a cell holds. */
export type CellKind =
  | { kind: 'slug' }
  | { kind: 'land'; star?: boolean }
  | { kind: 'bodyRef' }
  | { kind: 'text'; max: number }
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'yesNo' }
  | { kind: 'online' }
  | { kind: 'url' }
  | { kind: 'euro' }
  | { kind: 'digits'; n: number }
  | { kind: 'postcode' }
  | { kind: 'codes'; values: readonly string[] }
  | { kind: 'catalogueIds' }
  | { kind: 'slugs' }
  | { kind: 'legalBases' }
  | { kind: 'paramId' }
  | { kind: 'date' };

/** Per kind of row: required ('r'), optional ('o'); a kind not named: the cell must be empty. */
export type Use = Partial<Record<RowKind, 'r' | 'o'>>;

export interface Column {
  header: string;
  cell: CellKind;
  use: Use;
}

const ALL_R: Use = { beruf: 'r', stelle: 'r', zustaendigkeit: 'r' };
const B = (u: 'r' | 'o'): Use => ({ beruf: u });
const S = (u: 'r' | 'o'): Use => ({ stelle: u });

/** The columns in their stable order: the export writes them so, the import reads them in any order. */
export const COLUMNS: readonly Column[] = [
  { header: 'satz', cell: { kind: 'oneOf', values: ROW_KINDS }, use: ALL_R },
  { header: 'id', cell: { kind: 'slug' }, use: ALL_R },
  { header: 'land', cell: { kind: 'land', star: true }, use: { stelle: 'o', zustaendigkeit: 'r' } },
  { header: 'stelle_id', cell: { kind: 'bodyRef' }, use: { zustaendigkeit: 'r' } },
  { header: 'art', cell: { kind: 'text', max: 40 }, use: { beruf: 'r', stelle: 'r' } },
  { header: 'bezeichnung', cell: { kind: 'text', max: 300 }, use: { beruf: 'r', stelle: 'r' } },
  { header: 'bezeichnung_en', cell: { kind: 'text', max: 300 }, use: { beruf: 'o', stelle: 'o' } },
  { header: 'isco', cell: { kind: 'digits', n: 4 }, use: B('r') },
  { header: 'kldb', cell: { kind: 'digits', n: 5 }, use: B('o') },
  { header: 'katalog_ids', cell: { kind: 'catalogueIds' }, use: B('o') },
  { header: 'verwandte_ids', cell: { kind: 'slugs' }, use: B('o') },
  { header: 'beschaeftigung_reglementiert', cell: { kind: 'yesNo' }, use: B('r') },
  { header: 'titel_geschuetzt', cell: { kind: 'yesNo' }, use: B('r') },
  { header: 'selbststaendigkeit_vorbehalten', cell: { kind: 'yesNo' }, use: B('r') },
  { header: 'regelung_hinweis', cell: { kind: 'text', max: 2000 }, use: B('r') },
  { header: 'regelung_hinweis_en', cell: { kind: 'text', max: 2000 }, use: B('o') },
  { header: 'rechtsgrundlagen', cell: { kind: 'legalBases' }, use: B('o') },
  { header: 'fristen', cell: { kind: 'oneOf', values: DEADLINE_RULES }, use: B('r') },
  { header: 'unterlagen', cell: { kind: 'codes', values: DOCUMENT_CODES }, use: B('o') },
  { header: 'online_antrag', cell: { kind: 'online' }, use: { beruf: 'r', zustaendigkeit: 'o' } },
  { header: 'suchbegriff', cell: { kind: 'text', max: 200 }, use: B('r') },
  { header: 'profil_url', cell: { kind: 'url' }, use: B('o') },
  { header: 'gebuehr_parameter', cell: { kind: 'paramId' }, use: { beruf: 'o', zustaendigkeit: 'o' } },
  { header: 'gebuehr_von_eur', cell: { kind: 'euro' }, use: B('o') },
  { header: 'gebuehr_bis_eur', cell: { kind: 'euro' }, use: B('o') },
  { header: 'gebuehr_typisch_eur', cell: { kind: 'euro' }, use: B('o') },
  { header: 'gebuehr_zu_pruefen', cell: { kind: 'yesNo' }, use: B('o') },
  { header: 'strasse', cell: { kind: 'text', max: 200 }, use: S('o') },
  { header: 'plz', cell: { kind: 'postcode' }, use: S('o') },
  { header: 'ort', cell: { kind: 'text', max: 200 }, use: S('o') },
  { header: 'web', cell: { kind: 'url' }, use: S('o') },
  { header: 'anschrift_zu_pruefen', cell: { kind: 'yesNo' }, use: S('o') },
  { header: 'hinweis', cell: { kind: 'text', max: 2000 }, use: { stelle: 'o', zustaendigkeit: 'o' } },
  { header: 'hinweis_en', cell: { kind: 'text', max: 2000 }, use: { stelle: 'o', zustaendigkeit: 'o' } },
  { header: 'gueltig_ab', cell: { kind: 'date' }, use: B('r') },
  { header: 'gueltig_bis', cell: { kind: 'date' }, use: B('o') },
  { header: 'quelle_titel', cell: { kind: 'text', max: 500 }, use: { beruf: 'r', stelle: 'r' } },
  { header: 'quelle_url', cell: { kind: 'url' }, use: { beruf: 'r', stelle: 'r' } },
  { header: 'zuletzt_geprueft', cell: { kind: 'date' }, use: { beruf: 'r', stelle: 'r' } },
  { header: 'zu_pruefen', cell: { kind: 'yesNo' }, use: { beruf: 'r', stelle: 'r', zustaendigkeit: 'r' } },
  { header: 'zu_pruefen_hinweis', cell: { kind: 'text', max: 2000 }, use: B('o') },
  { header: 'zu_pruefen_hinweis_en', cell: { kind: 'text', max: 2000 }, use: B('o') },
];

export const HEADERS: readonly string[] = COLUMNS.map((c) => c.header);
export type Header = string;

/** The columns a file must have when it holds rows of these kinds (`satz` and `id` always). */
export function requiredHeaders(kinds: Iterable<string>): string[] {
  const ks = new Set(kinds);
  return COLUMNS.filter((c) => c.header === 'satz' || c.header === 'id' || ROW_KINDS.some((k) => ks.has(k) && c.use[k] === 'r')).map((c) => c.header);
}

/** The kind's own `art` values. */
const ART: Record<'beruf' | 'stelle', readonly string[]> = { beruf: RECOGNITION_KINDS, stelle: BODY_KINDS };

export const LIST_SEPARATOR = ' | ';

export type CellErrorCode =
  | 'required'
  | 'notForKind'
  | 'tooLong'
  | 'characters'
  | 'slug'
  | 'land'
  | 'bodyRef'
  | 'oneOf'
  | 'yesNo'
  | 'online'
  | 'url'
  | 'euro'
  | 'digits'
  | 'postcode'
  | 'codes'
  | 'catalogueId'
  | 'legalBasis'
  | 'paramId'
  | 'date'
  | 'feeRange'
  | 'dateRange'
  | 'duplicate'
  | 'unknownOccupation'
  | 'unknownBody'
  | 'unknownColumn'
  | 'missingColumn'
  | 'duplicateColumn'
  | 'columnCount'
  | 'empty'
  | 'unreadable';

/** What is wrong with a cell (or a header): the row as a spreadsheet numbers it (the header is row 1). */
export interface CellError {
  row: number;
  /** the column's header as the file names it (or as it must be named, for a missing column); '' for the row */
  column: string;
  code: CellErrorCode;
  /** for `duplicate`: the other row */
  otherRow?: number;
  /** for `oneOf`, `codes`: what was not allowed */
  value?: string;
}

class CellProblem extends Error {
  constructor(
    readonly code: CellErrorCode,
    readonly value?: string,
  ) {
    super(code);
  }
}

const YES = new Set(['ja', 'j', 'true', 'yes', 'y', '1', 'wahr']);
const NO = new Set(['nein', 'n', 'false', 'no', '0', 'falsch']);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function isWebAddress(s: string): boolean {
  if (/\s/.test(s) || s.length > 500) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

function items(s: string): string[] {
  return s
    .split('|')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** The cell in its normal form (what the export would write for the same value); throws CellProblem. */
function normalCell(cell: CellKind, s: string, kind: RowKind): string {
  switch (cell.kind) {
    case 'slug':
      if (s.length > 80 || !SLUG.test(s)) throw new CellProblem('slug');
      return s;
    case 'land': {
      const up = s.toUpperCase();
      if (cell.star && s === '*') return '*';
      if (!(LAENDER as readonly string[]).includes(up)) throw new CellProblem('land');
      return up;
    }
    case 'bodyRef':
      if (s === BODY_ASK || s === BODY_HWK_DISTRICT || s === BODY_IHK_DISTRICT) return s;
      if (s.length > 80 || !SLUG.test(s)) throw new CellProblem('bodyRef');
      return s;
    case 'text':
      if (s.length > cell.max) throw new CellProblem('tooLong');
      return s;
    case 'oneOf':
      if (!cell.values.includes(s)) throw new CellProblem('oneOf', s);
      return s;
    case 'yesNo': {
      const l = s.toLowerCase();
      if (YES.has(l)) return 'ja';
      if (NO.has(l)) return 'nein';
      throw new CellProblem('yesNo');
    }
    case 'online': {
      const l = s.toLowerCase();
      if (YES.has(l)) return 'ja';
      if (NO.has(l)) return 'nein';
      if (l === 'unbekannt' || l === 'unknown') return 'unbekannt';
      throw new CellProblem('online');
    }
    case 'url':
      if (!isWebAddress(s)) throw new CellProblem('url');
      return s;
    case 'euro': {
      // whole euros; a German thousands dot or a trailing "€" as Excel may write them
      const t = s.replace(/\s*(€|EUR)$/i, '').replace(/\.(?=\d{3}(\D|$))/g, '');
      if (!/^\d{1,6}$/.test(t)) throw new CellProblem('euro');
      return String(Number(t));
    }
    case 'digits':
      if (!new RegExp(`^\\d{${cell.n}}$`).test(s)) throw new CellProblem('digits');
      return s;
    case 'postcode':
      // German Excel drops the leading zero of 01067 when it re-saves the file; a German postcode has five digits
      if (/^\d{4}$/.test(s)) return `0${s}`;
      if (!/^\d{5}$/.test(s)) throw new CellProblem('postcode');
      return s;
    case 'codes': {
      const list = items(s);
      for (const x of list) if (!cell.values.includes(x)) throw new CellProblem('codes', x);
      return [...new Set(list)].join(LIST_SEPARATOR);
    }
    case 'catalogueIds': {
      const list = items(s);
      for (const x of list) if (!getOccupation(x)) throw new CellProblem('catalogueId', x);
      return [...new Set(list)].join(LIST_SEPARATOR);
    }
    case 'slugs': {
      const list = items(s);
      for (const x of list) if (x.length > 80 || !SLUG.test(x)) throw new CellProblem('slug', x);
      return [...new Set(list)].join(LIST_SEPARATOR);
    }
    case 'legalBases': {
      const list = items(s).map((x) => {
        const m = /^([^:]+):\s*(.+)$/.exec(x);
        const code = m?.[1]?.trim() ?? '';
        if (!m || !(LEGAL_BASIS_CODES as readonly string[]).includes(code)) throw new CellProblem('legalBasis', x);
        return `${code}: ${m[2]!.trim()}`;
      });
      return list.join(LIST_SEPARATOR);
    }
    case 'paramId':
      if (!/^[a-z0-9]+(\.[a-zA-Z0-9_-]+)*$/.test(s) || s.length > 100) throw new CellProblem('paramId');
      return s;
    case 'date': {
      // German Excel shows an ISO date as a date and re-saves it as 01.04.2012: read back as the same day
      const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
      const iso = de ? `${de[3]}-${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}` : s;
      if (!isIsoDate(iso)) throw new CellProblem('date');
      return iso;
    }
  }
  // unreachable; keeps the compiler sure of the kind
  throw new CellProblem('unreadable', kind);
}

/** A row as cells by header, each in its normal form ('' for empty); the columns of other kinds are ''. */
export type Cells = Record<string, string>;

/**
 * The key of a row within the data: a body's id; an occupation's id and the day its version applies from
 * (`<id>@<gueltig_ab>`: the data may hold dated versions of one occupation, decision 023); a competence row's
 * occupation and Land (`<id>/<land>`, for every version of the occupation).
 */
export function rowKey(kind: RowKind, cells: Cells): string {
  if (kind === 'zustaendigkeit') return `${cells.id}/${cells.land}`;
  if (kind === 'beruf') return occupationKey(cells.id!, cells.gueltig_ab!);
  return cells.id!;
}

export function occupationKey(id: string, validFrom: string): string {
  return `${id}@${validFrom}`;
}

/**
 * Checks one row's cells (by header; absent headers are empty) with the schema: the row in its normal form, or the
 * errors naming each column (`row` is the spreadsheet's row number of it).
 */
export function checkRow(raw: Record<string, string | undefined>, row: number): { cells: Cells; kind: RowKind } | { errors: CellError[] } {
  const errors: CellError[] = [];
  const kindRaw = (raw.satz ?? '').trim().toLowerCase();
  if (kindRaw === '') return { errors: [{ row, column: 'satz', code: 'required' }] };
  if (!(ROW_KINDS as readonly string[]).includes(kindRaw)) return { errors: [{ row, column: 'satz', code: 'oneOf', value: kindRaw }] };
  const kind = kindRaw as RowKind;
  const cells: Cells = {};
  for (const col of COLUMNS) {
    const s = (raw[col.header] ?? '').trim();
    const use = col.use[kind];
    try {
      if (isMalformedText(s)) throw new CellProblem('characters');
      if (col.header === 'satz') {
        cells.satz = kind;
        continue;
      }
      if (s === '') {
        if (use === 'r') throw new CellProblem('required');
        cells[col.header] = '';
        continue;
      }
      if (use === undefined) throw new CellProblem('notForKind');
      cells[col.header] = col.header === 'art' ? normalCell({ kind: 'oneOf', values: ART[kind as 'beruf' | 'stelle'] }, s, kind) : normalCell(col.cell, s, kind);
    } catch (err) {
      if (!(err instanceof CellProblem)) throw err;
      errors.push({ row, column: col.header, code: err.code, ...(err.value === undefined ? {} : { value: err.value }) });
      cells[col.header] = '';
    }
  }
  if (kind === 'beruf') {
    const n = (h: string) => (cells[h] === '' ? null : Number(cells[h]));
    const min = n('gebuehr_von_eur');
    const max = n('gebuehr_bis_eur');
    if (min !== null && max !== null && min > max) errors.push({ row, column: 'gebuehr_bis_eur', code: 'feeRange' });
    if (cells.gueltig_bis !== '' && cells.gueltig_ab !== '' && cells.gueltig_bis! < cells.gueltig_ab!) errors.push({ row, column: 'gueltig_bis', code: 'dateRange' });
  }
  // in the order of the columns
  errors.sort((a, b) => HEADERS.indexOf(a.column) - HEADERS.indexOf(b.column));
  return errors.length > 0 ? { errors } : { cells, kind };
}

/** The cells of a stored row checked again: the row, or null when it would not pass the import today. */
export function checkStoredCells(kind: RowKind, fields: unknown): Cells | null {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) return null;
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields as Record<string, unknown>)) {
    if (typeof v !== 'string') return null;
    raw[k] = v;
  }
  const checked = checkRow({ ...raw, satz: kind }, 0);
  return 'cells' in checked && checked.kind === kind ? checked.cells : null;
}

/** The cells worth storing: the row's own non-empty columns (the kind is the stored row's `kind`). */
export function storedCells(cells: Cells): Record<string, string> {
  return Object.fromEntries(Object.entries(cells).filter(([k, v]) => k !== 'satz' && v !== ''));
}

/** The same row? (cells in normal form) */
export function sameCells(a: Cells, b: Cells): boolean {
  return HEADERS.every((h) => (a[h] ?? '') === (b[h] ?? ''));
}
