// The reminder digests of one day (issue 15): who gets one and what is in it. Read-only; sendDigests.ts sends them.
//
// - adviser (role adviser, or an admin who chose digests): the adviser's tasks (owner "adviser") on open cases, those
//   assigned to them and the unassigned ones of the cases they are in charge of, overdue or due within UPCOMING_DAYS;
//   and their stalled cases
//   (listCases.ts stalledCondition: nothing moved for STALLED_DAYS days, or no open task with a due date).
// - company user: the company's own open tasks (owner "company", not assigned to another user) on its open cases,
//   overdue or due within UPCOMING_DAYS.
// - employee (candidate) with a working personal link: their own open tasks (owner "candidate") due within
//   CANDIDATE_UPCOMING_DAYS or overdue, and the documents they provide that are missing or were rejected.
// Nobody with nothing due gets a digest. Disabled users and erased candidates get none.

import { and, asc, eq, gt, inArray, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidateLinks, candidates, caseDocuments, caseTasks, cases, companies, reminderPreferences, users } from '../../db/schema/index.ts';
import { isRole } from '../../policies/index.ts';
import { CANCELLED } from '../cases/codes.ts';
import { stalledCondition } from '../cases/listCases.ts';
import { CANDIDATE_FREQUENCY, CANDIDATE_UPCOMING_DAYS, UPCOMING_DAYS, addDays, defaultFrequency, isFrequency, receivesDigest } from './frequency.ts';
import type { DigestDay, Frequency } from './frequency.ts';

export interface DigestTask {
  caseId: string;
  caseNumber: string;
  title: string;
  titleEn: string | null;
  dueOn: string;
}

export interface StalledCase {
  caseId: string;
  caseNumber: string;
  candidateName: string | null;
  status: string;
  statusSince: string;
}

export interface MissingDocument {
  caseId: string;
  label: string;
  labelEn: string | null;
  status: string;
}

interface DigestBase {
  tenantId: string;
  /** a user's id, or the candidate's id */
  recipientId: string;
  email: string;
  name: string | null;
  date: string;
}

export interface AdviserDigest extends DigestBase {
  kind: 'adviser';
  overdue: DigestTask[];
  upcoming: DigestTask[];
  stalled: StalledCase[];
}

export interface CompanyDigest extends DigestBase {
  kind: 'company';
  companyName: string;
  overdue: DigestTask[];
  upcoming: DigestTask[];
}

export interface CandidateDigest extends DigestBase {
  kind: 'candidate';
  /** the adviser's link the mail's own token will belong to */
  linkId: string;
  linkExpiresAt: Date;
  overdue: DigestTask[];
  upcoming: DigestTask[];
  documents: MissingDocument[];
}

export type Digest = AdviserDigest | CompanyDigest | CandidateDigest;

export function digestItems(d: Digest): number {
  return d.overdue.length + d.upcoming.length + (d.kind === 'adviser' ? d.stalled.length : d.kind === 'candidate' ? d.documents.length : 0);
}

const OPEN_CASE = notInArray(cases.status, ['closed', CANCELLED]);

const taskColumns = { caseId: caseTasks.caseId, caseNumber: cases.number, title: caseTasks.title, titleEn: caseTasks.titleEn, dueOn: caseTasks.dueOn };

function split(rows: Array<Omit<DigestTask, 'dueOn'> & { dueOn: string | null }>, today: string): { overdue: DigestTask[]; upcoming: DigestTask[] } {
  const overdue: DigestTask[] = [];
  const upcoming: DigestTask[] = [];
  for (const r of rows) {
    if (r.dueOn === null) continue;
    (r.dueOn < today ? overdue : upcoming).push({ ...r, dueOn: r.dueOn });
  }
  return { overdue, upcoming };
}

/** The open tasks of `owner` on open cases matching `where`, due up to `until` (overdue included). */
async function dueTasks(db: Db, tenantId: string, owner: 'adviser' | 'company' | 'candidate', until: string, where: ReturnType<typeof and>) {
  return db
    .select(taskColumns)
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .where(and(eq(caseTasks.tenantId, tenantId), eq(cases.tenantId, tenantId), eq(caseTasks.owner, owner), isNull(caseTasks.doneAt), lte(caseTasks.dueOn, until), OPEN_CASE, where))
    .orderBy(asc(caseTasks.dueOn), asc(cases.number), asc(caseTasks.position));
}

