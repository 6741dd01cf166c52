// Authorization: the one place that decides who may do what (issue 6).
//
// Three roles within a tenant (one service office):
//   admin    manages users and settings, and may do everything the advisers do, and read the audit trail;
//   adviser  works with all companies of the tenant (companies, contacts, consultations, reports, checks);
//   company  a company's own staff: reads its own company, its contacts and consultations, runs checks for it.
// Nothing of one tenant is visible to another: a target in another tenant is "not found", whatever the role,
// so that a request cannot even learn that the object exists. Likewise, for a company user the objects of other
// companies are "not found". Any other refusal within the tenant is "forbidden" (e.g. a company user on /reports).
//
// Use cases call `authorize(actor, action, target)` after a tenant-scoped load (or with the actor's own tenant for
// creations and lists); pages and the API map the errors to 404 and 403.

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

/** What an action is applied to: its tenant, and the company it belongs to if any. */
export interface Target {
  tenantId: string;
  /** the company the object belongs to; absent or null for tenant-wide objects (users, reports, settings) */
  companyId?: string | null;
}

export const ACTIONS = [
  'tenant.settings.read',
  'tenant.settings.update',
  'user.list',
  'user.invite',
  'user.disable',
  'invitation.revoke',
  'company.list',
  'company.read',
  'company.create',
  'company.update',
  'company.delete',
  'contact.list',
  'contact.read',
  'contact.create',
  'contact.update',
  'contact.delete',
  'consultation.list',
  'consultation.read',
  'consultation.create',
  'consultation.update',
  'consultation.delete',
  'followUp.list',
  'partner.list',
  'partner.manage',
  'search',
  'report.read',
  'audit.read',
  'apiToken.create',
  'apiToken.revoke',
  'check.read',
  'check.create',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Per role, per action: `true` allowed on every object of the tenant; `'ownCompany'` allowed only on objects of the
 * actor's own company (never on tenant-wide objects); absent: denied.
 * API tokens: every user creates and revokes only their own; the use cases load tokens by owner, so the policy
 * decides only whether the role may hold tokens at all.
 */
type Grant = true | 'ownCompany';
const GRANTS: Record<Role, Partial<Record<Action, Grant>>> = {
  admin: Object.fromEntries(ACTIONS.map((a) => [a, true])) as Record<Action, Grant>,
  adviser: {
    'tenant.settings.read': true,
    'company.list': true,
    'company.read': true,
    'company.create': true,
    'company.update': true,
    'company.delete': true,
    'contact.list': true,
    'contact.read': true,
    'contact.create': true,
    'contact.update': true,
    'contact.delete': true,
    'consultation.list': true,
    'consultation.read': true,
    'consultation.create': true,
    'consultation.update': true,
    'consultation.delete': true,
    'followUp.list': true,
    'partner.list': true,
    'partner.manage': true,
    search: true,
    'report.read': true,
    'apiToken.create': true,
    'apiToken.revoke': true,
    'check.read': true,
    'check.create': true,
  },
  company: {
    'company.list': 'ownCompany',
    'company.read': 'ownCompany',
    'contact.list': 'ownCompany',
    'contact.read': 'ownCompany',
    'consultation.list': 'ownCompany',
    'consultation.read': 'ownCompany',
    'apiToken.create': true,
    'apiToken.revoke': true,
    'check.read': 'ownCompany',
    'check.create': 'ownCompany',
  },
};

export type Decision = 'allow' | 'forbidden' | 'notFound';

export function decide(actor: Actor, action: Action, target: Target): Decision {
  if (actor.tenantId !== target.tenantId) return 'notFound';
  // For a company user other companies do not exist: their objects are "not found" whatever the action, so that no
  // answer tells a company which other companies the office advises.
  if (actor.role === 'company' && target.companyId != null && target.companyId !== actor.companyId) return 'notFound';
  const grant = GRANTS[actor.role]?.[action];
  if (grant === true) return 'allow';
  if (grant === 'ownCompany') {
    const company = target.companyId ?? null;
    return actor.companyId !== null && company === actor.companyId ? 'allow' : 'forbidden';
  }
  return 'forbidden';
}

export function can(actor: Actor | null | undefined, action: Action, target: Target): boolean {
  return actor != null && decide(actor, action, target) === 'allow';
}

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

/** Throws NotFoundError (other tenant) or ForbiddenError (same tenant, not allowed); returns the actor otherwise. */
export function authorize(actor: Actor | null | undefined, action: Action, target: Target): Actor {
  if (actor == null) throw new UnauthenticatedError();
  const decision = decide(actor, action, target);
  if (decision === 'notFound') throw new NotFoundError();
  if (decision === 'forbidden') throw new ForbiddenError(`The role "${actor.role}" may not do "${action}" here.`);
  return actor;
}

/**
 * The company filter for lists: null for the office's staff (every company of the tenant), the own company for a
 * company user. Lists must apply it in their query in addition to the tenant.
 */
export function companyScope(actor: Actor): string | null {
  return actor.role === 'company' ? actor.companyId : null;
}
