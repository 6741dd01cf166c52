// The fixed data set of the funder's report tests (issue 17), shared by the use case's test and the route test:
// office one with four companies (A small/C/RP, B large/F/RP, D micro/Q/SL deleted afterwards, E medium/C with a
// consultation only in Q2), six candidates (Ana and Ben with consent, Cem never asked, Dora erased, Eva entered in
// 2025, Fay withdrew), their cases and status history; office two with one candidate. Hand-computed expectations are
// in funderReport.test.ts.

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidateConsents, candidates, caseStatusChanges, cases, companies } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { recordConsultation } from '../consultations/recordConsultation.ts';
import { deleteCompany } from '../companies/deleteCompany.ts';
import { eraseCandidate } from '../candidates/eraseCandidate.ts';

export async function seedFunderFixture(db: { db: Db }): Promise<{ adviser: Actor & { email: string }; companyUser: Actor & { email: string } }> {
  const t1 = await makeTenant(db.db, 'Office One');
  const t2 = await makeTenant(db.db, 'Office Two');
  const adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example', { name: 'Ben Berater' });
  const companyUser = await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA });
  const t2Adviser = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example');
  const A = t1.companyA;
  const B = t1.companyB;
  await db.db.update(companies).set({ sizeClass: 'small', wzSection: 'C', federalState: 'DE-RP', municipality: 'Kaiserslautern' }).where(eq(companies.id, A));
  await db.db.update(companies).set({ sizeClass: 'large', wzSection: 'F', federalState: 'DE-RP' }).where(eq(companies.id, B));
  const [d] = await db.db.insert(companies).values({ tenantId: t1.tenantId, name: 'Firma D', sizeClass: 'micro', wzSection: 'Q', federalState: 'DE-SL' }).returning({ id: companies.id });
  const [e] = await db.db.insert(companies).values({ tenantId: t1.tenantId, name: 'Firma E', sizeClass: 'medium', wzSection: 'C' }).returning({ id: companies.id });
  const D = d!.id;
  const rec = (company: string, date: string, kind: string) => recordConsultation(db.db, adviser, company, { date, channel: 'phone', topics: ['recognition'], kind });
  const consA = (await rec(A, '2026-01-10', 'first')).id;
  await rec(B, '2026-02-15', 'follow_up');
  await rec(e!.id, '2026-04-02', 'first'); // outside Q1

  let seq = 0;
  const candidate = async (tenantId: string, companyId: string, values: Partial<typeof candidates.$inferInsert>, consent: boolean | null) => {
    const [c] = await db.db.insert(candidates).values({ tenantId, companyId, name: 'N', ...values }).returning({ id: candidates.id });
    if (consent !== null) await db.db.insert(candidateConsents).values({ tenantId, candidateId: c!.id, purpose: 'funder_reporting', given: consent, declaredOn: '2026-01-01', textVersion: 'v1' });
    return c!.id;
  };
  const kase = async (tenantId: string, companyId: string, candidateId: string, routeId: string, opened: string, more: Array<[string, string]> = [], consultationId: string | null = null) => {
    seq += 1;
    const [k] = await db.db
      .insert(cases)
      .values({ tenantId, companyId, candidateId, number: `KL-2026-${String(seq).padStart(4, '0')}`, numberYear: 2026, numberSeq: seq, routeId, startDate: opened, pipeline: ['advice', 'visa', 'entry', 'closed'], statusSince: opened, consultationId })
      .returning({ id: cases.id });
    let prev = 'advice';
    await db.db.insert(caseStatusChanges).values({ tenantId, caseId: k!.id, fromStatus: null, toStatus: 'advice', changedOn: opened });
    for (const [status, on] of more) {
      await db.db.insert(caseStatusChanges).values({ tenantId, caseId: k!.id, fromStatus: prev, toStatus: status, changedOn: on });
      prev = status;
    }
    return k!.id;
  };
  // Ana: entry on the consultation's day (10 Jan), 25 then; arrived 1 March: 50 days
  const ana = await candidate(t1.tenantId, A, { name: 'Ana', birthDate: '2000-05-10', citizenship: 'IN', reportSex: 'female', reportEmploymentStatus: 'unemployed', reportIsced: 'isced_5_8', reportDisability: 'no', reportForeignOrigin: 'yes' }, true);
  await kase(t1.tenantId, A, ana, '18a', '2026-01-15', [['visa', '2026-02-01'], ['entry', '2026-03-01']], consA);
  // Ben: 56 at entry, Austrian, a university degree but no ISCED stated (derived 5–8); closed 20 March
  const ben = await candidate(t1.tenantId, B, { name: 'Ben', birthDate: '1970-02-01', citizenship: 'AT', reportSex: 'male', reportEmploymentStatus: 'employed', facts: { qualification: { level: 'academic', germanAssessment: 'comparable' } } }, true);
  await kase(t1.tenantId, B, ben, '18a', '2026-02-01', [['closed', '2026-03-20']]);
  // Cem: no consent asked; company D, deleted later
  const cem = await candidate(t1.tenantId, D, { name: 'Cem', birthDate: '2010-03-01', citizenship: 'TR', reportSex: 'male', reportEmploymentStatus: 'inactive' }, null);
  await kase(t1.tenantId, D, cem, '18b', '2026-03-10');
  // Dora: consent and data, then erased; arrived 15 March, 23 days after her case was opened
  const dora = await candidate(t1.tenantId, A, { name: 'Dora', birthDate: '1990-01-01', citizenship: 'SY', reportSex: 'female' }, true);
  await kase(t1.tenantId, A, dora, '18b', '2026-02-20', [['visa', '2026-03-01'], ['entry', '2026-03-15']]);
  // Eva: entered in December 2025; her second case in Q1 counts as a case, not as a new person
  const eva = await candidate(t1.tenantId, A, { name: 'Eva', reportSex: 'non_binary', citizenship: 'BR' }, true);
  await kase(t1.tenantId, A, eva, '18b', '2025-12-20');
  await kase(t1.tenantId, A, eva, '18b', '2026-02-05');
  // a withdrawn consent counts as none
  const fay = await candidate(t1.tenantId, A, { name: 'Fay', reportSex: 'female' }, true);
  await db.db.insert(candidateConsents).values({ tenantId: t1.tenantId, candidateId: fay, purpose: 'funder_reporting', given: false, declaredOn: '2026-03-01', textVersion: 'v1' });
  await kase(t1.tenantId, A, fay, '18a', '2026-03-31');
  // the other office
  const other = await candidate(t2.tenantId, t2.companyA, { name: 'Other', reportSex: 'female' }, true);
  await kase(t2.tenantId, t2.companyA, other, '18a', '2026-02-02');
  void t2Adviser;

  await eraseCandidate(db.db, adviser, dora, { remove: async () => {} });
  await deleteCompany(db.db, { ...adviser, role: 'admin' }, D);
  return { adviser, companyUser };
}
