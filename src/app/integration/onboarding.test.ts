// Integration management (issue 17) on the database: the arrival facts (errors name the field), the onboarding plan
// as tasks of the case (dated from the arrival, owners, legal basis, unknowns named), generated again without
// duplicates and without touching done tasks or dates set by hand; the templates (office and company adaptation); the
// family with what the lifecycle check says; the retention view; and the erasure of the candidate clears the family.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, like } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { caseFamilyMembers, caseTasks, cases } from '../../db/schema/index.ts';
import { makeCaseWorld } from '../../dev/caseWorldTesting.ts';
import type { CaseWorld } from '../../dev/caseWorldTesting.ts';
import { WorkspaceInputError } from '../common/errors.ts';
import { eraseCandidate } from '../candidates/eraseCandidate.ts';
import { exportCandidate } from '../candidates/exportCandidate.ts';
import { completeTask } from '../tasks/completeTask.ts';
import { updateTask } from '../tasks/updateTask.ts';
import { listDueItems } from '../due/listDueItems.ts';
import { deleteFamilyMember, recordArrival, saveFamilyMember } from './arrival.ts';
import { generateOnboardingPlan } from './generatePlan.ts';
import { getOnboarding } from './getOnboarding.ts';
import { listRetention } from './listRetention.ts';
import { listTemplates, resetTemplate, saveTemplate } from './templates.ts';
import { makePlanCase } from '../tasks/taskTesting.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';

const TODAY = '2026-12-04';
let db: TestDatabase;
let w: CaseWorld;
before(async () => {
  db = await openTestDb();
  w = await makeCaseWorld(db.db, 'adviser');
});
after(async () => {
  await db.destroy();
});

const ARRIVAL = { arrivalDate: '2026-11-27', visaValidUntil: '', workStartOn: '2026-12-01', foreignDrivingLicence: 'yes', probationEnd: '2027-05-31', languageCourseEnd: '2027-02-15' };

async function onboardingTasks(caseId: string) {
  return db.db.select().from(caseTasks).where(and(eq(caseTasks.caseId, caseId), like(caseTasks.planStepId, 'onboarding%')));
}

test('The arrival facts: every field checked and named; the visa cannot end before the arrival; nothing written on error', async () => {
  const a = w.actors.adviser;
  await assert.rejects(
    recordArrival(db.db, a, w.case.ownCompany, { arrivalDate: '2026-13-01', visaValidUntil: 'bald', foreignDrivingLicence: 'vielleicht' }),
    (err: unknown) => err instanceof WorkspaceInputError && ['arrivalDate', 'visaValidUntil', 'foreignDrivingLicence'].every((f) => err.errors.some((e) => e.field === f)),
  );
  await assert.rejects(
    recordArrival(db.db, a, w.case.ownCompany, { arrivalDate: '2026-11-27', visaValidUntil: '2026-11-01' }),
    (err: unknown) => err instanceof WorkspaceInputError && err.errors[0]!.field === 'visaValidUntil' && err.errors[0]!.code === 'beforeArrival',
  );
  const [row] = await db.db.select().from(cases).where(eq(cases.id, w.case.ownCompany));
  assert.equal(row!.arrivalDate, null);
  // without an arrival date there is no plan: the error names the field
  await assert.rejects(generateOnboardingPlan(db.db, a, w.case.ownCompany), (err: unknown) => err instanceof WorkspaceInputError && err.errors[0]!.field === 'arrivalDate');
});

