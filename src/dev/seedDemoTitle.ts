// Issue 15: a third demo case, of a Blue Card holder who arrived about 20 months ago, with the residence title recorded,
// so that the due dashboard and the case page's residence-title section show something on the first visit. Made by the
// demo adviser through the use cases: the candidate, the case (its plan dated from two years back), every plan task
// done, the statuses up to integration with the days they were reached, and the title: a Blue Card issued 20 months
// ago for a fixed-term contract of 22 months (valid until two months from now, so its extension is due).

import { eq } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { caseTasks, cases } from '../db/schema/index.ts';
import { createCandidate } from '../app/candidates/createCandidate.ts';
import { changeCaseStatus } from '../app/cases/changeCaseStatus.ts';
import { createCase } from '../app/cases/createCase.ts';
import { recordResidenceTitle } from '../app/cases/recordResidenceTitle.ts';
import { completeTask } from '../app/tasks/completeTask.ts';
import { addDays, addMonths } from '../law/dates.ts';
import type { Actor } from '../policies/index.ts';

export const DEMO_TITLE_CANDIDATE = 'Arjun Nair (Demo)';

export async function seedDemoTitleCase(db: Db, adviser: Actor, companyId: string, now: Date): Promise<string> {
  const today = now.toISOString().slice(0, 10);
  const issuedOn = addMonths(today, -20);
  const candidate = await createCandidate(
    db,
    adviser,
    companyId,
    {
      name: DEMO_TITLE_CANDIDATE,
      birthDate: '1991-07-22',
      citizenship: 'IN',
      email: 'arjun.nair@candidate.example',
      preferredLanguage: 'en',
      otherLanguages: 'Malayalam (Muttersprache)',
      recognitionStatus: 'not_needed',
      facts: {
        person: { german: 'B1', english: 'C1', firstTitleInGermany: true },
        qualification: { level: 'academic', awardedOn: '2013-06-30', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 4, germanAssessment: 'comparable' },
        experience: [{ isco: '2151', from: '2013-08-01', relatedToQualification: true }],
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
      routeId: '18g-standard',
      jobTitle: 'Ingenieur Elektrotechnik (Planung)',
      occupationIsco: '2151',
      annualGrossSalaryEur: '62000',
      federalState: 'DE-RP',
      municipality: 'Kaiserslautern',
      startDate: addMonths(today, -26),
    },
    today,
    now,
  );
  const tasks = await db.select({ id: caseTasks.id }).from(caseTasks).where(eq(caseTasks.caseId, id));
  for (const t of tasks) await completeTask(db, adviser, t.id, now);
  const [row] = await db.select({ pipeline: cases.pipeline }).from(cases).where(eq(cases.id, id));
  // the days each status was reached: the visa two months before the card, entry a month before, the card, integration
  const reached: Record<string, string> = {
    ba_approval: addMonths(issuedOn, -4),
    visa: addMonths(issuedOn, -2),
    entry: addMonths(issuedOn, -1),
    residence_permit: issuedOn,
    integration: addDays(issuedOn, 14),
  };
  for (const status of row!.pipeline) {
    if (reached[status] === undefined) continue;
    await changeCaseStatus(db, adviser, id, { status, changedOn: reached[status] }, today, now);
  }
  await recordResidenceTitle(
    db,
    adviser,
    id,
    { titleRouteId: '18g-standard', issuedOn, validUntil: addDays(addMonths(issuedOn, 22), -1), cardNumber: 'Y0DEMO123', employmentFrom: addDays(issuedOn, 14) },
    today,
    now,
  );
  return id;
}
