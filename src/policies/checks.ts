// Pathway checks. Most are anonymous: the unguessable key in a check's link (its id) is the capability to read,
// change and delete it, so the owner rule is a rule on the check itself: the visitor holds its key. Anyone may start
// a check. A check saved within a tenant (by a signed-in user) follows the tenant's rules like any other object.

import { decideBy, isVisitor, rule, tenantRules } from './core.ts';
import type { Actor, Decision, EntityPolicy, Principal, Rule, Target, Visitor } from './core.ts';

export const CHECK_ACTIONS = ['check.read', 'check.create', 'check.update', 'check.delete'] as const;
export type CheckAction = (typeof CHECK_ACTIONS)[number];

export function isCheckAction(action: string): action is CheckAction {
  return (CHECK_ACTIONS as readonly string[]).includes(action);
}

/** A check as the policy sees it: its key, and its tenant and company when a signed-in user saved it. */
export interface CheckTarget {
  /** null for an anonymous check */
  tenantId: string | null;
  companyId?: string | null;
  /** the check's key (its id); absent for a check not yet created */
  key?: string;
}

const STAFF_AND_OWN_COMPANY = { adviser: true, company: 'ownCompany' } as const;

export const checkPolicy: EntityPolicy<CheckAction> = {
  'check.read': { grants: STAFF_AND_OWN_COMPANY },
  'check.create': { grants: STAFF_AND_OWN_COMPANY },
  'check.update': { grants: STAFF_AND_OWN_COMPANY },
  'check.delete': { grants: STAFF_AND_OWN_COMPANY },
};

/** The owner of a check is whoever holds its key; to anyone else it does not exist. */
export const holdsKey = rule<Visitor, CheckTarget>('the visitor holds the check’s key', (v, c) => c.key !== undefined && v.checkKey === c.key, 'notFound');

const VISITOR_RULES: Record<CheckAction, Rule<Visitor, CheckTarget>[]> = {
  'check.create': [],
  'check.read': [holdsKey],
  'check.update': [holdsKey],
  'check.delete': [holdsKey],
};

export function decideCheck(principal: Principal, action: CheckAction, check: CheckTarget): Decision {
  if (isVisitor(principal)) return decideBy(VISITOR_RULES[action], principal, check);
  // an anonymous check belongs to no tenant: a signed-in user reaches it only through its link, as a visitor
  if (check.tenantId === null) return 'notFound';
  const target: Target = { tenantId: check.tenantId, companyId: check.companyId ?? null };
  return decideBy(tenantRules(checkPolicy[action].grants, ...(checkPolicy[action].rules ?? [])), principal as Actor, target);
}
