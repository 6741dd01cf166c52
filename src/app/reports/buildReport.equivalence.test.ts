// The funder report, read from the summary that triggers keep (migration 0010), against the queries on the
// consultations it had before issue 13 (referenceReport.testing.ts, ten passes over the range): on a fixed data set —
// the volume demo's generator with a fixed seed and day, then consultations deleted, consultations edited (moved to
// another month, other topics, channel, kind, access route, referrals and participants), companies anonymised, contact
// persons deleted and companies without size class or WZ section — plus a second service office with consultations on
// month and year boundaries and a third without any, every section of the report must come out identical for a set
// of ranges (three years, each year, month boundaries, a single day, a leap day, an empty range). A fourth office
// goes through every kind of write one at a time (each use case that writes consultations, referrals, participants,
// companies or partners), the report compared after each, so a writer whose change the summary misses fails here;
// finally a rebuild of the summary must find nothing to correct. Runs on PGlite and, with DATABASE_URL, on PostgreSQL.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { asc, eq, inArray } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { companies, consultationParticipants, consultationReferrals, consultations, contacts, partners } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { seedVolume } from '../../dev/seedVolume.ts';
import { createContact } from '../companies/createContact.ts';
import { createPartner } from '../partners/createPartner.ts';
import { deleteCompany } from '../companies/deleteCompany.ts';
import { deleteContact } from '../companies/deleteContact.ts';
import { deleteConsultation } from '../consultations/deleteConsultation.ts';
import { recordConsultation } from '../consultations/recordConsultation.ts';
import { updateConsultation } from '../consultations/updateConsultation.ts';
import { updateCompany } from '../companies/updateCompany.ts';
import { deletePartner } from '../partners/deletePartner.ts';
import { updatePartner } from '../partners/updatePartner.ts';
import { completeFollowUp } from '../followUps/completeFollowUp.ts';
import { reopenFollowUp } from '../followUps/reopenFollowUp.ts';
import { TOPICS } from '../common/codes.ts';
import { buildReport } from './buildReport.ts';
import { rebuildReportSummary } from './rebuildReportSummary.ts';
import { referenceReport } from './referenceReport.testing.ts';

const TODAY = '2026-06-15';
let db: TestDatabase;
let volume: Actor;
let second: Actor;
let third: Actor;
let seededFrom = '';

