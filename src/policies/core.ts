// The decision core of the policy module: who acts (a principal), what the action is applied to (an object, at the
// least its tenant and company), and rules on the object itself. A rule is a name, a test and the refusal when the
// test fails: "not found" where the principal must not even learn that the object exists, "forbidden" where it may.
// An action is decided by running its rules in order; the first that fails decides.

export const ROLES = ['admin', 'adviser', 'company'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who acts: a signed-in user (by session or API token). */
export interface Actor {
  userId: string;
  tenantId: string;
  role: Role;
  /** the company of a `company` user; null for the office's staff */
  companyId: string | null;
}

/** Someone not signed in, e.g. running an anonymous pathway check: they hold at most the key of their own check
 * (the unguessable id in the check's link), which is what makes them its owner. */
export interface Visitor {
  kind: 'visitor';
  /** the key of the check this visitor presented (from the link); null when they presented none */
  checkKey: string | null;
}

export type Principal = Actor | Visitor;

export function isVisitor(p: Principal): p is Visitor {
  return 'kind' in p && p.kind === 'visitor';
}

/** A visitor holding the key of one check (the id in its link). */
export function visitor(checkKey: string | null = null): Visitor {
  return { kind: 'visitor', checkKey };
}

/** What an action is applied to: its tenant, and the company it belongs to if any. */
export interface Target {
  tenantId: string;
  /** the company the object belongs to; absent or null for tenant-wide objects (users, reports, settings) */
  companyId?: string | null;
  /** issue 14: for a case's task, whose task it is ('adviser' | 'company' | 'candidate') */
  taskOwner?: string;
}

export type Decision = 'allow' | 'forbidden' | 'notFound';
export type Refusal = Exclude<Decision, 'allow'>;

/** A rule on the object: `test` passes, or the action is refused with `refusal`. */
export interface Rule<P, O> {
  name: string;
  test: (principal: P, object: O) => boolean;
  refusal: Refusal;
}

export function rule<P, O>(name: string, test: (principal: P, object: O) => boolean, refusal: Refusal = 'forbidden'): Rule<P, O> {
  return { name, test, refusal };
}

/** The decision of the first rule that fails, or allow. */
export function decideBy<P, O>(rules: readonly Rule<P, O>[], principal: P, object: O): Decision {
  for (const r of rules) if (!r.test(principal, object)) return r.refusal;
  return 'allow';
}

// --- the rules every tenant's object obeys ------------------------------------------------------------------------

/** Nothing of one tenant is visible to another: whatever the role, another tenant's object is "not found". */
export const sameTenant = rule<Actor, Target>('same tenant', (a, o) => a.tenantId === o.tenantId, 'notFound');

/** For a company user other companies do not exist: their objects are "not found" whatever the action, so that no
 * answer tells a company which other companies the office advises. */
export const companyUserSeesOwnCompanyOnly = rule<Actor, Target>(
  'a company user sees only their own company',
  (a, o) => a.role !== 'company' || o.companyId == null || o.companyId === a.companyId,
  'notFound',
);

/**
 * Per role: `true` allowed on every object of the tenant; `'ownCompany'` allowed only on objects of the actor's own
 * company (never on tenant-wide objects); absent: denied. The admin may do everything.
 */
export type Grant = true | 'ownCompany';
export type Grants = Partial<Record<Exclude<Role, 'admin'>, Grant>>;

/** The role's grant for the action, as a rule (refusal: forbidden). */
export function granted(grants: Grants): Rule<Actor, Target> {
  return rule('the role is granted the action', (a, o) => {
    const grant = a.role === 'admin' ? true : grants[a.role];
    if (grant === true) return true;
    if (grant === 'ownCompany') return a.companyId !== null && (o.companyId ?? null) === a.companyId;
    return false;
  });
}

/** The rules of an action of a signed-in user on a tenant's object: tenant, company, grant, then the object's own. */
export function tenantRules(grants: Grants, ...onObject: Rule<Actor, Target>[]): Rule<Actor, Target>[] {
  return [sameTenant, companyUserSeesOwnCompanyOnly, granted(grants), ...onObject];
}

/** One entity's policy: per action, its grants and any rules on the object itself. */
export type EntityPolicy<A extends string> = Record<A, { grants: Grants; rules?: Rule<Actor, Target>[] }>;

// --- errors -------------------------------------------------------------------------------------------------------

/** The object does not exist for this actor (another tenant, or really absent): HTTP 404. */
export class NotFoundError extends Error {
  readonly statusCode = 404;
  constructor(message = 'Not found') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The actor may see that the object exists but may not do this with it: HTTP 403. */
export class ForbiddenError extends Error {
  readonly statusCode = 403;
  constructor(message = 'Forbidden') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** The request carries no valid credentials: HTTP 401. */
export class UnauthenticatedError extends Error {
  readonly statusCode = 401;
  constructor(message = 'Sign-in required') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}
