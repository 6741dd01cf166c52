// Workspace use cases (issue 6): companies, contacts, consultations, partners. Tenant isolation for every role,
// company users confined to their company, audit rows with diffs in the same transaction, anonymisation on delete.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, sql } from 'drizzle-orm';
import { openTestDb } from '../db/testing.ts';
import type { TestDatabase } from '../db/testing.ts';
import { auditLog, companies, consultationParticipants, consultationReferrals, consultations, contacts, users } from '../db/schema/index.ts';
import { ForbiddenError, NotFoundError } from '../policies/index.ts';
import type { Actor } from '../policies/index.ts';
import { makeTenant, makeUser } from '../dev/accountsTesting.ts';
import { createCompany } from './companies/createCompany.ts';
import { createContact } from './companies/createContact.ts';
import { createPartner } from './partners/createPartner.ts';
import { ANONYMISED_COMPANY_NAME, deleteCompany } from './companies/deleteCompany.ts';
import { deleteConsultation } from './consultations/deleteConsultation.ts';
import { deleteContact } from './companies/deleteContact.ts';
import { getCompany, internalView } from './companies/getCompany.ts';
import { getConsultation } from './consultations/getConsultation.ts';
import { listCompanies } from './companies/listCompanies.ts';
import { listConsultations } from './consultations/listConsultations.ts';
import { listPartners } from './partners/listPartners.ts';
import { recordConsultation } from './consultations/recordConsultation.ts';
import { updateCompany } from './companies/updateCompany.ts';
import { updateConsultation } from './consultations/updateConsultation.ts';
import { updateContact } from './companies/updateContact.ts';
import { DuplicateCompanyError, WorkspaceInputError } from './common/errors.ts';
import { sizeClassOf } from './common/codes.ts';

let db: TestDatabase;
let t1: { tenantId: string; companyA: string; companyB: string };
let t2: { tenantId: string; companyA: string; companyB: string };
let admin: Actor;
let adviser: Actor;
let companyUserA: Actor;
let otherRoles: Actor[];
let t2ConsultationId: string;
let t2ContactId: string;
let partnerIhk: string;
let partnerBa: string;
const T0 = new Date('2026-04-01T09:00:00Z');

async function rejectsWith(p: Promise<unknown>, cls: new (...args: never[]) => Error): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof cls);
}

function fieldsOf(e: unknown): string[] {
  assert.ok(e instanceof WorkspaceInputError, String(e));
  return e.errors.map((x) => x.field).sort();
}

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  t2 = await makeTenant(db.db, 'Office Two');
  admin = await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example', { name: 'Ada Adviser' });
  companyUserA = await makeUser(db.db, t1.tenantId, 'company', 'staff@a.example', { companyId: t1.companyA });
  const t2Adviser = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example');
  otherRoles = [
    await makeUser(db.db, t2.tenantId, 'admin', 'admin@two.example'),
    t2Adviser,
    await makeUser(db.db, t2.tenantId, 'company', 'staff@two.example', { companyId: t2.companyA }),
  ];
  partnerIhk = (await createPartner(db.db, admin, { name: 'IHK Pfalz', type: 'ihk' })).id;
  partnerBa = (await createPartner(db.db, { ...adviser, role: 'admin' as const }, { name: 'Agentur für Arbeit Kaiserslautern-Pirmasens', type: 'ba_employer_service' })).id;
  const p2 = await createPartner(db.db, { ...t2Adviser, role: 'admin' as const }, { name: 'HWK Two', type: 'hwk' });
  t2ConsultationId = (
    await recordConsultation(db.db, t2Adviser, t2.companyA, { date: '2026-03-01', channel: 'phone', topics: ['recognition'], kind: 'first', partnerIds: [p2.id] })
  ).id;
  t2ContactId = (await createContact(db.db, t2Adviser, t2.companyA, { name: 'Olga Other' })).id;
});

after(async () => {
  await db?.destroy();
});

