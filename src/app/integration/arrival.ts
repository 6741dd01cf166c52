// Use cases: the arrival facts of a case (issue 17) and its family. The arrival date is day 0 of the onboarding plan;
// the visa's last day, the first day of work and whether the person holds a foreign driving licence date further duties;
// the end of the probation and of the language course are what the company's retention view watches. Errors name the
// field; the audit row holds what changed.
//
//   recordArrival(db, actor, caseId, input)                 onboarding.manage
//   saveFamilyMember(db, actor, caseId, memberId|null, input)   onboarding.manage: add or change a member
//   deleteFamilyMember(db, actor, caseId, memberId)         onboarding.manage

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { caseFamilyMembers, cases } from '../../db/schema/index.ts';
import { NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { diff, writeAudit } from '../common/audit.ts';
import { Checker } from '../common/checker.ts';
import { assertId, wfe } from '../common/errors.ts';
import { checkField } from '../common/fields.ts';
import type { Fields } from '../common/fields.ts';
import { loadCase } from '../cases/getCase.ts';
import { addYears, isIsoDate } from '../../law/dates.ts';
import { FAMILY_RELATIONS, GERMAN_LEVELS, JOINING } from './codes.ts';

export const ARRIVAL_SCHEMA = {
  arrivalDate: { kind: 'date' },
  visaValidUntil: { kind: 'date' },
  workStartOn: { kind: 'date' },
  foreignDrivingLicence: { kind: 'oneOf', values: ['yes', 'no', 'unknown'], description: 'a driving licence of a non-EU/EEA state' },
  probationEnd: { kind: 'date' },
  languageCourseEnd: { kind: 'date' },
} as const satisfies Fields;
export const ARRIVAL_KEYS = Object.keys(ARRIVAL_SCHEMA) as (keyof typeof ARRIVAL_SCHEMA)[];
export type ArrivalInput = Partial<Record<(typeof ARRIVAL_KEYS)[number], unknown>>;

export interface ArrivalFacts {
  arrivalDate: string | null;
  visaValidUntil: string | null;
  workStartOn: string | null;
  foreignDrivingLicence: boolean | null;
  probationEnd: string | null;
  languageCourseEnd: string | null;
}

export function checkArrival(input: ArrivalInput): ArrivalFacts {
  const c = new Checker();
  const d = (k: 'arrivalDate' | 'visaValidUntil' | 'workStartOn' | 'probationEnd' | 'languageCourseEnd') => checkField(c, ARRIVAL_SCHEMA, k, input[k]) as string | null;
  const arrivalDate = d('arrivalDate');
  const visaValidUntil = d('visaValidUntil');
  const workStartOn = d('workStartOn');
  const licence = checkField(c, ARRIVAL_SCHEMA, 'foreignDrivingLicence', input.foreignDrivingLicence) as string | null;
  const probationEnd = d('probationEnd');
  const languageCourseEnd = d('languageCourseEnd');
  // the visa is valid on the day of entry, and the probation ends after the first day of work
  if (arrivalDate !== null && visaValidUntil !== null && visaValidUntil < arrivalDate) c.errors.push(wfe('visaValidUntil', 'beforeArrival'));
  if (workStartOn !== null && probationEnd !== null && probationEnd < workStartOn) c.errors.push(wfe('probationEnd', 'invalid', 'before the first day of work'));
  c.done();
  return { arrivalDate, visaValidUntil, workStartOn, foreignDrivingLicence: licence === 'yes' ? true : licence === 'no' ? false : null, probationEnd, languageCourseEnd };
}

export function arrivalOf(c: typeof cases.$inferSelect): ArrivalFacts {
  return {
    arrivalDate: c.arrivalDate,
    visaValidUntil: c.visaValidUntil,
    workStartOn: c.workStartOn,
    foreignDrivingLicence: c.foreignDrivingLicence,
    probationEnd: c.probationEnd,
    languageCourseEnd: c.languageCourseEnd,
  };
}

/** The form's values of the recorded facts. */
export function arrivalFormValues(f: ArrivalFacts): Record<string, string> {
  return {
    arrivalDate: f.arrivalDate ?? '',
    visaValidUntil: f.visaValidUntil ?? '',
    workStartOn: f.workStartOn ?? '',
    foreignDrivingLicence: f.foreignDrivingLicence === null ? 'unknown' : f.foreignDrivingLicence ? 'yes' : 'no',
    probationEnd: f.probationEnd ?? '',
    languageCourseEnd: f.languageCourseEnd ?? '',
  };
}

export async function recordArrival(db: Db, actor: Actor, caseId: unknown, input: ArrivalInput, now: Date = new Date()): Promise<{ changes: Record<string, [unknown, unknown]> }> {
  return db.transaction(async (tx) => {
    const before = await loadCase(tx, actor, caseId, 'onboarding.manage');
    const facts = checkArrival(input);
    const changes = diff(before as unknown as Record<string, unknown>, facts as unknown as Record<string, unknown>);
    if (Object.keys(changes).length === 0) return { changes };
    await tx.update(cases).set({ ...facts, updatedAt: now }).where(eq(cases.id, before.id));
    await writeAudit(tx, actor, now, { tenantId: before.tenantId, action: 'arrival', entity: 'case', entityId: before.id, changes });
    return { changes };
  });
}

// ---- the family ----

export const FAMILY_SCHEMA = {
  relation: { kind: 'oneOf', values: FAMILY_RELATIONS, required: true },
  name: { kind: 'text', max: 200 },
  birthDate: { kind: 'date', required: true },
  citizenship: { kind: 'text', max: 2, description: 'ISO 3166-1 alpha-2' },
  joining: { kind: 'oneOf', values: JOINING, required: true },
  jointProcedure: { kind: 'oneOf', values: ['yes', 'no'] },
  german: { kind: 'oneOf', values: GERMAN_LEVELS },
} as const satisfies Fields;
export const FAMILY_KEYS = Object.keys(FAMILY_SCHEMA) as (keyof typeof FAMILY_SCHEMA)[];
export type FamilyInput = Partial<Record<(typeof FAMILY_KEYS)[number], unknown>>;

export function checkFamilyMember(input: FamilyInput, today: string) {
  const c = new Checker();
  const relation = checkField(c, FAMILY_SCHEMA, 'relation', input.relation) as (typeof FAMILY_RELATIONS)[number] | null;
  const name = checkField(c, FAMILY_SCHEMA, 'name', input.name) as string | null;
  // a birth date may lie long before the checker's window of dates (parents): a real day, not in the future, < 120 years
  const rawBirth = c.text('birthDate', input.birthDate, { max: 10 });
  let birthDate: string | null = null;
  if (rawBirth === null) {
    if (!c.errors.some((e) => e.field === 'birthDate')) c.errors.push(wfe('birthDate', 'required'));
  } else if (!isIsoDate(rawBirth) || addYears(rawBirth, 120) <= today) c.errors.push(wfe('birthDate', 'date'));
  else if (rawBirth > today) c.errors.push(wfe('birthDate', 'dateInFuture'));
  else birthDate = rawBirth;
  const rawCitizenship = checkField(c, FAMILY_SCHEMA, 'citizenship', input.citizenship) as string | null;
  const citizenship = rawCitizenship === null ? null : rawCitizenship.toUpperCase();
  if (citizenship !== null && !/^[A-Z]{2}$/.test(citizenship)) c.errors.push(wfe('citizenship', 'invalid', 'two letters (ISO 3166-1), e.g. IN'));
  const joining = checkField(c, FAMILY_SCHEMA, 'joining', input.joining) as 'now' | 'later' | null;
  const jointProcedure = checkField(c, FAMILY_SCHEMA, 'jointProcedure', input.jointProcedure) === 'yes';
  const german = checkField(c, FAMILY_SCHEMA, 'german', input.german) as string | null;
  c.done();
  return { relation: relation!, name, birthDate: birthDate!, citizenship, joining: joining!, jointProcedure, german };
}

export async function saveFamilyMember(db: Db, actor: Actor, caseId: unknown, memberId: unknown, input: FamilyInput, today: string, now: Date = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'onboarding.manage');
    const fields = checkFamilyMember(input, today);
    if (memberId === null || memberId === undefined || memberId === '') {
      const [row] = await tx.insert(caseFamilyMembers).values({ tenantId: c.tenantId, caseId: c.id, ...fields, createdAt: now, updatedAt: now }).returning({ id: caseFamilyMembers.id });
      // the audit row names no one: the family's data stays in its own table, which erasure clears
      await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'create', entity: 'familyMember', entityId: row!.id, changes: { caseId: c.id, relation: fields.relation } });
      return { id: row!.id };
    }
    assertId(memberId);
    const [before] = await tx
      .select()
      .from(caseFamilyMembers)
      .where(and(eq(caseFamilyMembers.id, memberId), eq(caseFamilyMembers.caseId, c.id), eq(caseFamilyMembers.tenantId, c.tenantId)));
    if (before === undefined) throw new NotFoundError();
    await tx.update(caseFamilyMembers).set({ ...fields, updatedAt: now }).where(eq(caseFamilyMembers.id, before.id));
    const changed = Object.keys(diff(before as unknown as Record<string, unknown>, fields as unknown as Record<string, unknown>));
    await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'update', entity: 'familyMember', entityId: before.id, changes: { caseId: c.id, fields: changed } });
    return { id: before.id };
  });
}

export async function deleteFamilyMember(db: Db, actor: Actor, caseId: unknown, memberId: unknown, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'onboarding.manage');
    assertId(memberId);
    const gone = await tx
      .delete(caseFamilyMembers)
      .where(and(eq(caseFamilyMembers.id, memberId), eq(caseFamilyMembers.caseId, c.id), eq(caseFamilyMembers.tenantId, c.tenantId)))
      .returning({ id: caseFamilyMembers.id });
    if (gone.length === 0) throw new NotFoundError();
    await writeAudit(tx, actor, now, { tenantId: c.tenantId, action: 'delete', entity: 'familyMember', entityId: memberId, changes: { caseId: c.id } });
  });
}
