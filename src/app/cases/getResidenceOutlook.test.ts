// The residence check on the demo's Blue Card case (issued 20 months ago, employment from two weeks after the card,
// German B1): the settlement permit of § 18c Abs. 2 AufenthG dated for B1 (21 months) and A1 (27 months) from the
// recorded start of employment; another office cannot read it.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { candidates, cases, users } from '../../db/schema/index.ts';
import { seedDemo } from '../../dev/seedDemo.ts';
import { NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { addMonths } from '../../law/dates.ts';
import { getResidenceOutlook } from './getResidenceOutlook.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
  const seeded = await seedDemo(db.db, new Date('2026-12-04T09:00:00Z'));
  assert.ok(seeded.ok);
});
after(() => db.destroy());

test('the demo Blue Card case: settlement with B1 and with A1 dated from the recorded start of employment', async () => {
  const [row] = await db.db
    .select({ id: cases.id, tenantId: cases.tenantId, companyId: cases.companyId, from: cases.titleEmploymentFrom, adviser: cases.adviserUserId })
    .from(cases)
    .innerJoin(candidates, eq(candidates.id, cases.candidateId))
    .where(eq(candidates.name, 'Arjun Nair (Demo)'));
  assert.ok(row && row.from && row.adviser);
  const [u] = await db.db.select({ role: users.role }).from(users).where(eq(users.id, row.adviser));
  const adviser: Actor = { userId: row.adviser, tenantId: row.tenantId, role: u!.role as Actor['role'], companyId: null };
  const o = await getResidenceOutlook(db.db, adviser, row.id, '2026-12-04');
  assert.equal(o.status, 'assessed');
  assert.equal(o.assumed?.employmentFromSource, 'recorded');
  assert.equal(o.assumed?.employmentFrom, row.from);
  assert.deepEqual(
    { b1: o.blueCardSettlement?.b1.earliestDate, a1: o.blueCardSettlement?.a1.earliestDate },
    { b1: addMonths(row.from, 21), a1: addMonths(row.from, 27) },
  );
  assert.equal(o.result!.moves.find((m) => m.id === 'settlement-18c2')!.outcome, 'not_yet', 'the candidate has B1: 21 months are not yet reached');

  const stranger: Actor = { userId: row.adviser, tenantId: '00000000-0000-4000-8000-000000000000', role: 'adviser', companyId: null };
  await assert.rejects(getResidenceOutlook(db.db, stranger, row.id, '2026-12-04'), NotFoundError);
});