before(async () => {
  db = await openTestDb();
  // no cases: the report reads consultations only
  const seeded = await seedVolume(db.db, { companies: 40, consultations: 500, cases: 0, today: TODAY, seed: 13 }, new Date(`${TODAY}T09:00:00Z`));
  assert.ok(seeded.ok && seeded.created);
  seededFrom = seeded.from;
  volume = await makeUser(db.db, seeded.tenantId, 'admin', 'admin@volume.example');

  // deletions: every 25th consultation, three companies anonymised, every 7th contact person; some consultations
  // without access route, some companies without size class or WZ section
  const allConsultations = await db.db.select({ id: consultations.id }).from(consultations).where(eq(consultations.tenantId, seeded.tenantId)).orderBy(asc(consultations.date), asc(consultations.id));
  for (const [i, c] of allConsultations.entries()) if (i % 25 === 3) await deleteConsultation(db.db, volume, c.id);
  // edits: every 40th consultation moves five weeks back (into another month, some out of the seeded range), gets
  // another topic, channel, kind and access route, further participants, and loses or changes its referrals and
  // participants
  const volumePartners = (await db.db.select({ id: partners.id }).from(partners).where(eq(partners.tenantId, seeded.tenantId)).orderBy(asc(partners.name))).map((p) => p.id);
  const toEdit = await db.db.select().from(consultations).where(inArray(consultations.id, allConsultations.filter((_, i) => i % 40 === 7).map((c) => c.id)));
  for (const [k, c] of toEdit.entries()) {
    const date = new Date(Date.parse(`${c.date}T00:00:00Z`) - 35 * 86_400_000).toISOString().slice(0, 10);
    await updateConsultation(db.db, volume, c.id, {
      date,
      channel: c.channel === 'video' ? 'phone' : 'video',
      topics: [TOPICS[k % TOPICS.length]!],
      kind: c.kind === 'first' ? 'follow_up' : 'first',
      accessRoute: k % 3 === 0 ? null : 'internet',
      otherParticipants: k % 2 === 0 ? 2 : null,
      partnerIds: k % 2 === 0 ? [] : [volumePartners[k % volumePartners.length]!],
      participantIds: [],
    });
  }
  await db.db.update(consultations).set({ accessRoute: null }).where(inArray(consultations.id, [5, 6, 100, 240].map((i) => allConsultations[i]!.id)));
  const allCompanies = await db.db.select({ id: companies.id }).from(companies).where(eq(companies.tenantId, seeded.tenantId)).orderBy(asc(companies.name));
  for (const c of [allCompanies[1]!, allCompanies[10]!, allCompanies[20]!]) await deleteCompany(db.db, volume, c.id);
  await db.db.update(companies).set({ sizeClass: null }).where(inArray(companies.id, [allCompanies[2]!.id, allCompanies[3]!.id]));
  await db.db.update(companies).set({ wzSection: null }).where(inArray(companies.id, [allCompanies[3]!.id, allCompanies[4]!.id]));
  const allContacts = await db.db.select({ id: contacts.id }).from(contacts).where(eq(contacts.tenantId, seeded.tenantId)).orderBy(asc(contacts.name), asc(contacts.id));
  for (const [i, c] of allContacts.entries()) if (i % 7 === 2) await deleteContact(db.db, volume, c.id);

  // a second office: consultations on month and year boundaries, a company anonymised afterwards, a deleted consultation
  const t2 = await makeTenant(db.db, 'Office Two');
  second = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example');
  const ihk = (await createPartner(db.db, { ...second, role: 'admin' as const }, { name: 'IHK', type: 'ihk' })).id;
  const hwk = (await createPartner(db.db, { ...second, role: 'admin' as const }, { name: 'HWK', type: 'hwk' })).id;
  const [a1, a2] = [(await createContact(db.db, second, t2.companyA, { name: 'Anna' })).id, (await createContact(db.db, second, t2.companyA, { name: 'Bert' })).id];
  const b1 = (await createContact(db.db, second, t2.companyB, { name: 'Cem' })).id;
  const rec = (company: string, input: Record<string, unknown>) => recordConsultation(db.db, second, company, input);
  await rec(t2.companyA, { date: '2024-12-31', channel: 'phone', topics: ['recognition'], kind: 'first', participantIds: [a1] });
  await rec(t2.companyA, { date: '2025-01-01', channel: 'video', topics: ['recognition', 'residence_law'], kind: 'follow_up', accessRoute: 'chamber', partnerIds: [ihk, hwk], participantIds: [a1, a2] });
  await rec(t2.companyB, { date: '2025-01-31', channel: 'event', topics: ['integration_management'], kind: 'first', accessRoute: 'event', otherParticipants: 12, participantIds: [b1] });
  await rec(t2.companyB, { date: '2025-02-01', channel: 'email', topics: ['further_qualification'], kind: 'follow_up', partnerIds: [ihk] });
  await rec(t2.companyA, { date: '2024-02-29', channel: 'on_site', topics: ['skilled_immigration', 'recognition', 'residence_law'], kind: 'first', otherParticipants: 0 });
  const gone = await rec(t2.companyA, { date: '2025-01-15', channel: 'phone', topics: ['recognition'], kind: 'first', partnerIds: [hwk], participantIds: [a2] });
  await deleteConsultation(db.db, second, gone.id);
  await deleteCompany(db.db, second, t2.companyB);

  // a third office without consultations
  const t3 = await makeTenant(db.db, 'Office Three');
  third = await makeUser(db.db, t3.tenantId, 'adviser', 'adviser@three.example');
});
after(async () => {
  await db.destroy();
});

function ranges(): Array<{ from: string; to: string }> {
  return [
    { from: seededFrom, to: TODAY },
    { from: '2023-01-01', to: '2023-12-31' },
    { from: '2024-01-01', to: '2024-12-31' },
    { from: '2025-01-01', to: '2025-12-31' },
    { from: '2026-01-01', to: TODAY },
    { from: '2025-01-31', to: '2025-03-01' },
    { from: '2024-12-31', to: '2025-01-01' },
    { from: '2025-02-01', to: '2025-02-01' },
    { from: '2024-02-29', to: '2024-02-29' },
    { from: '2024-02-01', to: '2024-02-28' },
    { from: '2020-01-01', to: '2020-12-31' },
    { from: '2027-01-01', to: '2027-03-31' },
  ];
}

test('the reference data set is not trivial: the three-year report of the volume office has every section filled', async () => {
  const r = await referenceReport(db.db, volume.tenantId, seededFrom, TODAY);
  assert.ok(r.totals.consultations > 400 && r.totals.consultations < 500, `${r.totals.consultations} consultations after deletions`);
  assert.ok(r.totals.companies >= 30 && r.totals.referrals > 0 && r.totals.contactPersons > 0 && r.totals.otherParticipants > 0);
  for (const section of ['byTopic', 'byChannel', 'byAccessRoute', 'byKind', 'companiesBySizeClass', 'companiesByWzSection', 'referralsByPartnerType'] as const) {
    assert.ok(r[section].length >= 2, `${section} has at least two buckets`);
  }
  assert.ok(r.companiesBySizeClass.some((b) => b.key === null) && r.companiesByWzSection.some((b) => b.key === null), 'companies without a value are counted');
  assert.ok(r.byAccessRoute.some((b) => b.key === null), 'consultations without an access route are counted');
  assert.equal(r.byMonth.length, 37);
});

test('every section of the report equals the former queries, for each office and range', async () => {
  for (const [name, actor] of [['volume', volume], ['second', second], ['third', third]] as const) {
    for (const range of ranges()) {
      const expected = await referenceReport(db.db, actor.tenantId, range.from, range.to);
      const actual = await buildReport(db.db, actor, range, TODAY);
      assert.deepEqual(actual, expected, `${name} ${range.from} – ${range.to}`);
    }
  }
});

