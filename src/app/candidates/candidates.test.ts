// Candidates (issue 14): create, read, list, update, consent, one-click check, export and erasure; tenant and company
// isolation, audit rows, field errors that name the field.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, candidateConsents, candidates, caseDocuments, caseNotes, caseTasks, cases, documentFiles, savedChecks } from '../../db/schema/index.ts';
import { ForbiddenError, NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { WorkspaceInputError } from '../common/errors.ts';
import { PERSONAS } from '../../law/testing/personas.ts';
import { evaluate } from '../../law/check.ts';
import { createCandidate } from './createCandidate.ts';
import { getCandidate } from './getCandidate.ts';
import { listCandidates } from './listCandidates.ts';
import { updateCandidate } from './updateCandidate.ts';
import { recordConsent } from './recordConsent.ts';
import { checkCandidate } from './checkCandidate.ts';
import { exportCandidate } from './exportCandidate.ts';
import { eraseCandidate } from './eraseCandidate.ts';
import { splitCheckInput } from './checkFacts.ts';
import type { CandidateInput } from './candidateInput.ts';

let db: TestDatabase;
let t1: { tenantId: string; companyA: string; companyB: string };
let t2: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;
let staffA: Actor;
let otherAdviser: Actor;
const NOW = new Date('2026-12-04T10:00:00Z');

function fieldsOf(e: unknown): string[] {
  assert.ok(e instanceof WorkspaceInputError, String(e));
  return e.errors.map((x) => x.field).sort();
}
async function errorFields(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (e) {
    return fieldsOf(e);
  }
  assert.fail('expected a WorkspaceInputError');
}

/** The developer persona as a candidate's input: the columns and the facts. */
function developerInput(over: Partial<CandidateInput> = {}): CandidateInput {
  const { candidate } = splitCheckInput(PERSONAS.developer());
  return { name: 'Priya Raman', email: 'Priya@Example.org', birthDate: candidate.birthDate, citizenship: candidate.citizenship, facts: candidate.facts, ...over };
}

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  t2 = await makeTenant(db.db, 'Office Two');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example');
  staffA = await makeUser(db.db, t1.tenantId, 'company', 'staff@a.example', { companyId: t1.companyA });
  otherAdviser = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example');
});

after(async () => {
  await db?.destroy();
});

test('a candidate needs a name and a company only; the audit row records the creation', async () => {
  const { id } = await createCandidate(db.db, adviser, t1.companyA, { name: '  Ana Lima ' }, NOW);
  const [row] = await db.db.select().from(candidates).where(eq(candidates.id, id));
  assert.equal(row!.name, 'Ana Lima');
  assert.deepEqual(row!.facts, {});
  assert.equal(row!.recognitionStatus, 'unknown');
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'candidate'), eq(auditLog.entityId, id)));
  assert.deepEqual(audit.map((a) => a.action), ['create']);
  assert.deepEqual(await errorFields(createCandidate(db.db, adviser, t1.companyA, { name: ' ' }, NOW)), ['name']);
});

test('bad input names each field, the person facts by the form field (german, qualificationAwardedOn, experience0Isco)', async () => {
  const { candidate } = splitCheckInput(PERSONAS.developer());
  const facts = {
    ...candidate.facts,
    person: { german: 'B7', english: 'B2' },
    qualification: { ...candidate.facts.qualification!, awardedOn: '2027-01-01' },
    experience: [{ isco: '25', from: '2018-09-01' }],
  };
  const fields = await errorFields(
    createCandidate(db.db, adviser, t1.companyA, { name: 'X', email: 'no-at', birthDate: '1850-01-01', citizenship: 'india', preferredLanguage: 'fr', recognitionStatus: 'maybe', facts }, NOW),
  );
  assert.deepEqual(fields, ['birthDate', 'citizenship', 'email', 'experience0Isco', 'german', 'preferredLanguage', 'qualificationAwardedOn', 'recognitionStatus']);
  // birth date and citizenship are the candidate's columns, never facts; facts are an object of the known parts
  assert.deepEqual(await errorFields(createCandidate(db.db, adviser, t1.companyA, { name: 'X', facts: { person: { german: 'B1', english: 'A1', birthDate: '1990-01-01' } } }, NOW)), ['facts']);
  assert.deepEqual(await errorFields(createCandidate(db.db, adviser, t1.companyA, { name: 'X', facts: { job: {} } }, NOW)), ['facts']);
  assert.deepEqual(await errorFields(createCandidate(db.db, adviser, t1.companyA, { name: 'X', facts: 'all' }, NOW)), ['facts']);
  // the qualification and the work must be after the birth date, when both are given
  assert.deepEqual(await errorFields(createCandidate(db.db, adviser, t1.companyA, developerInput({ birthDate: '2019-01-01' }), NOW)), ['experience0From', 'qualificationAwardedOn']);
  // facts given in part are checked for what they say
  await createCandidate(db.db, adviser, t1.companyA, { name: 'Teil', facts: { person: { german: 'B1', english: 'none' } } }, NOW);
  assert.deepEqual(await errorFields(createCandidate(db.db, adviser, t1.companyA, { name: 'Teil', facts: { person: { german: 'B1' } } }, NOW)), ['english']);
});

