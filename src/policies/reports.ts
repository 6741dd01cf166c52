// Reports over the office's consultations.

import type { EntityPolicy } from './core.ts';

export const REPORT_ACTIONS = ['report.read'] as const;

export const reportPolicy: EntityPolicy<(typeof REPORT_ACTIONS)[number]> = {
  'report.read': { grants: { adviser: true } },
};
