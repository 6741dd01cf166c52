// Use case (issue 16): refer a consultation or a case to a partner of the office's network. The referral starts as
// 'sent' on the given day (default: today), optionally for a further-qualification measure and with a follow-up date.
// A consultation refers to a partner at most once; its pair is also kept in consultation_referrals (the report's
// summary counts those), in the same transaction.

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { consultationReferrals, partners, referrals } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { checkField } from '../common/fields.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';
import { writeAudit } from '../common/audit.ts';
import type { MeasureKind } from '../common/codes.ts';
import { loadCase } from '../cases/getCase.ts';
import { loadConsultation } from '../consultations/getConsultation.ts';
import { REFERRAL_SCHEMA as S } from './referralSchema.ts';

export interface ReferralInput {
  partnerId?: unknown;
  purpose?: unknown;
  measureKind?: unknown;
  /** default: today */
  sentOn?: unknown;
  followUpDate?: unknown;
}

/** Exactly one source: the consultation or the case. */
export type ReferralSource = { consultationId: unknown; caseId?: undefined } | { caseId: unknown; consultationId?: undefined };

export async function createReferral(db: Db, actor: Actor, source: ReferralSource, input: ReferralInput, today: string, now: Date = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const from =
      source.caseId !== undefined
        ? { kind: 'case' as const, row: await loadCase(tx, actor, source.caseId, 'referral.create') }
        : { kind: 'consultation' as const, row: (await loadConsultation(tx, actor, source.consultationId, 'referral.create')).c };
    const tenantId = from.row.tenantId;
    const c = new Checker();
    const field = <T>(name: keyof typeof S, value: unknown) => checkField(c, S, name, value) as T;
    const partnerId = field<string[]>('partnerId', input.partnerId)[0] ?? null;
    if (partnerId === null && !c.errors.some((e) => e.field === 'partnerId')) c.errors.push(wfe('partnerId', 'required'));
    const fields = {
      purpose: field<string | null>('purpose', input.purpose),
      measureKind: field<MeasureKind | null>('measureKind', input.measureKind),
      sentOn: field<string | null>('sentOn', input.sentOn) ?? today,
      followUpDate: field<string | null>('followUpDate', input.followUpDate),
    };
    if (fields.followUpDate !== null && fields.followUpDate < fields.sentOn) c.errors.push(wfe('followUpDate', 'beforeSent'));
    c.done();
    const [partner] = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.id, partnerId!), eq(partners.tenantId, tenantId)))
      .for('share');
    if (partner === undefined) throw new WorkspaceInputError([wfe('partnerId', 'unknown')]);
    const sourceCols = from.kind === 'case' ? { caseId: from.row.id } : { consultationId: from.row.id };
    const [row] = await tx
      .insert(referrals)
      .values({ tenantId, partnerId: partner.id, ...sourceCols, ...fields, status: 'sent', createdBy: actor.userId, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning({ id: referrals.id });
    if (row === undefined) throw new WorkspaceInputError([wfe('partnerId', 'alreadyReferred')]);
    if (from.kind === 'consultation') await tx.insert(consultationReferrals).values({ consultationId: from.row.id, partnerId: partner.id }).onConflictDoNothing();
    await writeAudit(tx, actor, now, {
      tenantId,
      action: 'create',
      entity: 'referral',
      entityId: row.id,
      changes: { partnerId: partner.id, ...sourceCols, ...fields, status: 'sent' },
    });
    return { id: row.id };
  });
}
