// Bulk inserts for the volume seed: a few thousand rows per statement, passed as ONE JSON parameter that the database
// unpacks into the table's row type (jsonb_populate_recordset). Drizzle's multi-row insert binds one parameter per
// value and builds the statement in JavaScript; for the case volume (about 550,000 rows of tasks and documents) that
// alone took minutes on the embedded database. Measured on 24,000 task rows, each pair in one run on a busy machine:
// 13.5 s through drizzle and 4.9 s this way on PGlite, 4.8 s and 2.0 s on PostgreSQL. Every CHECK, NOT NULL, foreign
// key and unique index applies as to any insert; a column the rows leave out gets its default.

import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/index.ts';

const BATCH_ROWS = 4000;

/** Inserts `rows` (drizzle's insert shape: property names, Date for timestamps) with `common` set on each row (over the row's own). */
export async function insertRows<T extends PgTable>(tx: Db, table: T, rows: readonly Partial<T['$inferInsert']>[], common: Partial<T['$inferInsert']> = {}): Promise<number> {
  const all = getTableColumns(table);
  const columns = Object.entries(all).map(([key, column]) => [key, column.name] as const);
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const batch = rows.slice(i, i + BATCH_ROWS);
    const present = new Map<string, number>();
    const json = batch.map((row) => {
      const r = { ...row, ...common } as Record<string, unknown>;
      const o: Record<string, unknown> = {};
      for (const [key, name] of columns) {
        const v = r[key];
        if (v === undefined) continue;
        o[name] = v;
        present.set(name, (present.get(name) ?? 0) + 1);
      }
      return o;
    });
    // a column absent from every row of the batch keeps its default; one present in some is null where absent, which
    // a NOT NULL column with a default would refuse with a less helpful message
    for (const [key, name] of columns) {
      const n = present.get(name) ?? 0;
      if (n > 0 && n < batch.length && all[key]!.notNull) throw new Error(`insertRows: ${name} is set in some rows of the batch and not in others`);
    }
    const names = columns
      .map(([, name]) => name)
      .filter((name) => present.has(name))
      .map((name) => `"${name}"`)
      .join(', ');
    await tx.execute(sql`insert into ${table} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(json)}::jsonb)`);
  }
  return rows.length;
}
