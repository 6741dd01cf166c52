// Use case (issue 16): the office's referrals – of a partner, of a case, of a consultation, or the open ones (sent or
// accepted) – newest first, with the partner, the company and the case or consultation they come from. `followUpUntil`
// gives the referrals whose open follow-up is due on or before that day, the earliest first (the Wiedervorlagen list).
// The office's record: company users are refused (403), whatever their company.

import { and, asc, desc, eq, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/index.ts';
import { cases, companies, consultations, partners, referrals } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import type { MeasureKind, PartnerType, ReferralStatus } from '../common/codes.ts';

export interface ReferralFilter {
  partnerId?: unknown;
  caseId?: unknown;
  consultationId?: unknown;
  /** only those sent or accepted */
  open?: boolean;
  /** only those with an open follow-up due on or before this day (ISO date) */
  followUpUntil?: unknown;
  /** only those this user made */
  createdBy?: unknown;
  limit?: number;
}

export interface ReferralItem {
  id: string;
  partnerId: string;
  partnerName: string;
  partnerType: PartnerType;
  consultationId: string | null;
  consultationDate: string | null;
  caseId: string | null;
  caseNumber: string | null;
  companyId: string;
  companyName: string;
  purpose: string | null;
  measureKind: MeasureKind | null;
  status: ReferralStatus;
  sentOn: string;
  acceptedOn: string | null;
  doneOn: string | null;
  declinedOn: string | null;
  outcome: string | null;
  followUpDate: string | null;
  followUpDone: boolean;
}

export async function listReferrals(db: Db, actor: Actor, filter: ReferralFilter = {}): Promise<ReferralItem[]> {
  authorize(actor, 'referral.list', { tenantId: actor.tenantId });
  const c = new Checker();
  const partnerId = c.ids('partnerId', filter.partnerId)[0] ?? null;
  const caseId = c.ids('caseId', filter.caseId)[0] ?? null;
  const consultationId = c.ids('consultationId', filter.consultationId)[0] ?? null;
  const until = c.date('followUpUntil', filter.followUpUntil);
  const createdBy = c.ids('createdBy', filter.createdBy)[0] ?? null;
  c.done();
  const caseCompany = alias(companies, 'case_company');
  const where: SQL[] = [eq(referrals.tenantId, actor.tenantId)];
  if (partnerId !== null) where.push(eq(referrals.partnerId, partnerId));
  if (caseId !== null) where.push(eq(referrals.caseId, caseId));
  if (consultationId !== null) where.push(eq(referrals.consultationId, consultationId));
  if (createdBy !== null) where.push(eq(referrals.createdBy, createdBy));
  if (filter.open) where.push(inArray(referrals.status, ['sent', 'accepted']));
  if (until !== null) where.push(isNotNull(referrals.followUpDate), isNull(referrals.followUpDoneAt), lte(referrals.followUpDate, until));
  const rows = await db
    .select({
      r: referrals,
      partnerName: partners.name,
      partnerType: partners.type,
      consultationDate: consultations.date,
      caseNumber: cases.number,
      companyId: companies.id,
      companyName: companies.name,
      caseCompanyId: caseCompany.id,
      caseCompanyName: caseCompany.name,
    })
    .from(referrals)
    .innerJoin(partners, eq(partners.id, referrals.partnerId))
    .leftJoin(consultations, eq(consultations.id, referrals.consultationId))
    .leftJoin(companies, eq(companies.id, consultations.companyId))
    .leftJoin(cases, eq(cases.id, referrals.caseId))
    .leftJoin(caseCompany, eq(caseCompany.id, cases.companyId))
    .where(and(...where))
    .orderBy(...(until !== null ? [asc(referrals.followUpDate)] : [desc(referrals.sentOn), desc(referrals.createdAt)]), asc(referrals.id))
    .limit(filter.limit ?? 500);
  return rows.map(({ r, ...x }) => ({
    id: r.id,
    partnerId: r.partnerId,
    partnerName: x.partnerName,
    partnerType: x.partnerType as PartnerType,
    consultationId: r.consultationId,
    consultationDate: x.consultationDate,
    caseId: r.caseId,
    caseNumber: x.caseNumber,
    companyId: (x.companyId ?? x.caseCompanyId)!,
    companyName: (x.companyName ?? x.caseCompanyName)!,
    purpose: r.purpose,
    measureKind: r.measureKind as MeasureKind | null,
    status: r.status as ReferralStatus,
    sentOn: r.sentOn,
    acceptedOn: r.acceptedOn,
    doneOn: r.doneOn,
    declinedOn: r.declinedOn,
    outcome: r.outcome,
    followUpDate: r.followUpDate,
    followUpDone: r.followUpDoneAt !== null,
  }));
}
