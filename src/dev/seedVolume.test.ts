import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { openTestDb } from '../db/testing.ts';
import {
  auditLog,
  candidateConsents,
  candidates,
  caseDocuments,
  caseNotes,
  caseReferences,
  caseStatusChanges,
  caseTasks,
  cases,
  companies,
  consultationParticipants,
  consultationReferrals,
  consultations,
  contacts,
  partners,
  tenants,
  users,
} from '../db/schema/index.ts';
import { PARTNER_TYPES } from '../app/common/codes.ts';
import { ROUTE_IDS } from '../law/types.ts';
import { seedVolume } from './seedVolume.ts';
import { VOLUME_LOGINS, VOLUME_TENANT_NAME, generateVolume } from './volumeGenerator.ts';
import { caseCompanies, generateCases } from './volumeCases.ts';
import { verifyPassword } from '../app/accounts/password.ts';

const SMALL = { companies: 50, consultations: 300, today: '2026-11-25' };

test('the volume seed creates one demo service office with the asked-for numbers of companies and consultations, audit rows for each, and logins that work; a second run changes nothing', async () => {
  const db = await openTestDb();
  try {
    const now = new Date('2026-11-25T10:00:00Z');
    const r = await seedVolume(db.db, SMALL, now);
    assert.ok(r.ok && r.created);
    assert.equal(r.from, '2023-11-26');
    assert.equal(r.to, '2026-11-25');
    const t = await db.db.select().from(tenants);
    assert.deepEqual(
      t.map((x) => [x.name, x.isDemo]),
      [[VOLUME_TENANT_NAME, true]],
    );
    const cs = await db.db.select().from(companies);
    assert.equal(cs.length, 50);
    assert.equal(new Set(cs.map((c) => c.name.toLowerCase())).size, 50, 'company names are unique');
    assert.ok(cs.every((c) => c.postcode === null || /^\d{5}$/.test(c.postcode)));
    assert.ok(cs.filter((c) => c.federalState === 'DE-RP').length > 25, 'mostly Rhineland-Palatinate');
    const cts = await db.db.select().from(contacts);
    assert.ok(cts.length >= 50 && cts.length <= 150, `${cts.length} contacts`);
    const ps = await db.db.select().from(partners);
    assert.deepEqual([...new Set(ps.map((p) => p.type))].sort(), [...PARTNER_TYPES].sort());
    const cons = await db.db.select().from(consultations);
    assert.equal(cons.length, 300);
    assert.ok(cons.every((c) => c.date >= '2023-11-26' && c.date <= '2026-11-25'));
    assert.ok(cons.every((c) => c.topics.length >= 1 && c.topics.length <= 3 && new Set(c.topics).size === c.topics.length));
    assert.ok(cons.every((c) => c.followUpDate === null || c.followUpDate >= c.date));
    assert.ok(cons.every((c) => c.occupations.every((o) => /^\d{4}$/.test(o))));
    assert.ok(cons.filter((c) => c.record?.includes('Anerkennung')).length > 10, 'records mention Anerkennung');
    const refs = await db.db.select().from(consultationReferrals);
    assert.ok(refs.length > 30, `${refs.length} referrals`);
    assert.equal(r.counts.referrals, refs.length);
    // a share of the consultations names one or two of its company's own contact persons; events count further guests
    const people = await db.db.select().from(consultationParticipants);
    assert.equal(r.counts.participants, people.length);
    const perConsultation = new Map<string, number>();
    for (const p of people) perConsultation.set(p.consultationId, (perConsultation.get(p.consultationId) ?? 0) + 1);
    assert.ok(perConsultation.size > 120 && perConsultation.size < 280, `${perConsultation.size} consultations with participants`);
    assert.ok([...perConsultation.values()].every((n) => n >= 1 && n <= 2));
    const companyOfContact = new Map(cts.map((c) => [c.id, c.companyId]));
    const companyOfConsultation = new Map(cons.map((c) => [c.id, c.companyId]));
    assert.ok(people.every((p) => p.personKey === p.contactId && companyOfContact.get(p.contactId) === companyOfConsultation.get(p.consultationId)));
    assert.ok(cons.every((c) => c.otherParticipants === null || (c.channel === 'event' && c.otherParticipants >= 3 && c.otherParticipants <= 40)));

    // exactly one first consultation per company with consultations, and it is the earliest
    const byCompany = new Map<string, typeof cons>();
    for (const c of cons) byCompany.set(c.companyId, [...(byCompany.get(c.companyId) ?? []), c]);
    assert.ok(byCompany.size > 30 && byCompany.size <= 50);
    for (const list of byCompany.values()) {
      const firsts = list.filter((c) => c.kind === 'first');
      assert.equal(firsts.length, 1);
      assert.ok(list.every((c) => c.date >= firsts[0]!.date));
    }

    const u = await db.db.select().from(users);
    assert.equal(u.length, VOLUME_LOGINS.length);
    const adviser = VOLUME_LOGINS.find((l) => l.role === 'adviser')!;
    assert.ok(await verifyPassword(u.find((x) => x.email === adviser.email)!.passwordHash!, adviser.password));
    assert.ok(cons.every((c) => u.some((x) => x.id === c.adviserUserId && x.role === 'adviser')));

    // one audit row per created record (a case's tasks, documents and history are part of its creation)
    const [{ n }] = (await db.db.select({ n: sql<number>`count(*)::int` }).from(auditLog)) as [{ n: number }];
    assert.equal(n, 1 + u.length + ps.length + cs.length + cts.length + cons.length + r.counts.candidates + r.counts.cases);
    assert.equal(r.counts.auditRows, n);
    const consultationAudit = await db.db.select().from(auditLog).where(eq(auditLog.entity, 'consultation')).limit(1);
    assert.equal(consultationAudit[0]!.actor, 'cli:seed-volume');

    const again = await seedVolume(db.db, SMALL, now);
    assert.ok(again.ok && !again.created);
    assert.equal((await db.db.select().from(companies)).length, 50);
  } finally {
    await db.destroy();
  }
});

