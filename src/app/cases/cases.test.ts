// The case use cases on the database (PGlite, or PostgreSQL with DATABASE_URL): created from a saved check, from a
// consultation and by hand; the pipeline skips what the plan does not contain; numbers are unique also when two cases
// are created at once; status changes refuse bad input; notes are filtered for a company user; the board's filters.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, candidates, caseDocuments, caseStatusChanges, caseTasks, cases, savedChecks, tenants } from '../../db/schema/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { buildInput } from '../../law/testing/fixtures.ts';
import { buildPlan } from '../../law/plan/buildPlan.ts';
import { visitor } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { startCheck } from '../checks/startCheck.ts';
import { saveCheckInput } from '../checks/saveCheck.ts';
import { loadCheck } from '../checks/loadCheck.ts';
import { recordConsultation } from '../consultations/recordConsultation.ts';
import { WorkspaceInputError } from '../common/errors.ts';
import { casePlanInput, pipelineFor } from './casePlan.ts';
import { createCase } from './createCase.ts';
import { changeCaseStatus } from './changeCaseStatus.ts';
import { recordReference } from './recordReference.ts';
import { updateCase } from './updateCase.ts';
import { addCaseNote } from './addCaseNote.ts';
import { getCase } from './getCase.ts';
import { caseBoard, listCases } from './listCases.ts';
import { formatCaseNumber } from './caseNumber.ts';

let db: TestDatabase;
let t: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;
let staff: Actor;
const TODAY = '2026-12-04';

before(async () => {
  db = await openTestDb();
  t = await makeTenant(db.db, 'Case Office');
  await db.db.update(tenants).set({ casePrefix: 'KL' }).where(eq(tenants.id, t.tenantId));
  adviser = await makeUser(db.db, t.tenantId, 'adviser', 'adviser@cases.example', { name: 'Anna Adviser' });
  staff = await makeUser(db.db, t.tenantId, 'company', 'staff@cases.example', { companyId: t.companyA });
});
after(async () => {
  await db.destroy();
});

async function savedCheck(input = buildInput({ decisionDate: '2026-11-01' }), companyId: string | null = t.companyA): Promise<string> {
  const id = await startCheck(db.db, adviser, { companyId });
  assert.ok(await saveCheckInput(db.db, adviser, id, input));
  return id;
}

function fieldsOf(err: unknown): string[] {
  assert.ok(err instanceof WorkspaceInputError, String(err));
  return err.errors.map((e) => `${e.field}:${e.code}`);
}

test('the pipeline skips recognition for a comparable degree and the BA step where the plan has no approval', () => {
  const plan = (routeId: '18g-standard' | '18b', germanAssessment: 'comparable' | 'none', procedure: 'regular' | 'accelerated' = 'regular') =>
    buildPlan(casePlanInput({ routeId, procedure, startDate: '2026-12-01', federalState: 'DE-RP', qualification: { level: 'academic', germanAssessment } }));
  // Blue Card, standard threshold: no BA approval; comparable degree: no recognition
  assert.deepEqual(pipelineFor(plan('18g-standard', 'comparable')), ['advice', 'visa', 'entry', 'residence_permit', 'integration', 'closed']);
  // not yet comparable: the ZAB statement is the recognition step
  assert.deepEqual(pipelineFor(plan('18g-standard', 'none')), ['advice', 'recognition', 'visa', 'entry', 'residence_permit', 'integration', 'closed']);
  // § 18b needs the BA's approval
  assert.deepEqual(pipelineFor(plan('18b', 'comparable')), ['advice', 'ba_approval', 'visa', 'entry', 'residence_permit', 'integration', 'closed']);
  // the Blue Card in the accelerated procedure: the immigration office's pre-approval is the approval step
  assert.ok(pipelineFor(plan('18g-standard', 'comparable', 'accelerated')).includes('ba_approval'));
});

