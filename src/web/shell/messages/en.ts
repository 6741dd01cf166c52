// The shell's English texts.

import type { ShellMessages } from './de.ts';

export const en: ShellMessages = {
  nav: {
    overview: 'Overview',
    companies: 'Companies',
    ownCompany: 'My company',
    cases: 'Cases',
    due: 'Due',
    candidates: 'Candidates',
    retention: 'Dates, 90 days',
    integrationSteps: 'Integration steps',
    followUps: 'Follow-ups',
    partners: 'Partners',
    qualification: 'Qualification',
    search: 'Search',
    reports: 'Report',
    recognitionData: 'Reference occupations',
    account: 'My account',
    users: 'Users',
    audit: 'Change history',
  },
  roles: { admin: 'Administration', adviser: 'Adviser', company: 'Company' },
};
