// Use case: the retention view of a company (issue 17): on its open cases, who is due for what in the next 90 days (and
// what is already overdue): the renewal of the residence title (its reminder and its last day), the earliest date of a
// settlement permit (the residence lifecycle check, residenceOutlook.ts), the end of the probation, the end of the
// language course, and the open onboarding duties. A company user reads their own company's; the office's staff read
// it per company (retention.read on the company).

import { and, asc, eq, inArray, isNull, like, lte, notInArray, or } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseStatusChanges, caseTasks, cases } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { addDays } from '../../law/dates.ts';
import { titleDates } from '../../law/residenceTitle.ts';
import type { TitleRouteId } from '../../law/residenceTitle.ts';
import type { CandidateFacts } from '../candidates/checkFacts.ts';
import { loadCompany } from '../companies/getCompany.ts';
import { residenceOutlookOfCase } from '../cases/residenceOutlook.ts';
import { DUTY_STEP, PLAN_ALIAS_KEYS, TEMPLATE_STEP } from './codes.ts';

export const RETENTION_DAYS = 90;

export type RetentionKind = 'title_reminder' | 'title_expiry' | 'settlement' | 'probation_end' | 'language_course_end' | 'onboarding';

export interface RetentionItem {
  caseId: string;
  caseNumber: string;
  /** null once the candidate was erased */
  candidateName: string | null;
  kind: RetentionKind;
  date: string;
  /** the task's title (onboarding) or the settlement route (settlement), else null */
  detail: string | null;
  detailEn: string | null;
  overdue: boolean;
}

export interface RetentionView {
  companyId: string;
  companyName: string;
  until: string;
  items: RetentionItem[];
}

const SETTLEMENT: Record<string, { de: string; en: string }> = {
  'settlement-18c1': { de: 'Niederlassungserlaubnis für Fachkräfte (§ 18c Abs. 1)', en: 'Settlement permit for skilled workers (§ 18c (1))' },
  'settlement-18c2': { de: 'Niederlassungserlaubnis Blaue Karte EU (§ 18c Abs. 2)', en: 'Settlement permit, EU Blue Card (§ 18c (2))' },
  'settlement-9': { de: 'Niederlassungserlaubnis (§ 9)', en: 'Settlement permit (§ 9)' },
  'eu-long-term-9a': { de: 'Daueraufenthalt-EU (§ 9a)', en: 'EU long-term residence (§ 9a)' },
};

export async function listRetention(db: Db, actor: Actor, companyId: unknown, today: string): Promise<RetentionView> {
  const company = await loadCompany(db, actor, companyId, 'retention.read');
  const until = addDays(today, RETENTION_DAYS);
  const open = await db
    .select({ c: cases, name: candidates.name, birthDate: candidates.birthDate, citizenship: candidates.citizenship, facts: candidates.facts })
    .from(cases)
    .innerJoin(candidates, eq(candidates.id, cases.candidateId))
    .where(and(eq(cases.tenantId, actor.tenantId), eq(cases.companyId, company.id), notInArray(cases.status, ['closed', 'cancelled'])))
    .orderBy(asc(cases.number));
  const items: RetentionItem[] = [];
  const push = (c: (typeof open)[number], kind: RetentionKind, date: string | null, detail: string | null = null, detailEn: string | null = null) => {
    if (date === null || date > until) return;
    items.push({ caseId: c.c.id, caseNumber: c.c.number, candidateName: c.name, kind, date, detail, detailEn, overdue: date < today });
  };
  const ids = open.map((o) => o.c.id);
  const entries =
    ids.length === 0
      ? []
      : await db
          .select({ caseId: caseStatusChanges.caseId, changedOn: caseStatusChanges.changedOn })
          .from(caseStatusChanges)
          .where(and(inArray(caseStatusChanges.caseId, ids), eq(caseStatusChanges.toStatus, 'entry')))
          .orderBy(asc(caseStatusChanges.changedOn));
  const enteredOn = new Map<string, string>();
  for (const e of entries) if (!enteredOn.has(e.caseId)) enteredOn.set(e.caseId, e.changedOn);
  for (const o of open) {
    const c = o.c;
    if (c.titleRouteId !== null && c.titleValidUntil !== null) {
      const dates = titleDates({ titleRouteId: c.titleRouteId as TitleRouteId, issuedOn: c.titleIssuedOn, validUntil: c.titleValidUntil, employmentFrom: c.titleEmploymentFrom });
      // the reminder only while the title is still valid; then the last day to apply
      if (dates.reminderOn !== null && c.titleValidUntil >= today) push(o, 'title_reminder', dates.reminderOn < today ? today : dates.reminderOn);
      push(o, 'title_expiry', c.titleValidUntil);
      const outlook = residenceOutlookOfCase({
        today,
        candidate: { birthDate: o.birthDate, citizenship: o.citizenship, facts: (o.facts ?? {}) as CandidateFacts },
        title: { routeId: c.titleRouteId, issuedOn: c.titleIssuedOn, validUntil: c.titleValidUntil, employmentFrom: c.titleEmploymentFrom },
        enteredOn: enteredOn.get(c.id) ?? c.arrivalDate,
        plannedStart: c.workStartOn ?? c.plannedStart,
      });
      const seen = new Set<string>();
      for (const m of outlook.result?.moves ?? []) {
        if (m.memberRef !== undefined || !(m.id in SETTLEMENT)) continue;
        const date = m.outcome === 'open' ? today : m.outcome === 'not_yet' ? m.earliestDate : null;
        if (date !== null && date <= until) {
          push(o, 'settlement', date, SETTLEMENT[m.id]!.de, SETTLEMENT[m.id]!.en);
          seen.add(m.id);
        }
      }
      // a Blue Card holder's settlement permit with B1 (§ 18c Abs. 2), also when the person's German is not recorded
      const b1 = outlook.blueCardSettlement?.b1;
      if (!seen.has('settlement-18c2') && b1?.earliestDate) push(o, 'settlement', b1.earliestDate < today ? today : b1.earliestDate, `${SETTLEMENT['settlement-18c2']!.de}, mit B1`, `${SETTLEMENT['settlement-18c2']!.en}, with B1`);
    }
    push(o, 'probation_end', c.probationEnd);
    push(o, 'language_course_end', c.languageCourseEnd);
  }
  if (ids.length > 0) {
    const tasks = await db
      .select({ caseId: caseTasks.caseId, title: caseTasks.title, titleEn: caseTasks.titleEn, dueOn: caseTasks.dueOn })
      .from(caseTasks)
      .where(
        and(
          inArray(caseTasks.caseId, ids),
          eq(caseTasks.tenantId, actor.tenantId),
          isNull(caseTasks.doneAt),
          lte(caseTasks.dueOn, until),
          or(like(caseTasks.planStepId, `${DUTY_STEP}%`), like(caseTasks.planStepId, `${TEMPLATE_STEP}%`), inArray(caseTasks.planStepId, Object.keys(PLAN_ALIAS_KEYS))),
        ),
      );
    const byId = new Map(open.map((o) => [o.c.id, o]));
    for (const t of tasks) push(byId.get(t.caseId)!, 'onboarding', t.dueOn, t.title, t.titleEn);
  }
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.caseNumber.localeCompare(b.caseNumber)));
  return { companyId: company.id, companyName: company.name, until, items };
}