test('The plan: duties and template steps become tasks of the case, dated from the arrival, with owner and legal basis; unknowns named', async () => {
  const a = w.actors.adviser;
  await recordArrival(db.db, a, w.case.ownCompany, ARRIVAL);
  const child = await saveFamilyMember(db.db, a, w.case.ownCompany, null, { relation: 'child', name: 'Kind', birthDate: '2019-03-01', joining: 'now' }, TODAY);
  const r = await generateOnboardingPlan(db.db, a, w.case.ownCompany);
  assert.ok(r.created > 10, `created ${r.created}`);
  const tasks = await onboardingTasks(w.case.ownCompany);
  const by = new Map(tasks.map((t) => [t.planStepId, t]));
  // § 17 BMG: two weeks from moving in on Friday 27.11. → Friday 11.12.
  assert.equal(by.get('onboarding:registration')?.dueOn, '2026-12-11');
  assert.equal(by.get('onboarding:registration')?.owner, 'candidate');
  assert.equal(by.get('onboarding:registration')?.deadlineRef, '§ 17 Abs. 1 BMG');
  // the employer's copy of the title: before the start of work
  assert.equal(by.get('onboarding:employer_title_copy')?.owner, 'company');
  assert.equal(by.get('onboarding:employer_title_copy')?.dueOn, '2026-12-01');
  // the visa's last day is not recorded: no date, and the page names what is missing
  assert.equal(by.get('onboarding:residence_permit')?.dueOn, null);
  // the foreign licence: six months from 27.11.2026
  assert.equal(by.get('onboarding:driving_licence')?.dueOn, '2027-05-27');
  // the school for the child (7 on arrival), keyed by the family member
  assert.ok(by.has(`onboarding:school:${child.id}`));
  // unconfirmed rules are marked
  assert.match(by.get('onboarding:tax_id')!.deadlineRef!, /zu prüfen/);
  // the templates: a check-in one month after the first day of work, the office's
  assert.equal(by.get('onboarding-tpl:checkin-1')?.dueOn, '2027-01-01');
  assert.equal(by.get('onboarding-tpl:checkin-1')?.owner, 'adviser');

  const view = await getOnboarding(db.db, a, w.case.ownCompany, TODAY);
  assert.deepEqual(view.missing, ['visaValidUntil']);
  assert.equal(view.tasks.find((t) => t.key === 'onboarding:residence_permit')?.missing, 'visaValidUntil');
  // dated first, in date order
  const dated = view.tasks.filter((t) => t.dueOn !== null).map((t) => t.dueOn!);
  assert.deepEqual(dated, [...dated].sort());
  assert.ok(view.tasks.findIndex((t) => t.dueOn === null) > view.tasks.findLastIndex((t) => t.dueOn !== null));
  assert.equal(view.outdated, false);

  // the plan's tasks are on the due dashboard of the office
  const due = await listDueItems(db.db, a, { scope: 'office', today: TODAY });
  const items = Object.values(due.groups).flatMap((g) => g.items);
  assert.ok(items.some((i) => i.caseId === w.case.ownCompany && /Wohnsitz anmelden/.test(JSON.stringify(i))));
});

test('Generating again: no duplicates; open tasks follow the facts; done tasks and dates set by hand stay', async () => {
  const a = w.actors.adviser;
  const before = await onboardingTasks(w.case.ownCompany);
  const by = new Map(before.map((t) => [t.planStepId, t]));
  await completeTask(db.db, a, by.get('onboarding:registration')!.id);
  await updateTask(db.db, a, by.get('onboarding-tpl:checkin-1')!.id, { dueOn: '2027-01-08' });
  // the facts change: the first day of work moves, the visa's last day is known, no foreign licence after all
  await recordArrival(db.db, a, w.case.ownCompany, { ...ARRIVAL, workStartOn: '2026-12-07', visaValidUntil: '2027-02-26', foreignDrivingLicence: 'no' });
  assert.equal((await getOnboarding(db.db, a, w.case.ownCompany, TODAY)).outdated, true);
  const r = await generateOnboardingPlan(db.db, a, w.case.ownCompany);
  assert.equal(r.created, 0);
  assert.equal(r.removed, 1, 'the driving licence is no longer a duty');
  const after = await onboardingTasks(w.case.ownCompany);
  assert.equal(after.length, before.length - 1);
  assert.equal(new Set(after.map((t) => t.planStepId)).size, after.length, 'no step twice');
  const now = new Map(after.map((t) => [t.planStepId, t]));
  assert.ok(now.get('onboarding:registration')!.doneAt !== null, 'the done task stays done');
  assert.equal(now.get('onboarding-tpl:checkin-1')!.dueOn, '2027-01-08', 'the date set by hand stays');
  assert.equal(now.get('onboarding:residence_permit')!.dueOn, '2027-02-26');
  assert.equal(now.get('onboarding:employer_title_copy')!.dueOn, '2026-12-07');
  assert.equal(now.get('onboarding-tpl:checkin-3')!.dueOn, '2027-03-07');
  // a third run changes nothing
  const again = await generateOnboardingPlan(db.db, a, w.case.ownCompany);
  assert.deepEqual({ created: again.created, updated: again.updated, removed: again.removed }, { created: 0, updated: 0, removed: 0 });
});