test('a case from a saved check: a new candidate with the check’s facts, the job, the route of the plan, tasks, documents, number, history, audit', async () => {
  const checkId = await savedCheck();
  const { id, number } = await createCase(db.db, adviser, { checkId, candidateName: 'Priya Sharma', startDate: '2026-12-01' }, TODAY);
  assert.match(number, /^KL-2026-\d{4}$/);
  const [c] = await db.db.select().from(cases).where(eq(cases.id, id));
  assert.equal(c!.checkId, checkId);
  assert.equal(c!.companyId, t.companyA);
  assert.equal(c!.adviserUserId, adviser.userId);
  // the check's developer earns 52,000 € with a comparable degree: the standard Blue Card
  assert.equal(c!.routeId, '18g-standard');
  assert.deepEqual(c!.pipeline, ['advice', 'visa', 'entry', 'residence_permit', 'integration', 'closed']);
  assert.equal(c!.status, 'advice');
  assert.equal(c!.occupationIsco, '2512');
  assert.equal(c!.annualGrossSalaryEur, 52000);
  assert.equal(c!.federalState, 'DE-RP');
  assert.equal(c!.municipality, 'Kaiserslautern');
  assert.equal((c!.jobFacts as { collectiveAgreement?: boolean }).collectiveAgreement, false);
  const [cand] = await db.db.select().from(candidates).where(eq(candidates.id, c!.candidateId));
  assert.equal(cand!.name, 'Priya Sharma');
  assert.equal(cand!.birthDate, '1996-02-10');
  assert.equal(cand!.citizenship, 'IN');
  assert.equal(cand!.recognitionStatus, 'not_needed');
  assert.equal((cand!.facts as { qualification?: { level: string } }).qualification?.level, 'academic');
  const tasks = await db.db.select().from(caseTasks).where(eq(caseTasks.caseId, id));
  const docs = await db.db.select().from(caseDocuments).where(eq(caseDocuments.caseId, id));
  assert.ok(tasks.length > 5 && docs.length > 3);
  assert.ok(c!.planMilestones.some((m) => m.id === 'entry'));
  const history = await db.db.select().from(caseStatusChanges).where(eq(caseStatusChanges.caseId, id));
  assert.deepEqual(
    history.map((h) => [h.fromStatus, h.toStatus, h.changedOn]),
    [[null, 'advice', '2026-12-01']],
  );
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'case'), eq(auditLog.entityId, id)));
  assert.equal(audit.length, 1);

  // the route chosen instead of the plan's; an existing candidate of the company
  const second = await createCase(db.db, adviser, { checkId, candidateId: c!.candidateId, routeId: '18b', startDate: '2026-12-01' }, TODAY);
  const [c2] = await db.db.select().from(cases).where(eq(cases.id, second.id));
  assert.equal(c2!.routeId, '18b');
  assert.equal(c2!.candidateId, c!.candidateId);
  assert.ok(c2!.pipeline.includes('ba_approval'));
});

test('a case from a check: the check must be the office’s, complete, and of the chosen company', async () => {
  const incomplete = await startCheck(db.db, adviser, { companyId: t.companyA });
  assert.deepEqual(fieldsOf(await createCase(db.db, adviser, { checkId: incomplete, candidateName: 'X' }, TODAY).catch((e) => e)), ['checkId:checkIncomplete']);
  const other = await makeTenant(db.db, 'Other Office');
  const otherAdviser = await makeUser(db.db, other.tenantId, 'adviser', 'adviser@other-cases.example');
  const theirs = await startCheck(db.db, otherAdviser, { companyId: other.companyA });
  await saveCheckInput(db.db, otherAdviser, theirs, buildInput());
  await assert.rejects(createCase(db.db, adviser, { checkId: theirs, candidateName: 'X' }, TODAY), { name: 'NotFoundError' });
  const checkId = await savedCheck();
  assert.deepEqual(fieldsOf(await createCase(db.db, adviser, { checkId, companyId: t.companyB, candidateName: 'X' }, TODAY).catch((e) => e)), ['companyId:oneOf']);
  // a check without a company takes the one chosen
  const loose = await savedCheck(buildInput(), null);
  assert.deepEqual(fieldsOf(await createCase(db.db, adviser, { checkId: loose, candidateName: 'X' }, TODAY).catch((e) => e)), ['companyId:required']);
  const ok = await createCase(db.db, adviser, { checkId: loose, companyId: t.companyB, candidateName: 'Y' }, TODAY);
  const [row] = await db.db.select().from(cases).where(eq(cases.id, ok.id));
  assert.equal(row!.companyId, t.companyB);
});

