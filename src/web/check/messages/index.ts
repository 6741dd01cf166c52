// Texts of the check pages (questionnaire, result, plan, candidate summary). German is the reference;
// English is typed against it, so a missing key fails `tsc`. Validation messages live with their rules
// (answers.ts) as bilingual Text objects, like the engine's condition texts.

import type { Lang } from '../../../i18n/index.ts';
import { de } from './de.ts';
import type { CheckMessages } from './de.ts';
import { en } from './en.ts';

export type { CheckMessages } from './de.ts';
export { de, en };

export function cm(lang: Lang): CheckMessages {
  return lang === 'en' ? en : de;
}
