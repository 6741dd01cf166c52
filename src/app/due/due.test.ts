// The due dashboard on the database (PGlite, or PostgreSQL with DATABASE_URL): what each group holds on both sides of
// its boundaries (overdue before today, upcoming from today to today + 14, documents only for cases whose next step is
// within that window, titles from their reminder date on, stalled as the board says), per scope (an adviser's own, the
// office's, a company user's), never another office's; paging of one group; and the refusals.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { candidates, caseDocuments, caseTasks, cases } from '../../db/schema/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { addDays } from '../../law/dates.ts';
import { reminderHorizon } from '../../law/residenceTitle.ts';
import { ForbiddenError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { caseBoard } from '../cases/listCases.ts';
import { WorkspaceInputError } from '../common/errors.ts';
import { listDueItems, UPCOMING_DAYS } from './listDueItems.ts';
import type { DueGroup, DueList } from './listDueItems.ts';

const TODAY = '2027-03-01';
const d = (n: number) => addDays(TODAY, n);

let db: TestDatabase;
let admin: Actor;
let adviserA: Actor;
let adviserB: Actor;
let companyUser: Actor;
let otherOffice: Actor;
const ids: Record<string, string> = {};

let seq = 0;
async function makeCase(
  tenantId: string,
  companyId: string,
  key: string,
  c: { adviser?: string; status: string; since: string; title?: { validUntil: string; route?: string } },
  tasks: { key: string; owner: 'adviser' | 'company' | 'candidate'; due: string | null; done?: boolean; assignee?: string }[] = [],
  docs: { id: string; status: 'missing' | 'uploaded' | 'checked' | 'rejected' }[] = [],
): Promise<void> {
  const [cand] = await db.db.insert(candidates).values({ tenantId, companyId, name: `Kandidat ${key}` }).returning({ id: candidates.id });
  seq += 1;
  const [row] = await db.db
    .insert(cases)
    .values({
      tenantId,
      companyId,
      candidateId: cand!.id,
      number: `LO-2027-${String(seq).padStart(4, '0')}`,
      numberYear: 2027,
      numberSeq: seq,
      adviserUserId: c.adviser ?? null,
      routeId: '18g-standard',
      startDate: '2026-06-01',
      pipeline: ['advice', 'ba_approval', 'visa', 'entry', 'residence_permit', 'integration', 'closed'],
      status: c.status,
      statusSince: c.since,
      titleRouteId: c.title ? (c.title.route ?? '18g-standard') : null,
      titleValidUntil: c.title?.validUntil ?? null,
    })
    .returning({ id: cases.id });
  ids[key] = row!.id;
  for (const [i, t] of tasks.entries()) {
    const [task] = await db.db
      .insert(caseTasks)
      .values({
        tenantId,
        caseId: row!.id,
        title: `Aufgabe ${t.key}`,
        titleEn: `Task ${t.key}`,
        owner: t.owner,
        dueOn: t.due,
        position: i,
        doneAt: t.done ? new Date(`${d(-1)}T10:00:00Z`) : null,
        assigneeUserId: t.assignee ?? null,
      })
      .returning({ id: caseTasks.id });
    ids[t.key] = task!.id;
  }
  for (const [i, doc] of docs.entries()) {
    await db.db.insert(caseDocuments).values({ tenantId, caseId: row!.id, planDocumentId: doc.id, label: `Dokument ${doc.id}`, labelEn: `Document ${doc.id}`, status: doc.status, position: i });
  }
}

before(async () => {
  db = await openTestDb();
  const t = await makeTenant(db.db, 'Due Office');
  const t2 = await makeTenant(db.db, 'Other Office');
  admin = await makeUser(db.db, t.tenantId, 'admin', 'due-admin@one.example');
  adviserA = await makeUser(db.db, t.tenantId, 'adviser', 'due-a@one.example');
  adviserB = await makeUser(db.db, t.tenantId, 'adviser', 'due-b@one.example');
  companyUser = await makeUser(db.db, t.tenantId, 'company', 'due-staff@a.example', { companyId: t.companyA });
  otherOffice = await makeUser(db.db, t2.tenantId, 'admin', 'due-admin@two.example');
  // c1: adviser A's; tasks on each side of the overdue and upcoming boundaries; two documents missing; a Blue Card due
  // for its extension on exactly today (its validUntil is the reminder horizon)
  await makeCase(
    t.tenantId,
    t.companyA,
    'c1',
    { adviser: adviserA.userId, status: 'visa', since: d(-10), title: { validUntil: reminderHorizon(TODAY) } },
    [
      { key: 't1', owner: 'adviser', due: d(-1) },
      { key: 't2', owner: 'company', due: d(0) },
      { key: 't3', owner: 'candidate', due: d(UPCOMING_DAYS) },
      { key: 't4', owner: 'adviser', due: d(UPCOMING_DAYS + 1) },
      { key: 't5', owner: 'company', due: d(-5), done: true },
      { key: 't1b', owner: 'adviser', due: null },
    ],
    [
      { id: 'passport', status: 'missing' },
      { id: 'contract', status: 'checked' },
      { id: 'degree', status: 'rejected' },
      { id: 'photo', status: 'uploaded' },
    ],
  );
  // c2: adviser B's, company B; nothing to wait for (stalled: no deadline); its title one day after the horizon; documents
  // missing but no step near
  await makeCase(t.tenantId, t.companyB, 'c2', { adviser: adviserB.userId, status: 'advice', since: d(-40), title: { validUntil: addDays(reminderHorizon(TODAY), 1) } }, [], [
    { id: 'passport', status: 'missing' },
  ]);
  // c3: adviser B's, company A; status unchanged for 29 days (stalled: no change); an overdue task assigned to adviser A
  await makeCase(t.tenantId, t.companyA, 'c3', { adviser: adviserB.userId, status: 'entry', since: d(-29) }, [
    { key: 't6', owner: 'adviser', due: d(-3), assignee: adviserA.userId },
    { key: 't7', owner: 'adviser', due: d(30) },
  ]);
  // c4: adviser A's; unchanged for exactly 28 days (not stalled); its next step is one day after the window (its missing
  // documents are not yet due); its title expired yesterday
  await makeCase(t.tenantId, t.companyA, 'c4', { adviser: adviserA.userId, status: 'ba_approval', since: d(-28), title: { validUntil: d(-1), route: '18b' } }, [
    { key: 't8', owner: 'adviser', due: d(UPCOMING_DAYS + 1) },
  ], [{ id: 'passport', status: 'missing' }]);
  // c5: closed: its tasks are not due, its title still is; c6: cancelled: nothing
  await makeCase(t.tenantId, t.companyA, 'c5', { adviser: adviserA.userId, status: 'closed', since: d(-100), title: { validUntil: d(10) } }, [{ key: 't9', owner: 'company', due: d(-2) }], [
    { id: 'passport', status: 'missing' },
  ]);
  await makeCase(t.tenantId, t.companyA, 'c6', { adviser: adviserA.userId, status: 'cancelled', since: d(-100), title: { validUntil: d(0) } }, [{ key: 't10', owner: 'company', due: d(-2) }]);
  // another office's case, with everything due
  await makeCase(t2.tenantId, t2.companyA, 'x1', { status: 'advice', since: d(-90), title: { validUntil: d(-5) } }, [{ key: 'x1t', owner: 'company', due: d(-2) }], [
    { id: 'passport', status: 'missing' },
  ]);
});
after(async () => {
  await db.destroy();
});

/** Per group: the keys of its items (tasks by task, the rest by case), and its total. */
function shape(list: DueList): Partial<Record<DueGroup, { total: number; keys: string[] }>> {
  const key = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;
  return Object.fromEntries(
    Object.entries(list.groups).map(([g, l]) => [g, { total: l.total, keys: l.items.map((i) => ('task' in i ? key(i.task.id) : key(i.caseId))) }]),
  );
}

test('The office: overdue before today, upcoming from today to today + 14, documents of cases whose next step is near, titles from their reminder on, stalled as the board', async () => {
  const list = await listDueItems(db.db, admin, { scope: 'office', today: TODAY });
  assert.equal(list.upcomingUntil, d(UPCOMING_DAYS));
  assert.deepEqual(shape(list), {
    overdue: { total: 2, keys: ['t6', 't1'] },
    upcoming: { total: 2, keys: ['t2', 't3'] },
    documents: { total: 1, keys: ['c1'] },
    titles: { total: 3, keys: ['c4', 'c5', 'c1'] },
    stalled: { total: 2, keys: ['c2', 'c3'] },
  });
});

test('Each item says what, when and how late', async () => {
  const { groups } = await listDueItems(db.db, adviserA, { scope: 'office', today: TODAY });
  const t1 = groups.overdue!.items[1]!;
  assert.equal(t1.dueOn, d(-1));
  assert.equal(t1.daysOverdue, 1);
  assert.ok(t1.group === 'overdue' && t1.task.title === 'Aufgabe t1' && t1.task.titleEn === 'Task t1' && t1.task.owner === 'adviser');
  assert.equal(t1.candidateName, 'Kandidat c1');
  assert.match(t1.caseNumber, /^LO-2027-\d{4}$/);
  assert.equal(groups.upcoming!.items[1]!.daysOverdue, -UPCOMING_DAYS);
  const doc = groups.documents!.items[0]!;
  assert.ok(doc.group === 'documents');
  assert.deepEqual(doc.documents, { missing: 2, firstLabel: 'Dokument passport', firstLabelEn: 'Document passport' });
  assert.equal(doc.dueOn, d(-1), 'the next step is the earliest open task');
  const [expired, soon, horizon] = groups.titles!.items;
  assert.ok(expired!.group === 'titles' && expired!.title.expired && expired!.title.titleRouteId === '18b' && expired!.daysOverdue === 1);
  assert.ok(soon!.group === 'titles' && !soon!.title.expired && soon!.daysOverdue === -10);
  assert.ok(horizon!.group === 'titles' && horizon!.title.reminderOn === TODAY);
  const [c2, c3] = groups.stalled!.items;
  assert.ok(c2!.group === 'stalled' && c2!.stalled.reason === 'noDeadline' && c2!.daysOverdue === 40);
  assert.ok(c3!.group === 'stalled' && c3!.stalled.reason === 'noChange' && c3!.stalled.statusSince === d(-29));
});

test('An adviser’s own: their cases and the tasks assigned to them; staff default to their own', async () => {
  assert.deepEqual(shape(await listDueItems(db.db, adviserA, { today: TODAY })), {
    overdue: { total: 2, keys: ['t6', 't1'] },
    upcoming: { total: 2, keys: ['t2', 't3'] },
    documents: { total: 1, keys: ['c1'] },
    titles: { total: 3, keys: ['c4', 'c5', 'c1'] },
    stalled: { total: 0, keys: [] },
  });
  assert.deepEqual(shape(await listDueItems(db.db, adviserB, { scope: 'mine', today: TODAY })), {
    overdue: { total: 1, keys: ['t6'] },
    upcoming: { total: 0, keys: [] },
    documents: { total: 0, keys: [] },
    titles: { total: 0, keys: [] },
    stalled: { total: 2, keys: ['c2', 'c3'] },
  });
});

test('A company user: their company’s cases, of the tasks only the company’s own', async () => {
  assert.deepEqual(shape(await listDueItems(db.db, companyUser, { today: TODAY })), {
    overdue: { total: 0, keys: [] },
    upcoming: { total: 1, keys: ['t2'] },
    documents: { total: 1, keys: ['c1'] },
    titles: { total: 3, keys: ['c4', 'c5', 'c1'] },
    stalled: { total: 1, keys: ['c3'] },
  });
  await assert.rejects(listDueItems(db.db, companyUser, { scope: 'office', today: TODAY }), ForbiddenError);
  await assert.rejects(listDueItems(db.db, companyUser, { scope: 'mine', today: TODAY }), ForbiddenError);
});

test('Another office sees only its own', async () => {
  const s = shape(await listDueItems(db.db, otherOffice, { scope: 'office', today: TODAY }));
  assert.deepEqual(s.overdue, { total: 1, keys: ['x1t'] });
  assert.deepEqual(s.titles, { total: 1, keys: ['x1'] });
  assert.deepEqual(s.stalled, { total: 1, keys: ['x1'] }, 'unchanged for 90 days');
  assert.deepEqual(s.documents, { total: 1, keys: ['x1'] });
});

test('The stalled group and the board’s stalled filter agree', async () => {
  const due = await listDueItems(db.db, admin, { scope: 'office', today: TODAY, group: 'stalled', limit: 100 });
  const board = await caseBoard(db.db, admin, { stalled: 'yes' }, TODAY);
  const onBoard = board.columns.flatMap((c) => c.items.map((i) => i.id)).sort();
  assert.deepEqual(due.groups.stalled!.items.map((i) => i.caseId).sort(), onBoard);
});

test('A limit shows the first items and the whole count; one group can be paged', async () => {
  const first = await listDueItems(db.db, admin, { scope: 'office', today: TODAY, limit: 1 });
  assert.equal(first.groups.titles!.total, 3);
  assert.deepEqual(shape(first).titles!.keys, ['c4']);
  const second = await listDueItems(db.db, admin, { scope: 'office', today: TODAY, limit: '1', group: 'titles', page: '2' });
  assert.deepEqual(Object.keys(second.groups), ['titles']);
  assert.deepEqual(shape(second).titles, { total: 3, keys: ['c5'] });
  const beyond = await listDueItems(db.db, admin, { scope: 'office', today: TODAY, limit: 2, group: 'titles', page: 3 });
  assert.deepEqual(shape(beyond).titles, { total: 3, keys: [] });
});

test('Counts stop at the cap and say so; below it they are exact', async () => {
  const at = await listDueItems(db.db, admin, { scope: 'office', today: TODAY, countCap: 2 });
  assert.deepEqual([at.groups.overdue!.total, at.groups.overdue!.capped], [2, false], 'two overdue tasks: exactly the cap');
  assert.deepEqual([at.groups.titles!.total, at.groups.titles!.capped], [2, true], 'three titles: more than the cap');
  assert.equal(at.groups.titles!.items.length, 3, 'the items are not cut by the cap');
  const exact = await listDueItems(db.db, admin, { scope: 'office', today: TODAY, countCap: 3 });
  assert.deepEqual([exact.groups.titles!.total, exact.groups.titles!.capped], [3, false]);
});

test('Bad options are refused naming the field', async () => {
  const fields = async (o: Record<string, unknown>, actor: Actor = admin) => {
    try {
      await listDueItems(db.db, actor, { today: TODAY, ...o });
      return [];
    } catch (err) {
      assert.ok(err instanceof WorkspaceInputError, String(err));
      return err.errors.map((e) => e.field);
    }
  };
  assert.deepEqual(await fields({ limit: 0 }), ['limit']);
  assert.deepEqual(await fields({ limit: 101 }), ['limit']);
  assert.deepEqual(await fields({ limit: 100 }), []);
  assert.deepEqual(await fields({ limit: 1 }), []);
  assert.deepEqual(await fields({ scope: 'everyone' }), ['scope']);
  assert.deepEqual(await fields({ scope: 'company' }), ['scope'], 'the company scope is a company user’s');
  assert.deepEqual(await fields({ group: 'later' }), ['group']);
  assert.deepEqual(await fields({ page: 0 }), ['page']);
  assert.deepEqual(await fields({ today: '2027-02-30' }), ['today']);
});
