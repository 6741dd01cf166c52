// Use case: one consultation (with adviser name and referrals); loadConsultation is the tenant-scoped load of the
// consultation use cases.

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies, consultations, users } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Action, Actor } from '../../policies/index.ts';
import { consultationsFor, withReferrals } from '../companies/getCompany.ts';
import type { ConsultationEntry } from '../companies/getCompany.ts';
import { assertId } from '../common/errors.ts';

export async function loadConsultation(db: Db, actor: Actor, consultationId: unknown, action: Action) {
  assertId(consultationId);
  const [row] = await db
    .select({ c: consultations, adviserName: users.name })
    .from(consultations)
    .innerJoin(companies, eq(companies.id, consultations.companyId))
    .leftJoin(users, eq(users.id, consultations.adviserUserId))
    .where(and(eq(consultations.id, consultationId), eq(consultations.tenantId, actor.tenantId), isNull(companies.anonymisedAt)))
    .limit(1);
  if (row === undefined) throw new NotFoundError();
  authorize(actor, action, { tenantId: row.c.tenantId, companyId: row.c.companyId });
  return row;
}

/** The consultation as the actor may read it: a company user gets the company's view (issue 14, getCompany.ts). */
export async function getConsultation(db: Db, actor: Actor, consultationId: unknown): Promise<ConsultationEntry> {
  const row = await loadConsultation(db, actor, consultationId, 'consultation.read');
  const [view] = consultationsFor(actor, await withReferrals(db, [row]));
  return view!;
}
