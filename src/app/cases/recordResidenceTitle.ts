// Use case: record (or change, or remove) the residence title a case's candidate holds after arrival (issue 15): its
// route, the day it was issued, the day it is valid until, the card's number and, for a Blue Card, the first day of the
// employment under it. The title needs its route and its expiry; a form with every field empty removes it. Errors name
// the field; the audit row holds what changed, as { field: [old, new] }.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { cases } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { isBlueCard } from '../../law/residenceTitle.ts';
import type { TitleRouteId } from '../../law/residenceTitle.ts';
import { Checker } from '../common/checker.ts';
import { diff, writeAudit } from '../common/audit.ts';
import { wfe } from '../common/errors.ts';
import { checkField } from '../common/fields.ts';
import { loadCase } from './getCase.ts';
import type { CaseRow } from './getCase.ts';
import { CARD_NUMBER, RESIDENCE_TITLE_KEYS, RESIDENCE_TITLE_SCHEMA } from './residenceTitleSchema.ts';

export type ResidenceTitleInput = Partial<Record<(typeof RESIDENCE_TITLE_KEYS)[number], unknown>>;

export interface ResidenceTitle {
  titleRouteId: TitleRouteId;
  issuedOn: string | null;
  validUntil: string;
  cardNumber: string | null;
  employmentFrom: string | null;
}

/** The title recorded on a case, or null. */
export function residenceTitleOf(c: Pick<CaseRow, 'titleRouteId' | 'titleIssuedOn' | 'titleValidUntil' | 'titleCardNumber' | 'titleEmploymentFrom'>): ResidenceTitle | null {
  if (c.titleRouteId === null || c.titleValidUntil === null) return null;
  return {
    titleRouteId: c.titleRouteId as TitleRouteId,
    issuedOn: c.titleIssuedOn,
    validUntil: c.titleValidUntil,
    cardNumber: c.titleCardNumber,
    employmentFrom: c.titleEmploymentFrom,
  };
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The title checked: null when every field is empty (remove it). Errors name the field. */
export function checkResidenceTitle(input: ResidenceTitleInput, today: string): ResidenceTitle | null {
  if (RESIDENCE_TITLE_KEYS.every((k) => blank(input[k]))) return null;
  const c = new Checker();
  const titleRouteId = checkField(c, RESIDENCE_TITLE_SCHEMA, 'titleRouteId', input.titleRouteId) as TitleRouteId | null;
  if (titleRouteId === null && blank(input.titleRouteId)) c.errors.push(wfe('titleRouteId', 'required'));
  const issuedOn = checkField(c, RESIDENCE_TITLE_SCHEMA, 'issuedOn', input.issuedOn) as string | null;
  if (issuedOn !== null && issuedOn > today) c.errors.push(wfe('issuedOn', 'dateInFuture'));
  const validUntil = checkField(c, RESIDENCE_TITLE_SCHEMA, 'validUntil', input.validUntil) as string | null;
  if (validUntil === null && blank(input.validUntil)) c.errors.push(wfe('validUntil', 'required'));
  if (validUntil !== null && issuedOn !== null && validUntil < issuedOn) c.errors.push(wfe('validUntil', 'beforeIssue'));
  const rawCard = checkField(c, RESIDENCE_TITLE_SCHEMA, 'cardNumber', input.cardNumber) as string | null;
  // printed with spaces or in lower case, the number is the same
  const cardNumber = rawCard === null ? null : rawCard.replace(/\s+/g, '').toUpperCase();
  if (cardNumber !== null && !CARD_NUMBER.test(cardNumber)) c.errors.push(wfe('cardNumber', 'cardNumber'));
  const employmentFrom = checkField(c, RESIDENCE_TITLE_SCHEMA, 'employmentFrom', input.employmentFrom) as string | null;
  if (employmentFrom !== null && employmentFrom > today) c.errors.push(wfe('employmentFrom', 'dateInFuture'));
  c.done();
  return {
    titleRouteId: titleRouteId!,
    issuedOn,
    validUntil: validUntil!,
    cardNumber,
    // the start of Blue Card employment means nothing for another title
    employmentFrom: isBlueCard(titleRouteId!) ? employmentFrom : null,
  };
}

/** Returns the title now recorded (null: none) and what changed (empty: nothing was written). */
export async function recordResidenceTitle(
  db: Db,
  actor: Actor,
  caseId: unknown,
  input: ResidenceTitleInput,
  today: string,
  now: Date = new Date(),
): Promise<{ title: ResidenceTitle | null; changes: Record<string, [unknown, unknown]> }> {
  return db.transaction(async (tx) => {
    const before = await loadCase(tx, actor, caseId, 'case.update');
    const title = checkResidenceTitle(input, today);
    const columns = {
      titleRouteId: title?.titleRouteId ?? null,
      titleIssuedOn: title?.issuedOn ?? null,
      titleValidUntil: title?.validUntil ?? null,
      titleCardNumber: title?.cardNumber ?? null,
      titleEmploymentFrom: title?.employmentFrom ?? null,
    };
    const changes = diff(before as unknown as Record<string, unknown>, columns);
    if (Object.keys(changes).length === 0) return { title, changes };
    await tx.update(cases).set({ ...columns, updatedAt: now }).where(eq(cases.id, before.id));
    await writeAudit(tx, actor, now, { tenantId: before.tenantId, action: 'residenceTitle', entity: 'case', entityId: before.id, changes });
    return { title, changes };
  });
}
