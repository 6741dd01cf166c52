// Issue 16: tracked referrals through their use cases, on PGlite and (with DATABASE_URL) PostgreSQL: a referral of a
// case or a consultation to a partner, its steps (sent → accepted → done, or declined) with dates and outcome, the
// invalid steps named, its follow-up in the Wiedervorlagen query, the consultation form's ticks kept in step, the
// backfill of migration 0019 (old ticks become referrals, the report's numbers stay), the funder report's figures
// for a fixed data set, and the RLP network adopted by seed key without overwriting the office's edits.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, candidates, cases, consultationReferrals, partners, referrals } from '../../db/schema/index.ts';
import { ForbiddenError, NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { WorkspaceInputError } from '../common/errors.ts';
import { createPartner } from '../partners/createPartner.ts';
import { updatePartner } from '../partners/updatePartner.ts';
import { PartnerInUseError, deletePartner } from '../partners/deletePartner.ts';
import { adoptRlpNetwork } from '../partners/adoptRlpNetwork.ts';
import { RLP_NETWORK } from '../partners/rlpNetwork.ts';
import { recordConsultation } from '../consultations/recordConsultation.ts';
import { updateConsultation } from '../consultations/updateConsultation.ts';
import { buildReport } from '../reports/buildReport.ts';
import { createReferral } from './createReferral.ts';
import { listReferrals } from './listReferrals.ts';
import { setReferralFollowUp } from './setReferralFollowUp.ts';
import { updateReferralStatus } from './updateReferralStatus.ts';
import { eraseCandidate } from '../candidates/eraseCandidate.ts';

let db: TestDatabase;
let t1: { tenantId: string; companyA: string; companyB: string };
let t2: { tenantId: string; companyA: string; companyB: string };
let admin: Actor;
let adviser: Actor;
let companyUser: Actor;
let otherAdmin: Actor;
let provider: string;
let ihk: string;
let otherPartner: string;
let caseA: string;
const TODAY = '2026-12-02';

function fieldsOf(e: unknown): string[] {
  assert.ok(e instanceof WorkspaceInputError, String(e));
  return e.errors.map((x) => `${x.field}:${x.code}`).sort();
}

async function makeCase(tenantId: string, companyId: string, seq: number): Promise<string> {
  const [cand] = await db.db.insert(candidates).values({ tenantId, companyId, name: `Kandidat ${seq}` }).returning({ id: candidates.id });
  const [c] = await db.db
    .insert(cases)
    .values({
      tenantId,
      companyId,
      candidateId: cand!.id,
      number: `KL-2026-${String(seq).padStart(4, '0')}`,
      numberYear: 2026,
      numberSeq: seq,
      routeId: '16d1-qualification',
      startDate: '2026-11-01',
      pipeline: ['advice', 'visa', 'closed'],
      statusSince: '2026-11-01',
      federalState: 'DE-RP',
      occupationIsco: '7411',
      annualGrossSalaryEur: 38000,
    })
    .returning({ id: cases.id });
  return c!.id;
}

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  t2 = await makeTenant(db.db, 'Office Two');
  admin = await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example');
  companyUser = await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA });
  otherAdmin = await makeUser(db.db, t2.tenantId, 'admin', 'admin@two.example');
  provider = (await createPartner(db.db, admin, { name: 'Bildungswerk West', type: 'education_provider', offers: ['anpassungsqualifizierung_kurs'] })).id;
  ihk = (await createPartner(db.db, admin, { name: 'IHK für die Pfalz', type: 'ihk' })).id;
  otherPartner = (await createPartner(db.db, otherAdmin, { name: 'Bildungswerk Zwei', type: 'education_provider' })).id;
  caseA = await makeCase(t1.tenantId, t1.companyA, 1);
});

after(async () => {
  await db?.destroy();
});

