// Test fixture of the calendar feed (issue 15): two offices, each with advisers, a company user and cases whose tasks
// cover every side of the feed's selection: the plan's tasks (adviser's, company's, candidate's; some with a statutory
// deadline), tasks done, without a due date, assigned to an adviser in a case they do not handle, in closed and
// cancelled cases, in another company and in another office. Hand-written titles carry commas, semicolons, quotes and
// umlauts, so that the feed's escaping is exercised on real rows.

import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { caseTasks, candidates, cases } from '../db/schema/index.ts';
import { buildPlan } from '../law/plan/buildPlan.ts';
import type { Actor } from '../policies/index.ts';
import { makeTenant, makeUser } from './accountsTesting.ts';
import { addPlanTasks } from '../app/tasks/planTasks.ts';

export const START = '2027-01-04';
let seq = 0;

export async function makeFeedCase(
  db: Db,
  c: { tenantId: string; companyId: string; adviserUserId: string | null; status?: string },
): Promise<{ caseId: string; number: string }> {
  seq += 1;
  const [cand] = await db
    .insert(candidates)
    .values({ tenantId: c.tenantId, companyId: c.companyId, name: `Kandidatin ${seq}`, birthDate: '1994-05-01', citizenship: 'IN' })
    .returning({ id: candidates.id });
  const number = `KF-2027-${String(seq).padStart(4, '0')}`;
  const [row] = await db
    .insert(cases)
    .values({
      tenantId: c.tenantId,
      companyId: c.companyId,
      candidateId: cand!.id,
      adviserUserId: c.adviserUserId,
      number,
      numberYear: 2027,
      numberSeq: seq,
      routeId: '18b',
      startDate: START,
      pipeline: ['advice', 'recognition', 'ba_approval', 'visa', 'entry', 'residence_permit', 'integration', 'closed'],
      status: c.status ?? 'advice',
      statusSince: START,
      federalState: 'DE-RP',
    })
    .returning({ id: cases.id });
  const plan = buildPlan({ routeId: '18b', procedure: 'regular', federalState: 'DE-RP', qualification: { level: 'academic', germanAssessment: 'none' }, startDate: START });
  await addPlanTasks(db, { id: row!.id, tenantId: c.tenantId }, plan);
  return { caseId: row!.id, number };
}

export async function addHandTask(
  db: Db,
  t: { tenantId: string; caseId: string; title: string; owner: 'adviser' | 'company' | 'candidate'; dueOn: string | null; done?: boolean; assigneeUserId?: string },
): Promise<string> {
  const [row] = await db
    .insert(caseTasks)
    .values({
      tenantId: t.tenantId,
      caseId: t.caseId,
      title: t.title,
      owner: t.owner,
      dueOn: t.dueOn,
      assigneeUserId: t.assigneeUserId ?? null,
      doneAt: t.done ? new Date('2027-01-10T09:00:00Z') : null,
      position: 100,
    })
    .returning({ id: caseTasks.id });
  return row!.id;
}

export interface FeedWorld {
  tenantId: string;
  otherTenantId: string;
  adviser: Actor & { email: string };
  colleague: Actor & { email: string };
  staff: Actor & { email: string };
  otherAdviser: Actor & { email: string };
  otherStaff: Actor & { email: string };
  /** every task id of the other office */
  otherTenantTaskIds: string[];
  /** hand-written titles that need escaping in a calendar */
  awkwardTitles: string[];
}

