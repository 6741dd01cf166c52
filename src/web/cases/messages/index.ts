// The case pages' texts in the page's language.

import type { Lang } from '../../../i18n/index.ts';
import { de } from './de.ts';
import type { CaseMessages } from './de.ts';
import { en } from './en.ts';

export function cm(lang: Lang): CaseMessages {
  return lang === 'de' ? de : en;
}