test('a case is referred to an education provider for an adaptation measure; accepted, then done with its outcome', async () => {
  const { id } = await createReferral(
    db.db,
    adviser,
    { caseId: caseA },
    { partnerId: provider, measureKind: 'anpassungsqualifizierung_kurs', purpose: 'Anpassungsqualifizierung Gebäudetechnik', sentOn: '2026-11-20', followUpDate: '2026-11-27' },
    TODAY,
  );
  let [row] = await db.db.select().from(referrals).where(eq(referrals.id, id));
  assert.equal(row!.status, 'sent');
  assert.equal(row!.sentOn, '2026-11-20');
  assert.equal(row!.caseId, caseA);
  assert.equal(row!.consultationId, null);
  assert.equal(row!.createdBy, adviser.userId);
  // its follow-up is in the Wiedervorlagen query
  const due = await listReferrals(db.db, adviser, { followUpUntil: TODAY });
  assert.deepEqual(due.map((r) => r.id), [id]);
  assert.equal(due[0]!.caseNumber, 'KL-2026-0001');
  assert.equal(due[0]!.companyId, t1.companyA);

  const accepted = await updateReferralStatus(db.db, adviser, id, { status: 'accepted', on: '2026-11-22' }, TODAY);
  assert.deepEqual(accepted.status, ['sent', 'accepted']);
  assert.deepEqual(accepted.acceptedOn, [null, '2026-11-22']);
  const done = await updateReferralStatus(db.db, adviser, id, { status: 'done', on: '2026-12-01', outcome: 'Kursplatz ab Januar zugesagt' }, TODAY);
  assert.deepEqual(done.status, ['accepted', 'done']);
  [row] = await db.db.select().from(referrals).where(eq(referrals.id, id));
  assert.equal(row!.doneOn, '2026-12-01');
  assert.equal(row!.outcome, 'Kursplatz ab Januar zugesagt');
  // done settles the open follow-up
  assert.notEqual(row!.followUpDoneAt, null);
  assert.equal((await listReferrals(db.db, adviser, { followUpUntil: TODAY })).length, 0);
  const onCase = await listReferrals(db.db, adviser, { caseId: caseA });
  assert.deepEqual(onCase.map((r) => [r.status, r.partnerName, r.measureKind]), [['done', 'Bildungswerk West', 'anpassungsqualifizierung_kurs']]);
  assert.equal((await listReferrals(db.db, adviser, { caseId: caseA, open: true })).length, 0);
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'referral'), eq(auditLog.entityId, id))).orderBy(auditLog.id);
  assert.deepEqual(audit.map((a) => a.action), ['create', 'status', 'status']);
});

test('invalid steps are named: done without acceptance, anything after done or declined, a day before the referral was sent', async () => {
  const { id } = await createReferral(db.db, adviser, { caseId: caseA }, { partnerId: ihk, sentOn: '2026-11-10' }, TODAY);
  assert.deepEqual(fieldsOf(await updateReferralStatus(db.db, adviser, id, { status: 'done' }, TODAY).catch((e: unknown) => e)), ['status:transition']);
  assert.deepEqual(fieldsOf(await updateReferralStatus(db.db, adviser, id, { status: 'accepted', on: '2026-11-01' }, TODAY).catch((e: unknown) => e)), ['on:beforeSent']);
  assert.deepEqual(fieldsOf(await updateReferralStatus(db.db, adviser, id, { status: 'finished' }, TODAY).catch((e: unknown) => e)), ['status:oneOf']);
  await updateReferralStatus(db.db, adviser, id, { status: 'declined', on: '2026-11-12', outcome: 'Keine Kapazität' }, TODAY);
  assert.deepEqual(fieldsOf(await updateReferralStatus(db.db, adviser, id, { status: 'accepted' }, TODAY).catch((e: unknown) => e)), ['status:transition']);
  // the same status again changes only the outcome
  const changes = await updateReferralStatus(db.db, adviser, id, { status: 'declined', outcome: 'Keine Kapazität bis Juni' }, TODAY);
  assert.deepEqual(Object.keys(changes), ['outcome']);
  const [row] = await db.db.select().from(referrals).where(eq(referrals.id, id));
  assert.equal(row!.declinedOn, '2026-11-12');
});

