// The message catalogue of the recognition finder by language.

import type { Lang } from '../../../i18n/index.ts';
import { de } from './de.ts';
import type { FinderMessages } from './de.ts';
import { en } from './en.ts';

export type { FinderMessages } from './de.ts';

const CATALOGUES: Record<Lang, FinderMessages> = { de, en };

export function rm(lang: Lang): FinderMessages {
  return CATALOGUES[lang];
}