test('size class follows the headcount: micro < 10, small < 50, medium < 250, large', () => {
  assert.deepEqual([0, 9, 10, 49, 50, 249, 250].map(sizeClassOf), ['micro', 'micro', 'small', 'small', 'medium', 'medium', 'large']);
});

test('createCompany: writes the company and its audit row; the headcount sets the size class', async () => {
  const { id } = await createCompany(
    db.db,
    adviser,
    { name: ' Pfalzwerk Technik GmbH ', postcode: '67655', city: 'Kaiserslautern', federalState: 'DE-RP', headcount: '42', wzSection: 'c', website: 'pfalzwerk.example' },
    T0,
  );
  const [row] = await db.db.select().from(companies).where(eq(companies.id, id));
  assert.equal(row!.name, 'Pfalzwerk Technik GmbH');
  assert.equal(row!.sizeClass, 'small');
  assert.equal(row!.wzSection, 'C');
  assert.equal(row!.website, 'https://pfalzwerk.example/');
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'company'), eq(auditLog.entityId, id)));
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.action, 'create');
  assert.equal(audit[0]!.actorUserId, adviser.userId);
  assert.equal((audit[0]!.changes as Record<string, unknown>).name, 'Pfalzwerk Technik GmbH');
});

test('createCompany: same name and postcode is a confirmable warning, not an error', async () => {
  const err = await createCompany(db.db, adviser, { name: 'PFALZWERK technik gmbh', postcode: '67655' }).catch((e: unknown) => e);
  assert.ok(err instanceof DuplicateCompanyError);
  assert.equal(err.duplicates.length, 1);
  assert.equal(err.duplicates[0]!.name, 'Pfalzwerk Technik GmbH');
  const other = await createCompany(db.db, adviser, { name: 'Pfalzwerk Technik GmbH', postcode: '67657' });
  assert.ok(other.id);
  const confirmed = await createCompany(db.db, adviser, { name: 'Pfalzwerk Technik GmbH', postcode: '67655', confirmDuplicate: true });
  assert.ok(confirmed.id);
});

test('createCompany: bad input names every bad field and writes nothing', async () => {
  const before = await db.db.select({ n: sql<number>`count(*)::int` }).from(companies);
  const err = await createCompany(db.db, adviser, {
    name: '  ',
    postcode: '6765',
    headcount: '-3',
    federalState: 'RP',
    wzSection: 'Z',
    website: 'javascript:alert(1)',
  }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(err), ['federalState', 'headcount', 'name', 'postcode', 'website', 'wzSection']);
  const afterCount = await db.db.select({ n: sql<number>`count(*)::int` }).from(companies);
  assert.equal(afterCount[0]!.n, before[0]!.n);
});

test('company users may not create, update or delete companies', async () => {
  await rejectsWith(createCompany(db.db, companyUserA, { name: 'X' }), ForbiddenError);
  await rejectsWith(updateCompany(db.db, companyUserA, t1.companyA, { name: 'X' }), ForbiddenError);
  await rejectsWith(deleteCompany(db.db, companyUserA, t1.companyA), ForbiddenError);
  await rejectsWith(recordConsultation(db.db, companyUserA, t1.companyA, { date: '2026-04-01', channel: 'phone', topics: ['recognition'], kind: 'first' }), ForbiddenError);
});

test('updateCompany: the audit row holds only what changed; no change writes nothing', async () => {
  const { id } = await createCompany(db.db, adviser, { name: 'Westpfalz Sensorik', postcode: '66849', headcount: 8 });
  const changes = await updateCompany(db.db, admin, id, { name: 'Westpfalz Sensorik AG', postcode: '66849', headcount: 120 }, T0);
  assert.deepEqual(changes, { name: ['Westpfalz Sensorik', 'Westpfalz Sensorik AG'], headcount: [8, 120], sizeClass: ['micro', 'medium'] });
  const again = await updateCompany(db.db, admin, id, { name: 'Westpfalz Sensorik AG', postcode: '66849', headcount: 120 });
  assert.deepEqual(again, {});
  const rows = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'company'), eq(auditLog.entityId, id), eq(auditLog.action, 'update')));
  assert.equal(rows.length, 1);
  assert.deepEqual(rows[0]!.changes, { name: ['Westpfalz Sensorik', 'Westpfalz Sensorik AG'], headcount: [8, 120], sizeClass: ['micro', 'medium'] });
  const err = await updateCompany(db.db, admin, id, { name: '' }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(err), ['name']);
  const [kept] = await db.db.select().from(companies).where(eq(companies.id, id));
  assert.equal(kept!.name, 'Westpfalz Sensorik AG');
});