test('the volume seed adds candidates and cases in proportion to its companies: unique numbers counted per year, routes by weight, a status history along the pipeline by age, tasks and a checklist from the plan, a company user on the busiest company', async () => {
  const db = await openTestDb();
  try {
    const r = await seedVolume(db.db, { companies: 50, consultations: 100, today: '2026-11-25' }, new Date('2026-11-25T10:00:00Z'));
    assert.ok(r.ok && r.created);
    const cs = await db.db.select().from(cases);
    const cands = await db.db.select().from(candidates);
    // 10 cases per company by default, and a tenth more candidates than cases
    assert.equal(cs.length, 500);
    assert.equal(r.counts.cases, 500);
    assert.equal(cands.length, 550);
    assert.equal(r.counts.candidates, 550);
    assert.equal(new Set(cs.map((c) => c.candidateId)).size, 500, 'one case per candidate');
    const [tenant] = await db.db.select().from(tenants);
    assert.equal(tenant!.casePrefix, 'KL');

    // numbers: PREFIX-YEAR-NNNN, unique, the year of the case's start, 1…n without gaps in each year, in order of start
    assert.equal(new Set(cs.map((c) => c.number)).size, cs.length);
    const byYear = new Map<number, typeof cs>();
    for (const c of cs) {
      const m = /^KL-(\d{4})-(\d{4,})$/.exec(c.number);
      assert.ok(m, c.number);
      assert.equal(Number(m[1]), c.numberYear);
      assert.equal(Number(m[2]), c.numberSeq);
      assert.equal(c.startDate.slice(0, 4), String(c.numberYear));
      byYear.set(c.numberYear, [...(byYear.get(c.numberYear) ?? []), c]);
    }
    for (const list of byYear.values()) {
      list.sort((a, b) => a.numberSeq - b.numberSeq);
      assert.deepEqual(
        list.map((c) => c.numberSeq),
        list.map((_, i) => i + 1),
      );
      assert.ok(list.every((c, i) => i === 0 || c.startDate >= list[i - 1]!.startDate));
    }

    // routes of the contract, 18b, 18a and 18g-standard the most common
    assert.ok(cs.every((c) => (ROUTE_IDS as readonly string[]).includes(c.routeId)));
    const routes = new Map<string, number>();
    for (const c of cs) routes.set(c.routeId, (routes.get(c.routeId) ?? 0) + 1);
    assert.deepEqual(
      [...routes].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id]) => id).sort(),
      ['18a', '18b', '18g-standard'],
    );
    assert.ok(routes.size >= 8, `${routes.size} routes`);

    // most companies have none to three cases, the busiest hundreds; its company user sees them
    const perCompany = new Map<string, number>();
    for (const c of cs) perCompany.set(c.companyId, (perCompany.get(c.companyId) ?? 0) + 1);
    const busiest = [...perCompany].sort((a, b) => b[1] - a[1])[0]!;
    assert.ok(busiest[1] >= 100, `busiest company: ${busiest[1]} cases`);
    assert.ok(50 - [...perCompany.values()].filter((k) => k > 3).length >= 30, 'most companies have 0-3 cases');
    const companyUser = (await db.db.select().from(users).where(eq(users.role, 'company')))[0]!;
    assert.equal(companyUser.email, VOLUME_LOGINS.find((l) => l.role === 'company')!.email);
    assert.equal(companyUser.companyId, busiest[0]);

    // issue 15: a residence title on every case that reached the residence permit (and was not cancelled), issued that
    // day, from the case's route; none before
    const titled = cs.filter((c) => c.titleRouteId !== null);
    assert.ok(titled.length > 20, `${titled.length} titles`);
    for (const c of cs) {
      const reachedPermit = c.status !== 'cancelled' && c.pipeline.indexOf('residence_permit') >= 0 && c.pipeline.indexOf(c.status) >= c.pipeline.indexOf('residence_permit');
      assert.equal(c.titleRouteId !== null, reachedPermit, `${c.number} (${c.status})`);
      if (c.titleRouteId === null) continue;
      assert.equal(c.titleRouteId, c.routeId);
      assert.ok(c.titleIssuedOn! <= '2026-11-25' && c.titleValidUntil! > c.titleIssuedOn!);
    }

    // the status history: from advice along the case's pipeline, on days that do not go back, ending in its status
    const changes = await db.db.select().from(caseStatusChanges);
    assert.equal(changes.length, r.counts.statusChanges);
    const history = new Map<string, typeof changes>();
    for (const ch of changes) history.set(ch.caseId, [...(history.get(ch.caseId) ?? []), ch]);
    for (const c of cs) {
      const h = (history.get(c.id) ?? []).sort((a, b) => (a.changedOn < b.changedOn ? -1 : a.changedOn > b.changedOn ? 1 : 0) || (a.fromStatus === null ? -1 : 1));
      assert.ok(h.length >= 1, c.number);
      assert.equal(h[0]!.fromStatus, null);
      assert.equal(h[0]!.toStatus, 'advice');
      assert.equal(h[0]!.changedOn, c.startDate);
      for (let k = 1; k < h.length; k++) assert.equal(h[k]!.fromStatus, h[k - 1]!.toStatus);
      assert.equal(h[h.length - 1]!.toStatus, c.status);
      assert.equal(h[h.length - 1]!.changedOn, c.statusSince);
      assert.ok(c.statusSince <= '2026-11-25');
      const steps = h.filter((x) => x.toStatus !== 'cancelled').map((x) => x.toStatus);
      assert.deepEqual(steps, c.pipeline.slice(0, steps.length), `${c.number} follows its pipeline`);
      assert.equal(c.status === 'cancelled', c.cancelReason !== null);
      assert.ok(c.pipeline[0] === 'advice' && c.pipeline[c.pipeline.length - 1] === 'closed');
    }
    const statuses = new Set(cs.map((c) => c.status));
    for (const s of ['advice', 'visa', 'entry', 'integration', 'closed', 'cancelled']) assert.ok(statuses.has(s), `a case in ${s}`);
    // older cases are further along
    const progress = (list: typeof cs) => list.reduce((sum, c) => sum + (c.status === 'cancelled' ? 0 : c.pipeline.indexOf(c.status) / (c.pipeline.length - 1)), 0) / list.length;
    const old = cs.filter((c) => c.startDate < '2025-06-01');
    const young = cs.filter((c) => c.startDate >= '2026-09-01');
    assert.ok(old.length > 20 && young.length > 20);
    assert.ok(progress(old) > progress(young) + 0.3, `progress old ${progress(old)}, young ${progress(young)}`);
    // a comparable degree needs no recognition step; a route without BA approval no BA step
    assert.ok(cs.filter((c) => c.routeId === '18g-standard').every((c) => !c.pipeline.includes('ba_approval')));
    assert.ok(cs.filter((c) => c.routeId === '18b').every((c) => c.pipeline.includes('ba_approval')));

    // tasks from the plan (and a few by hand): 8-20 per case, done before where the case stands, open after
    const tasks = await db.db.select().from(caseTasks);
    assert.equal(tasks.length, r.counts.tasks);
    const tasksOf = new Map<string, typeof tasks>();
    for (const t of tasks) tasksOf.set(t.caseId, [...(tasksOf.get(t.caseId) ?? []), t]);
    for (const c of cs) {
      const list = tasksOf.get(c.id) ?? [];
      assert.ok(list.length >= 8 && list.length <= 20, `${c.number}: ${list.length} tasks`);
      assert.ok(list.some((t) => t.planStepId === 'visa-application'));
      assert.equal(new Set(list.map((t) => t.position)).size, list.length);
      if (c.status === 'closed') assert.ok(list.every((t) => t.doneAt !== null), `${c.number} closed with open tasks`);
      if (c.status === 'advice') assert.ok(list.filter((t) => t.planStepId !== null).some((t) => t.doneAt === null));
    }
    assert.ok(tasks.some((t) => t.planStepId === null && t.dueSetByHand));
    assert.ok(tasks.some((t) => t.owner === 'company' && t.doneBy === companyUser.id), 'the company user ticked tasks of its company');

    // the checklist: each plan document once per case, every status, a reason for each rejection
    const docs = await db.db.select().from(caseDocuments);
    assert.equal(docs.length, r.counts.documents);
    assert.deepEqual([...new Set(docs.map((d) => d.status))].sort(), ['checked', 'missing', 'rejected', 'uploaded']);
    assert.ok(docs.every((d) => (d.status === 'rejected') === (d.rejectReason !== null)));
    assert.ok(docs.every((d) => (d.status === 'checked' || d.status === 'rejected') === (d.reviewedAt !== null)));
    assert.ok(docs.some((d) => d.planDocumentId === 'passport'));

    // candidates from several countries, with the facts of a check; the Western Balkans route only for its citizens
    const countries = new Set(cands.map((c) => c.citizenship));
    for (const code of ['IN', 'PH', 'VN', 'TR', 'BR', 'XK']) assert.ok(countries.has(code), code);
    const candidateOf = new Map(cands.map((c) => [c.id, c]));
    for (const c of cs) {
      const cand = candidateOf.get(c.candidateId)!;
      assert.equal(cand.companyId, c.companyId);
      const age = Number(c.startDate.slice(0, 4)) - Number(cand.birthDate!.slice(0, 4));
      assert.ok(age >= 19 && age <= 52, `${cand.name}: ${age}`);
      const facts = cand.facts as { person: { german: string }; qualification: { germanAssessment: string } };
      assert.ok(facts.person.german && facts.qualification.germanAssessment);
      if (c.routeId === '19c1-westbalkan') assert.ok(['AL', 'BA', 'XK', 'ME', 'MK', 'RS'].includes(cand.citizenship!));
    }
    assert.ok((await db.db.select().from(candidateConsents)).length >= cands.length);
    assert.ok((await db.db.select().from(caseReferences)).length > 100);
    const notes = await db.db.select().from(caseNotes);
    assert.ok(notes.length > 100 && notes.some((x) => x.visibleToCompany) && notes.some((x) => !x.visibleToCompany));

    // an audit row per candidate and case, on the day it was created
    const caseAudit = await db.db.select().from(auditLog).where(eq(auditLog.entity, 'case'));
    assert.equal(caseAudit.length, 500);
    assert.ok(caseAudit.every((a) => cs.some((c) => c.id === a.entityId && c.createdAt.getTime() === a.at.getTime())));
  } finally {
    await db.destroy();
  }
});

