// The expected decisions of the policy module (index.ts), written out by hand: every role × every action × four kinds
// of target. Shared by the pure matrix test (policies.test.ts) and the one that runs the use cases against a database
// (src/app/policyMatrix.test.ts), so that a change to the grants that is not also made here fails both.

import type { Action, Decision, Role } from './index.ts';

export const SCOPES = ['ownTenant', 'otherTenant', 'ownCompany', 'otherCompany'] as const;
export type Scope = (typeof SCOPES)[number];

// Expected decisions in the order ownTenant, otherTenant, ownCompany, otherCompany: A allow, F forbidden, N not found.
const STAFF = 'ANAA';
const DENY = 'FNFF';
// a company user: another company's objects do not exist for them (N), whatever the action
const OWN = 'FNAN';
const C_DENY = 'FNFN';
const C_TOKEN = 'ANAN';
export const MATRIX: Record<Action, Record<Role, string>> = {
  'tenant.settings.read': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'tenant.settings.update': { admin: STAFF, adviser: DENY, company: C_DENY },
  'user.list': { admin: STAFF, adviser: DENY, company: C_DENY },
  'user.invite': { admin: STAFF, adviser: DENY, company: C_DENY },
  'user.disable': { admin: STAFF, adviser: DENY, company: C_DENY },
  'invitation.revoke': { admin: STAFF, adviser: DENY, company: C_DENY },
  'company.list': { admin: STAFF, adviser: STAFF, company: OWN },
  'company.read': { admin: STAFF, adviser: STAFF, company: OWN },
  'company.create': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'company.update': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'company.delete': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'contact.list': { admin: STAFF, adviser: STAFF, company: OWN },
  'contact.read': { admin: STAFF, adviser: STAFF, company: OWN },
  'contact.create': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'contact.update': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'contact.delete': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'consultation.list': { admin: STAFF, adviser: STAFF, company: OWN },
  'consultation.read': { admin: STAFF, adviser: STAFF, company: OWN },
  'consultation.create': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'consultation.update': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'consultation.delete': { admin: STAFF, adviser: STAFF, company: C_DENY },
  // the office's own worklist of follow-ups (Wiedervorlagen); marking one done is a consultation.update
  'followUp.list': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'partner.list': { admin: STAFF, adviser: STAFF, company: C_DENY },
  // issue 16: the partner network is editable by admins only; advisers read it and refer to its partners
  'partner.manage': { admin: STAFF, adviser: DENY, company: C_DENY },
  // issue 16: referrals are the office's internal record; company users see none, not even their own company's
  'referral.list': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'referral.create': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'referral.update': { admin: STAFF, adviser: STAFF, company: C_DENY },
  search: { admin: STAFF, adviser: STAFF, company: C_DENY },
  'report.read': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'report.funder': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'report.records': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'audit.read': { admin: STAFF, adviser: DENY, company: C_DENY },
  'apiToken.create': { admin: STAFF, adviser: STAFF, company: C_TOKEN },
  'apiToken.revoke': { admin: STAFF, adviser: STAFF, company: C_TOKEN },
  'reminders.update': { admin: STAFF, adviser: STAFF, company: C_TOKEN },
  'check.read': { admin: STAFF, adviser: STAFF, company: OWN },
  'check.create': { admin: STAFF, adviser: STAFF, company: OWN },
  'check.update': { admin: STAFF, adviser: STAFF, company: OWN },
  'check.delete': { admin: STAFF, adviser: STAFF, company: OWN },
  // issue 14: candidates, cases and what hangs on a case (a company user's task in these rows is the company's own)
  'candidate.list': { admin: STAFF, adviser: STAFF, company: OWN },
  'candidate.read': { admin: STAFF, adviser: STAFF, company: OWN },
  'candidate.create': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'candidate.update': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'candidate.export': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'candidate.erase': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'case.list': { admin: STAFF, adviser: STAFF, company: OWN },
  'case.read': { admin: STAFF, adviser: STAFF, company: OWN },
  'case.create': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'case.update': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'task.list': { admin: STAFF, adviser: STAFF, company: OWN },
  'task.complete': { admin: STAFF, adviser: STAFF, company: OWN },
  'task.manage': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'document.list': { admin: STAFF, adviser: STAFF, company: OWN },
  'document.read': { admin: STAFF, adviser: STAFF, company: OWN },
  'document.upload': { admin: STAFF, adviser: STAFF, company: OWN },
  'document.review': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'note.readInternal': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'note.create': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'handoff.read': { admin: STAFF, adviser: STAFF, company: OWN },
  // issue 15: the own calendar feed (managed like an API token); reading it shows the owner's tasks, a company user's
  // those of their own company
  'calendarFeed.manage': { admin: STAFF, adviser: STAFF, company: C_TOKEN },
  'calendarFeed.read': { admin: STAFF, adviser: STAFF, company: OWN },
  // issue 15: the due dashboard; the office's (a tenant-wide target) is the staff's, a company user reads their own
  'due.read': { admin: STAFF, adviser: STAFF, company: OWN },
  // issue 16: the office's own recognition data; the staff read and export it, the admin imports and resets it
  'recognition.data.read': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'recognition.data.manage': { admin: STAFF, adviser: DENY, company: C_DENY },
  // issue 16: a case's recognition record and the further qualification proposed on it; a company user reads their own
  'case.recognition.read': { admin: STAFF, adviser: STAFF, company: OWN },
  'case.recognition.update': { admin: STAFF, adviser: STAFF, company: C_DENY },
  // issue 17: integration after arrival; the own integration steps: the office's (tenant-wide) are the staff's, a
  // company user adapts their company's; the retention view per company
  'onboarding.read': { admin: STAFF, adviser: STAFF, company: OWN },
  'onboarding.manage': { admin: STAFF, adviser: STAFF, company: C_DENY },
  'integrationTemplate.list': { admin: STAFF, adviser: STAFF, company: OWN },
  'integrationTemplate.manage': { admin: STAFF, adviser: STAFF, company: OWN },
  'retention.read': { admin: STAFF, adviser: STAFF, company: OWN },
};

