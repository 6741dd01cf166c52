// The shell's message catalogue by language.

import type { Lang } from '../../../i18n/index.ts';
import { de } from './de.ts';
import type { ShellMessages } from './de.ts';
import { en } from './en.ts';

export type { ShellMessages } from './de.ts';

const CATALOGUES: Record<Lang, ShellMessages> = { de, en };

export function sm(lang: Lang): ShellMessages {
  return CATALOGUES[lang];
}
