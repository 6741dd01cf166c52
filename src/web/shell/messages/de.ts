// The shell's German texts: the navigation of signed-in users (the shared texts of every feature's pages).

export const de = {
  nav: {
    companies: 'Unternehmen',
    ownCompany: 'Mein Unternehmen',
    followUps: 'Wiedervorlagen',
    partners: 'Partner',
    search: 'Suche',
    reports: 'Bericht',
    account: 'Mein Konto',
    users: 'Benutzer',
    audit: 'Änderungsverlauf',
  },
};

export type ShellMessages = typeof de;