test('createReferral checks its input and the source: unknown partner, another office, a company user', async () => {
  assert.deepEqual(fieldsOf(await createReferral(db.db, adviser, { caseId: caseA }, {}, TODAY).catch((e: unknown) => e)), ['partnerId:required']);
  assert.deepEqual(fieldsOf(await createReferral(db.db, adviser, { caseId: caseA }, { partnerId: otherPartner }, TODAY).catch((e: unknown) => e)), ['partnerId:unknown']);
  assert.deepEqual(
    fieldsOf(await createReferral(db.db, adviser, { caseId: caseA }, { partnerId: provider, measureKind: 'kochkurs', sentOn: '2026-11-10', followUpDate: '2026-11-01' }, TODAY).catch((e: unknown) => e)),
    ['followUpDate:beforeSent', 'measureKind:oneOf'],
  );
  await assert.rejects(createReferral(db.db, otherAdmin, { caseId: caseA }, { partnerId: otherPartner }, TODAY), NotFoundError);
  await assert.rejects(createReferral(db.db, companyUser, { caseId: caseA }, { partnerId: provider }, TODAY), ForbiddenError);
  await assert.rejects(listReferrals(db.db, companyUser), ForbiddenError);
  const [any] = await db.db.select({ id: referrals.id }).from(referrals).limit(1);
  await assert.rejects(updateReferralStatus(db.db, otherAdmin, any!.id, { status: 'accepted' }, TODAY), NotFoundError);
  await assert.rejects(updateReferralStatus(db.db, companyUser, any!.id, { status: 'accepted' }, TODAY), ForbiddenError);
});

test('a consultation: the ticks of its form are tracked referrals; a referral made on its own is a tick; progressed ones stay', async () => {
  const base = { date: '2026-11-03', channel: 'phone', topics: ['recognition'], kind: 'first' };
  const k = await recordConsultation(db.db, adviser, t1.companyB, { ...base, partnerIds: [ihk] });
  let rows = await listReferrals(db.db, adviser, { consultationId: k.id });
  assert.deepEqual(rows.map((r) => [r.partnerName, r.status, r.sentOn]), [['IHK für die Pfalz', 'sent', '2026-11-03']]);
  const extra = await createReferral(db.db, adviser, { consultationId: k.id }, { partnerId: provider, measureKind: 'fachsprachkurs' }, TODAY);
  const ticks = await db.db.select().from(consultationReferrals).where(eq(consultationReferrals.consultationId, k.id));
  assert.deepEqual(ticks.map((t) => t.partnerId).sort(), [ihk, provider].sort());
  assert.deepEqual(fieldsOf(await createReferral(db.db, adviser, { consultationId: k.id }, { partnerId: ihk }, TODAY).catch((e: unknown) => e)), ['partnerId:alreadyReferred']);
  // unticking the IHK (still only sent) removes its referral
  await updateConsultation(db.db, adviser, k.id, { ...base, partnerIds: [provider] });
  rows = await listReferrals(db.db, adviser, { consultationId: k.id });
  assert.deepEqual(rows.map((r) => r.id), [extra.id]);
  // once the provider accepted, unticking it is refused and nothing changes
  await updateReferralStatus(db.db, adviser, extra.id, { status: 'accepted', on: TODAY }, TODAY);
  assert.deepEqual(fieldsOf(await updateConsultation(db.db, adviser, k.id, { ...base, partnerIds: [] }).catch((e: unknown) => e)), ['partnerIds:referralInProgress']);
  assert.equal((await db.db.select().from(consultationReferrals).where(eq(consultationReferrals.consultationId, k.id))).length, 1);
});