test('another tenant: every use case answers not found, whatever the role', async () => {
  const consultation = { date: '2026-04-01', channel: 'phone', topics: ['recognition'], kind: 'first' };
  for (const actor of otherRoles) {
    for (const companyId of [t1.companyA, t1.companyB]) {
      await rejectsWith(getCompany(db.db, actor, companyId), NotFoundError);
      await rejectsWith(updateCompany(db.db, actor, companyId, { name: 'Hijacked' }), NotFoundError);
      await rejectsWith(deleteCompany(db.db, actor, companyId), NotFoundError);
      await rejectsWith(createContact(db.db, actor, companyId, { name: 'X' }), NotFoundError);
      await rejectsWith(recordConsultation(db.db, actor, companyId, consultation), NotFoundError);
    }
  }
  for (const actor of [admin, adviser, companyUserA]) {
    await rejectsWith(getCompany(db.db, actor, t2.companyA), NotFoundError);
    await rejectsWith(updateCompany(db.db, actor, t2.companyA, { name: 'Hijacked' }), NotFoundError);
    await rejectsWith(deleteCompany(db.db, actor, t2.companyA), NotFoundError);
    await rejectsWith(getConsultation(db.db, actor, t2ConsultationId), NotFoundError);
    await rejectsWith(updateConsultation(db.db, actor, t2ConsultationId, consultation), NotFoundError);
    await rejectsWith(deleteConsultation(db.db, actor, t2ConsultationId), NotFoundError);
    await rejectsWith(updateContact(db.db, actor, t2ContactId, { name: 'X' }), NotFoundError);
    await rejectsWith(deleteContact(db.db, actor, t2ContactId), NotFoundError);
    const list = await listCompanies(db.db, actor, { pageSize: 100 });
    assert.ok(!list.items.some((c) => c.id === t2.companyA || c.id === t2.companyB));
    const cons = await listConsultations(db.db, actor, { pageSize: 100 });
    assert.ok(!cons.items.some((c) => c.id === t2ConsultationId));
  }
  // another tenant's partner cannot be referred to
  const [p2] = await listPartners(db.db, otherRoles[0]!);
  const err = await recordConsultation(db.db, adviser, t1.companyA, { ...consultation, partnerIds: [p2!.id] }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(err), ['partnerIds']);
  // not-uuid ids are simply not found
  await rejectsWith(getCompany(db.db, adviser, "1' or 1=1"), NotFoundError);
  const [untouched] = await db.db.select().from(companies).where(eq(companies.id, t2.companyA));
  assert.equal(untouched!.name, 'Office Two – Firma A');
});

