// The report of a funded advisory project: exact counts for a seeded tenant, nothing of a second tenant, the range
// bounds inclusive, anonymised companies counted, persons reached counted once each (also after the contact person or
// the company was deleted), bad ranges named by field, company users refused.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { companies, consultationParticipants } from '../../db/schema/index.ts';
import { ForbiddenError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { buildReport, checkRange, monthsOf } from './buildReport.ts';
import { createContact } from '../companies/createContact.ts';
import { createPartner } from '../partners/createPartner.ts';
import { deleteCompany } from '../companies/deleteCompany.ts';
import { deleteContact } from '../companies/deleteContact.ts';
import { recordConsultation } from '../consultations/recordConsultation.ts';
import { WorkspaceInputError } from '../common/errors.ts';

let db: TestDatabase;
let adviser: Actor;
let companyUser: Actor;
let t2Adviser: Actor;

before(async () => {
  db = await openTestDb();
  const t1 = await makeTenant(db.db, 'Office One');
  const t2 = await makeTenant(db.db, 'Office Two');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example');
  companyUser = await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA });
  t2Adviser = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example');
  await db.db.update(companies).set({ sizeClass: 'small', wzSection: 'C' }).where(eq(companies.id, t1.companyA));
  await db.db.update(companies).set({ wzSection: 'F' }).where(eq(companies.id, t1.companyB));
  const [c] = await db.db.insert(companies).values({ tenantId: t1.tenantId, name: 'Firma C', sizeClass: 'micro' }).returning({ id: companies.id });
  const ihk = (await createPartner(db.db, { ...adviser, role: 'admin' as const }, { name: 'IHK Pfalz', type: 'ihk' })).id;
  const abh = (await createPartner(db.db, { ...adviser, role: 'admin' as const }, { name: 'Ausländerbehörde', type: 'immigration_office' })).id;
  const rec = (company: string, input: Record<string, unknown>) => recordConsultation(db.db, adviser, company, input);
  const person = async (company: string, name: string) => (await createContact(db.db, adviser, company, { name })).id;
  const [a1, a2, a3, c1] = [await person(t1.companyA, 'Anna A'), await person(t1.companyA, 'Bert A'), await person(t1.companyA, 'Cem A'), await person(c!.id, 'Dana C')];
  // persons reached in the range: a1 (twice, counts once), a2, c1, and 4 further participants
  await rec(t1.companyA, { date: '2026-01-10', channel: 'phone', topics: ['skilled_immigration', 'recognition'], kind: 'first', accessRoute: 'chamber', partnerIds: [ihk, abh], participantIds: [a1, a2] });
  await rec(t1.companyA, { date: '2026-01-20', channel: 'video', topics: ['recognition'], kind: 'follow_up', participantIds: [a1] });
  await rec(t1.companyB, { date: '2026-03-31', channel: 'phone', topics: ['residence_law'], kind: 'first', accessRoute: 'internet', partnerIds: [ihk], otherParticipants: 4 });
  await rec(c!.id, { date: '2026-02-01', channel: 'on_site', topics: ['recognition'], kind: 'first', accessRoute: 'chamber', participantIds: [c1] });
  // outside the range, on both sides
  await rec(t1.companyA, { date: '2025-12-31', channel: 'phone', topics: ['recognition'], kind: 'first', participantIds: [a3] });
  await rec(t1.companyB, { date: '2026-04-01', channel: 'email', topics: ['integration_management'], kind: 'follow_up', partnerIds: [ihk], otherParticipants: 100 });
  // the company is deleted later: its consultations still count
  await db.db.update(companies).set({ anonymisedAt: new Date(), name: 'anonymisiert' }).where(eq(companies.id, c!.id));
  // the other tenant, in the same range
  const p2 = (await createPartner(db.db, { ...t2Adviser, role: 'admin' as const }, { name: 'HWK', type: 'hwk' })).id;
  await recordConsultation(db.db, t2Adviser, t2.companyA, { date: '2026-02-02', channel: 'event', topics: ['recognition'], kind: 'first', accessRoute: 'event', partnerIds: [p2] });
});
after(async () => {
  await db.destroy();
});

test('the report counts consultations, companies, referrals and each breakdown of the range, inclusive', async () => {
  const r = await buildReport(db.db, adviser, { from: '2026-01-01', to: '2026-03-31' }, '2026-06-15');
  assert.equal(r.from, '2026-01-01');
  assert.equal(r.to, '2026-03-31');
  assert.deepEqual(r.totals, { consultations: 4, companies: 3, referrals: 3, persons: 7, contactPersons: 3, otherParticipants: 4 });
  assert.deepEqual(r.byMonth, [
    { key: '2026-01', count: 2 },
    { key: '2026-02', count: 1 },
    { key: '2026-03', count: 1 },
  ]);
  assert.deepEqual(r.byTopic, [
    { key: 'recognition', count: 3 },
    { key: 'residence_law', count: 1 },
    { key: 'skilled_immigration', count: 1 },
  ]);
  assert.deepEqual(r.byChannel, [
    { key: 'phone', count: 2 },
    { key: 'on_site', count: 1 },
    { key: 'video', count: 1 },
  ]);
  assert.deepEqual(r.byAccessRoute, [
    { key: 'chamber', count: 2 },
    { key: 'internet', count: 1 },
    { key: null, count: 1 },
  ]);
  assert.deepEqual(r.byKind, [
    { key: 'first', count: 3 },
    { key: 'follow_up', count: 1 },
  ]);
  assert.deepEqual(r.companiesBySizeClass, [
    { key: 'micro', count: 1 },
    { key: null, count: 1 },
    { key: 'small', count: 1 },
  ]);
  assert.deepEqual(r.companiesByWzSection, [
    { key: 'C', count: 1 },
    { key: 'F', count: 1 },
    { key: null, count: 1 },
  ]);
  assert.deepEqual(r.referralsByPartnerType, [
    { key: 'ihk', count: 2 },
    { key: 'immigration_office', count: 1 },
  ]);
});