test('Templates: the office edits a step; a company adapts its own copy; the plan of its cases follows', async () => {
  const admin = w.actors.admin;
  const company = w.actors.company;
  await saveTemplate(db.db, admin, null, 'mentor', { title: 'Mentorin benennen', owner: 'company', anchor: 'work_start', offsetDays: '-10' });
  await assert.rejects(saveTemplate(db.db, company, null, 'mentor', { title: 'x', owner: 'company', anchor: 'arrival' }), { name: 'ForbiddenError' });
  await assert.rejects(saveTemplate(db.db, company, w.company.otherCompany, 'mentor', { title: 'x', owner: 'company', anchor: 'arrival' }), { name: 'NotFoundError' });
  await assert.rejects(
    saveTemplate(db.db, company, w.company.ownCompany, null, { title: '', owner: 'boss', anchor: 'arrival', offsetDays: 'zehn' }),
    (err: unknown) => err instanceof WorkspaceInputError && ['title', 'owner', 'offsetDays'].every((f) => err.errors.some((e) => e.field === f)),
  );
  await saveTemplate(db.db, company, w.company.ownCompany, 'checkin-6', { title: 'Gespräch nach sechs Monaten', owner: 'company', anchor: 'work_start', offsetMonths: '6', disabled: 'yes' });
  const own = await saveTemplate(db.db, company, w.company.ownCompany, null, { title: 'Werksführung', titleEn: 'Plant tour', owner: 'company', anchor: 'work_start', offsetDays: '2' });
  const office = await listTemplates(db.db, admin, null);
  assert.equal(office.steps.find((s) => s.key === 'mentor')?.title, 'Mentorin benennen');
  assert.ok(!office.steps.some((s) => s.key === own.key), 'a company’s own step is not the office’s');
  const theirs = await listTemplates(db.db, company, w.company.ownCompany);
  assert.equal(theirs.steps.find((s) => s.key === 'checkin-6')?.disabled, true);
  assert.equal(theirs.steps.find((s) => s.key === 'mentor')?.source, 'office');
  await generateOnboardingPlan(db.db, w.actors.adviser, w.case.ownCompany);
  const now = new Map((await onboardingTasks(w.case.ownCompany)).map((t) => [t.planStepId, t]));
  assert.equal(now.get(`onboarding-tpl:${own.key}`)?.dueOn, '2026-12-09');
  assert.equal(now.get('onboarding-tpl:mentor')?.title, 'Mentorin benennen');
  assert.equal(now.get('onboarding-tpl:mentor')?.dueOn, '2026-11-27');
  assert.ok(!now.has('onboarding-tpl:checkin-6'), 'a switched-off step is removed while open');
  await resetTemplate(db.db, company, w.company.ownCompany, 'checkin-6');
  assert.equal((await listTemplates(db.db, company, w.company.ownCompany)).steps.find((s) => s.key === 'checkin-6')?.disabled, false);
});

