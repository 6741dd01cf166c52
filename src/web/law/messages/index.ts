// The message catalogue of the law status page by language.

import type { Lang } from '../../../i18n/index.ts';
import { de } from './de.ts';
import type { LawMessages } from './de.ts';
import { en } from './en.ts';

export type { LawMessages } from './de.ts';

const CATALOGUES: Record<Lang, LawMessages> = { de, en };

export function lm(lang: Lang): LawMessages {
  return CATALOGUES[lang];
}