test('the volume data is deterministic: the same options give the same companies and consultations (apart from ids)', () => {
  const opts = { ...SMALL, seed: 6 };
  const strip = (v: ReturnType<typeof generateVolume>) => ({
    companies: v.companies.map(({ id: _id, ...c }) => c),
    consultations: v.consultations.map(({ id: _id, companyId: _c, partnerIds, participantIds, ...c }) => ({
      ...c,
      referrals: partnerIds.length,
      participants: participantIds.map((id) => v.contacts.find((x) => x.id === id)!.name),
    })),
    contacts: v.contacts.map((c) => c.name),
  });
  const a = strip(generateVolume(opts));
  assert.deepEqual(strip(generateVolume(opts)), a);
  assert.notDeepEqual(strip(generateVolume({ ...opts, seed: 7 })).companies, a.companies);

  // the cases of the same volume: the same apart from the ids
  const data = generateVolume(opts);
  const companiesOf = caseCompanies(data, ['adviser-1', 'adviser-2']);
  const companyIndex = new Map(data.companies.map((c, i) => [c.id, i]));
  const cases = (seed: number) => {
    const v = generateCases({ seed, today: SMALL.today, fromMs: Date.parse(`${data.from}T00:00:00Z`), cases: 200, companies: companiesOf, companyUserId: 'company-user' });
    return {
      cases: v.cases.map(({ id: _id, candidateId: _c, consultationId: _k, companyId, ...c }) => ({ ...c, company: companyIndex.get(companyId) })),
      candidates: v.candidates.map(({ id: _id, companyId: _c, ...c }) => c),
      tasks: v.tasks.map(({ caseId: _c, ...t }) => t),
      documents: v.documents.map(({ caseId: _c, ...d }) => d),
    };
  };
  const c6 = cases(6);
  assert.equal(c6.cases.length, 200);
  assert.deepEqual(cases(6), c6);
  assert.notDeepEqual(cases(7).cases, c6.cases);
});

test('the volume seed refuses a database that holds real data and writes nothing', async () => {
  const db = await openTestDb();
  try {
    await db.db.insert(tenants).values({ name: 'Welcome Center Pfalz' });
    const r = await seedVolume(db.db, SMALL);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /real data.*Welcome Center Pfalz/);
    assert.equal((await db.db.select().from(companies)).length, 0);
    assert.equal((await db.db.select().from(tenants)).length, 1);
  } finally {
    await db.destroy();
  }
});
