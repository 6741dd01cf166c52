// Use case: one consultation (with adviser name and referrals); loadConsultation is the tenant-scoped load of the
// consultation use cases.

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies, consultations, users } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Action, Actor } from '../../policies/index.ts';
import { withReferrals } from '../companies/getCompany.ts';
import type { ConsultationView } from '../companies/getCompany.ts';
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

export async function getConsultation(db: Db, actor: Actor, consultationId: unknown): Promise<ConsultationView> {
  const row = await loadConsultation(db, actor, consultationId, 'consultation.read');
  const [view] = await withReferrals(db, [row]);
  return view!;
}