/** The user digests of a day, for every user whose frequency says so and who has something due. */
export async function buildUserDigests(db: Db, day: DigestDay): Promise<Array<AdviserDigest | CompanyDigest>> {
  const rows = await db
    .select({ id: users.id, tenantId: users.tenantId, email: users.email, name: users.name, role: users.role, companyId: users.companyId, frequency: reminderPreferences.frequency, companyName: companies.name })
    .from(users)
    .leftJoin(reminderPreferences, eq(reminderPreferences.userId, users.id))
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(and(isNull(users.disabledAt), sql`${users.passwordHash} is not null`))
    .orderBy(asc(users.email));
  const until = addDays(day.date, UPCOMING_DAYS - 1);
  const out: Array<AdviserDigest | CompanyDigest> = [];
  for (const u of rows) {
    if (!isRole(u.role)) continue;
    const frequency: Frequency = isFrequency(u.frequency) ? u.frequency : defaultFrequency(u.role);
    if (!receivesDigest(frequency, day)) continue;
    const base = { tenantId: u.tenantId, recipientId: u.id, email: u.email, name: u.name, date: day.date };
    if (u.role === 'company') {
      if (!u.companyId) continue;
      const tasks = await dueTasks(db, u.tenantId, 'company', until, and(eq(cases.companyId, u.companyId), or(isNull(caseTasks.assigneeUserId), eq(caseTasks.assigneeUserId, u.id))));
      const { overdue, upcoming } = split(tasks, day.date);
      if (overdue.length + upcoming.length > 0) out.push({ kind: 'company', ...base, companyName: u.companyName ?? '', overdue, upcoming });
    } else {
      const tasks = await dueTasks(db, u.tenantId, 'adviser', until, or(and(eq(cases.adviserUserId, u.id), isNull(caseTasks.assigneeUserId)), eq(caseTasks.assigneeUserId, u.id)));
      const stalled = await db
        .select({ caseId: cases.id, caseNumber: cases.number, candidateName: candidates.name, status: cases.status, statusSince: cases.statusSince })
        .from(cases)
        .innerJoin(candidates, eq(candidates.id, cases.candidateId))
        .where(and(eq(cases.tenantId, u.tenantId), eq(cases.adviserUserId, u.id), stalledCondition(day.date)))
        .orderBy(asc(cases.statusSince), asc(cases.number));
      const { overdue, upcoming } = split(tasks, day.date);
      if (overdue.length + upcoming.length + stalled.length > 0) out.push({ kind: 'adviser', ...base, overdue, upcoming, stalled });
    }
  }
  return out;
}

/** The employee's next steps on their open cases: open tasks owned by the candidate up to `until` (all when null), and the documents they provide that are missing or rejected. */
export async function candidateNextSteps(db: Db, tenantId: string, candidateId: string, today: string, until: string | null) {
  const tasks = await db
    .select(taskColumns)
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .where(
      and(
        eq(caseTasks.tenantId, tenantId),
        eq(cases.candidateId, candidateId),
        eq(caseTasks.owner, 'candidate'),
        isNull(caseTasks.doneAt),
        OPEN_CASE,
        until === null ? undefined : lte(caseTasks.dueOn, until),
      ),
    )
    .orderBy(sql`${caseTasks.dueOn} asc nulls last`, asc(cases.number), asc(caseTasks.position));
  const documents = await db
    .select({ caseId: caseDocuments.caseId, label: caseDocuments.label, labelEn: caseDocuments.labelEn, status: caseDocuments.status })
    .from(caseDocuments)
    .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
    .where(and(eq(caseDocuments.tenantId, tenantId), eq(cases.candidateId, candidateId), eq(caseDocuments.providedBy, 'candidate'), inArray(caseDocuments.status, ['missing', 'rejected']), OPEN_CASE))
    .orderBy(asc(cases.number), asc(caseDocuments.position));
  const overdue = tasks.filter((t) => t.dueOn !== null && t.dueOn < today);
  const upcoming = tasks.filter((t) => !(t.dueOn !== null && t.dueOn < today));
  return { overdue, upcoming, documents };
}

/** The employees' digests of a day: one per candidate with a working personal link and something to do. */
export async function buildCandidateDigests(db: Db, day: DigestDay, now: Date): Promise<CandidateDigest[]> {
  if (!receivesDigest(CANDIDATE_FREQUENCY, day)) return [];
  const links = await db
    .select({ id: candidateLinks.id, tenantId: candidateLinks.tenantId, candidateId: candidateLinks.candidateId, email: candidates.email, expiresAt: candidateLinks.expiresAt, name: candidates.name })
    .from(candidateLinks)
    .innerJoin(candidates, eq(candidates.id, candidateLinks.candidateId))
    .where(and(isNull(candidateLinks.parentId), isNull(candidateLinks.revokedAt), gt(candidateLinks.expiresAt, now), isNull(candidates.erasedAt)))
    .orderBy(asc(candidateLinks.candidateId), sql`${candidateLinks.createdAt} desc`);
  const out: CandidateDigest[] = [];
  const seen = new Set<string>();
  const until = addDays(day.date, CANDIDATE_UPCOMING_DAYS - 1);
  for (const l of links) {
    if (seen.has(l.candidateId)) continue; // the newest working link of the candidate
    seen.add(l.candidateId);
    // the candidate's current address (corrected since the link was made, perhaps); none: no mail
    if (!l.email) continue;
    const steps = await candidateNextSteps(db, l.tenantId, l.candidateId, day.date, until);
    const upcoming = steps.upcoming.filter((t): t is DigestTask => t.dueOn !== null);
    const overdue = steps.overdue as DigestTask[];
    if (overdue.length + upcoming.length + steps.documents.length === 0) continue;
    const email = l.email;
    out.push({ kind: 'candidate', tenantId: l.tenantId, recipientId: l.candidateId, email, name: l.name, date: day.date, linkId: l.id, linkExpiresAt: l.expiresAt, overdue, upcoming, documents: steps.documents });
  }
  return out;
}