test('the second office: boundaries inclusive, the deleted consultation gone, the anonymised company counted', async () => {
  const r = await buildReport(db.db, second, { from: '2024-12-31', to: '2025-01-31' }, TODAY);
  assert.deepEqual(r.totals, { consultations: 3, companies: 2, referrals: 2, persons: 15, contactPersons: 3, otherParticipants: 12 });
  assert.deepEqual(r.byMonth, [
    { key: '2024-12', count: 1 },
    { key: '2025-01', count: 2 },
  ]);
  assert.deepEqual(r.referralsByPartnerType, [
    { key: 'hwk', count: 1 },
    { key: 'ihk', count: 1 },
  ]);
});

test('each writer keeps the summary: after every kind of write the report equals the former queries', async () => {
  const t4 = await makeTenant(db.db, 'Office Four');
  const a = await makeUser(db.db, t4.tenantId, 'admin', 'admin@four.example');
  const same = async (what: string) => {
    for (const range of [{ from: '2025-01-01', to: '2025-12-31' }, { from: '2025-03-15', to: '2025-04-10' }, { from: '2025-04-02', to: '2025-04-02' }]) {
      const expected = await referenceReport(db.db, a.tenantId, range.from, range.to);
      assert.deepEqual(await buildReport(db.db, a, range, TODAY), expected, `after ${what}: ${range.from} – ${range.to}`);
    }
  };
  const partner = async (name: string, type: string) => (await createPartner(db.db, a, { name, type })).id;
  const [ihk, agency, unused] = [await partner('IHK', 'ihk'), await partner('Agentur', 'ba_employer_service'), await partner('Unbenutzt', 'other')];
  const person = async (company: string, name: string) => (await createContact(db.db, a, company, { name })).id;
  const [p1, p2, p3] = [await person(t4.companyA, 'Anna'), await person(t4.companyA, 'Bert'), await person(t4.companyB, 'Cem')];

  const first = await recordConsultation(db.db, a, t4.companyA, {
    date: '2025-03-20', channel: 'phone', topics: ['recognition', 'residence_law'], kind: 'first', accessRoute: 'chamber',
    partnerIds: [ihk], participantIds: [p1, p2], otherParticipants: 3, followUpDate: '2025-04-02',
  });
  await same('recording a consultation');
  const second = await recordConsultation(db.db, a, t4.companyA, {
    date: '2025-04-02', channel: 'video', topics: ['recognition'], kind: 'follow_up', participantIds: [p1], completeFollowUpIds: [first.id],
  });
  await same('recording one that settles a follow-up');
  await reopenFollowUp(db.db, a, first.id);
  await completeFollowUp(db.db, a, first.id);
  await same('reopening and completing a follow-up');
  await updateConsultation(db.db, a, first.id, {
    date: '2025-04-02', channel: 'event', topics: ['integration_management', 'recognition'], kind: 'first', partnerIds: [agency, ihk], participantIds: [p2], otherParticipants: 7,
  });
  await same('editing a consultation: another month, topics, channel, no access route, referrals, participants');
  await updateConsultation(db.db, a, first.id, { date: '2025-03-31', channel: 'event', topics: ['integration_management'], kind: 'first', partnerIds: [agency], participantIds: [p1, p2] });
  await same('editing it back into March');
  const third = await recordConsultation(db.db, a, t4.companyB, { date: '2025-03-31', channel: 'email', topics: ['further_qualification'], kind: 'first', partnerIds: [agency], participantIds: [p3] });
  await same('recording one for another company');
  // no use case changes a referral or a participant in place (they are replaced); the triggers cover it all the same
  await db.db.update(consultationReferrals).set({ partnerId: ihk }).where(eq(consultationReferrals.consultationId, third.id));
  await db.db.update(consultationParticipants).set({ consultationId: second.id }).where(eq(consultationParticipants.consultationId, third.id));
  await same('a referral and a participant changed in place');
  await updatePartner(db.db, a, agency, { name: 'Agentur', type: 'immigration_office' });
  await updateCompany(db.db, a, t4.companyA, { name: 'Firma A', sizeClass: 'large', wzSection: 'C' });
  await same("changing a partner's type and a company's size class and WZ section");
  await deletePartner(db.db, a, unused);
  await deleteContact(db.db, a, p2);
  await same('deleting a partner without referrals and a contact person');
  await deleteConsultation(db.db, a, second.id);
  await same('deleting a consultation');
  await deleteCompany(db.db, a, t4.companyB);
  await same('anonymising a company');
  await deleteConsultation(db.db, a, first.id);
  await same('deleting the last consultation of a month');
  assert.deepEqual((await buildReport(db.db, a, { from: '2025-01-01', to: '2025-12-31' }, TODAY)).totals, { consultations: 1, companies: 1, referrals: 1, persons: 0, contactPersons: 0, otherParticipants: 0 });
});

test('the summary the triggers kept is what a rebuild computes', async () => {
  const r = await rebuildReportSummary(db.db, { operator: 'test' });
  assert.equal(r.differed, 0);
  assert.ok(r.rows > 1000, `${r.rows} rows`);
});
