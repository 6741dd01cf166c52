// Reports over the office's consultations.
//
// Issue 17, the funder's report: its figures ('report.funder') and the records behind them ('report.records': the
// drill-down lists and the per-record export, with names of persons and companies) are the office's: advisers and
// admins. Company users never see either, not even for their own company.

import type { EntityPolicy } from './core.ts';

export const REPORT_ACTIONS = ['report.read', 'report.funder', 'report.records'] as const;

export const reportPolicy: EntityPolicy<(typeof REPORT_ACTIONS)[number]> = {
  'report.read': { grants: { adviser: true } },
  'report.funder': { grants: { adviser: true } },
  'report.records': { grants: { adviser: true } },
};
