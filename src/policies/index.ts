// Authorization: the one place that decides who may do what (issue 6). The decision core is core.ts; each entity has
// its module with its actions, grants and rules on the object itself (companies, consultations, partners, followUps,
// accounts, audit, reports, checks, cases: candidates, cases, tasks, documents, notes; and the office's recognition data).
//
// Three roles within a tenant (one service office):
//   admin    manages users and settings, and may do everything the advisers do, and read the audit trail;
//   adviser  works with all companies of the tenant (companies, contacts, consultations, reports, checks);
//   company  a company's own staff: reads its own company, its contacts and consultations, runs checks for it.
// And a visitor, not signed in: starts pathway checks and owns those whose key (link) they hold (checks.ts).
// Nothing of one tenant is visible to another: a target in another tenant is "not found", whatever the role,
// so that a request cannot even learn that the object exists. Likewise, for a company user the objects of other
// companies are "not found". Any other refusal within the tenant is "forbidden" (e.g. a company user on /reports).
//
// Use cases call `authorize(principal, action, target)` after a tenant-scoped load (or with the actor's own tenant
// for creations and lists); pages and the API map the errors to 404 and 403 (401 for a visitor).

import { ACCOUNT_ACTIONS, accountPolicy } from './accounts.ts';
import { AUDIT_ACTIONS, auditPolicy } from './audit.ts';
import { CALENDAR_ACTIONS, calendarPolicy } from './calendars.ts';
import { CASE_ACTIONS, casePolicy } from './cases.ts';
import { CHECK_ACTIONS, decideCheck, isCheckAction } from './checks.ts';
import type { CheckTarget } from './checks.ts';
import { COMPANY_ACTIONS, companyPolicy } from './companies.ts';
import { CONSULTATION_ACTIONS, consultationPolicy } from './consultations.ts';
import { ForbiddenError, NotFoundError, UnauthenticatedError, decideBy, isVisitor, tenantRules } from './core.ts';
import type { Actor, Decision, EntityPolicy, Principal, Target } from './core.ts';
import { FOLLOW_UP_ACTIONS, followUpPolicy } from './followUps.ts';
import { PARTNER_ACTIONS, partnerPolicy } from './partners.ts';
import { RECOGNITION_ACTIONS, recognitionPolicy } from './recognition.ts';
import { CASE_RECOGNITION_ACTIONS, caseRecognitionPolicy } from './caseRecognition.ts';
import { REFERRAL_ACTIONS, referralPolicy } from './referrals.ts';
import { REPORT_ACTIONS, reportPolicy } from './reports.ts';

export { ROLES, isRole, isVisitor, visitor, NotFoundError, ForbiddenError, UnauthenticatedError, rule } from './core.ts';
export type { Actor, Decision, Principal, Role, Rule, Target, Visitor } from './core.ts';
export type { CheckTarget } from './checks.ts';

export const ACTIONS = [
  ...ACCOUNT_ACTIONS,
  ...COMPANY_ACTIONS,
  ...CONSULTATION_ACTIONS,
  ...FOLLOW_UP_ACTIONS,
  ...PARTNER_ACTIONS,
  ...REFERRAL_ACTIONS,
  ...REPORT_ACTIONS,
  ...AUDIT_ACTIONS,
  ...CHECK_ACTIONS,
  ...CASE_ACTIONS,
  ...CALENDAR_ACTIONS,
  ...RECOGNITION_ACTIONS,
  ...CASE_RECOGNITION_ACTIONS,
] as const;
export type Action = (typeof ACTIONS)[number];
type TenantAction = Exclude<Action, (typeof CHECK_ACTIONS)[number]>;

const POLICIES: EntityPolicy<TenantAction> = {
  ...accountPolicy,
  ...companyPolicy,
  ...consultationPolicy,
  ...followUpPolicy,
  ...partnerPolicy,
  ...referralPolicy,
  ...reportPolicy,
  ...auditPolicy,
  ...casePolicy,
  ...calendarPolicy,
  ...recognitionPolicy,
  ...caseRecognitionPolicy,
};

export function decide(principal: Principal, action: Action, target: Target | CheckTarget): Decision {
  if (isCheckAction(action)) return decideCheck(principal, action, target);
  // a visitor may do nothing in a tenant (authorize asks them to sign in)
  if (isVisitor(principal)) return 'forbidden';
  const policy = POLICIES[action];
  return decideBy(tenantRules(policy.grants, ...(policy.rules ?? [])), principal, target as Target);
}

export function can(principal: Principal | null | undefined, action: Action, target: Target | CheckTarget): boolean {
  return principal != null && decide(principal, action, target) === 'allow';
}

/** Throws NotFoundError (other tenant, or not the owner) or ForbiddenError (same tenant, not allowed), or
 * UnauthenticatedError (no principal, or a visitor outside their checks); returns the principal otherwise. */
export function authorize<P extends Principal>(principal: P | null | undefined, action: Action, target: Target | CheckTarget): P {
  if (principal == null) throw new UnauthenticatedError();
  const decision = decide(principal, action, target);
  if (decision === 'allow') return principal;
  if (decision === 'notFound') throw new NotFoundError();
  if (isVisitor(principal)) throw new UnauthenticatedError();
  throw new ForbiddenError(`The role "${principal.role}" may not do "${action}" here.`);
}

/**
 * The company filter for lists: null for the office's staff (every company of the tenant), the own company for a
 * company user. Lists must apply it in their query in addition to the tenant.
 */
export function companyScope(actor: Actor): string | null {
  return actor.role === 'company' ? actor.companyId : null;
}
