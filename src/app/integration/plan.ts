// The onboarding plan of a case (issue 17), pure: the legal duties after arrival (src/law/integration/duties.ts) and
// the own integration steps (templates) as the tasks the case should have, each with a stable key (its plan step id),
// owner, due date or what is missing for one, and legal basis. The use case generateOnboardingPlan writes them.

import { addDays, addMonths, ageOn } from '../../law/dates.ts';
import { onboardingDuties } from '../../law/integration/duties.ts';
import type { Duty, OnboardingFacts, TitleKind } from '../../law/integration/duties.ts';
import type { TaskOwner } from '../cases/codes.ts';
import { DUTY_STEP, TEMPLATE_STEP, UNCONFIRMED_MARK } from './codes.ts';
import type { TemplateStep } from './defaultTemplates.ts';

/** What a dated step lacks: the field of the arrival facts to fill in. */
export type MissingFact = 'visaValidUntil' | 'workStartOn';

export interface PlannedTask {
  /** the plan step id: onboarding:<dutyId>[:<family member id>] or onboarding-tpl:<template key> */
  key: string;
  title: string;
  titleEn: string | null;
  description: string | null;
  owner: TaskOwner;
  dueOn: string | null;
  /** the norm (and " · zu prüfen" where unconfirmed); null for a template step */
  deadlineRef: string | null;
  unconfirmed: boolean;
  missing: MissingFact | null;
  /** a duty that runs from an event (an early end of the employment): the days it allows */
  onEventDays: number | null;
  kind: 'duty' | 'template';
}

export interface CaseArrivalFacts {
  arrivalDate: string;
  visaValidUntil: string | null;
  workStartOn: string | null;
  foreignDrivingLicence: boolean | null;
  federalState: string | null;
  /** the route of the title held (title_route_id) or else the case's route */
  routeId: string;
}

export interface ChildOnPlan {
  id: string;
  birthDate: string;
}

/** The title kind of a route id (check-v1 ids: "18g-…" is a Blue Card; "18a", "18b" skilled workers). */
export function titleKindOf(routeId: string): TitleKind {
  if (routeId.startsWith('18g')) return 'blue_card';
  if (routeId === '18a' || routeId === '18b') return 'skilled_worker';
  if (routeId === 'other') return 'other';
  return 'other_employment';
}

const OWNER: Record<Duty['owner'], TaskOwner> = { employee: 'candidate', employer: 'company' };

/** The plan: the duties first (in the law's order: dated, unknown, on event, none), then the template steps. */
export function onboardingPlan(f: CaseArrivalFacts, children: readonly ChildOnPlan[], templates: readonly TemplateStep[]): PlannedTask[] {
  // the children the duties cover: the family members who move now, in birth order, aged 1 to 17 on arrival
  const kids = children.filter((c) => c.birthDate <= f.arrivalDate);
  const facts: OnboardingFacts = {
    arrivalDate: f.arrivalDate,
    employmentStart: f.workStartOn,
    visaValidUntil: f.visaValidUntil,
    titleKind: titleKindOf(f.routeId),
    ...(f.foreignDrivingLicence === null ? {} : { foreignDrivingLicence: f.foreignDrivingLicence }),
    ...(f.federalState ? { federalState: f.federalState } : {}),
    childrenBirthDates: kids.map((c) => c.birthDate),
  };
  const duties = onboardingDuties(facts);
  // a school or childcare duty per child aged 1 to 17, in the children's order (the law's sort keeps their order)
  const childKeys = kids.filter((c) => {
    const age = ageOn(c.birthDate, f.arrivalDate);
    return age >= 1 && age < 18;
  });
  let k = 0;
  const out: PlannedTask[] = duties.map((d) => {
    const child = d.id === 'school' || d.id === 'childcare' ? childKeys[k++] : undefined;
    const missing: MissingFact | null = d.due.kind === 'unknown' ? (d.due.missing === 'visaValidUntil' ? 'visaValidUntil' : 'workStartOn') : null;
    return {
      key: `${DUTY_STEP}${d.id}${child ? `:${child.id}` : ''}`,
      title: d.title.de,
      titleEn: d.title.en,
      description: d.why.de,
      owner: OWNER[d.owner],
      dueOn: d.due.kind === 'date' ? d.due.date : null,
      deadlineRef: `${d.norm}${d.unconfirmed ? UNCONFIRMED_MARK : ''}`,
      unconfirmed: d.unconfirmed,
      missing,
      onEventDays: d.due.kind === 'on_event' ? d.due.days : null,
      kind: 'duty',
    };
  });
  for (const t of templates) {
    const anchor = t.anchor === 'arrival' ? f.arrivalDate : f.workStartOn;
    out.push({
      key: `${TEMPLATE_STEP}${t.key}`,
      title: t.title,
      titleEn: t.titleEn,
      description: t.description,
      owner: t.owner,
      dueOn: anchor === null ? null : addDays(addMonths(anchor, t.offsetMonths), t.offsetDays),
      deadlineRef: null,
      unconfirmed: false,
      missing: anchor === null ? 'workStartOn' : null,
      onEventDays: null,
      kind: 'template',
    });
  }
  return out;
}
