// The volume demo of `npm run seed:volume`, `npm run bench:workspace` and `npm run bench:cases`: one service office
// with 2,000 companies, their contact persons, a partner directory and 20,000 consultations over about three years —
// enough data to see whether the company list, the search and the report stay fast (issue 6) — and 20,000 cases with
// their candidates, status history, tasks, documents and notes (issue 14; volumeCases.ts). Everything is generated
// from word lists and sentence templates by a seeded pseudo-random generator, so the same options give the same data.
//
// The tenant is marked as demo data; like the small demo (seedDemo.ts) the volume seed refuses a database that holds
// real data. Its logins are publicly known demo credentials. Rows are inserted in multi-row batches inside one
// transaction, with one audit row per created record (actor `cli:seed-volume`), as every create in Lotse writes one;
// a case's tasks, documents and status history are part of its creation (one audit row for the case), as in
// createCase. The case rows go in as JSON batches (bulkInsert.ts): there are about 900,000 of them.

import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
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
  referrals as referralsTable,
  consultations,
  contacts,
  partners,
  tenants,
  users,
} from '../db/schema/index.ts';
import { hashPassword } from '../app/accounts/password.ts';
import { AUDIT_ACTOR, VOLUME_COMPANIES, VOLUME_CONSULTATIONS, VOLUME_LOGINS, VOLUME_TENANT_NAME, generateVolume } from './volumeGenerator.ts';
import type { VolumeOptions, VolumeResult } from './volumeGenerator.ts';
import { CASES_PER_COMPANY, VOLUME_CASE_PREFIX, caseCompanies, caseGeneration } from './volumeCases.ts';
import { insertRows } from './bulkInsert.ts';

// --- writing it ------------------------------------------------------------------------------------------------

const BATCH = 500;

