// The shell's German texts, shared by every feature's pages: the navigation of signed-in users, the names of the roles.

import type { Role } from '../../../policies/index.ts';

export const de = {
  nav: {
    overview: 'Übersicht',
    companies: 'Unternehmen',
    ownCompany: 'Mein Unternehmen',
    cases: 'Fälle',
    due: 'Fällig',
    candidates: 'Kandidat:innen',
    retention: 'Fristen 90 Tage',
    integrationSteps: 'Integrationsschritte',
    followUps: 'Wiedervorlagen',
    partners: 'Partner',
    qualification: 'Qualifizierung',
    search: 'Suche',
    reports: 'Bericht',
    recognitionData: 'Referenzberufe',
    account: 'Mein Konto',
    users: 'Benutzer',
    audit: 'Änderungsverlauf',
  },
  roles: { admin: 'Administration', adviser: 'Beratung', company: 'Unternehmen' } satisfies Record<Role, string>,
};

export type ShellMessages = typeof de;
