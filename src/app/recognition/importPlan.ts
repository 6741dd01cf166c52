// Issue 16 (decision 023): what an import changes, decided without the database. A row equal to the office's current
// data changes nothing (so re-importing an export is a no-op); a row equal to the built-in entry removes the office's
// own row for it (back to the built-in data); any other row is stored as the office's own. An import adds and
// changes, it never removes: an entry missing from the file stays as it is (the page resets single entries).
// References are checked against the data as it will be: a competence row names an occupation and a body that exist
// (built-in, the office's, or in the same file), or `ask` / a district sentinel.

import { BODY_ASK, BODY_HWK_DISTRICT, BODY_IHK_DISTRICT } from '../../law/recognition/types.ts';
import type { RecognitionData } from '../../law/recognition/types.ts';
import { rowKey, sameCells } from './csvColumns.ts';
import type { CellError, Cells, RowKind } from './csvColumns.ts';
import type { ParsedRow } from './csvCodec.ts';
import { dataRows, mergeData } from './rows.ts';
import type { OfficeRow } from './rows.ts';

export interface ImportPlan {
  /** rows to store as the office's own (new or changed) */
  upserts: ParsedRow[];
  /** the office's rows to remove: the file gives the built-in entry back */
  resets: ParsedRow[];
  unchanged: number;
}

const keyOf = (c: Cells) => `${c.satz}:${rowKey(c.satz as RowKind, c)}`;

export function indexRows(data: RecognitionData): Map<string, Cells> {
  return new Map(dataRows(data).map((c) => [keyOf(c), c]));
}

/** The errors of references that lead nowhere (row and column named), for rows that passed the cell checks. */
export function referenceErrors(rows: readonly ParsedRow[], current: RecognitionData): CellError[] {
  const occupations = new Set([...current.occupations.map((o) => o.id), ...rows.filter((r) => r.kind === 'beruf').map((r) => r.cells.id!)]);
  const bodies = new Set([...current.bodies.map((b) => b.id), ...rows.filter((r) => r.kind === 'stelle').map((r) => r.key), BODY_ASK, BODY_HWK_DISTRICT, BODY_IHK_DISTRICT]);
  const errors: CellError[] = [];
  for (const r of rows) {
    if (r.kind === 'beruf') {
      for (const id of r.cells.verwandte_ids === '' ? [] : r.cells.verwandte_ids!.split(' | '))
        if (!occupations.has(id)) errors.push({ row: r.row, column: 'verwandte_ids', code: 'unknownOccupation', value: id });
    }
    if (r.kind !== 'zustaendigkeit') continue;
    if (!occupations.has(r.cells.id!)) errors.push({ row: r.row, column: 'id', code: 'unknownOccupation', value: r.cells.id! });
    if (!bodies.has(r.cells.stelle_id!)) errors.push({ row: r.row, column: 'stelle_id', code: 'unknownBody', value: r.cells.stelle_id! });
  }
  return errors;
}

export function planImport(rows: readonly ParsedRow[], builtIn: RecognitionData, office: readonly OfficeRow[]): ImportPlan {
  const current = indexRows(mergeData(builtIn, office).data);
  const original = indexRows(builtIn);
  const own = new Set(office.map((r) => `${r.kind}:${r.key}`));
  const plan: ImportPlan = { upserts: [], resets: [], unchanged: 0 };
  for (const r of rows) {
    const k = `${r.kind}:${r.key}`;
    const now = current.get(k);
    if (now && sameCells(now, r.cells)) {
      plan.unchanged++;
      continue;
    }
    const builtInRow = original.get(k);
    if (builtInRow && sameCells(builtInRow, r.cells) && own.has(k)) plan.resets.push(r);
    else plan.upserts.push(r);
  }
  return plan;
}
