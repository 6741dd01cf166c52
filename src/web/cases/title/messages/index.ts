// The texts of the residence-title section in the page's language.

import type { Lang } from '../../../../i18n/index.ts';
import { de } from './de.ts';
import type { TitleMessages } from './de.ts';
import { en } from './en.ts';

export type { TitleMessages };

export function rtm(lang: Lang): TitleMessages {
  return lang === 'en' ? en : de;
}
