// Texts of the account pages (login, invitations, password reset, account, user administration). German is the
// reference; the English catalogue is typed against it, so a missing key fails `tsc`.

import type { FieldErrorCode } from '../../../app/accounts/accounts.ts';
import type { Lang } from '../../../i18n/index.ts';
import { de } from './de.ts';
import type { AuthMessages } from './de.ts';
import { en } from './en.ts';

export type { AuthMessages } from './de.ts';
export { de, en };

const CATALOGUES: Record<Lang, AuthMessages> = { de, en };

export function am(lang: Lang): AuthMessages {
  return CATALOGUES[lang];
}

/** The text of a field error, with the field's label where the message needs it. */
export function fieldErrorText(lang: Lang, code: FieldErrorCode, field: string): string {
  const m = am(lang);
  const label = (m.fields as Record<string, string>)[field] ?? field;
  return m.fieldErrors[code](label);
}

export function formatDateTime(lang: Lang, d: Date): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(d);
}
