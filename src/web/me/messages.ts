// Texts of the employee's personal link (issue 15): the section on the candidate page (office; German first) and the
// employee's own page /me/<token> (English first: the employee may not read German yet; German second).

import type { Lang } from '../../i18n/index.ts';

const de = {
  sectionTitle: 'Persönlicher Link für die Fachkraft',
  sectionLead:
    'Mit diesem Link sieht die Fachkraft ohne Konto ihre nächsten Schritte: ihre offenen Aufgaben und die Unterlagen, die noch fehlen. Montags bekommt sie eine Erinnerung per E-Mail, wenn etwas fällig ist. Ein neuer Link macht den bisherigen ungültig.',
  needsEmail: 'Für einen persönlichen Link braucht die Fachkraft eine E-Mail-Adresse (Bearbeiten).',
  create: 'Link erstellen',
  createdTitle: 'Der persönliche Link',
  created: (until: string) => `Kopieren Sie den Link jetzt und geben Sie ihn der Fachkraft: Er wird nur dieses eine Mal angezeigt. Er gilt bis ${until}.`,
  caption: 'Persönliche Links',
  none: 'Es gibt noch keinen persönlichen Link.',
  columns: { email: 'E-Mail-Adresse', created: 'Erstellt', expires: 'Gültig bis', lastUsed: 'Zuletzt geöffnet', status: 'Status' },
  active: 'gültig',
  revoked: 'widerrufen',
  expired: 'abgelaufen',
  never: 'nie',
  revoke: 'Widerrufen',
  revokeLabel: (created: string) => `Link vom ${created} widerrufen`,
  revokedDone: 'Der persönliche Link wurde widerrufen; auch die Links in früheren Erinnerungen gelten nicht mehr.',
};

export type MeMessages = typeof de;

const en: MeMessages = {
  sectionTitle: 'Personal link for the employee',
  sectionLead:
    'With this link the employee sees their next steps without an account: their open tasks and the documents still missing. On Mondays they get a reminder by e-mail when something is due. A new link replaces the previous one.',
  needsEmail: 'A personal link needs the employee’s e-mail address (Edit).',
  create: 'Create link',
  createdTitle: 'The personal link',
  created: (until: string) => `Copy the link now and give it to the employee: it is shown only this once. It works until ${until}.`,
  caption: 'Personal links',
  none: 'There is no personal link yet.',
  columns: { email: 'E-mail address', created: 'Created', expires: 'Valid until', lastUsed: 'Last opened', status: 'Status' },
  active: 'valid',
  revoked: 'revoked',
  expired: 'expired',
  never: 'never',
  revoke: 'Revoke',
  revokeLabel: (created: string) => `Revoke the link of ${created}`,
  revokedDone: 'The personal link has been revoked; the links in earlier reminders no longer work either.',
};

export function meMessages(lang: Lang): MeMessages {
  return lang === 'de' ? de : en;
}

/** The employee's page: English, with the German below each heading's content where it helps. */
export const mePage = {
  title: 'Your next steps',
  greeting: (name: string | null) => (name ? `Hello ${name},` : 'Hello,'),
  lead: 'These are your next steps for your move to Germany and your first months here: registration, residence permit, insurance, language course and your employer’s welcome steps. Your adviser at the service office sees the same list.',
  leadDe: 'Ihre nächsten Schritte für den Umzug nach Deutschland.',
  overdue: 'Overdue',
  upcoming: 'Next steps',
  documents: 'Documents we still need from you',
  rejected: 'please send it again',
  due: (d: string) => `due ${d}`,
  noDate: 'no date yet',
  nothing: 'Nothing to do for you at the moment.',
  contacts: 'Who to ask',
  contactsDe: 'Ihre Ansprechpersonen bei der Servicestelle und im Unternehmen.',
  office: 'Service office',
  company: 'Your employer',
  arrived: (d: string) => `You arrived on ${d}.`,
  workStart: (d: string) => `Your first day of work: ${d}.`,
  validUntil: (d: string) => `This personal link works until ${d}. Keep it to yourself.`,
  invalidTitle: 'This link does not work',
  invalid: 'The link is unknown, has expired or was revoked. Ask your adviser at the service office for a new one.',
  invalidDe: 'Der Link ist unbekannt, abgelaufen oder widerrufen. Bitten Sie Ihre Beraterin oder Ihren Berater um einen neuen.',
};
