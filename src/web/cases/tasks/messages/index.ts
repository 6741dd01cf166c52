// The texts of a case's tasks in the page's language.

import type { Lang } from '../../../../i18n/index.ts';
import { de } from './de.ts';
import type { TaskMessages } from './de.ts';
import { en } from './en.ts';

export type { TaskMessages };

export function tm(lang: Lang): TaskMessages {
  return lang === 'en' ? en : de;
}
