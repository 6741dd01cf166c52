// `lotse report rebuild-summary` as an operator runs it: the real CLI in a child process against a fresh embedded
// database in a temporary LOTSE_DATA_DIR or, when DATABASE_URL is set, a fresh database on that server. A summary
// damaged by hand is put right (the report equals the queries on the consultations again) and the damage is counted.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/index.ts';
import type { CliTarget } from './cliTesting.ts';
import { cliTarget, runLotse, withDb as withDbOf } from './cliTesting.ts';
import { makeTenant, makeUser } from '../dev/accountsTesting.ts';
import { createContact } from '../app/companies/createContact.ts';
import { createPartner } from '../app/partners/createPartner.ts';
import { recordConsultation } from '../app/consultations/recordConsultation.ts';
import { buildReport } from '../app/reports/buildReport.ts';
import { rebuildReportSummary } from '../app/reports/rebuildReportSummary.ts';
import { referenceReport } from '../app/reports/referenceReport.testing.ts';

let target: CliTarget;
before(async () => {
  target = await cliTarget('report');
});
after(async () => target.cleanup());

const lotse = (args: string[]) => runLotse(target, args);
/** Work on the database between CLI runs (the embedded one is free again once the CLI has exited). */
const withDb = <T>(fn: (d: Database) => Promise<T>): Promise<T> => withDbOf(target, fn);

test('report rebuild-summary recomputes a damaged summary, counts the rows it corrected, and the report is right again', async () => {
  const range = { from: '2026-01-01', to: '2026-03-31' };
  const { actor, expected } = await withDb(async (d) => {
    const t = await makeTenant(d.db, 'Servicestelle Pfalz');
    const actor = await makeUser(d.db, t.tenantId, 'adviser', 'beratung@pfalz.example');
    const ihk = (await createPartner(d.db, { ...actor, role: 'admin' as const }, { name: 'IHK', type: 'ihk' })).id;
    const anna = (await createContact(d.db, actor, t.companyA, { name: 'Anna' })).id;
    await recordConsultation(d.db, actor, t.companyA, { date: '2026-01-31', channel: 'phone', topics: ['recognition'], kind: 'first', partnerIds: [ihk], participantIds: [anna] });
    await recordConsultation(d.db, actor, t.companyB, { date: '2026-02-01', channel: 'event', topics: ['residence_law'], kind: 'first', otherParticipants: 5 });
    const expected = await referenceReport(d.db, t.tenantId, range.from, range.to);
    assert.deepEqual(await buildReport(d.db, actor, range, '2026-06-15'), expected, 'kept by the triggers');
    // damage: a topic's month and day rows gone (2), both companies' days emptied (2), the one person's row gone (1)
    await d.db.execute(sql`delete from report_counts where dim = 'topic' and key = 'recognition'`);
    await d.db.execute(sql`update report_company_days set days = '{}'`);
    await d.db.execute(sql`delete from report_person_days`);
    assert.notDeepEqual(await buildReport(d.db, actor, range, '2026-06-15'), expected, 'damaged');
    return { actor, expected };
  });

  const r = await lotse(['report', 'rebuild-summary']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Rebuilt the report summary in .+ in \d+\.\d s: \d+ rows; 5 differed from the summary kept so far and are now right\.\n$/);

  await withDb(async (d) => {
    assert.deepEqual(await buildReport(d.db, actor, range, '2026-06-15'), expected);
    assert.equal((await rebuildReportSummary(d.db, { operator: 'test' })).differed, 0);
  });
});

test('report: an unknown subcommand ends with exit 2 and one line naming it', async () => {
  const r = await lotse(['report', 'rebuild']);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^lotse report: unknown subcommand "rebuild"; use: lotse report rebuild-summary .*\n$/);
});
