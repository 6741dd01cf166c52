// The audit trail: the admin's alone.

import type { EntityPolicy } from './core.ts';

export const AUDIT_ACTIONS = ['audit.read'] as const;

export const auditPolicy: EntityPolicy<(typeof AUDIT_ACTIONS)[number]> = {
  'audit.read': { grants: {} },
};
