// Follow-ups (Wiedervorlagen, issue 6): the open list of an office (order, filters, counts, what it leaves out),
// marking done and reopening with audit rows, a changed date opening the follow-up again, and a new consultation
// settling follow-ups of its company in the same transaction.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, consultations } from '../../db/schema/index.ts';
import { ForbiddenError, NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { completeFollowUp } from './completeFollowUp.ts';
import { deleteCompany } from '../companies/deleteCompany.ts';
import { getConsultation } from '../consultations/getConsultation.ts';
import { internalView } from '../companies/getCompany.ts';
import { listFollowUps } from './listFollowUps.ts';
import { recordConsultation } from '../consultations/recordConsultation.ts';
import { reopenFollowUp } from './reopenFollowUp.ts';
import { updateConsultation } from '../consultations/updateConsultation.ts';
import { WorkspaceInputError } from '../common/errors.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
});

const TODAY = '2026-12-02';
const T = new Date('2026-12-02T10:00:00Z');

function fieldsOf(e: unknown): string[] {
  assert.ok(e instanceof WorkspaceInputError, String(e));
  return e.errors.map((x) => x.field).sort();
}

async function auditRows(entityId: string): Promise<number> {
  const [row] = await db.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entity, 'consultation'), eq(auditLog.entityId, entityId), eq(auditLog.action, 'update')));
  return row!.n;
}

/** an office with two advisers, a company user, two companies and follow-ups due on different days */
async function office(name: string) {
  const t = await makeTenant(db.db, name);
  const ada = await makeUser(db.db, t.tenantId, 'adviser', `ada@${name}.example`, { name: 'Ada' });
  const bo = await makeUser(db.db, t.tenantId, 'adviser', `bo@${name}.example`, { name: 'Bo' });
  const staff = await makeUser(db.db, t.tenantId, 'company', `staff@${name}.example`, { companyId: t.companyA });
  const record = async (actor: Actor, companyId: string, followUpDate: string | null, date = '2026-11-01') =>
    (await recordConsultation(db.db, actor, companyId, { date, channel: 'phone', topics: ['recognition'], kind: 'first', followUpDate })).id;
  return { ...t, ada, bo, staff, record };
}

test('the open follow-ups, the earliest first; done ones, ones without date, other offices and deleted companies left out', async () => {
  const o = await office('list');
  const other = await office('list-other');
  const overdue = await o.record(o.ada, o.companyA, '2026-11-20');
  const today = await o.record(o.bo, o.companyB, TODAY);
  const week = await o.record(o.ada, o.companyB, '2026-12-08');
  const later = await o.record(o.ada, o.companyA, '2027-01-15');
  await o.record(o.ada, o.companyA, null);
  const done = await o.record(o.ada, o.companyA, '2026-11-25');
  await completeFollowUp(db.db, o.ada, done, T);
  await other.record(other.ada, other.companyA, '2026-11-21');

  const all = await listFollowUps(db.db, o.ada, {}, TODAY);
  assert.deepEqual(all.items.map((i) => i.consultationId), [overdue, today, week, later]);
  assert.equal(all.total, 4);
  assert.equal(all.overdue, 1);
  assert.equal(all.dueToday, 1);
  assert.equal(all.today, TODAY);
  const first = all.items[0]!;
  assert.equal(first.adviserName, 'Ada');
  assert.equal(first.consultationDate, '2026-11-01');
  assert.deepEqual(first.topics, ['recognition']);

  // until: the counts stay those of the whole list
  const thisWeek = await listFollowUps(db.db, o.ada, { until: '2026-12-09' }, TODAY);
  assert.deepEqual(thisWeek.items.map((i) => i.consultationId), [overdue, today, week]);
  assert.equal(thisWeek.total, 3);
  assert.equal(thisWeek.overdue, 1);
  const byToday = await listFollowUps(db.db, o.ada, { until: TODAY }, TODAY);
  assert.deepEqual(byToday.items.map((i) => i.consultationId), [overdue, today]);

  // by adviser, by company
  const bos = await listFollowUps(db.db, o.ada, { adviserUserId: o.bo.userId }, TODAY);
  assert.deepEqual(bos.items.map((i) => i.consultationId), [today]);
  assert.equal(bos.overdue, 0);
  assert.equal(bos.dueToday, 1);
  const ofA = await listFollowUps(db.db, o.ada, { companyId: o.companyA }, TODAY);
  assert.deepEqual(ofA.items.map((i) => i.consultationId), [overdue, later]);

  // paging
  const page2 = await listFollowUps(db.db, o.ada, { page: 2, pageSize: 3 }, TODAY);
  assert.deepEqual(page2.items.map((i) => i.consultationId), [later]);
  assert.equal(page2.total, 4);

  // a deleted (anonymised) company's follow-ups are gone from the list
  await deleteCompany(db.db, o.ada, o.companyA);
  const afterDelete = await listFollowUps(db.db, o.ada, {}, TODAY);
  assert.deepEqual(afterDelete.items.map((i) => i.consultationId), [today, week]);
  assert.equal(afterDelete.overdue, 0);
});