test('a case from an anonymous check whose link the adviser holds: the check is attached to the office, the company and the candidate; its link keeps working', async () => {
  const anonymous = await startCheck(db.db, visitor());
  assert.ok(await saveCheckInput(db.db, visitor(anonymous), anonymous, buildInput()));
  const created = await createCase(db.db, adviser, { checkId: anonymous, companyId: t.companyA, candidateName: 'Anonym Geprüft' }, TODAY);
  const [check] = await db.db.select().from(savedChecks).where(eq(savedChecks.id, anonymous));
  const [row] = await db.db.select().from(cases).where(eq(cases.id, created.id));
  assert.deepEqual([check!.tenantId, check!.companyId, check!.candidateId], [t.tenantId, t.companyA, row!.candidateId]);
  assert.equal(row!.checkId, anonymous);
  assert.ok(await loadCheck(db.db, visitor(anonymous), anonymous), 'the visitor holding the link still opens it');
  // a company user may not turn it into a case; an anonymous check that is incomplete is refused naming the field
  await assert.rejects(createCase(db.db, await makeUser(db.db, t.tenantId, 'company', 'staff@anon-check.example', { companyId: t.companyA }), { checkId: anonymous, candidateName: 'X' }, TODAY), {
    name: 'ForbiddenError',
  });
  const empty = await startCheck(db.db, visitor());
  assert.deepEqual(fieldsOf(await createCase(db.db, adviser, { checkId: empty, companyId: t.companyA, candidateName: 'X' }, TODAY).catch((e) => e)), ['checkId:checkIncomplete']);
});

test('a case from a consultation and by hand; bad input names the fields; a company user may not create', async () => {
  const consultation = await recordConsultation(db.db, adviser, t.companyB, { date: '2026-11-20', channel: 'phone', topics: ['recognition'], kind: 'first' });
  const made = await createCase(
    db.db,
    adviser,
    { consultationId: consultation.id, candidateName: 'Jorge Ruiz', routeId: '18a', federalState: 'DE-RP', occupationIsco: '7411', qualificationLevel: 'vocational', germanAssessment: 'none' },
    TODAY,
  );
  const [c] = await db.db.select().from(cases).where(eq(cases.id, made.id));
  assert.equal(c!.companyId, t.companyB);
  assert.equal(c!.consultationId, consultation.id);
  assert.ok(c!.pipeline.includes('recognition') && c!.pipeline.includes('ba_approval'));

  const bad = await createCase(db.db, adviser, { companyId: t.companyA, routeId: 'nope', occupationIsco: '12', annualGrossSalaryEur: '-5', startDate: '2026-02-30' }, TODAY).catch((e) => e);
  assert.deepEqual(fieldsOf(bad).sort(), ['annualGrossSalaryEur:integer', 'candidateName:required', 'occupationIsco:isco', 'routeId:oneOf', 'startDate:date']);
  const noPlace = await createCase(db.db, adviser, { companyId: t.companyA, routeId: '18b', candidateName: 'Z' }, TODAY).catch((e) => e);
  assert.deepEqual(fieldsOf(noPlace), ['federalState:required', 'qualificationLevel:required', 'germanAssessment:required']);
  const notAccelerated = await createCase(
    db.db,
    adviser,
    { companyId: t.companyA, routeId: '20a-skilled', procedure: 'accelerated', candidateName: 'Z', federalState: 'DE-RP', qualificationLevel: 'academic', germanAssessment: 'comparable' },
    TODAY,
  ).catch((e) => e);
  assert.deepEqual(fieldsOf(notAccelerated), ['procedure:oneOf']);
  await assert.rejects(createCase(db.db, staff, { companyId: t.companyA, routeId: '18b', candidateName: 'Z', federalState: 'DE-RP' }, TODAY), { name: 'ForbiddenError' });
  await assert.rejects(createCase(db.db, staff, { companyId: t.companyB, routeId: '18b', candidateName: 'Z', federalState: 'DE-RP' }, TODAY), { name: 'NotFoundError' });
});

