// A small read on the hot path of a page (issue 13: the result page reads one row per request). On the embedded
// database a parameterised query costs six calls into the WebAssembly (parse, describe, bind, describe, execute, sync),
// planning it again each time and drizzle's query building and row mapping on top; planning a join alone takes longer
// than running it. So a FastRead is a server-side prepared statement, built once (the SQL text with $1…$n for its
// named placeholders):
//   PGlite      prepared once per database (PREPARE; the embedded database is one session), then run as
//               `EXECUTE name(values)` through the simple query protocol: one call into the WebAssembly, no planning.
//               Each value is written as an SQL literal: a string in single quotes with its quotes doubled, which is
//               exact with standard_conforming_strings on (checked once per database; PostgreSQL's default since 9.1,
//               and PGlite's; otherwise the read runs as an ordinary parameterised query); a finite number; null.
//   PostgreSQL  node-postgres's named prepared statement (prepared once per pooled connection, values as parameters).
// Rows come back as objects keyed by the column names (alias them), parsed by the driver (both parse text, integers,
// uuid and jsonb alike). For reads outside transactions; values are text, finite numbers or null.

import { PGlite } from '@electric-sql/pglite';
import { Placeholder, is } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './index.ts';

type Value = string | number | null;

/** The SQL literal of a value (standard_conforming_strings on). */
export function sqlLiteral(value: Value): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('a query value must be a finite number');
    return String(value);
  }
  if (value.includes('\0')) throw new RangeError('a query value cannot hold a NUL character');
  return `'${value.replace(/'/g, "''")}'`;
}

/** Per embedded database: whether literals are exact there, and the statements prepared in it. */
interface PgliteState {
  literalsExact: Promise<boolean>;
  prepared: Map<string, Promise<void>>;
}

const pgliteStates = new WeakMap<PGlite, PgliteState>();

function stateOf(client: PGlite): PgliteState {
  let state = pgliteStates.get(client);
  if (state === undefined) {
    state = {
      literalsExact: client
        .query<{ standard_conforming_strings: string }>('show standard_conforming_strings')
        .then((r) => r.rows[0]?.standard_conforming_strings === 'on'),
      prepared: new Map(),
    };
    pgliteStates.set(client, state);
  }
  return state;
}

let statements = 0;

export class FastRead<Row, Name extends string> {
  private readonly name = `lotse_fast_read_${++statements}`;
  private readonly text: string;
  private readonly names: Name[];

  /** @param query the statement, its values as `sql.placeholder(name)` */
  constructor(query: SQL) {
    const built = new PgDialect().sqlToQuery(query);
    this.text = built.sql;
    this.names = built.params.map((p) => {
      if (!is(p, Placeholder)) throw new TypeError('a FastRead takes its values as placeholders only');
      return p.name as Name;
    });
  }

  /** The statement's rows for these values. */
  async run(db: Db, values: Record<Name, Value>): Promise<Row[]> {
    const params = this.names.map((n) => {
      const v = values[n];
      if (v === undefined) throw new TypeError(`no value for the query's placeholder ${n}`);
      return v;
    });
    const client = (db as unknown as { $client: unknown }).$client;
    if (client instanceof PGlite) {
      const state = stateOf(client);
      if (!(await state.literalsExact)) return (await client.query<Row>(this.text, params)).rows;
      let prepared = state.prepared.get(this.name);
      if (prepared === undefined) {
        prepared = client.exec(`prepare ${this.name} as ${this.text}`).then(() => undefined);
        // a failed PREPARE is tried again by the next read
        prepared.catch(() => state.prepared.delete(this.name));
        state.prepared.set(this.name, prepared);
      }
      await prepared;
      const [result] = await client.exec(params.length === 0 ? `execute ${this.name}` : `execute ${this.name}(${params.map(sqlLiteral).join(', ')})`);
      return (result?.rows ?? []) as Row[];
    }
    const pool = client as { query: (config: { name: string; text: string; values: Value[] }) => Promise<{ rows: Row[] }> };
    return (await pool.query({ name: this.name, text: this.text, values: params })).rows;
  }
}