function* batches<T>(rows: readonly T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

export async function seedVolume(db: Db, options: VolumeOptions = {}, now: Date = new Date()): Promise<VolumeResult> {
  const opts = {
    companies: options.companies ?? VOLUME_COMPANIES,
    consultations: options.consultations ?? VOLUME_CONSULTATIONS,
    seed: options.seed ?? 6,
    today: options.today ?? now.toISOString().slice(0, 10),
  };
  const caseCount = options.cases ?? opts.companies * CASES_PER_COMPANY;
  const real = await db.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.isDemo, false)).limit(1);
  if (real.length > 0) {
    return {
      ok: false,
      reason: `this database already holds real data (service office "${real[0]!.name}"); volume demo data is loaded only into an empty or demo database`,
    };
  }
  const existing = await db
    .select({ id: tenants.id })
    .from(tenants)
    .where(and(eq(tenants.isDemo, true), eq(tenants.name, VOLUME_TENANT_NAME)))
    .limit(1);
  if (existing.length > 0) return { ok: true, created: false, tenantId: existing[0]!.id, logins: VOLUME_LOGINS };

  const data = generateVolume(opts);
  // Hash outside the transaction: never await slow work while holding PGlite's single connection.
  const hashes = await Promise.all(VOLUME_LOGINS.map((l) => hashPassword(l.password)));
  const tenantId = randomUUID();
  const userIds = VOLUME_LOGINS.map(() => randomUUID());
  const adviserIds = userIds.filter((_, i) => VOLUME_LOGINS[i]!.role === 'adviser');
  const companyUserIndex = VOLUME_LOGINS.findIndex((l) => l.role === 'company');
  const caseGen = caseGeneration({
    seed: opts.seed,
    today: opts.today,
    fromMs: Date.parse(`${data.from}T00:00:00Z`),
    cases: caseCount,
    companies: caseCompanies(data, adviserIds),
    companyUserId: userIds[companyUserIndex]!,
  });
  // the company user belongs to the company with the most cases
  const companyOfUser = (i: number) => (VOLUME_LOGINS[i]!.role === 'company' ? (caseGen.busiestCompanyId ?? data.companies[0]!.id) : null);
  const audit = (entity: string, entityId: string, changes: Record<string, unknown>) => ({
    tenantId,
    actor: AUDIT_ACTOR,
    action: 'create',
    entity,
    entityId,
    changes,
    at: now,
  });
  let auditRows = 0;
  const caseCounts = { candidates: 0, consents: 0, cases: 0, statusChanges: 0, references: 0, tasks: 0, documents: 0, notes: 0 };
  let referrals = 0;
  let participants = 0;

  await db.transaction(async (tx) => {
    const auditBatch = async (rows: ReturnType<typeof audit>[]) => {
      for (const b of batches(rows, 1000)) await tx.insert(auditLog).values(b);
      auditRows += rows.length;
    };
    await tx.insert(tenants).values({ id: tenantId, name: VOLUME_TENANT_NAME, isDemo: true, casePrefix: VOLUME_CASE_PREFIX, createdAt: now });
    const userRow = (l: (typeof VOLUME_LOGINS)[number], i: number) => ({
      id: userIds[i]!,
      tenantId,
      email: l.email,
      name: l.name,
      role: l.role,
      companyId: companyOfUser(i),
      passwordHash: hashes[i]!,
      createdAt: now,
    });
    // staff first; the company user after its company
    await tx.insert(users).values(VOLUME_LOGINS.map(userRow).filter((u) => u.role !== 'company'));
    await tx.insert(partners).values(data.partners.map((p) => ({ ...p, tenantId, createdAt: now, updatedAt: now })));
    await auditBatch([
      audit('tenant', tenantId, { name: VOLUME_TENANT_NAME, isDemo: true }),
      ...VOLUME_LOGINS.map((l, i) => audit('user', userIds[i]!, { email: l.email, role: l.role, ...(companyOfUser(i) ? { companyId: companyOfUser(i) } : {}) })),
      ...data.partners.map((p) => audit('partner', p.id, { name: p.name, type: p.type })),
    ]);
    for (const b of batches(data.companies)) {
      await tx.insert(companies).values(b.map((c) => ({ ...c, tenantId })));
      await auditBatch(b.map(({ id, createdAt: _ca, updatedAt: _ua, ...f }) => audit('company', id, f)));
    }
    const companyUsers = VOLUME_LOGINS.map(userRow).filter((u) => u.role === 'company');
    if (companyUsers.length > 0) await tx.insert(users).values(companyUsers);
    for (const b of batches(data.contacts)) {
      await tx.insert(contacts).values(b.map((c) => ({ ...c, tenantId, createdAt: now, updatedAt: now })));
      await auditBatch(b.map(({ id, ...f }) => audit('contact', id, f)));
    }
    for (const b of batches(data.consultations)) {
      await tx
        .insert(consultations)
        .values(b.map(({ adviserIndex, partnerIds: _p, participantIds: _q, ...c }) => ({ ...c, tenantId, adviserUserId: adviserIds[adviserIndex] ?? null })));
      const refs = b.flatMap((c) => c.partnerIds.map((partnerId) => ({ consultationId: c.id, partnerId })));
      if (refs.length > 0) await tx.insert(consultationReferrals).values(refs);
      // issue 16: each referral is a tracked one, sent on the consultation's day (as migration 0019 did with the ticks)
      const tracked = b.flatMap((c) =>
        c.partnerIds.map((partnerId) => ({ tenantId, partnerId, consultationId: c.id, status: 'sent', sentOn: c.date, createdBy: adviserIds[c.adviserIndex] ?? null, createdAt: c.createdAt, updatedAt: c.createdAt })),
      );
      if (tracked.length > 0) await tx.insert(referralsTable).values(tracked);
      referrals += refs.length;
      const people = b.flatMap((c) => c.participantIds.map((id) => ({ consultationId: c.id, personKey: id, contactId: id })));
      if (people.length > 0) await tx.insert(consultationParticipants).values(people);
      participants += people.length;
      await auditBatch(
        b.map(({ id, adviserIndex, createdAt: _ca, updatedAt: _ua, ...f }) => audit('consultation', id, { ...f, adviserUserId: adviserIds[adviserIndex] ?? null })),
      );
    }

    // the cases (volumeCases.ts), generated and inserted a thousand at a time in JSON batches; the audit rows of
    // candidates and cases at the day they were created
    const t = { tenantId };
    for (const chunk of caseGen.chunks(1000)) {
      await insertRows(tx, candidates, chunk.candidates, t);
      await insertRows(tx, candidateConsents, chunk.consents, t);
      await insertRows(tx, cases, chunk.cases, t);
      await insertRows(tx, caseStatusChanges, chunk.statusChanges, t);
      await insertRows(tx, caseReferences, chunk.references, t);
      await insertRows(tx, caseTasks, chunk.tasks, t);
      await insertRows(tx, caseDocuments, chunk.documents, t);
      await insertRows(tx, caseNotes, chunk.notes, t);
      const caseAudit = [
        ...chunk.candidates.map((c) => ({ ...audit('candidate', c.id, { companyId: c.companyId, citizenship: c.citizenship }), at: c.createdAt })),
        ...chunk.cases.map((c) => ({
          ...audit('case', c.id, { number: c.number, companyId: c.companyId, candidateId: c.candidateId, routeId: c.routeId, procedure: c.procedure, status: c.status }),
          at: c.createdAt,
        })),
      ];
      await insertRows(tx, auditLog, caseAudit);
      auditRows += caseAudit.length;
      for (const k of Object.keys(caseCounts) as (keyof typeof caseCounts)[]) caseCounts[k] += chunk[k].length;
    }
  });
  // Fresh planner statistics for the bulk load: without them the planner takes the tables for nearly empty and picks
  // nested loops that are 10-100 times slower (PGlite has no autovacuum; a server's would catch up only later).
  // The report's summary (migration 0010) was filled by the triggers along the way.
  for (const table of [
    'companies',
    'contacts',
    'consultations',
    'consultation_referrals',
    'referrals',
    'consultation_participants',
    'partners',
    'audit_log',
    'report_counts',
    'report_company_days',
    'report_person_days',
    'users',
    'candidates',
    'candidate_consents',
    'cases',
    'case_status_changes',
    'case_references',
    'case_tasks',
    'case_documents',
    'case_notes',
  ]) {
    await db.execute(sql.raw(`analyze ${table}`));
  }
  return {
    ok: true,
    created: true,
    tenantId,
    from: data.from,
    to: data.to,
    counts: {
      companies: data.companies.length,
      contacts: data.contacts.length,
      partners: data.partners.length,
      users: VOLUME_LOGINS.length,
      consultations: data.consultations.length,
      referrals,
      participants,
      ...caseCounts,
      auditRows,
    },
    logins: VOLUME_LOGINS,
  };
}
