// Issue 16 (decision 023): an office's recognition data, read from the database: its own rows, each checked again
// with the CSV schema (a row that would not pass the import today is left out, never guessed), laid over the
// built-in data. Not a use case: the use cases authorize first and call it with the tenant they decided on.

import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { referenceOccupationOverrides } from '../../db/schema/index.ts';
import type { RecognitionData } from '../../law/recognition/types.ts';
import { checkStoredCells } from './csvColumns.ts';
import type { RowKind } from './csvColumns.ts';
import { mergeData } from './rows.ts';
import type { OfficeRow, Origin } from './rows.ts';

/** The table's kind of a CSV row kind, and back. */
export const STORED_KIND: Record<RowKind, 'occupation' | 'body' | 'competence'> = { beruf: 'occupation', stelle: 'body', zustaendigkeit: 'competence' };
const ROW_KIND: Record<string, RowKind> = { occupation: 'beruf', body: 'stelle', competence: 'zustaendigkeit' };

export interface StoredOfficeRow extends OfficeRow {
  updatedAt: Date;
  updatedBy: string | null;
}

/** The office's own rows that pass the schema, in a stable order. */
export async function loadOfficeRows(db: Db, tenantId: string): Promise<StoredOfficeRow[]> {
  const rows = await db
    .select()
    .from(referenceOccupationOverrides)
    .where(eq(referenceOccupationOverrides.tenantId, tenantId))
    .orderBy(asc(referenceOccupationOverrides.kind), asc(referenceOccupationOverrides.key));
  const out: StoredOfficeRow[] = [];
  for (const r of rows) {
    const kind = ROW_KIND[r.kind];
    if (kind === undefined) continue;
    const cells = checkStoredCells(kind, r.fields);
    if (cells === null) continue;
    out.push({ kind, key: r.key, cells, updatedAt: r.updatedAt, updatedBy: r.updatedBy });
  }
  return out;
}

export interface OfficeData {
  data: RecognitionData;
  /** per `beruf:<id>` and `stelle:<id>`: built-in, the office's over a built-in one, or the office's own */
  origin: Map<string, Origin>;
  rows: StoredOfficeRow[];
}

export async function officeRecognitionData(db: Db, tenantId: string, builtIn: RecognitionData): Promise<OfficeData> {
  const rows = await loadOfficeRows(db, tenantId);
  const { data, origin } = mergeData(builtIn, rows);
  return { data, origin, rows };
}

export async function deleteOfficeRow(db: Db, tenantId: string, kind: RowKind, key: string): Promise<number> {
  const gone = await db
    .delete(referenceOccupationOverrides)
    .where(and(eq(referenceOccupationOverrides.tenantId, tenantId), eq(referenceOccupationOverrides.kind, STORED_KIND[kind]), eq(referenceOccupationOverrides.key, key)))
    .returning({ key: referenceOccupationOverrides.key });
  return gone.length;
}