test('case numbers: the office’s prefix, the year, four digits; two cases created at once get different numbers', async () => {
  assert.equal(formatCaseNumber('KL', 2026, 42), 'KL-2026-0042');
  assert.equal(formatCaseNumber('KL', 2026, 12345), 'KL-2026-12345');
  const fresh = await makeTenant(db.db, 'Number Office');
  const a = await makeUser(db.db, fresh.tenantId, 'adviser', 'numbers@cases.example');
  const input = { companyId: fresh.companyA, candidateName: 'N', routeId: '18b', federalState: 'DE-RP', qualificationLevel: 'academic', germanAssessment: 'comparable' };
  const made = await Promise.all([createCase(db.db, a, input, TODAY), createCase(db.db, a, input, TODAY), createCase(db.db, a, input, TODAY)]);
  assert.deepEqual(made.map((m) => m.number).sort(), ['LO-2026-0001', 'LO-2026-0002', 'LO-2026-0003']);
  // a new year starts again at 1
  assert.equal((await createCase(db.db, a, input, '2027-01-02')).number, 'LO-2027-0001');
});

test('status changes: forward and back within the pipeline, cancel with a reason; bad input is refused and nothing written', async () => {
  const { id } = await createCase(db.db, adviser, { checkId: await savedCheck(), candidateName: 'S', startDate: '2026-11-01' }, TODAY);
  const refuse = async (input: Record<string, unknown>) => fieldsOf(await changeCaseStatus(db.db, adviser, id, input, TODAY).catch((e) => e));
  assert.deepEqual(await refuse({ status: 'limbo', changedOn: '2026-12-01' }), ['status:oneOf']);
  assert.deepEqual(await refuse({ status: 'ba_approval', changedOn: '2026-12-01' }), ['status:notInPipeline']);
  assert.deepEqual(await refuse({ status: 'advice', changedOn: '2026-12-01' }), ['status:sameStatus']);
  assert.deepEqual(await refuse({ status: 'visa', changedOn: '2026-12-05' }), ['changedOn:dateInFuture']);
  assert.deepEqual(await refuse({ status: 'visa', changedOn: '2026-10-31' }), ['changedOn:beforePreviousChange']);
  assert.deepEqual(await refuse({ status: 'cancelled', changedOn: '2026-12-01' }), ['reason:required']);
  assert.deepEqual(await refuse({}), ['status:required']);
  assert.equal((await db.db.select().from(caseStatusChanges).where(eq(caseStatusChanges.caseId, id))).length, 1);

  await changeCaseStatus(db.db, adviser, id, { status: 'visa', changedOn: '2026-11-15' }, TODAY);
  await changeCaseStatus(db.db, adviser, id, { status: 'entry', changedOn: '2026-12-04' }, TODAY);
  await changeCaseStatus(db.db, adviser, id, { status: 'visa', changedOn: '2026-12-04' }, TODAY);
  assert.deepEqual(await refuse({ status: 'entry', changedOn: '2026-12-03' }), ['changedOn:beforePreviousChange']);
  await changeCaseStatus(db.db, adviser, id, { status: 'cancelled', changedOn: '2026-12-04', reason: 'Zusage zurückgezogen' }, TODAY);
  const [c] = await db.db.select().from(cases).where(eq(cases.id, id));
  assert.equal(c!.status, 'cancelled');
  assert.equal(c!.cancelReason, 'Zusage zurückgezogen');
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'status')));
  assert.equal(audit.length, 4);
  const view = await getCase(db.db, adviser, id);
  assert.deepEqual(
    view.history.map((h) => h.toStatus),
    ['advice', 'visa', 'entry', 'visa', 'cancelled'],
  );
  // the timeline: planned from the milestones' tasks, reached from the history (the latest arrival)
  const visa = view.timeline.find((r) => r.status === 'visa')!;
  assert.equal(visa.actual, '2026-12-04');
  assert.match(visa.planned ?? '', /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(view.timeline[0]!.planned, '2026-11-01');
  assert.equal(view.timeline.find((r) => r.status === 'closed')!.planned, null);
  // the milestones: planned from their tasks, done when their task is
  const entry = view.milestones.find((r) => r.id === 'entry')!;
  assert.match(entry.planned ?? '', /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(entry.done, null);
  await db.db.update(caseTasks).set({ doneAt: new Date('2026-12-03T12:00:00Z') }).where(and(eq(caseTasks.caseId, id), eq(caseTasks.planStepId, 'entry')));
  assert.equal((await getCase(db.db, adviser, id)).milestones.find((r) => r.id === 'entry')!.done, '2026-12-03');
  await assert.rejects(changeCaseStatus(db.db, staff, id, { status: 'visa', changedOn: TODAY }, TODAY), { name: 'ForbiddenError' });
});

