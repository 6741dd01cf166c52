// Texts of the workspace: companies, contacts, consultations, partners, follow-ups; shared by the workspace, the reports and the audit trail.

import type { Lang } from '../../../../i18n/index.ts';
import { de } from './de.ts';
import type { WorkspaceMessages } from './de.ts';
import { en } from './en.ts';

export type { WorkspaceMessages } from './de.ts';
export { de, en };

export function wm(lang: Lang): WorkspaceMessages {
  return lang === 'en' ? en : de;
}

/** A WZ 2008 section with its title, e.g. "C – Verarbeitendes Gewerbe"; an unknown code as it is. */
export function wzSectionLabel(lang: Lang, code: string): string {
  const title = (wm(lang).wzSections as Record<string, string>)[code];
  return title ? `${code} – ${title}` : code;
}