test('company users see only their own company, its contacts and consultations', async () => {
  await createContact(db.db, adviser, t1.companyB, { name: 'Bea Bee' });
  await recordConsultation(db.db, adviser, t1.companyB, { date: '2026-02-02', channel: 'video', topics: ['residence_law'], kind: 'first' });
  await recordConsultation(db.db, adviser, t1.companyA, { date: '2026-02-03', channel: 'video', topics: ['residence_law'], kind: 'first' });
  const list = await listCompanies(db.db, companyUserA);
  assert.deepEqual(
    list.items.map((c) => c.id),
    [t1.companyA],
  );
  assert.equal(list.total, 1);
  const cons = await listConsultations(db.db, companyUserA, { companyId: t1.companyB });
  assert.equal(cons.total, 0);
  const own = await listConsultations(db.db, companyUserA);
  assert.ok(own.total >= 1);
  assert.ok(own.items.every((c) => c.companyId === t1.companyA));
  // another company does not exist for a company user
  await rejectsWith(getCompany(db.db, companyUserA, t1.companyB), NotFoundError);
  const page = await getCompany(db.db, companyUserA, t1.companyA);
  assert.equal(page.company.id, t1.companyA);
  const all = await listConsultations(db.db, adviser, { companyId: t1.companyB });
  await rejectsWith(getConsultation(db.db, companyUserA, all.items[0]!.id), NotFoundError);
  await rejectsWith(createContact(db.db, companyUserA, t1.companyA, { name: 'Me' }), ForbiddenError);
});

test('listCompanies: paging, name filter (LIKE characters literal), bad filters name the field', async () => {
  for (let i = 0; i < 7; i += 1) await createCompany(db.db, adviser, { name: `Paging Probe ${i}`, sizeClass: 'large' });
  await createCompany(db.db, adviser, { name: 'Probe_100%' });
  const p1 = await listCompanies(db.db, adviser, { q: 'paging probe', pageSize: 3 });
  const p3 = await listCompanies(db.db, adviser, { q: 'paging probe', pageSize: '3', page: '3' });
  assert.equal(p1.total, 7);
  assert.deepEqual(
    p1.items.map((c) => c.name),
    ['Paging Probe 0', 'Paging Probe 1', 'Paging Probe 2'],
  );
  assert.deepEqual(
    p3.items.map((c) => c.name),
    ['Paging Probe 6'],
  );
  const like = await listCompanies(db.db, adviser, { q: '_100%' });
  assert.deepEqual(
    like.items.map((c) => c.name),
    ['Probe_100%'],
  );
  const large = await listCompanies(db.db, adviser, { sizeClass: 'large', q: 'Probe' });
  assert.equal(large.total, 7);
  const err = await listCompanies(db.db, adviser, { pageSize: 1000, sizeClass: 'huge' }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(err), ['pageSize', 'sizeClass']);
});

test('contacts: create, update with diff, link to a company user of the same company only, delete erases earlier diffs', async () => {
  const { id } = await createContact(db.db, adviser, t1.companyA, { name: 'Petra Personal', role: 'Personalleitung', email: 'Petra@A.example', phone: '+49 631 1234' });
  const [row] = await db.db.select().from(contacts).where(eq(contacts.id, id));
  assert.equal(row!.email, 'petra@a.example');
  const bad = await createContact(db.db, adviser, t1.companyA, { name: '', email: 'nope', phone: 'call me' }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(bad), ['email', 'name', 'phone']);
  const wrongUser = await updateContact(db.db, adviser, id, { name: 'Petra Personal', userId: adviser.userId }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(wrongUser), ['userId']);
  const changes = await updateContact(db.db, adviser, id, { name: 'Petra Personal', role: 'Geschäftsführung', email: 'petra@a.example', phone: '+49 631 1234', userId: companyUserA.userId });
  assert.deepEqual(changes, { role: ['Personalleitung', 'Geschäftsführung'], userId: [null, companyUserA.userId] });
  await deleteContact(db.db, adviser, id);
  assert.equal((await db.db.select().from(contacts).where(eq(contacts.id, id))).length, 0);
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'contact'), eq(auditLog.entityId, id))).orderBy(auditLog.id);
  assert.deepEqual(
    audit.map((a) => a.action),
    ['create', 'update', 'delete'],
  );
  assert.ok(!JSON.stringify(audit.map((a) => a.changes)).includes('Petra'));
});

