// The partner directory of a service office.

import type { EntityPolicy } from './core.ts';

export const PARTNER_ACTIONS = ['partner.list', 'partner.manage'] as const;

export const partnerPolicy: EntityPolicy<(typeof PARTNER_ACTIONS)[number]> = {
  'partner.list': { grants: { adviser: true } },
  'partner.manage': { grants: { adviser: true } },
};