test('references, job and adviser updates, notes: a company user reads only the notes visible to the company', async () => {
  const { id } = await createCase(db.db, adviser, { checkId: await savedCheck(), candidateName: 'R' }, TODAY);
  assert.deepEqual(fieldsOf(await recordReference(db.db, adviser, id, 'passport', { referenceNumber: 'X' }, TODAY).catch((e) => e)), ['kind:oneOf']);
  assert.deepEqual(fieldsOf(await recordReference(db.db, adviser, id, 'visa', { decidedOn: '2027-01-01' }, TODAY).catch((e) => e)), ['decidedOn:dateInFuture']);
  await recordReference(db.db, adviser, id, 'visa', { referenceNumber: 'V-1', decidedOn: '2026-12-01' }, TODAY);
  await recordReference(db.db, adviser, id, 'visa', { referenceNumber: 'V-2', decidedOn: '2026-12-02' }, TODAY);
  const other = await makeUser(db.db, t.tenantId, 'adviser', 'second@cases.example', { name: 'Bernd Second' });
  assert.deepEqual(fieldsOf(await updateCase(db.db, adviser, id, { adviserUserId: staff.userId }).catch((e) => e)), ['adviserUserId:unknown']);
  const changes = await updateCase(db.db, adviser, id, { jobTitle: 'Entwicklerin', annualGrossSalaryEur: '56000', adviserUserId: other.userId });
  assert.deepEqual(Object.keys(changes).sort(), ['adviserUserId', 'annualGrossSalaryEur', 'jobTitle']);
  assert.deepEqual(await updateCase(db.db, adviser, id, { jobTitle: 'Entwicklerin' }), {});
  await addCaseNote(db.db, adviser, id, { body: 'Intern: Gehalt verhandeln' });
  await addCaseNote(db.db, adviser, id, { body: 'Für die Firma: Termin steht', visibleToCompany: 'yes' });
  assert.deepEqual(fieldsOf(await addCaseNote(db.db, adviser, id, { body: '  ' }).catch((e) => e)), ['body:required']);
  await assert.rejects(addCaseNote(db.db, staff, id, { body: 'x' }), { name: 'ForbiddenError' });

  const forAdviser = await getCase(db.db, adviser, id);
  assert.equal(forAdviser.adviserName, 'Bernd Second');
  assert.equal(forAdviser.case.jobTitle, 'Entwicklerin');
  assert.deepEqual(forAdviser.references, [{ kind: 'visa', referenceNumber: 'V-2', decidedOn: '2026-12-02' }]);
  assert.equal(forAdviser.notes.length, 2);
  const forCompany = await getCase(db.db, staff, id);
  assert.deepEqual(
    forCompany.notes.map((n) => n.body),
    ['Für die Firma: Termin steht'],
  );
});