test('bad filters name their field; a company user may not read the office’s worklist', async () => {
  const o = await office('filters');
  for (const [filter, field] of [
    [{ until: '2026-02-30' }, 'until'],
    [{ until: 'morgen' }, 'until'],
    [{ adviserUserId: 'not-an-id' }, 'adviserUserId'],
    [{ companyId: 42 }, 'companyId'],
    [{ page: 0 }, 'page'],
    [{ pageSize: 1000 }, 'pageSize'],
  ] as const) {
    await assert.rejects(listFollowUps(db.db, o.ada, filter, TODAY), (e) => fieldsOf(e).includes(field), `${JSON.stringify(filter)} names ${field}`);
  }
  await assert.rejects(listFollowUps(db.db, o.staff, {}, TODAY), ForbiddenError);
});

test('marking done records when and by whom with one audit row; again changes nothing; reopening takes it back', async () => {
  const o = await office('done');
  const id = await o.record(o.ada, o.companyA, '2026-11-20');
  assert.equal(await auditRows(id), 0);
  const changes = await completeFollowUp(db.db, o.bo, id, T);
  assert.deepEqual(changes, { followUpDoneAt: [null, T.toISOString()], followUpDoneBy: [null, o.bo.userId] });
  const view = internalView(await getConsultation(db.db, o.ada, id));
  assert.equal(view.followUpDoneAt, T.toISOString());
  assert.equal(view.followUpDoneByName, 'Bo');
  assert.equal(await auditRows(id), 1);
  assert.deepEqual(await completeFollowUp(db.db, o.ada, id, new Date('2026-12-03T10:00:00Z')), {});
  assert.equal(await auditRows(id), 1, 'no audit row for no change');
  assert.equal((internalView(await getConsultation(db.db, o.ada, id))).followUpDoneByName, 'Bo', 'the first one to mark it keeps the credit');
  assert.equal((await listFollowUps(db.db, o.ada, {}, TODAY)).total, 0);

  const reopened = await reopenFollowUp(db.db, o.ada, id, T);
  assert.deepEqual(reopened, { followUpDoneAt: [T.toISOString(), null], followUpDoneBy: [o.bo.userId, null] });
  assert.equal((internalView(await getConsultation(db.db, o.ada, id))).followUpDoneAt, null);
  assert.equal(await auditRows(id), 2);
  assert.deepEqual(await reopenFollowUp(db.db, o.ada, id, T), {});
  assert.equal(await auditRows(id), 2);
  assert.equal((await listFollowUps(db.db, o.ada, {}, TODAY)).total, 1);
});

