// The codes of integration management (issue 17), shared by the use cases, the pages and the database's CHECKs
// (src/db/schema/cases.ts repeats them).

export const FAMILY_RELATIONS = ['spouse', 'child', 'parent', 'parent_in_law'] as const;
export type FamilyRelationCode = (typeof FAMILY_RELATIONS)[number];

/** 'now': moves with the person; 'later': joins later */
export const JOINING = ['now', 'later'] as const;

/** the German of a family member: none, or a CEFR level */
export const GERMAN_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/** what a template step's date is counted from */
export const TEMPLATE_ANCHORS = ['arrival', 'work_start'] as const;
export type TemplateAnchor = (typeof TEMPLATE_ANCHORS)[number];

/** the plan step id of an onboarding task: a legal duty, or a template step */
export const DUTY_STEP = 'onboarding:';
export const TEMPLATE_STEP = 'onboarding-tpl:';

/** Whether a task's plan step is one of the onboarding plan's (outside the route plan's schedule). */
export function isOnboardingStep(planStepId: string | null): boolean {
  return planStepId !== null && (planStepId.startsWith(DUTY_STEP) || planStepId.startsWith(TEMPLATE_STEP));
}

/** The marker the plan adds to a task's legal basis when the rule is unconfirmed ("zu prüfen"). */
export const UNCONFIRMED_MARK = ' · zu prüfen';

/**
 * Duties the route plan already has as a step of its own (src/law/plan): the onboarding plan adopts that task instead
 * of adding a second one (the registration of the address, § 17 BMG, is the plan's step "anmeldung").
 */
export const DUTY_PLAN_ALIASES: Readonly<Record<string, string>> = { [`${DUTY_STEP}registration`]: 'anmeldung' };
export const PLAN_ALIAS_KEYS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(DUTY_PLAN_ALIASES).map(([k, v]) => [v, k]));
