// Languages and message catalogues. German is the default and the reference.

import { de } from './de.ts';
import type { Messages } from './de.ts';
import { en } from './en.ts';

export type { Messages } from './de.ts';

export type Lang = 'de' | 'en';

export const LANGS: readonly Lang[] = ['de', 'en'];
export const DEFAULT_LANG: Lang = 'de';

const CATALOGUES: Record<Lang, Messages> = { de, en };

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}

/** The message catalogue of a language. */
export function t(lang: Lang): Messages {
  return CATALOGUES[lang];
}