test('a referral follow-up is marked done and open again; one without a date names followUpDate', async () => {
  const { id } = await createReferral(db.db, adviser, { caseId: caseA }, { partnerId: provider, sentOn: '2026-11-25', followUpDate: '2026-12-01' }, TODAY);
  assert.ok((await listReferrals(db.db, adviser, { followUpUntil: TODAY })).some((r) => r.id === id));
  // the adviser's own ("mine"), not the admin's
  assert.ok((await listReferrals(db.db, adviser, { followUpUntil: TODAY, createdBy: adviser.userId })).some((r) => r.id === id));
  assert.ok(!(await listReferrals(db.db, adviser, { followUpUntil: TODAY, createdBy: admin.userId })).some((r) => r.id === id));
  assert.deepEqual(Object.keys(await setReferralFollowUp(db.db, adviser, id, true)), ['followUpDoneAt', 'followUpDoneBy']);
  assert.deepEqual(await setReferralFollowUp(db.db, adviser, id, true), {});
  assert.ok(!(await listReferrals(db.db, adviser, { followUpUntil: TODAY })).some((r) => r.id === id));
  await setReferralFollowUp(db.db, adviser, id, false);
  assert.ok((await listReferrals(db.db, adviser, { followUpUntil: TODAY })).some((r) => r.id === id));
  const none = await createReferral(db.db, adviser, { caseId: caseA }, { partnerId: ihk }, TODAY);
  assert.deepEqual(fieldsOf(await setReferralFollowUp(db.db, adviser, none.id, true).catch((e: unknown) => e)), ['followUpDate:noFollowUp']);
});

test('a partner with referrals of cases is not deleted', async () => {
  const p = (await createPartner(db.db, admin, { name: 'Sprachschule', type: 'education_provider' })).id;
  await createReferral(db.db, adviser, { caseId: caseA }, { partnerId: p }, TODAY);
  const err = await deletePartner(db.db, admin, p).catch((e: unknown) => e);
  assert.ok(err instanceof PartnerInUseError, String(err));
  assert.equal(err.cases, 1);
});

test('the funder report counts the tracked referrals of the period by status, partner type, measure and partner (fixed data set)', async () => {
  const t = await makeTenant(db.db, 'Report Office');
  const a = await makeUser(db.db, t.tenantId, 'admin', 'admin@report.example');
  const edu = (await createPartner(db.db, a, { name: 'Bildungswerk', type: 'education_provider' })).id;
  const hwk = (await createPartner(db.db, a, { name: 'HWK der Pfalz', type: 'hwk' })).id;
  const k1 = await makeCase(t.tenantId, t.companyA, 1);
  const k2 = await makeCase(t.tenantId, t.companyB, 2);
  const ref = (source: { caseId: string } | { consultationId: string }, partnerId: string, sentOn: string, measureKind?: string) =>
    createReferral(db.db, a, source, { partnerId, sentOn, measureKind }, '2026-12-31').then((r) => r.id);
  const r1 = await ref({ caseId: k1 }, edu, '2026-03-01', 'anpassungsqualifizierung_kurs');
  const r2 = await ref({ caseId: k2 }, edu, '2026-03-15', 'fachsprachkurs');
  const r3 = await ref({ caseId: k1 }, hwk, '2026-04-30');
  await ref({ caseId: k2 }, hwk, '2026-05-01'); // after the period
  await ref({ caseId: k2 }, edu, '2026-02-28'); // before it
  const c = await recordConsultation(db.db, a, t.companyA, { date: '2026-04-01', channel: 'phone', topics: ['recognition'], kind: 'first', partnerIds: [hwk] });
  await updateReferralStatus(db.db, a, r1, { status: 'accepted', on: '2026-03-02' }, '2026-12-31');
  await updateReferralStatus(db.db, a, r1, { status: 'done', on: '2026-04-02', outcome: 'abgeschlossen' }, '2026-12-31');
  await updateReferralStatus(db.db, a, r2, { status: 'declined', on: '2026-03-20' }, '2026-12-31');
  await updateReferralStatus(db.db, a, r3, { status: 'accepted', on: '2026-05-02' }, '2026-12-31');
  const report = await buildReport(db.db, a, { from: '2026-03-01', to: '2026-04-30' }, '2026-12-31');
  const r = report.referralTracking;
  const table = [
    ['total', r.total, 4],
    ['fromCases', r.fromCases, 3],
    ['fromConsultations', r.fromConsultations, 1],
  ] as const;
  for (const [name, got, want] of table) assert.equal(got, want, name);
  assert.deepEqual(r.byStatus, [
    { key: 'sent', count: 1 },
    { key: 'accepted', count: 1 },
    { key: 'done', count: 1 },
    { key: 'declined', count: 1 },
  ]);
  assert.deepEqual(r.byPartnerType, [
    { key: 'education_provider', count: 2 },
    { key: 'hwk', count: 2 },
  ]);
  assert.deepEqual(r.byMeasureKind, [
    { key: null, count: 2 },
    { key: 'anpassungsqualifizierung_kurs', count: 1 },
    { key: 'fachsprachkurs', count: 1 },
  ]);
  assert.deepEqual(
    r.byPartner.map((p) => [p.name, p.type, p.total, p.sent, p.accepted, p.done, p.declined]),
    [
      ['Bildungswerk', 'education_provider', 2, 0, 0, 1, 1],
      ['HWK der Pfalz', 'hwk', 2, 1, 1, 0, 0],
    ],
  );
  // the consultation × partner pairs of the summary are as before
  assert.equal(report.totals.referrals, 1);
  assert.ok(c.id);
});