test('the board: columns by status with their own pages, filters by adviser, company, route and stalled; a company user sees only their company', async () => {
  const fresh = await makeTenant(db.db, 'Board Office');
  const a = await makeUser(db.db, fresh.tenantId, 'adviser', 'board@cases.example', { name: 'Board Adviser' });
  const b = await makeUser(db.db, fresh.tenantId, 'adviser', 'board2@cases.example', { name: 'Other Adviser' });
  const s = await makeUser(db.db, fresh.tenantId, 'company', 'board-staff@cases.example', { companyId: fresh.companyB });
  const base = { candidateName: 'B', federalState: 'DE-RP', qualificationLevel: 'academic', germanAssessment: 'comparable', startDate: '2026-11-20' };
  const one = await createCase(db.db, a, { ...base, companyId: fresh.companyA, routeId: '18b' }, TODAY);
  const two = await createCase(db.db, a, { ...base, companyId: fresh.companyA, routeId: '18g-standard', adviserUserId: b.userId }, TODAY);
  const three = await createCase(db.db, a, { ...base, companyId: fresh.companyB, routeId: '18b' }, TODAY);
  await changeCaseStatus(db.db, a, two.id, { status: 'visa', changedOn: '2026-11-21' }, TODAY);

  const board = await caseBoard(db.db, a, { pageSize: 1 }, TODAY);
  const advice = board.columns.find((c) => c.status === 'advice')!;
  assert.equal(advice.total, 2);
  assert.equal(advice.items.length, 1);
  assert.equal(board.columns.find((c) => c.status === 'visa')!.total, 1);
  assert.equal(board.columns.length, 9);
  const page2 = await caseBoard(db.db, a, { pageSize: 1, pages: { advice: '2' } }, TODAY);
  assert.notEqual(page2.columns.find((c) => c.status === 'advice')!.items[0]!.id, advice.items[0]!.id);
  const ids = async (filter: Record<string, unknown>, actor = a) => (await listCases(db.db, actor, filter, TODAY)).items.map((c) => c.id).sort();
  assert.deepEqual(await ids({ adviserUserId: b.userId }), [two.id]);
  assert.deepEqual(await ids({ companyId: fresh.companyB }), [three.id]);
  assert.deepEqual(await ids({ routeId: '18b' }), [one.id, three.id].sort());
  assert.deepEqual(await ids({ status: 'visa' }), [two.id]);
  assert.deepEqual(await ids({}, s), [three.id]);
  // stalled: nothing moved for 28 days (on 2027-01-13), or no open task with a due date
  assert.deepEqual(await ids({ stalled: 'yes' }), []);
  const later = '2027-01-13';
  assert.deepEqual((await listCases(db.db, a, { stalled: 'yes' }, later)).items.map((c) => c.id).sort(), [one.id, two.id, three.id].sort());
  await db.db.update(caseTasks).set({ doneAt: new Date('2027-01-10T10:00:00Z') }).where(eq(caseTasks.caseId, one.id));
  // every task of `one` is done now: moved recently, but nobody waits for anything
  assert.deepEqual((await listCases(db.db, a, { stalled: 'yes' }, '2026-12-10')).items.map((c) => c.id), [one.id]);
  await assert.rejects(listCases(db.db, a, { stalled: 'maybe', routeId: 'x' }, TODAY), (err) => {
    assert.deepEqual(fieldsOf(err).sort(), ['routeId:oneOf', 'stalled:oneOf']);
    return true;
  });
});