/** The visitor (not signed in), on the two kinds of check: [one whose key (link) they hold, one whose key they do
 * not]. A visitor does nothing in a tenant: U, asked to sign in (401). */
export const VISITOR_SCOPES = ['ownKey', 'otherKey'] as const;
export type VisitorScope = (typeof VISITOR_SCOPES)[number];
const SIGN_IN = 'UU';
export const VISITOR_MATRIX: Record<Action, string> = {
  ...(Object.fromEntries(Object.keys(MATRIX).map((a) => [a, SIGN_IN])) as Record<Action, string>),
  'check.read': 'AN',
  'check.create': 'AA',
  'check.update': 'AN',
  'check.delete': 'AN',
};

/** A: allowed; N: not found (404); U: unauthenticated (401). */
export type VisitorOutcome = 'allow' | 'notFound' | 'unauthenticated';
export function expectedVisitorOutcome(action: Action, scope: VisitorScope): VisitorOutcome {
  const code = VISITOR_MATRIX[action][VISITOR_SCOPES.indexOf(scope)];
  const d = code === 'A' ? 'allow' : code === 'N' ? 'notFound' : code === 'U' ? 'unauthenticated' : undefined;
  if (d === undefined) throw new Error(`visitor matrix row ${action}: unknown code ${code}`);
  return d;
}

export const CODE: Record<string, Decision> = { A: 'allow', F: 'forbidden', N: 'notFound' };

/** The decision the matrix expects for this role, action and kind of target. */
export function expectedDecision(action: Action, role: Role, scope: Scope): Decision {
  const row = MATRIX[action][role];
  if (row.length !== SCOPES.length) throw new Error(`matrix row ${role} × ${action} has ${row.length} entries, not ${SCOPES.length}`);
  const d = CODE[row[SCOPES.indexOf(scope)]!];
  if (d === undefined) throw new Error(`matrix row ${role} × ${action}: unknown code in ${row}`);
  return d;
}

