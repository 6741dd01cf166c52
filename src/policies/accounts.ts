// Accounts: the tenant's settings, users, invitations and API tokens.
// API tokens: every user creates and revokes only their own; the use cases load tokens by owner, so the policy
// decides only whether the role may hold tokens at all.

import type { EntityPolicy } from './core.ts';

export const ACCOUNT_ACTIONS = [
  'tenant.settings.read',
  'tenant.settings.update',
  'user.list',
  'user.invite',
  'user.disable',
  'invitation.revoke',
  'apiToken.create',
  'apiToken.revoke',
  'reminders.update',
] as const;

export const accountPolicy: EntityPolicy<(typeof ACCOUNT_ACTIONS)[number]> = {
  'tenant.settings.read': { grants: { adviser: true } },
  'tenant.settings.update': { grants: {} },
  'user.list': { grants: {} },
  'user.invite': { grants: {} },
  'user.disable': { grants: {} },
  'invitation.revoke': { grants: {} },
  'apiToken.create': { grants: { adviser: true, company: true } },
  'apiToken.revoke': { grants: { adviser: true, company: true } },
  // issue 15: every user chooses their own reminder digest (the use case loads the actor's own row only)
  'reminders.update': { grants: { adviser: true, company: true } },
};