test('consultations: record with topics and referrals, validate, update with diff, list in time order, delete', async () => {
  const bad = await recordConsultation(db.db, adviser, t1.companyA, {
    date: '2026-02-30',
    channel: 'pigeon',
    topics: [],
    kind: 'second',
    durationMinutes: 0,
    occupations: '2142, abc',
    accessRoute: 'tv',
  }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(bad), ['accessRoute', 'channel', 'date', 'durationMinutes', 'kind', 'occupations', 'topics']);
  const early = await recordConsultation(db.db, adviser, t1.companyA, { date: '2026-04-10', followUpDate: '2026-04-01', channel: 'phone', topics: 'recognition', kind: 'first' }).catch(
    (e: unknown) => e,
  );
  assert.deepEqual(fieldsOf(early), ['followUpDate']);

  const { id } = await recordConsultation(
    db.db,
    adviser,
    t1.companyA,
    {
      date: '2026-04-10',
      channel: 'on_site',
      durationMinutes: '90',
      topics: ['skilled_immigration', 'recognition', 'recognition'],
      occupations: '2142 2144',
      record: 'Hiring two civil engineers from Colombia.',
      outcome: 'Recognition procedure to be started.',
      followUpDate: '2026-05-10',
      kind: 'first',
      accessRoute: 'chamber',
      partnerIds: [partnerIhk, partnerBa],
    },
    T0,
  );
  const view = internalView(internalView(await getConsultation(db.db, adviser, id)));
  assert.deepEqual(view.topics, ['skilled_immigration', 'recognition']);
  assert.deepEqual(view.occupations, ['2142', '2144']);
  assert.equal(view.adviserUserId, adviser.userId);
  assert.equal(view.adviserName, 'Ada Adviser');
  assert.deepEqual(
    view.referrals.map((r) => r.type).sort(),
    ['ba_employer_service', 'ihk'],
  );
  const created = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'consultation'), eq(auditLog.entityId, id)));
  assert.equal(created.length, 1);

  await recordConsultation(db.db, adviser, t1.companyA, { date: '2026-04-20', channel: 'email', topics: ['integration_management'], kind: 'follow_up' });
  const page = await getCompany(db.db, adviser, t1.companyA);
  const dates = page.consultations.map((c) => c.date);
  assert.deepEqual(dates, [...dates].sort().reverse());
  assert.equal(dates[0], '2026-04-20');

  const changes = await updateConsultation(db.db, adviser, id, {
    date: '2026-04-10',
    channel: 'on_site',
    durationMinutes: 90,
    topics: ['skilled_immigration', 'recognition'],
    occupations: ['2142', '2144'],
    record: 'Hiring two civil engineers from Colombia.',
    outcome: 'Recognition procedure to be started.',
    followUpDate: '2026-05-10',
    kind: 'first',
    accessRoute: 'chamber',
    partnerIds: [partnerIhk],
  });
  assert.deepEqual(changes, { partnerIds: [[partnerIhk, partnerBa].sort(), [partnerIhk]] });
  assert.deepEqual(
    (await db.db.select().from(consultationReferrals).where(eq(consultationReferrals.consultationId, id))).map((r) => r.partnerId),
    [partnerIhk],
  );

  const byTopic = await listConsultations(db.db, adviser, { topic: 'skilled_immigration', from: '2026-04-01', to: '2026-04-30' });
  assert.deepEqual(
    byTopic.items.map((c) => c.id),
    [id],
  );
  assert.equal(byTopic.items[0]!.companyName, 'Office One – Firma A');
  const badFilter = await listConsultations(db.db, adviser, { from: 'yesterday', topic: 'tax' }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(badFilter), ['from', 'topic']);

  await deleteConsultation(db.db, adviser, id);
  await rejectsWith(getConsultation(db.db, adviser, id), NotFoundError);
  assert.equal((await db.db.select().from(consultationReferrals).where(eq(consultationReferrals.consultationId, id))).length, 0);
});