export async function makeFeedWorld(db: Db, n: number): Promise<FeedWorld> {
  const one = await makeTenant(db, `Kalender ${n} Eins`);
  const two = await makeTenant(db, `Kalender ${n} Zwei`);
  const adviser = await makeUser(db, one.tenantId, 'adviser', `feed-adviser${n}@one.example`, { name: 'Ada Beraterin' });
  const colleague = await makeUser(db, one.tenantId, 'adviser', `feed-colleague${n}@one.example`);
  const staff = await makeUser(db, one.tenantId, 'company', `feed-staff${n}@one.example`, { companyId: one.companyA });
  const otherAdviser = await makeUser(db, two.tenantId, 'adviser', `feed-adviser${n}@two.example`);
  const otherStaff = await makeUser(db, two.tenantId, 'company', `feed-staff${n}@two.example`, { companyId: two.companyA });
  const T = one.tenantId;

  // the adviser's own cases: one of company A, one of company B
  const mine = await makeFeedCase(db, { tenantId: T, companyId: one.companyA, adviserUserId: adviser.userId });
  const mineB = await makeFeedCase(db, { tenantId: T, companyId: one.companyB, adviserUserId: adviser.userId, status: 'visa' });
  // a colleague's case of company A, in which one task is assigned to the adviser
  const theirs = await makeFeedCase(db, { tenantId: T, companyId: one.companyA, adviserUserId: colleague.userId });
  // the adviser's closed and cancelled cases: nothing of them in any feed
  await makeFeedCase(db, { tenantId: T, companyId: one.companyA, adviserUserId: adviser.userId, status: 'closed' });
  await makeFeedCase(db, { tenantId: T, companyId: one.companyA, adviserUserId: adviser.userId, status: 'cancelled' });
  // a case without an adviser
  await makeFeedCase(db, { tenantId: T, companyId: one.companyA, adviserUserId: null });

  const awkwardTitles = ['Pass, Foto; Zeugnis prüfen', 'Rückruf „Größe“ \\ Übergabe', 'Termin: Ausländerbehörde, 9 Uhr'];
  await addHandTask(db, { tenantId: T, caseId: mine.caseId, title: awkwardTitles[0]!, owner: 'adviser', dueOn: '2027-02-01' });
  await addHandTask(db, { tenantId: T, caseId: mine.caseId, title: awkwardTitles[1]!, owner: 'company', dueOn: '2027-02-28' });
  await addHandTask(db, { tenantId: T, caseId: mineB.caseId, title: awkwardTitles[2]!, owner: 'company', dueOn: '2027-12-31' });
  await addHandTask(db, { tenantId: T, caseId: mine.caseId, title: 'Erledigt', owner: 'company', dueOn: '2027-02-02', done: true });
  await addHandTask(db, { tenantId: T, caseId: mine.caseId, title: 'Ohne Datum', owner: 'company', dueOn: null });
  await addHandTask(db, { tenantId: T, caseId: theirs.caseId, title: 'Der Beraterin zugewiesen', owner: 'adviser', dueOn: '2027-03-01', assigneeUserId: adviser.userId });
  await addHandTask(db, { tenantId: T, caseId: theirs.caseId, title: 'Zugewiesen, aber erledigt', owner: 'adviser', dueOn: '2027-03-02', assigneeUserId: adviser.userId, done: true });

  // the other office: a case of its company A handled by its adviser, with a hand task named like ours
  const far = await makeFeedCase(db, { tenantId: two.tenantId, companyId: two.companyA, adviserUserId: otherAdviser.userId });
  await addHandTask(db, { tenantId: two.tenantId, caseId: far.caseId, title: 'Fremde Servicestelle', owner: 'company', dueOn: '2027-02-01' });
  const otherTenantTaskIds = (await db.select({ id: caseTasks.id }).from(caseTasks).where(eq(caseTasks.tenantId, two.tenantId))).map((r) => r.id);

  return { tenantId: T, otherTenantId: two.tenantId, adviser, colleague, staff, otherAdviser, otherStaff, otherTenantTaskIds, awkwardTitles };
}

/**
 * What a user's feed must show, decided row by row in JavaScript over every task of the database (not by the feed's
 * query): open, with a due date, in an open case of the user's office; an adviser's if they handle the case or the
 * task is assigned to them, a company user's if the case is their company's and the task the company's.
 */
export async function expectedFeedTaskIds(db: Db, a: Actor): Promise<string[]> {
  const rows = await db
    .select({ id: caseTasks.id, tenantId: caseTasks.tenantId, owner: caseTasks.owner, dueOn: caseTasks.dueOn, doneAt: caseTasks.doneAt, assignee: caseTasks.assigneeUserId, caseTenant: cases.tenantId, company: cases.companyId, adviser: cases.adviserUserId, status: cases.status })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId));
  return rows
    .filter((r) => r.tenantId === a.tenantId && r.caseTenant === a.tenantId && r.doneAt === null && r.dueOn !== null && r.status !== 'closed' && r.status !== 'cancelled')
    .filter((r) => (a.role === 'company' ? r.company === a.companyId && r.owner === 'company' : r.adviser === a.userId || r.assignee === a.userId))
    .map((r) => r.id)
    .sort();
}
