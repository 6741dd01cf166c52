// The report's summary under concurrent writers (PostgreSQL only; the embedded database has one connection): when one
// transaction takes a consultation or a participation away while another adds one on the same day, the day stays in
// the company's or person's day set, whichever commits first (the triggers lock the summary row before they check).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { makeTenant } from '../../dev/accountsTesting.ts';

const serverUrl = process.env.DATABASE_URL;
let db: TestDatabase;
let office: { tenantId: string; companyA: string };
/** two writers and a watcher, on the throwaway database (db.location: the test server takes no password) */
let s1: pg.Client;
let s2: pg.Client;
let watcher: pg.Client;

before(async () => {
  if (!serverUrl) return;
  db = await openTestDb();
  office = await makeTenant(db.db, 'Office');
  [s1, s2, watcher] = [new pg.Client(db.location), new pg.Client(db.location), new pg.Client(db.location)];
  for (const c of [s1, s2, watcher]) await c.connect();
});
after(async () => {
  if (!serverUrl) return;
  for (const c of [s1, s2, watcher]) await c.end();
  await db.destroy();
});

/** Resolves once `blocked` waits for a lock (at most 5 s), so that the order of the two is fixed without sleeping. */
async function waitsForLock(blocked: pg.Client): Promise<void> {
  const pid = (blocked as unknown as { processID: number }).processID;
  for (let i = 0; i < 250; i++) {
    const r = await watcher.query(`select 1 from pg_stat_activity where pid = $1 and wait_event_type = 'Lock'`, [pid]);
    if (r.rowCount) return;
    await new Promise((res) => setTimeout(res, 20));
  }
}

test('a day taken away and added at once stays in the day sets, whichever transaction commits first', { skip: !serverUrl && 'PostgreSQL only' }, async () => {
  const add = (s: pg.Client) =>
    s.query(`insert into consultations (tenant_id, company_id, date, channel, topics, kind) values ($1, $2, '2025-01-10', 'phone', '{recognition}', 'first') returning id`, [office.tenantId, office.companyA]).then((r) => r.rows[0].id as string);
  const person = '11111111-1111-4111-8111-111111111111';
  const days = async () => {
    const r = await watcher.query(
      `select (select days::text from report_company_days where company_id = $1) as company, (select days::text from report_person_days where person_key = $2) as person`,
      [office.companyA, person],
    );
    return r.rows[0] as { company: string | null; person: string | null };
  };
  const onlyThatDay = { company: '{[2025-01-10,2025-01-11)}', person: '{[2025-01-10,2025-01-11)}' };

  const a = await add(s1);
  const b = await add(s1);
  const participate = (s: pg.Client, c: string) => s.query('insert into consultation_participants (consultation_id, person_key) values ($1, $2)', [c, person]);
  await participate(s1, a);

  // participations only (no counter row in common): the adder commits first, the one taking away must see its row
  await s2.query('begin');
  await participate(s2, b);
  await s1.query('begin');
  const taking = s1.query('delete from consultation_participants where consultation_id = $1', [a]);
  await waitsForLock(s1);
  await s2.query('commit');
  await taking;
  await s1.query('commit');
  assert.deepEqual(await days(), onlyThatDay, 'the adder committed first');

  // consultations: the one taking away commits first, the adder's union comes after it
  await s1.query('begin');
  await s1.query('delete from consultations where id = any($1)', [[a, b]]);
  await s2.query('begin');
  const adding = add(s2).then((c) => participate(s2, c));
  await waitsForLock(s2);
  await s1.query('commit');
  await adding;
  await s2.query('commit');
  assert.deepEqual(await days(), onlyThatDay, 'the one taking away committed first');
});