test('the company must be one of the office: another office’s is not found; company users create nothing', async () => {
  await assert.rejects(createCandidate(db.db, adviser, t2.companyA, { name: 'X' }, NOW), NotFoundError);
  await assert.rejects(createCandidate(db.db, staffA, t1.companyA, { name: 'X' }, NOW), ForbiddenError);
  await assert.rejects(createCandidate(db.db, adviser, 'not-an-id', { name: 'X' }, NOW), NotFoundError);
});

test('a company user reads their company’s candidates without the internal notes; another company’s are not found', async () => {
  const own = await createCandidate(db.db, adviser, t1.companyA, developerInput({ notes: 'Gehaltsvorstellung intern' }), NOW);
  const other = await createCandidate(db.db, adviser, t1.companyB, { name: 'Bea Other' }, NOW);
  assert.equal((await getCandidate(db.db, adviser, own.id)).candidate.notes, 'Gehaltsvorstellung intern');
  const seen = await getCandidate(db.db, staffA, own.id);
  assert.equal(seen.candidate.notes, null);
  assert.equal(seen.candidate.email, 'priya@example.org');
  await assert.rejects(getCandidate(db.db, staffA, other.id), NotFoundError);
  await assert.rejects(getCandidate(db.db, otherAdviser, own.id), NotFoundError);
  await assert.rejects(updateCandidate(db.db, staffA, own.id, developerInput(), NOW), ForbiddenError);
});

test('the list pages, filters by company and by part of the name or e-mail, and keeps company users to their company', async () => {
  const t = await makeTenant(db.db, 'Office List');
  const a = await makeUser(db.db, t.tenantId, 'adviser', 'adviser@list.example');
  const s = await makeUser(db.db, t.tenantId, 'company', 'staff@list.example', { companyId: t.companyA });
  for (const [name, company] of [['Zoe Zimmer', t.companyA], ['Ali Amin', t.companyA], ['Mia Müller', t.companyB]] as const) {
    await createCandidate(db.db, a, company, { name, email: `${name.split(' ')[0]!.toLowerCase()}@mail.example` }, NOW);
  }
  const all = await listCandidates(db.db, a, { pageSize: 2 });
  assert.equal(all.total, 3);
  assert.deepEqual(all.items.map((i) => i.name), ['Ali Amin', 'Mia Müller']);
  assert.deepEqual((await listCandidates(db.db, a, { pageSize: 2, page: 2 })).items.map((i) => i.name), ['Zoe Zimmer']);
  assert.deepEqual((await listCandidates(db.db, a, { companyId: t.companyB })).items.map((i) => i.name), ['Mia Müller']);
  assert.deepEqual((await listCandidates(db.db, a, { q: 'ZIMM' })).items.map((i) => i.name), ['Zoe Zimmer']);
  assert.deepEqual((await listCandidates(db.db, a, { q: 'mia@' })).items.map((i) => i.name), ['Mia Müller']);
  assert.deepEqual((await listCandidates(db.db, a, { q: '%' })).items, []);
  assert.deepEqual((await listCandidates(db.db, s, {})).items.map((i) => i.name), ['Ali Amin', 'Zoe Zimmer']);
  assert.deepEqual((await listCandidates(db.db, s, { companyId: t.companyB })).items, []);
  assert.deepEqual(await errorFields(listCandidates(db.db, a, { page: 0, companyId: 'x' })), ['companyId', 'page']);
});