test('migration 0019: each old tick becomes a referral sent on the consultation’s day; the report’s numbers stay', async () => {
  const t = await makeTenant(db.db, 'Old Ticks Office');
  const a = await makeUser(db.db, t.tenantId, 'admin', 'admin@ticks.example');
  const p1 = (await createPartner(db.db, a, { name: 'IHK', type: 'ihk' })).id;
  const p2 = (await createPartner(db.db, a, { name: 'HWK', type: 'hwk' })).id;
  const base = { channel: 'phone', topics: ['recognition'], kind: 'first' };
  const c1 = await recordConsultation(db.db, a, t.companyA, { ...base, date: '2025-06-01', partnerIds: [p1, p2] });
  const c2 = await recordConsultation(db.db, a, t.companyB, { ...base, date: '2025-07-15', partnerIds: [p2] });
  // as before migration 0019: ticks only, no tracked referrals
  await db.db.delete(referrals).where(eq(referrals.tenantId, t.tenantId));
  const range = { from: '2025-01-01', to: '2025-12-31' };
  const before = await buildReport(db.db, a, range, '2026-01-10');
  assert.equal(before.totals.referrals, 3);
  assert.equal(before.referralTracking.total, 0);
  // the backfill statement of the migration, run again
  const migration = readFileSync(new URL('../../../drizzle/0019_partner_network_referrals.sql', import.meta.url), 'utf8');
  const backfill = migration.slice(migration.indexOf('INSERT INTO "referrals"'));
  await db.db.execute(sql.raw(backfill));
  const rows = await db.db.select().from(referrals).where(eq(referrals.tenantId, t.tenantId));
  assert.deepEqual(
    rows.map((r) => [r.consultationId === c1.id ? 'c1' : r.consultationId === c2.id ? 'c2' : '?', r.partnerId === p1 ? 'p1' : 'p2', r.status, r.sentOn, r.caseId]).sort(),
    [
      ['c1', 'p1', 'sent', '2025-06-01', null],
      ['c1', 'p2', 'sent', '2025-06-01', null],
      ['c2', 'p2', 'sent', '2025-07-15', null],
    ],
  );
  const after = await buildReport(db.db, a, range, '2026-01-10');
  assert.deepEqual({ ...after, referralTracking: undefined }, { ...before, referralTracking: undefined });
  assert.equal(after.referralTracking.total, after.totals.referrals);
  // run twice, it adds nothing
  await db.db.execute(sql.raw(backfill));
  assert.equal((await db.db.select().from(referrals).where(eq(referrals.tenantId, t.tenantId))).length, 3);
});

test('migration 0019: the former type employment_agency is refused now; its successor is ba_employer_service', async () => {
  const err = await db.db
    .insert(partners)
    .values({ tenantId: t1.tenantId, name: 'Alt', type: 'employment_agency' })
    .catch((e: unknown) => e);
  assert.ok(err instanceof Error);
  assert.deepEqual(fieldsOf(await createPartner(db.db, admin, { name: 'Alt', type: 'employment_agency' }).catch((e: unknown) => e)), ['type:oneOf']);
});

