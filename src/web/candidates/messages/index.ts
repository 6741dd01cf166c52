// Texts of the candidate pages (issue 14).

import type { Lang } from '../../../i18n/index.ts';
import { de } from './de.ts';
import type { CandidateMessages } from './de.ts';
import { en } from './en.ts';

export type { CandidateMessages } from './de.ts';

export function candidateMessages(lang: Lang): CandidateMessages {
  return lang === 'en' ? en : de;
}