test('The family: each member with what the lifecycle check says; errors name the field; a member is deleted', async () => {
  const a = w.actors.adviser;
  await assert.rejects(
    saveFamilyMember(db.db, a, w.case.ownCompany, null, { relation: 'cousin', birthDate: '2030-01-01', joining: 'soon', german: 'Z9' }, TODAY),
    (err: unknown) => err instanceof WorkspaceInputError && ['relation', 'birthDate', 'joining', 'german'].every((f) => err.errors.some((e) => e.field === f)),
  );
  const spouse = await saveFamilyMember(db.db, a, w.case.ownCompany, null, { relation: 'spouse', name: 'Ehegattin', birthDate: '1993-02-02', joining: 'later', jointProcedure: 'yes', german: 'none' }, TODAY);
  const parent = await saveFamilyMember(db.db, a, w.case.ownCompany, null, { relation: 'parent', birthDate: '1960-06-06', joining: 'later' }, TODAY);
  const view = await getOnboarding(db.db, a, w.case.ownCompany, TODAY);
  const s = view.assessments.find((x) => x.memberId === spouse.id)!;
  // route 18b, no title recorded yet: the route's rule, A1 needed and the exemption unconfirmed; space and means to check
  assert.equal(s.source, 'route');
  const german = s.conditions.find((c) => c.id === 'german')!;
  assert.equal(german.met, null);
  assert.equal(german.unconfirmed, true);
  assert.ok(s.conditions.some((c) => c.id === 'living_space' && c.met === null));
  const p = view.assessments.find((x) => x.memberId === parent.id)!;
  assert.match(p.conditions[0]!.ref, /§ 36 Abs. 3/);
  // a company user may read the case's onboarding but not change the family
  await getOnboarding(db.db, w.actors.company, w.case.ownCompany, TODAY);
  await assert.rejects(saveFamilyMember(db.db, w.actors.company, w.case.ownCompany, null, { relation: 'child', birthDate: '2020-01-01', joining: 'now' }, TODAY), { name: 'ForbiddenError' });
  await deleteFamilyMember(db.db, a, w.case.ownCompany, parent.id);
  await assert.rejects(deleteFamilyMember(db.db, a, w.case.otherCompany, spouse.id), { name: 'NotFoundError' });
});

test('With the title recorded, the residence engine answers for the family: a Blue Card holder’s spouse needs no German', async () => {
  const a = w.actors.adviser;
  await db.db
    .update(cases)
    .set({ titleRouteId: '18g-standard', titleIssuedOn: '2026-11-20', titleValidUntil: '2030-11-19', titleEmploymentFrom: '2026-12-01' })
    .where(eq(cases.id, w.case.otherCompany));
  const { candidates } = await import('../../db/schema/index.ts');
  const [c] = await db.db.select({ candidateId: cases.candidateId }).from(cases).where(eq(cases.id, w.case.otherCompany));
  await db.db.update(candidates).set({ facts: { person: { german: 'A2', english: 'C1' } } }).where(eq(candidates.id, c!.candidateId));
  const spouse = await saveFamilyMember(db.db, a, w.case.otherCompany, null, { relation: 'spouse', birthDate: '1993-02-02', joining: 'later', german: 'none' }, TODAY);
  const view = await getOnboarding(db.db, a, w.case.otherCompany, TODAY);
  const s = view.assessments.find((x) => x.memberId === spouse.id)!;
  assert.equal(s.source, 'engine');
  assert.equal(s.conditions.find((x) => x.id === 'german')?.met, true);
  assert.match(s.conditions.find((x) => x.id === 'german')!.ref, /§ 30 Abs. 1 S. 3 Nr. 5/);
});