test('the other tenant sees only its own numbers', async () => {
  const r = await buildReport(db.db, t2Adviser, { from: '2025-01-01', to: '2026-12-31' }, '2026-06-15');
  assert.deepEqual(r.totals, { consultations: 1, companies: 1, referrals: 1, persons: 0, contactPersons: 0, otherParticipants: 0 });
  assert.deepEqual(r.byChannel, [{ key: 'event', count: 1 }]);
  assert.deepEqual(r.referralsByPartnerType, [{ key: 'hwk', count: 1 }]);
  assert.equal(r.byMonth.length, 24);
});

test('without a range the report covers the current year up to today', async () => {
  const r = await buildReport(db.db, adviser, {}, '2026-02-10');
  assert.equal(r.from, '2026-01-01');
  assert.equal(r.to, '2026-02-10');
  // a1 and a2 in January, c1 in February; a3's consultation is of last year
  assert.deepEqual(r.totals, { consultations: 3, companies: 2, referrals: 2, persons: 3, contactPersons: 3, otherParticipants: 0 });
  assert.deepEqual(r.byMonth.map((b) => b.key), ['2026-01', '2026-02']);
});

test('persons reached are counted once across consultations, and still after the contact or the company is deleted', async () => {
  const t3 = await makeTenant(db.db, 'Office Three');
  const admin = await makeUser(db.db, t3.tenantId, 'admin', 'admin@three.example');
  const contact = async (company: string, name: string) => (await createContact(db.db, admin, company, { name })).id;
  const [p, q, r] = [await contact(t3.companyA, 'Paula'), await contact(t3.companyA, 'Quentin'), await contact(t3.companyA, 'Rosa')];
  const s = await contact(t3.companyB, 'Sven');
  const base = { channel: 'event', topics: ['recognition'], kind: 'first' };
  await recordConsultation(db.db, admin, t3.companyA, { ...base, date: '2026-05-01', participantIds: [p, q], otherParticipants: 10 });
  await recordConsultation(db.db, admin, t3.companyA, { ...base, date: '2026-05-02', kind: 'follow_up', participantIds: [q, r] });
  await recordConsultation(db.db, admin, t3.companyA, { ...base, date: '2026-05-03', kind: 'follow_up', participantIds: [p] });
  await recordConsultation(db.db, admin, t3.companyB, { ...base, date: '2026-05-04', participantIds: [s], otherParticipants: 2 });
  const range = { from: '2026-05-01', to: '2026-05-31' };
  const totals = async () => (await buildReport(db.db, admin, range, '2026-06-15')).totals;
  const expected = { consultations: 4, companies: 2, referrals: 0, persons: 16, contactPersons: 4, otherParticipants: 12 };
  assert.deepEqual(await totals(), expected);

  // a deleted contact person keeps counting, anonymously: the live link goes, the person key stays
  await deleteContact(db.db, admin, q);
  assert.deepEqual(await totals(), expected);
  const ofQ = await db.db.select().from(consultationParticipants).where(eq(consultationParticipants.personKey, q));
  assert.equal(ofQ.length, 2);
  assert.ok(ofQ.every((row) => row.contactId === null));

  // the anonymised company's participants too (its contacts are deleted, decision 007)
  await deleteCompany(db.db, admin, t3.companyA);
  assert.deepEqual(await totals(), expected);
  const left = await db.db.select().from(consultationParticipants).where(eq(consultationParticipants.personKey, p));
  assert.equal(left.length, 2);
  assert.ok(left.every((row) => row.contactId === null));
});

test('bad ranges name the field; company users may not read reports', async () => {
  await assert.rejects(buildReport(db.db, adviser, { from: '2026-02-30' }, '2026-06-15'), (e: unknown) => e instanceof WorkspaceInputError && e.errors[0]!.field === 'from');
  await assert.rejects(buildReport(db.db, adviser, { from: '2026-03-01', to: '2026-02-01' }, '2026-06-15'), (e: unknown) => e instanceof WorkspaceInputError && e.errors[0]!.field === 'to');
  await assert.rejects(buildReport(db.db, companyUser, {}, '2026-06-15'), ForbiddenError);
  assert.deepEqual(checkRange({ to: '2026-03-01' }, '2026-06-15'), { from: '2026-01-01', to: '2026-03-01' });
  assert.throws(() => checkRange({ to: '2025-03-01' }, '2026-06-15'), WorkspaceInputError);
});

test('monthsOf spans year boundaries', () => {
  assert.deepEqual(monthsOf('2025-11-15', '2026-02-01'), ['2025-11', '2025-12', '2026-01', '2026-02']);
  assert.deepEqual(monthsOf('2026-05-01', '2026-05-31'), ['2026-05']);
});