test('consultations: participants are contacts of the company, written with the audit row, diffed, kept after a deletion', async () => {
  const k1 = (await createContact(db.db, adviser, t1.companyA, { name: 'Karla Kern', role: 'HR' })).id;
  const k2 = (await createContact(db.db, adviser, t1.companyA, { name: 'Jonas Jung' })).id;
  const kb = (await createContact(db.db, adviser, t1.companyB, { name: 'Bea B' })).id;
  const base = { date: '2026-06-01', channel: 'event', topics: ['skilled_immigration'], kind: 'first' };
  for (const participantIds of [[kb], [k1, t2ContactId], 'not-an-id', [crypto.randomUUID()]]) {
    const err = await recordConsultation(db.db, adviser, t1.companyA, { ...base, participantIds }).catch((e: unknown) => e);
    assert.deepEqual(fieldsOf(err), ['participantIds'], JSON.stringify(participantIds));
  }
  for (const otherParticipants of [-1, 10_001, '2.5', 'many']) {
    const err = await recordConsultation(db.db, adviser, t1.companyA, { ...base, otherParticipants }).catch((e: unknown) => e);
    assert.deepEqual(fieldsOf(err), ['otherParticipants'], String(otherParticipants));
  }
  assert.equal((await db.db.select().from(consultations).where(eq(consultations.date, '2026-06-01'))).length, 0, 'nothing written');

  const { id } = await recordConsultation(db.db, adviser, t1.companyA, { ...base, participantIds: [k1, k2, k1], otherParticipants: '3' });
  const view = internalView(internalView(await getConsultation(db.db, adviser, id)));
  assert.deepEqual(view.participants, [
    { contactId: k2, name: 'Jonas Jung' },
    { contactId: k1, name: 'Karla Kern' },
  ]);
  assert.equal(view.otherParticipants, 3);
  const [created] = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'consultation'), eq(auditLog.entityId, id)));
  const createdChanges = created!.changes as Record<string, unknown>;
  assert.deepEqual([createdChanges.participantIds, createdChanges.otherParticipants], [[k1, k2], 3]);

  const changes = await updateConsultation(db.db, adviser, id, { ...base, participantIds: [k2] });
  assert.deepEqual(changes, { otherParticipants: [3, null], participantIds: [[k1, k2].sort(), [k2]] });
  const updated = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'consultation'), eq(auditLog.entityId, id), eq(auditLog.action, 'update')));
  assert.deepEqual(updated[0]!.changes, changes);
  assert.deepEqual(await updateConsultation(db.db, adviser, id, { ...base, participantIds: [k2] }), {}, 'no change, no audit row');

  // deleting the contact keeps the participant as an anonymous person key
  await deleteContact(db.db, adviser, k2);
  assert.deepEqual((internalView(await getConsultation(db.db, adviser, id))).participants, [{ contactId: null, name: null }]);
  // the form cannot offer the deleted person any more: saving it without them keeps them
  assert.deepEqual(await updateConsultation(db.db, adviser, id, { ...base, participantIds: [k1] }), { participantIds: [[], [k1]] });
  const rows = await db.db.select().from(consultationParticipants).where(eq(consultationParticipants.consultationId, id));
  assert.deepEqual(
    rows.map((r) => [r.personKey, r.contactId]).sort(),
    [
      [k1, k1],
      [k2, null],
    ].sort(),
  );
  assert.deepEqual(
    (internalView(await getConsultation(db.db, adviser, id))).participants.map((p) => p.name),
    ['Karla Kern', null],
  );
  await deleteConsultation(db.db, adviser, id);
  assert.equal((await db.db.select().from(consultationParticipants).where(eq(consultationParticipants.consultationId, id))).length, 0);
});

test('the database refuses topics outside the five and an empty list', async () => {
  for (const topics of [['tax'], []]) {
    await assert.rejects(
      db.db.insert(consultations).values({ tenantId: t1.tenantId, companyId: t1.companyA, date: '2026-01-01', channel: 'phone', kind: 'first', topics }),
    );
  }
});

