// Companies, their contact persons, and the search over the workspace.

import type { EntityPolicy } from './core.ts';

export const COMPANY_ACTIONS = [
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
  'search',
] as const;

const STAFF = { adviser: true } as const;
const STAFF_AND_OWN_COMPANY = { adviser: true, company: 'ownCompany' } as const;

export const companyPolicy: EntityPolicy<(typeof COMPANY_ACTIONS)[number]> = {
  'company.list': { grants: STAFF_AND_OWN_COMPANY },
  'company.read': { grants: STAFF_AND_OWN_COMPANY },
  'company.create': { grants: STAFF },
  'company.update': { grants: STAFF },
  'company.delete': { grants: STAFF },
  'contact.list': { grants: STAFF_AND_OWN_COMPANY },
  'contact.read': { grants: STAFF_AND_OWN_COMPANY },
  'contact.create': { grants: STAFF },
  'contact.update': { grants: STAFF },
  'contact.delete': { grants: STAFF },
  search: { grants: STAFF },
};
