import type { Lang } from '../../../../i18n/index.ts';
import { de } from './de.ts';
import type { DocumentsMessages } from './de.ts';
import { en } from './en.ts';

export type { DocumentsMessages } from './de.ts';

export function dm(lang: Lang): DocumentsMessages {
  return lang === 'en' ? en : de;
}
