// Issue 17: a fourth demo case, of a skilled worker (§ 18b) who arrived a week ago, with the arrival facts, her family
// (her husband joins later, their daughter of four moved with her) and the onboarding plan generated, so that an adviser
// who opens the case's onboarding plan sees what is due this week. Made by the demo adviser through the use cases:
// the candidate, the case, the statuses up to "entry" (reached on the arrival day), the arrival, the family, the plan,
// and the steps done before the arrival and on the first day ticked.

import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { caseTasks } from '../db/schema/index.ts';
import { completeTask } from '../app/tasks/completeTask.ts';
import { createCandidate } from '../app/candidates/createCandidate.ts';
import { changeCaseStatus } from '../app/cases/changeCaseStatus.ts';
import { createCase } from '../app/cases/createCase.ts';
import { recordArrival, saveFamilyMember } from '../app/integration/arrival.ts';
import { generateOnboardingPlan } from '../app/integration/generatePlan.ts';
import { addDays, addMonths } from '../law/dates.ts';
import type { Actor } from '../policies/index.ts';

export const DEMO_ARRIVAL_CANDIDATE = 'Ana Lima (Demo)';

export async function seedDemoArrivalCase(db: Db, adviser: Actor, companyId: string, now: Date): Promise<string> {
  const today = now.toISOString().slice(0, 10);
  const arrived = addDays(today, -7);
  const workStart = addDays(today, -3);
  const candidate = await createCandidate(
    db,
    adviser,
    companyId,
    {
      name: DEMO_ARRIVAL_CANDIDATE,
      birthDate: '1993-04-18',
      citizenship: 'BR',
      email: 'ana.lima@candidate.example',
      preferredLanguage: 'en',
      otherLanguages: 'Portugiesisch (Muttersprache)',
      recognitionStatus: 'full',
      facts: {
        person: { german: 'B1', english: 'B2', firstTitleInGermany: true },
        qualification: { level: 'academic', awardedOn: '2016-12-15', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 4, germanAssessment: 'comparable' },
        experience: [{ isco: '2142', from: '2017-02-01', relatedToQualification: true }],
      },
    },
    now,
  );
  const { id } = await createCase(
    db,
    adviser,
    {
      companyId,
      candidateId: candidate.id,
      routeId: '18b',
      jobTitle: 'Bauingenieurin (Tragwerksplanung)',
      occupationIsco: '2142',
      annualGrossSalaryEur: '54000',
      federalState: 'DE-RP',
      municipality: 'Kaiserslautern',
      startDate: addMonths(today, -8),
    },
    today,
    now,
  );
  const reached: [string, string][] = [
    ['ba_approval', addMonths(today, -4)],
    ['visa', addMonths(today, -2)],
    ['entry', arrived],
  ];
  for (const [status, changedOn] of reached) await changeCaseStatus(db, adviser, id, { status, changedOn }, today, now);
  await recordArrival(
    db,
    adviser,
    id,
    {
      arrivalDate: arrived,
      // a national visa for the first months: the residence permit must be applied for before it ends
      visaValidUntil: addDays(arrived, 89),
      workStartOn: workStart,
      foreignDrivingLicence: 'yes',
      probationEnd: addDays(addMonths(workStart, 6), -1),
      languageCourseEnd: addMonths(today, 2),
    },
    now,
  );
  await saveFamilyMember(db, adviser, id, null, { relation: 'spouse', name: 'Rafael Lima', birthDate: '1991-09-03', citizenship: 'BR', joining: 'later', jointProcedure: 'no', german: 'none' }, today, now);
  await saveFamilyMember(db, adviser, id, null, { relation: 'child', name: 'Sofia Lima', birthDate: addMonths(arrived, -52), citizenship: 'BR', joining: 'now', german: 'none' }, today, now);
  await generateOnboardingPlan(db, adviser, id, now);
  // what was done before she arrived and on her first day: the route plan's steps up to the entry and the first working
  // day, and the onboarding steps of the company before the arrival and on the first day
  const done = ['onboarding-tpl:housing', 'onboarding-tpl:mentor', 'onboarding:employer_title_copy', 'onboarding-tpl:first-day', 'first-working-day'];
  const open = new Set(['anmeldung', 'residence-permit']);
  const tasks = await db.select({ id: caseTasks.id, planStepId: caseTasks.planStepId }).from(caseTasks).where(eq(caseTasks.caseId, id));
  for (const t of tasks) {
    if (t.planStepId === null) continue;
    const route = !t.planStepId.startsWith('onboarding');
    if (done.includes(t.planStepId) || (route && !open.has(t.planStepId))) await completeTask(db, adviser, t.id, now);
  }
  return id;
}