test('partners: validated, listed by name, managed by advisers and admins only', async () => {
  const err = await createPartner(db.db, { ...adviser, role: 'admin' as const }, { name: '', type: 'bank' }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(err), ['name', 'type']);
  await rejectsWith(createPartner(db.db, companyUserA, { name: 'X', type: 'other' }), ForbiddenError);
  await rejectsWith(listPartners(db.db, companyUserA), ForbiddenError);
  const names = (await listPartners(db.db, adviser)).map((p) => p.name);
  assert.deepEqual(names, ['Agentur für Arbeit Kaiserslautern-Pirmasens', 'IHK Pfalz']);
});

test('deleteCompany anonymises: contacts and company accounts gone, consultations kept without free text, diffs erased', async () => {
  const { id } = await createCompany(db.db, adviser, { name: 'Doomed Optics GmbH', street: 'Hauptstr. 1', postcode: '67655', city: 'Kaiserslautern', federalState: 'DE-RP', headcount: 30, wzSection: 'C' });
  const staff = await makeUser(db.db, t1.tenantId, 'company', 'staff@doomed.example', { companyId: id });
  const dora = (await createContact(db.db, adviser, id, { name: 'Dora Doomed', email: 'dora@doomed.example', userId: staff.userId })).id;
  const c = await recordConsultation(db.db, adviser, id, {
    participantIds: [dora],
    date: '2026-03-03',
    channel: 'phone',
    topics: ['recognition', 'residence_law'],
    kind: 'first',
    accessRoute: 'internet',
    record: 'Dora wants to hire Mr. X.',
    outcome: 'Call Dora back',
    partnerIds: [partnerIhk],
  });
  await deleteCompany(db.db, admin, id, T0);

  const [row] = await db.db.select().from(companies).where(eq(companies.id, id));
  assert.equal(row!.name, ANONYMISED_COMPANY_NAME);
  assert.equal(row!.street, null);
  assert.equal(row!.postcode, null);
  assert.equal(row!.city, null);
  assert.deepEqual([row!.federalState, row!.sizeClass, row!.wzSection, row!.headcount], ['DE-RP', 'small', 'C', 30]);
  assert.equal(row!.anonymisedAt?.toISOString(), T0.toISOString());
  assert.equal((await db.db.select().from(contacts).where(eq(contacts.companyId, id))).length, 0);
  assert.equal((await db.db.select().from(users).where(eq(users.id, staff.userId))).length, 0);
  const [kept] = await db.db.select().from(consultations).where(eq(consultations.id, c.id));
  assert.deepEqual([kept!.record, kept!.outcome, kept!.topics, kept!.accessRoute], [null, null, ['recognition', 'residence_law'], 'internet']);
  assert.equal((await db.db.select().from(consultationReferrals).where(eq(consultationReferrals.consultationId, c.id))).length, 1);
  // the participant stays as an anonymous person key for the report's persons reached
  assert.deepEqual(
    (await db.db.select().from(consultationParticipants).where(eq(consultationParticipants.consultationId, c.id))).map((r) => [r.personKey, r.contactId]),
    [[dora, null]],
  );
  const audit = await db.db.select().from(auditLog).where(eq(auditLog.tenantId, t1.tenantId));
  const text = JSON.stringify(audit.map((a) => a.changes));
  for (const personal of ['Doomed Optics', 'Dora', 'Hauptstr']) assert.ok(!text.includes(personal), personal);
  const del = audit.find((a) => a.entity === 'company' && a.entityId === id && a.action === 'delete');
  assert.deepEqual(del?.changes, { anonymised: true, contactsDeleted: 1, usersDeleted: 1, consultationsKept: 1 });

  await rejectsWith(getCompany(db.db, adviser, id), NotFoundError);
  await rejectsWith(deleteCompany(db.db, adviser, id), NotFoundError);
  await rejectsWith(getConsultation(db.db, adviser, c.id), NotFoundError);
  assert.ok(!(await listCompanies(db.db, adviser, { pageSize: 100 })).items.some((x) => x.id === id));
  // the same name and postcode may be created again: the anonymised row is no duplicate
  assert.ok((await createCompany(db.db, adviser, { name: 'Doomed Optics GmbH', postcode: '67655' })).id);
});
