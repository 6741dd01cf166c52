// The partner network of a service office (issue 6; issue 16: editable by admins).
//
// Advisers and admins read the directory and refer to its partners; only admins change it (issue 16: "editable by
// admins"), so that the office's network is kept in one hand. Company users see none of it.

import type { EntityPolicy } from './core.ts';

export const PARTNER_ACTIONS = ['partner.list', 'partner.manage'] as const;

export const partnerPolicy: EntityPolicy<(typeof PARTNER_ACTIONS)[number]> = {
  'partner.list': { grants: { adviser: true } },
  'partner.manage': { grants: {} },
};
