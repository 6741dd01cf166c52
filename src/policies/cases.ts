// Candidates, cases and what hangs on a case: tasks, documents, notes and the hand-off pack (issue 14).
//
// A candidate's data is personal data: only the office and the candidate's own company see it. A company user sees
// their company's candidates and cases, ticks their own tasks (those whose owner is the company), uploads and
// downloads documents and reads the hand-off pack; everything else (creating and changing candidates and cases,
// moving a case, reviewing documents, internal notes, export and erasure) is the office's.

import { rule } from './core.ts';
import type { Actor, EntityPolicy, Target } from './core.ts';

export const CASE_ACTIONS = [
  'candidate.list',
  'candidate.read',
  'candidate.create',
  'candidate.update',
  'candidate.export',
  'candidate.erase',
  'case.list',
  'case.read',
  'case.create',
  'case.update',
  'task.list',
  'task.complete',
  'task.manage',
  'document.list',
  'document.read',
  'document.upload',
  'document.review',
  'note.readInternal',
  'note.create',
  'handoff.read',
  // issue 15: the due dashboard (overdue and upcoming tasks, missing documents, expiring titles, stalled cases)
  'due.read',
  // issue 17: integration after arrival (the arrival facts, the onboarding plan, the family), the own integration
  // steps (templates: the office's, a company's adaptation) and the company's retention view
  'onboarding.read',
  'onboarding.manage',
  'integrationTemplate.list',
  'integrationTemplate.manage',
  'retention.read',
] as const;

const STAFF = { adviser: true } as const;
const STAFF_AND_OWN_COMPANY = { adviser: true, company: 'ownCompany' } as const;

/** A company user ticks only the company's own tasks (not the adviser's or the candidate's): forbidden otherwise. */
export const companyTicksOwnTasks = rule<Actor, Target>(
  'a company user completes only the company’s tasks',
  (a, o) => a.role !== 'company' || o.taskOwner === 'company',
);

export const casePolicy: EntityPolicy<(typeof CASE_ACTIONS)[number]> = {
  'candidate.list': { grants: STAFF_AND_OWN_COMPANY },
  'candidate.read': { grants: STAFF_AND_OWN_COMPANY },
  'candidate.create': { grants: STAFF },
  'candidate.update': { grants: STAFF },
  'candidate.export': { grants: STAFF },
  'candidate.erase': { grants: STAFF },
  'case.list': { grants: STAFF_AND_OWN_COMPANY },
  'case.read': { grants: STAFF_AND_OWN_COMPANY },
  'case.create': { grants: STAFF },
  'case.update': { grants: STAFF },
  'task.list': { grants: STAFF_AND_OWN_COMPANY },
  'task.complete': { grants: STAFF_AND_OWN_COMPANY, rules: [companyTicksOwnTasks] },
  'task.manage': { grants: STAFF },
  'document.list': { grants: STAFF_AND_OWN_COMPANY },
  'document.read': { grants: STAFF_AND_OWN_COMPANY },
  'document.upload': { grants: STAFF_AND_OWN_COMPANY },
  'document.review': { grants: STAFF },
  'note.readInternal': { grants: STAFF },
  'note.create': { grants: STAFF },
  'handoff.read': { grants: STAFF_AND_OWN_COMPANY },
  // the office's whole dashboard (or an adviser's own part of it) is the staff's; a company user reads their company's
  'due.read': { grants: STAFF_AND_OWN_COMPANY },
  'onboarding.read': { grants: STAFF_AND_OWN_COMPANY },
  'onboarding.manage': { grants: STAFF },
  // the office's steps (a tenant-wide target) are the staff's; a company adapts its own copy (target: its company)
  'integrationTemplate.list': { grants: STAFF_AND_OWN_COMPANY },
  'integrationTemplate.manage': { grants: STAFF_AND_OWN_COMPANY },
  'retention.read': { grants: STAFF_AND_OWN_COMPANY },
};
