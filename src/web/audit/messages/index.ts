// Texts of the audit trail page. Field names of companies, contacts and consultations
// come from the workspace labels (../../shell/domain/labels.ts); the others are here.

import type { Lang } from '../../../i18n/index.ts';
import { de } from './de.ts';
import type { AuditMessages } from './de.ts';
import { en } from './en.ts';

export type { AuditMessages } from './de.ts';
export { de, en };

export function audm(lang: Lang): AuditMessages {
  return lang === 'en' ? en : de;
}