test('The retention view: what is due in the next 90 days per company; a company user sees only their own', async () => {
  await db.db.update(cases).set({ titleRouteId: '18b', titleIssuedOn: '2025-01-10', titleValidUntil: '2027-02-28' }).where(eq(cases.id, w.case.ownCompany));
  const view = await listRetention(db.db, w.actors.company, w.company.ownCompany, TODAY);
  const kinds = new Set(view.items.map((i) => i.kind));
  for (const k of ['title_reminder', 'title_expiry', 'language_course_end', 'onboarding'] as const) assert.ok(kinds.has(k), `has ${k}`);
  // the end of probation (31.05.2027) is beyond the 90 days (until 04.03.2027)
  assert.ok(!kinds.has('probation_end'));
  assert.equal(view.until, '2027-03-04');
  assert.ok(view.items.every((i) => i.caseId === w.case.ownCompany));
  const dates = view.items.map((i) => i.date);
  assert.deepEqual(dates, [...dates].sort());
  await assert.rejects(listRetention(db.db, w.actors.company, w.company.otherCompany, TODAY), { name: 'NotFoundError' });
  const staff = await listRetention(db.db, w.actors.adviser, w.company.otherCompany, TODAY);
  // the office reads any company's: the other company's case has a Blue Card until 2030 and no dated onboarding yet
  assert.ok(staff.items.every((i) => i.caseId === w.case.otherCompany));
  assert.ok(!staff.items.some((i) => i.kind === 'title_expiry'));
});

test('Erasing the candidate clears the family of their cases; the plan’s tasks stay for the statistics', async () => {
  const [c] = await db.db.select({ candidateId: cases.candidateId }).from(cases).where(eq(cases.id, w.case.ownCompany));
  assert.ok((await db.db.select().from(caseFamilyMembers).where(eq(caseFamilyMembers.caseId, w.case.ownCompany))).length > 0);
  // the right of access includes the family
  const doc = (await exportCandidate(db.db, w.actors.adviser, c!.candidateId)) as { cases: { family: { relation: string }[] }[] };
  assert.deepEqual(doc.cases[0]!.family.map((f) => f.relation).sort(), ['child', 'spouse']);
  await eraseCandidate(db.db, w.actors.adviser, c!.candidateId, { remove: async () => {} });
  assert.equal((await db.db.select().from(caseFamilyMembers).where(eq(caseFamilyMembers.caseId, w.case.ownCompany))).length, 0);
  assert.ok((await onboardingTasks(w.case.ownCompany)).length > 0);
  // the other case's family is untouched
  assert.equal((await db.db.select().from(caseFamilyMembers).where(eq(caseFamilyMembers.caseId, w.case.otherCompany))).length, 1);
});

test('With the route plan’s tasks: the registration step is adopted, not doubled; the route plan’s schedule leaves the onboarding dates alone', async () => {
  // an office of its own (the plan case's number would collide with the world's)
  const t = await makeTenant(db.db, 'Onboarding Plan Office');
  const a = await makeUser(db.db, t.tenantId, 'adviser', 'adviser@onboarding-plan.example');
  const { caseId } = await makePlanCase(db.db, t.tenantId, t.companyA);
  await recordArrival(db.db, a, caseId, { arrivalDate: '2026-11-27', workStartOn: '2026-12-01' });
  await generateOnboardingPlan(db.db, a, caseId);
  const all = await db.db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId));
  assert.ok(!all.some((t) => t.planStepId === 'onboarding:registration'));
  const anmeldung = all.find((t) => t.planStepId === 'anmeldung')!;
  assert.deepEqual([anmeldung.dueOn, anmeldung.dueSetByHand, anmeldung.deadlineRef], ['2026-12-11', true, '§ 17 Abs. 1 BMG']);
  const view = await getOnboarding(db.db, a, caseId, TODAY);
  assert.equal(view.tasks.find((t) => t.key === 'onboarding:registration')?.id, anmeldung.id);
  assert.equal(view.outdated, false);
  // ticking a route task reschedules the route plan; the onboarding tasks keep their legal dates
  const before = new Map(all.map((t) => [t.id, t.dueOn]));
  const first = all.find((t) => t.planStepId === 'anabin-check') ?? all.find((t) => t.planStepId !== null && !t.planStepId.startsWith('onboarding'))!;
  await completeTask(db.db, a, first.id);
  const after = await db.db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId));
  for (const t of after) if (t.planStepId?.startsWith('onboarding') || t.planStepId === 'anmeldung') assert.equal(t.dueOn, before.get(t.id), t.planStepId!);
  const again = await generateOnboardingPlan(db.db, a, caseId);
  assert.deepEqual([again.created, again.updated, again.removed], [0, 0, 0]);
});