test('an update replaces the whole record and audits only what changed', async () => {
  const { id } = await createCandidate(db.db, adviser, t1.companyA, developerInput(), NOW);
  assert.deepEqual(await updateCandidate(db.db, adviser, id, developerInput(), NOW), {});
  const changes = await updateCandidate(db.db, adviser, id, developerInput({ phone: '+49 631 1234', email: undefined }), NOW);
  assert.deepEqual(changes, { phone: [null, '+49 631 1234'], email: ['priya@example.org', null] });
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'candidate'), eq(auditLog.entityId, id), eq(auditLog.action, 'update')));
  assert.deepEqual(audit.map((a) => a.changes), [changes]);
});

test('consent is a history per purpose; the current state is the latest declaration', async () => {
  const { id } = await createCandidate(db.db, adviser, t1.companyA, { name: 'Consent' }, NOW);
  await recordConsent(db.db, adviser, id, { purpose: 'advice', given: 'yes', declaredOn: '2026-11-01', textVersion: '2026-11-v1' }, NOW);
  await recordConsent(db.db, adviser, id, { purpose: 'advice', given: false, declaredOn: '2026-12-01', textVersion: '2026-11-v1' }, NOW);
  await recordConsent(db.db, adviser, id, { purpose: 'authorities', given: true, declaredOn: '2026-11-15', textVersion: '2026-11-v1' }, NOW);
  const view = await getCandidate(db.db, staffA, id);
  assert.deepEqual(view.consents, [
    { purpose: 'advice', current: { given: false, declaredOn: '2026-12-01', textVersion: '2026-11-v1' } },
    { purpose: 'authorities', current: { given: true, declaredOn: '2026-11-15', textVersion: '2026-11-v1' } },
    { purpose: 'funder_reporting', current: null },
  ]);
  assert.equal(view.consentHistory.length, 3);
  assert.deepEqual(
    await errorFields(recordConsent(db.db, adviser, id, { purpose: 'marketing', given: 'maybe', declaredOn: '2026-12-05', textVersion: '' }, NOW)),
    ['declaredOn', 'given', 'purpose', 'textVersion'],
  );
  await assert.rejects(recordConsent(db.db, staffA, id, { purpose: 'advice', given: true, declaredOn: '2026-12-01', textVersion: 'v1' }, NOW), ForbiddenError);
});

test('check with one click: a complete saved check of the company with the questionnaire’s answers; missing facts are named', async () => {
  const bare = await createCandidate(db.db, adviser, t1.companyA, { name: 'Bare', citizenship: 'IN' }, NOW);
  assert.deepEqual(await errorFields(checkCandidate(db.db, adviser, bare.id, { decisionDate: '2026-06-15' }, NOW)), ['birthDate', 'german', 'qualificationLevel']);
  assert.deepEqual(await errorFields(checkCandidate(db.db, adviser, bare.id, { decisionDate: '15.06.2026' }, NOW)), ['decisionDate']);

  const { id } = await createCandidate(db.db, adviser, t1.companyA, developerInput(), NOW);
  // no case yet: the routes without a job offer
  const noJob = await checkCandidate(db.db, staffA, id, { decisionDate: '2026-06-15' }, NOW);
  assert.equal(noJob.caseId, null);
  const [saved] = await db.db.select().from(savedChecks).where(eq(savedChecks.id, noJob.checkId));
  assert.equal(saved!.companyId, t1.companyA);
  assert.equal(saved!.tenantId, t1.tenantId);
  assert.equal(saved!.candidateId, id);
  const expected = { ...PERSONAS.developer() };
  delete expected.job;
  assert.deepEqual(saved!.input, expected);
  assert.equal(saved!.step, 'review');
  assert.equal((saved!.answers as { job: { hasOffer: boolean } }).job.hasOffer, false);

  // with a case: the job of the latest case
  const [c] = await db.db
    .insert(cases)
    .values({
      tenantId: t1.tenantId,
      companyId: t1.companyA,
      candidateId: id,
      number: 'T-2026-0001',
      numberYear: 2026,
      numberSeq: 1,
      routeId: '18b',
      startDate: '2026-06-15',
      pipeline: ['advice'],
      statusSince: '2026-06-15',
      occupationIsco: '2512',
      annualGrossSalaryEur: 55_000,
      federalState: 'DE-RP',
    })
    .returning({ id: cases.id });
  const withJob = await checkCandidate(db.db, adviser, id, { decisionDate: '2026-06-15' }, NOW);
  assert.equal(withJob.caseId, c!.id);
  const [again] = await db.db.select().from(savedChecks).where(eq(savedChecks.id, withJob.checkId));
  assert.deepEqual(again!.input, PERSONAS.developer());
  assert.equal(evaluate(again!.input as never).recommended, evaluate(PERSONAS.developer()).recommended);
  assert.deepEqual(await errorFields(checkCandidate(db.db, adviser, id, { decisionDate: '2026-06-15', jobFrom: noJob.checkId }, NOW)), ['jobFrom']);
  const other = await createCandidate(db.db, adviser, t1.companyA, { name: 'Other' }, NOW);
  assert.deepEqual(await errorFields(checkCandidate(db.db, adviser, other.id, { decisionDate: '2026-06-15', jobFrom: c!.id }, NOW)), ['jobFrom']);
  // a date the facts do not fit (before the qualification and the work): the fields of the facts are named
  const { candidate: dev } = splitCheckInput(PERSONAS.developer());
  const late = await createCandidate(
    db.db,
    adviser,
    t1.companyA,
    developerInput({ facts: { ...dev.facts, qualification: { ...dev.facts.qualification!, awardedOn: '2025-03-01' }, experience: [{ isco: '2512', from: '2025-04-01' }] } }),
    NOW,
  );
  assert.deepEqual(await errorFields(checkCandidate(db.db, adviser, late.id, { decisionDate: '2024-06-01' }, NOW)), ['experience0From', 'qualificationAwardedOn']);
});

