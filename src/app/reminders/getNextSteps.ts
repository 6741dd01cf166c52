// Use case: the employee's (candidate's) next steps behind their personal link (/me/<token>), without an account.
// The token is the only key: it must be shaped like one, its hash must be a link that is not revoked and not expired
// (for a mail's token: nor its parent, the adviser's link), and the candidate must not be erased. Anything else is
// "not found", the same answer for every reason, so that the page tells nothing about other links.

import { and, asc, eq, gt, isNull, notInArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/index.ts';
import { candidateLinks, candidates, cases, companies, contacts, tenants, users } from '../../db/schema/index.ts';
import { hashSecret, isSecretShaped } from '../accounts/accounts.ts';
import { candidateNextSteps } from './buildDigests.ts';
import { digestDayOf } from './frequency.ts';

export interface NextSteps {
  name: string | null;
  expiresAt: Date;
  overdue: Array<{ title: string; titleEn: string | null; dueOn: string | null; caseNumber: string }>;
  upcoming: Array<{ title: string; titleEn: string | null; dueOn: string | null; caseNumber: string }>;
  documents: Array<{ label: string; labelEn: string | null; status: string }>;
  /** issue 17: per open case, the arrival date and whom to ask: the office's adviser and the company's contact person */
  contacts: CaseContacts[];
}

export interface CaseContacts {
  caseNumber: string;
  arrivalDate: string | null;
  workStartOn: string | null;
  officeName: string;
  adviser: { name: string; email: string } | null;
  companyName: string;
  companyContact: { name: string; role: string | null; email: string | null; phone: string | null } | null;
}

/** The contacts of the candidate's open cases: the adviser in charge, and the company's first contact person by name. */
async function caseContacts(db: Db, tenantId: string, candidateId: string): Promise<CaseContacts[]> {
  const rows = await db
    .select({
      caseNumber: cases.number,
      companyId: cases.companyId,
      arrivalDate: cases.arrivalDate,
      workStartOn: cases.workStartOn,
      officeName: tenants.name,
      adviserName: users.name,
      adviserEmail: users.email,
      companyName: companies.name,
    })
    .from(cases)
    .innerJoin(tenants, eq(tenants.id, cases.tenantId))
    .innerJoin(companies, eq(companies.id, cases.companyId))
    .leftJoin(users, and(eq(users.id, cases.adviserUserId), isNull(users.disabledAt)))
    .where(and(eq(cases.tenantId, tenantId), eq(cases.candidateId, candidateId), notInArray(cases.status, ['closed', 'cancelled'])))
    .orderBy(asc(cases.number));
  const out: CaseContacts[] = [];
  for (const r of rows) {
    const [contact] = await db
      .select({ name: contacts.name, role: contacts.role, email: contacts.email, phone: contacts.phone })
      .from(contacts)
      .where(and(eq(contacts.tenantId, tenantId), eq(contacts.companyId, r.companyId)))
      .orderBy(asc(contacts.name))
      .limit(1);
    out.push({
      caseNumber: r.caseNumber,
      arrivalDate: r.arrivalDate,
      workStartOn: r.workStartOn,
      officeName: r.officeName,
      adviser: r.adviserName === null || r.adviserEmail === null ? null : { name: r.adviserName, email: r.adviserEmail },
      companyName: r.companyName,
      companyContact: contact ?? null,
    });
  }
  return out;
}

/** The next steps, or null when the link does not work (unknown, revoked, expired, candidate erased). */
export async function getNextSteps(db: Db, token: unknown, now: Date = new Date()): Promise<NextSteps | null> {
  if (!isSecretShaped(token)) return null;
  const parent = alias(candidateLinks, 'parent');
  const [link] = await db
    .select({ id: candidateLinks.id, tenantId: candidateLinks.tenantId, candidateId: candidateLinks.candidateId, expiresAt: candidateLinks.expiresAt, name: candidates.name })
    .from(candidateLinks)
    .innerJoin(candidates, eq(candidates.id, candidateLinks.candidateId))
    .leftJoin(parent, eq(parent.id, candidateLinks.parentId))
    .where(
      and(
        eq(candidateLinks.tokenHash, hashSecret(token)),
        isNull(candidateLinks.revokedAt),
        gt(candidateLinks.expiresAt, now),
        isNull(candidates.erasedAt),
        or(isNull(candidateLinks.parentId), and(isNull(parent.revokedAt), gt(parent.expiresAt, now))),
      ),
    )
    .limit(1);
  if (!link) return null;
  await db.update(candidateLinks).set({ lastUsedAt: now }).where(and(eq(candidateLinks.id, link.id), sql`${candidateLinks.lastUsedAt} is distinct from ${now}`));
  const steps = await candidateNextSteps(db, link.tenantId, link.candidateId, digestDayOf(now).date, null);
  return { name: link.name, expiresAt: link.expiresAt, ...steps, contacts: await caseContacts(db, link.tenantId, link.candidateId) };
}
