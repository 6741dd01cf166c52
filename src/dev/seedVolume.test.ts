import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { openTestDb } from '../db/testing.ts';
import { auditLog, companies, consultationParticipants, consultationReferrals, consultations, contacts, partners, tenants, users } from '../db/schema/index.ts';
import { PARTNER_TYPES } from '../app/common/codes.ts';
import { seedVolume } from './seedVolume.ts';
import { VOLUME_LOGINS, VOLUME_TENANT_NAME, generateVolume } from './volumeGenerator.ts';
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

    // one audit row per created record
    const [{ n }] = (await db.db.select({ n: sql<number>`count(*)::int` }).from(auditLog)) as [{ n: number }];
    assert.equal(n, 1 + u.length + ps.length + cs.length + cts.length + cons.length);
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