/** A candidate with a case, a consent, a note, a hand-made task, a document with a file and a check. */
async function fullCandidate(): Promise<{ id: string; caseId: string; fileId: string; checkId: string }> {
  const { id } = await createCandidate(db.db, adviser, t1.companyA, developerInput({ notes: 'intern' }), NOW);
  await recordConsent(db.db, adviser, id, { purpose: 'advice', given: true, declaredOn: '2026-12-01', textVersion: 'v1' }, NOW);
  const [c] = await db.db
    .insert(cases)
    .values({
      tenantId: t1.tenantId,
      companyId: t1.companyA,
      candidateId: id,
      number: `E-2026-${Math.floor(Math.random() * 9000) + 1000}`,
      numberYear: 2026,
      numberSeq: Math.floor(Math.random() * 1e6),
      routeId: '18b',
      startDate: '2026-06-15',
      pipeline: ['advice'],
      statusSince: '2026-06-15',
      jobTitle: 'Softwareentwicklerin',
      cancelReason: 'Frau Raman hat abgesagt',
    })
    .returning({ id: cases.id });
  await db.db.insert(caseNotes).values({ tenantId: t1.tenantId, caseId: c!.id, body: 'Frau Raman ruft Montag an' });
  await db.db.insert(caseTasks).values([
    { tenantId: t1.tenantId, caseId: c!.id, title: 'Frau Raman abholen', owner: 'company' },
    { tenantId: t1.tenantId, caseId: c!.id, planStepId: 'visa', title: 'Visum beantragen', owner: 'candidate' },
  ]);
  const [d] = await db.db.insert(caseDocuments).values({ tenantId: t1.tenantId, caseId: c!.id, label: 'Reisepass', status: 'uploaded' }).returning({ id: caseDocuments.id });
  const [f] = await db.db
    .insert(documentFiles)
    .values({ tenantId: t1.tenantId, caseDocumentId: d!.id, storageKey: `key-${id}`, sha256: 'ab'.repeat(32), sizeBytes: 10, mediaType: 'application/pdf', originalName: 'pass-raman.pdf' })
    .returning({ id: documentFiles.id });
  const { checkId } = await checkCandidate(db.db, adviser, id, { decisionDate: '2026-06-15' }, NOW);
  return { id, caseId: c!.id, fileId: f!.id, checkId };
}

