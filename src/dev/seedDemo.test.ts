import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/testing.ts';
import { auditLog, candidateConsents, candidates, caseDocuments, caseFamilyMembers, caseRecognitions, caseTasks, cases, companies, consultationParticipants, consultationReferrals, consultations, contacts, partners, referrals, tenants, users } from '../db/schema/index.ts';
import { DEMO_TENANT_NAME, seedDemo } from './seedDemo.ts';
import { RLP_NETWORK } from '../app/partners/rlpNetwork.ts';
import { verifyPassword } from '../app/accounts/password.ts';

test('the demo seed creates one service office, an admin, an adviser, a company user, two companies, partners and consultations, with audit rows; a second run changes nothing', async () => {
  const db = await openTestDb();
  try {
    const now = new Date('2026-11-25T10:00:00Z');
    const first = await seedDemo(db.db, now);
    assert.ok(first.ok && first.created);
    const t = await db.db.select().from(tenants);
    assert.equal(t.length, 1);
    assert.equal(t[0]!.name, DEMO_TENANT_NAME);
    assert.equal(t[0]!.isDemo, true);
    const u = await db.db.select().from(users);
    assert.deepEqual(u.map((x) => x.role).sort(), ['admin', 'adviser', 'company']);
    for (const login of first.logins) {
      const row = u.find((x) => x.email === login.email)!;
      assert.ok(await verifyPassword(row.passwordHash!, login.password), `${login.email} can log in with the printed password`);
      assert.match(row.passwordHash!, /^\$argon2id\$/);
    }
    const cs = await db.db.select().from(companies);
    assert.equal(cs.length, 2);
    // the company user sees one company and is one of its contact persons
    const companyUser = u.find((x) => x.role === 'company')!;
    assert.ok(cs.some((c) => c.id === companyUser.companyId));
    const cts = await db.db.select().from(contacts);
    assert.equal(cts.filter((c) => c.userId === companyUser.id && c.companyId === companyUser.companyId).length, 1);
    const ps = await db.db.select().from(partners);
    assert.deepEqual(
      [...new Set(ps.map((p) => p.type))].sort(),
      ['ba_central_service', 'ba_employer_service', 'chamber_other', 'education_provider', 'hwk', 'ihk', 'immigration_office', 'immigration_office_central', 'iq_counselling', 'recognition_body', 'welcome_center'],
    );
    // issue 16: the RLP network by its seed keys, plus the demo's two; every consultation tick is a tracked referral
    assert.equal(ps.filter((p) => p.seedKey?.startsWith('rp-')).length, RLP_NETWORK.length);
    const tracked = await db.db.select().from(referrals);
    assert.equal(tracked.filter((r) => r.consultationId !== null && r.status === 'sent').length, 4);
    const ofCase = tracked.filter((r) => r.caseId !== null);
    assert.equal(ofCase.length, 1);
    assert.equal(ofCase[0]!.status, 'done');
    assert.equal(ofCase[0]!.measureKind, 'anpassungsqualifizierung_kurs');
    assert.equal(ps.find((p) => p.id === ofCase[0]!.partnerId)!.type, 'education_provider');
    const cons = await db.db.select().from(consultations);
    assert.equal(cons.length, 3);
    // within the last 90 days of `now`, so that the report's default range shows them; one first consultation per company
    for (const c of cons) assert.ok(c.date >= '2026-08-27' && c.date <= '2026-11-25', c.date);
    assert.equal(cons.filter((c) => c.kind === 'first').length, 2);
    assert.equal((await db.db.select().from(consultationReferrals)).length, 4);
    // the demo contacts took part: Petra twice, Markus and Aylin once each, so the report reaches three persons
    const people = await db.db.select().from(consultationParticipants);
    assert.equal(people.length, 4);
    assert.equal(new Set(people.map((p) => p.personKey)).size, 3);
    assert.ok(people.every((p) => p.contactId === p.personKey && cts.some((c) => c.id === p.contactId)));
    // issue 14: two candidates with a case each, made by the demo adviser through the use cases: the plan's tasks and
    // documents, the office's prefix, the developer's case one status on (§ 81a: the BA's pre-approval)
    const cands = await db.db.select().from(candidates);
    assert.deepEqual(cands.map((c) => c.name).sort(), ['Ana Lima (Demo)', 'Arjun Nair (Demo)', 'Maria Santos (Demo)', 'Priya Raman (Demo)']);
    const ks = await db.db.select().from(cases);
    assert.deepEqual(ks.map((k) => k.number).sort(), ['KL-2026-0001', 'KL-2026-0002', 'KL-2026-0003', 'KL-2026-0004']);
    assert.deepEqual(ks.map((k) => k.status).sort(), ['advice', 'ba_approval', 'entry', 'integration']);
    // issue 15: the Blue Card holder's case: a Blue Card issued 20 months before `now`, valid for 22 months, every task
    // done; the audit rows of its tasks, status changes and title come on top of those below
    const titled = ks.find((k) => k.titleRouteId !== null)!;
    assert.deepEqual(
      [titled.titleRouteId, titled.titleIssuedOn, titled.titleValidUntil, titled.titleEmploymentFrom],
      ['18g-standard', '2025-03-25', '2027-01-24', '2025-04-08'],
    );
    const titledTasks = await db.db.select().from(caseTasks).where(eq(caseTasks.caseId, titled.id));
    assert.ok(titledTasks.every((t) => t.doneAt !== null));
    const titledAudit = (await db.db.select().from(auditLog)).filter(
      (a) => (a.entityId === titled.id && a.action !== 'create') || (a.entity === 'task' && titledTasks.some((t) => t.id === a.entityId)),
    );
    // (ticking a task also records the estimates of later tasks that moved: at least one row per task)
    assert.ok(titledTasks.every((t) => titledAudit.some((a) => a.entityId === t.id && a.action === 'update')));
    assert.equal(titledAudit.filter((a) => a.action === 'status').length, titled.pipeline.indexOf('integration'));
    assert.equal(titledAudit.filter((a) => a.action === 'residenceTitle').length, 1);
    for (const k of ks) {
      assert.ok((await db.db.select().from(caseTasks).where(eq(caseTasks.caseId, k.id))).length >= 5, `${k.number} has its plan's tasks`);
      assert.ok((await db.db.select().from(caseDocuments).where(eq(caseDocuments.caseId, k.id))).length >= 3, `${k.number} has its checklist`);
    }
    // issue 17: the skilled worker who arrived a week before `now`: arrival, family of two, the onboarding plan
    const arrived = ks.find((k) => k.arrivalDate !== null)!;
    assert.equal(arrived.arrivalDate, '2026-11-18');
    assert.equal((await db.db.select().from(caseFamilyMembers).where(eq(caseFamilyMembers.caseId, arrived.id))).length, 2);
    const arrivedTasks = await db.db.select().from(caseTasks).where(eq(caseTasks.caseId, arrived.id));
    const onboarding = arrivedTasks.filter((t) => t.planStepId?.startsWith('onboarding'));
    // the registration is the route plan's step, adopted with the legal date (two weeks after the arrival)
    assert.ok(!onboarding.some((t) => t.planStepId === 'onboarding:registration'));
    const anmeldung = arrivedTasks.find((t) => t.planStepId === 'anmeldung')!;
    assert.deepEqual([anmeldung.dueOn, anmeldung.deadlineRef, anmeldung.doneAt], ['2026-12-02', '§ 17 Abs. 1 BMG', null]);
    assert.ok(onboarding.some((t) => t.planStepId?.startsWith('onboarding:childcare:')));
    // the steps before the arrival and of the first day are ticked (four onboarding tasks, the route plan's up to entry)
    assert.equal(onboarding.filter((t) => t.doneAt !== null).length, 4);
    assert.ok(arrivedTasks.filter((t) => !t.planStepId?.startsWith('onboarding') && t.doneAt === null).every((t) => ['anmeldung', 'residence-permit'].includes(t.planStepId!)));
    const taskIds = new Set(arrivedTasks.map((t) => t.id));
    const arrivalAudit = (await db.db.select().from(auditLog)).filter(
      (a) => (a.entityId === arrived.id && a.action !== 'create') || a.entity === 'familyMember' || (a.entity === 'task' && taskIds.has(a.entityId!)),
    );
    assert.deepEqual(
      arrivalAudit.filter((a) => a.entity !== 'task').map((a) => a.action).sort(),
      ['arrival', 'create', 'create', 'onboardingPlan', 'status', 'status', 'status'],
    );
    // issue 16: the electrician's partial-equivalence notice; issue 17: her consent for the funder's reporting
    assert.deepEqual((await db.db.select().from(caseRecognitions)).map((r) => [r.outcome, r.deficitTags.length]), [['partial', 3]]);
    assert.deepEqual((await db.db.select().from(candidateConsents)).filter((c) => c.purpose === 'funder_reporting').map((c) => c.given), [true]);
    // one audit row per created record, and one for the status change; issue 16: one per referral, and two for the
    // case referral's steps (accepted, done); issue 17: the arrived case's; issue 16/17: the electrician's recognition
    // record and her consent for the funder's reporting (one each)
    assert.equal(
      (await db.db.select().from(auditLog)).length,
      1 + cs.length + u.length + cts.length + ps.length + cons.length + cands.length + ks.length + 1 + titledAudit.length + tracked.length + 2 + arrivalAudit.length + 2,
    );

    const second = await seedDemo(db.db);
    assert.ok(second.ok && !second.created);
    assert.equal((await db.db.select().from(companies)).length, 2);
  } finally {
    await db.destroy();
  }
});

test('the demo seed refuses a database that holds real data and writes nothing', async () => {
  const db = await openTestDb();
  try {
    await db.db.insert(tenants).values({ name: 'Welcome Center Pfalz' });
    const r = await seedDemo(db.db);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /Welcome Center Pfalz/);
    assert.equal((await db.db.select().from(tenants).where(eq(tenants.isDemo, true))).length, 0);
    assert.equal((await db.db.select().from(users)).length, 0);
  } finally {
    await db.destroy();
  }
});

test('the demo seed loads next to the volume demo (another demo tenant), not instead of it', async () => {
  const db = await openTestDb();
  try {
    await db.db.insert(tenants).values({ name: 'Servicestelle Volumen (Demo)', isDemo: true });
    const r = await seedDemo(db.db);
    assert.ok(r.ok && r.created);
    assert.deepEqual((await db.db.select().from(tenants)).map((t) => t.name).sort(), [DEMO_TENANT_NAME, 'Servicestelle Volumen (Demo)']);
  } finally {
    await db.destroy();
  }
});