test('no follow-up date is bad input naming followUpDate; another office’s consultation is not found; a company user is refused', async () => {
  const o = await office('refused');
  const other = await office('refused-other');
  const none = await o.record(o.ada, o.companyA, null);
  await assert.rejects(completeFollowUp(db.db, o.ada, none, T), (e) => fieldsOf(e).join() === 'followUpDate');
  await assert.rejects(reopenFollowUp(db.db, o.ada, none, T), (e) => fieldsOf(e).join() === 'followUpDate');
  const theirs = await other.record(other.ada, other.companyA, '2026-11-20');
  await assert.rejects(completeFollowUp(db.db, o.ada, theirs, T), NotFoundError);
  await assert.rejects(completeFollowUp(db.db, o.ada, 'no-uuid', T), NotFoundError);
  const own = await o.record(o.ada, o.companyA, '2026-11-20');
  await assert.rejects(completeFollowUp(db.db, o.staff, own, T), ForbiddenError);
  const [row] = await db.db.select({ doneAt: consultations.followUpDoneAt }).from(consultations).where(eq(consultations.id, theirs));
  assert.equal(row!.doneAt, null, 'nothing written in the other office');
});

test('a changed follow-up date opens the follow-up again; other changes leave it done', async () => {
  const o = await office('update');
  const id = await o.record(o.ada, o.companyA, '2026-11-20');
  await completeFollowUp(db.db, o.ada, id, T);
  const base = { date: '2026-11-01', channel: 'phone', topics: ['recognition'], kind: 'first' };
  await updateConsultation(db.db, o.ada, id, { ...base, followUpDate: '2026-11-20', outcome: 'Neu' }, T);
  assert.equal((internalView(await getConsultation(db.db, o.ada, id))).followUpDoneAt, T.toISOString(), 'same date: still done');
  const changes = await updateConsultation(db.db, o.ada, id, { ...base, followUpDate: '2027-01-10', outcome: 'Neu' }, T);
  assert.deepEqual(changes.followUpDate, ['2026-11-20', '2027-01-10']);
  assert.deepEqual(changes.followUpDoneAt, [T.toISOString(), null]);
  assert.deepEqual(changes.followUpDoneBy, [o.ada.userId, null]);
  assert.equal((internalView(await getConsultation(db.db, o.ada, id))).followUpDoneAt, null);
  assert.deepEqual((await listFollowUps(db.db, o.ada, {}, TODAY)).items.map((i) => i.followUpDate), ['2027-01-10']);
});

test('a new consultation settles the follow-ups it names, of its own company only; a wrong one writes nothing', async () => {
  const o = await office('settle');
  const a1 = await o.record(o.ada, o.companyA, '2026-11-20');
  const a2 = await o.record(o.ada, o.companyA, '2026-11-28');
  const b1 = await o.record(o.ada, o.companyB, '2026-11-21');
  const none = await o.record(o.ada, o.companyA, null);
  const input = { date: TODAY, channel: 'phone', topics: ['recognition'], kind: 'follow_up' };
  const before = await db.db.select({ n: count() }).from(consultations).where(eq(consultations.tenantId, o.tenantId));
  for (const ids of [[b1], [none], ['f00d'], [a1, b1]]) {
    await assert.rejects(recordConsultation(db.db, o.bo, o.companyA, { ...input, completeFollowUpIds: ids }, T), (e) => fieldsOf(e).join() === 'completeFollowUpIds');
  }
  const afterRefused = await db.db.select({ n: count() }).from(consultations).where(eq(consultations.tenantId, o.tenantId));
  assert.equal(afterRefused[0]!.n, before[0]!.n, 'no consultation recorded by a refused call');
  assert.equal((await listFollowUps(db.db, o.ada, {}, TODAY)).total, 3);

  const { id } = await recordConsultation(db.db, o.bo, o.companyA, { ...input, completeFollowUpIds: [a1] }, T);
  const left = await listFollowUps(db.db, o.ada, {}, TODAY);
  assert.deepEqual(left.items.map((i) => i.consultationId), [b1, a2]);
  const settled = internalView(await getConsultation(db.db, o.ada, a1));
  assert.equal(settled.followUpDoneAt, T.toISOString());
  assert.equal(settled.followUpDoneByName, 'Bo');
  assert.equal(await auditRows(a1), 1);
  assert.notEqual(id, a1);
});