test('the export holds everything about the candidate (files as metadata) and is audited; company users may not export', async () => {
  const { id, fileId } = await fullCandidate();
  await assert.rejects(exportCandidate(db.db, staffA, id, NOW), ForbiddenError);
  const doc = (await exportCandidate(db.db, adviser, id, NOW)) as unknown as {
    candidate: { name: string; notes: string };
    consents: unknown[];
    cases: { notes: { body: string }[]; tasks: unknown[]; documents: { files: Record<string, unknown>[] }[] }[];
    checks: Record<string, unknown>[];
    auditTrail: { action: string }[];
  };
  assert.equal(doc.candidate.name, 'Priya Raman');
  assert.equal(doc.candidate.notes, 'intern');
  assert.equal(doc.consents.length, 1);
  assert.equal(doc.cases.length, 1);
  assert.equal(doc.cases[0]!.notes[0]!.body, 'Frau Raman ruft Montag an');
  assert.equal(doc.cases[0]!.tasks.length, 2);
  assert.deepEqual(Object.keys(doc.cases[0]!.documents[0]!.files[0]!).sort(), ['createdAt', 'id', 'mediaType', 'originalName', 'sha256', 'sizeBytes']);
  assert.equal(doc.cases[0]!.documents[0]!.files[0]!.id, fileId);
  assert.equal(doc.checks.length, 1);
  assert.equal(doc.checks[0]!.id, undefined);
  assert.deepEqual(doc.auditTrail.map((a) => a.action), ['create', 'consent', 'check']);
  assert.ok(!JSON.stringify(doc).includes(`key-${id}`), 'no storage key');
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'export')));
  assert.equal(audit.length, 1);
});

test('erasure clears the person, deletes consents, notes, files and checks, keeps the case anonymised, then removes the bytes', async () => {
  const { id, caseId, checkId } = await fullCandidate();
  const removed: string[] = [];
  await assert.rejects(eraseCandidate(db.db, staffA, id, { remove: async (k) => void removed.push(k) }, NOW), ForbiddenError);
  const result = await eraseCandidate(db.db, adviser, id, { remove: async (k) => void removed.push(k) }, NOW);
  assert.deepEqual(result, { cases: 1, files: 1, checks: 1, notRemoved: [] });
  assert.deepEqual(removed, [`key-${id}`]);
  const [row] = await db.db.select().from(candidates).where(eq(candidates.id, id));
  assert.deepEqual(
    [row!.name, row!.birthDate, row!.citizenship, row!.email, row!.phone, row!.otherLanguages, row!.notes, row!.preferredLanguage],
    [null, null, null, null, null, null, null, null],
  );
  assert.deepEqual(row!.facts, {});
  assert.ok(row!.erasedAt);
  assert.equal((await db.db.select().from(candidateConsents).where(eq(candidateConsents.candidateId, id))).length, 0);
  assert.equal((await db.db.select().from(caseNotes).where(eq(caseNotes.caseId, caseId))).length, 0);
  assert.deepEqual((await db.db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId))).map((t) => t.planStepId), ['visa']);
  assert.equal((await db.db.select().from(savedChecks).where(eq(savedChecks.id, checkId))).length, 0);
  const [kept] = await db.db.select().from(cases).where(eq(cases.id, caseId));
  assert.deepEqual([kept!.routeId, kept!.jobTitle, kept!.cancelReason], ['18b', 'Softwareentwicklerin', null]);
  // the audit trail keeps who did what when, not what the person's data was
  const audit = await db.db.select().from(auditLog).where(eq(auditLog.entityId, id));
  assert.ok(!JSON.stringify(audit).includes('Priya'));
  assert.ok(audit.some((a) => a.action === 'erase'));
  await assert.rejects(getCandidate(db.db, adviser, id), NotFoundError);
  await assert.rejects(eraseCandidate(db.db, adviser, id, { remove: async () => {} }, NOW), NotFoundError);
  assert.ok(!(await listCandidates(db.db, adviser, { pageSize: 100 })).items.some((i) => i.id === id));
});

test('a file whose bytes cannot be removed does not undo the erasure: its key is returned', async () => {
  const { id } = await fullCandidate();
  const result = await eraseCandidate(db.db, adviser, id, { remove: async () => Promise.reject(new Error('disk gone')) }, NOW);
  assert.deepEqual(result.notRemoved, [`key-${id}`]);
  assert.equal((await db.db.select().from(documentFiles).where(eq(documentFiles.storageKey, `key-${id}`))).length, 0);
  await assert.rejects(getCandidate(db.db, adviser, id), NotFoundError);
});
