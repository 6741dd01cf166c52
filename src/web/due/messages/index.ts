// The due dashboard's texts in the page's language.

import type { Lang } from '../../../i18n/index.ts';
import { de } from './de.ts';
import type { DueMessages } from './de.ts';
import { en } from './en.ts';

export type { DueMessages };

export function dm(lang: Lang): DueMessages {
  return lang === 'en' ? en : de;
}