test('RLP network: an admin adopts it by seed key; again, nothing is added and the office’s edits stay; advisers may not', async () => {
  const t = await makeTenant(db.db, 'RLP Office');
  const a = await makeUser(db.db, t.tenantId, 'admin', 'admin@rlp.example');
  const adv = await makeUser(db.db, t.tenantId, 'adviser', 'adviser@rlp.example');
  await assert.rejects(adoptRlpNetwork(db.db, adv), ForbiddenError);
  assert.deepEqual(await adoptRlpNetwork(db.db, a), { added: RLP_NETWORK.length, kept: 0 });
  const rows = await db.db.select().from(partners).where(eq(partners.tenantId, t.tenantId));
  assert.equal(rows.length, RLP_NETWORK.length);
  const central = rows.find((r) => r.seedKey === 'rp-zab-fachkraefte-kaiserslautern')!;
  assert.equal(central.type, 'immigration_office_central');
  assert.match(central.handles!, /§ 81a/);
  // what the sheet marks UNCONFIRMED is marked, with a note on what to verify
  const zav = rows.find((r) => r.seedKey === 'rp-ba-zav')!;
  assert.equal(zav.unconfirmed, true);
  assert.match(zav.notes!, /Zu prüfen/);
  for (const k of ['rp-ihk-pfalz', 'rp-ihk-rheinhessen', 'rp-ihk-koblenz', 'rp-ihk-trier', 'rp-hwk-pfalz', 'rp-hwk-rheinhessen', 'rp-hwk-koblenz', 'rp-hwk-trier', 'rp-ingenieurkammer', 'rp-architektenkammer', 'rp-add-trier', 'rp-iq-landeskoordination', 'rp-iq-mip-mainz', 'rp-welcome-center', 'rp-ihk-fosa', 'rp-ba-zsba', 'rp-abh-mainz', 'rp-abh-ludwigshafen', 'rp-abh-kaiserslautern', 'rp-abh-neustadt', 'rp-abh-mainz-bingen', 'rp-ba-ags-kaiserslautern-pirmasens']) {
    assert.ok(rows.some((r) => r.seedKey === k), k);
  }
  // the office edits one and removes another; adopting again adds back only the removed one
  const ihkPfalz = rows.find((r) => r.seedKey === 'rp-ihk-pfalz')!;
  await updatePartner(db.db, a, ihkPfalz.id, { name: 'IHK Pfalz, Welcome Center Ludwigshafen', type: 'ihk', phone: '0621 0000' });
  const hwkTrier = rows.find((r) => r.seedKey === 'rp-hwk-trier')!;
  await deletePartner(db.db, a, hwkTrier.id);
  assert.deepEqual(await adoptRlpNetwork(db.db, a), { added: 1, kept: RLP_NETWORK.length - 1 });
  const [edited] = await db.db.select().from(partners).where(eq(partners.id, ihkPfalz.id));
  assert.equal(edited!.name, 'IHK Pfalz, Welcome Center Ludwigshafen');
  assert.equal(edited!.seedKey, 'rp-ihk-pfalz');
  assert.deepEqual(await adoptRlpNetwork(db.db, a), { added: 0, kept: RLP_NETWORK.length });
});

test('erasing the candidate keeps the case’s referrals for the statistics and clears their free texts', async () => {
  const k = await makeCase(t1.tenantId, t1.companyB, 77);
  const { id } = await createReferral(db.db, adviser, { caseId: k }, { partnerId: provider, purpose: 'für Frau Kandidat 77', measureKind: 'fachsprachkurs' }, TODAY);
  await updateReferralStatus(db.db, adviser, id, { status: 'declined', outcome: 'Kandidat 77 hat abgesagt' }, TODAY);
  const [c] = await db.db.select({ candidateId: cases.candidateId }).from(cases).where(eq(cases.id, k));
  await eraseCandidate(db.db, adviser, c!.candidateId, { remove: async () => {} });
  const [row] = await db.db.select().from(referrals).where(eq(referrals.id, id));
  assert.deepEqual([row!.purpose, row!.outcome, row!.status, row!.measureKind], [null, null, 'declined', 'fachsprachkurs']);
  // and the texts are gone from the audit trail too (who did what when stays)
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'referral'), eq(auditLog.entityId, id)));
  assert.ok(audit.length >= 2);
  assert.ok(audit.every((a) => JSON.stringify(a.changes) === '{"erased":true}'));
});
