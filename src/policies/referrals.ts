// Issue 16: referrals of a consultation or a case to a partner of the office's network, tracked with status, dates,
// outcome and a follow-up.
//
// The office's work: advisers and admins refer, update and list. Company users see no referrals, not even of their own
// company's cases and consultations: a referral is the office's internal record (like a case's internal notes and a
// consultation's record), and what comes back from a partner may concern the candidate. What the company should learn
// of it, the adviser writes into the consultation's summary for the company or a task of the case.

import type { EntityPolicy } from './core.ts';

export const REFERRAL_ACTIONS = ['referral.list', 'referral.create', 'referral.update'] as const;

export const referralPolicy: EntityPolicy<(typeof REFERRAL_ACTIONS)[number]> = {
  'referral.list': { grants: { adviser: true } },
  'referral.create': { grants: { adviser: true } },
  'referral.update': { grants: { adviser: true } },
};
