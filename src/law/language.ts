// CEFR levels compared as an ordered scale, and the statutory German terms for them
// (§ 2 Abs. 9–12 AufenthG: einfache A1, hinreichende A2, ausreichende B1, gute B2, beherrscht C1).

import type { Cefr, Text } from './types.ts';
import { CEFR_LEVELS } from './types.ts';

export function cefrRank(level: Cefr): number {
  return CEFR_LEVELS.indexOf(level);
}

/** true if `level` is `min` or higher */
export function cefrAtLeast(level: Cefr, min: Cefr): boolean {
  return cefrRank(level) >= cefrRank(min);
}

/** "Deutsch B1" / "German B1"; "keine Deutschkenntnisse" / "no German" for "none" */
export function germanLevel(level: Cefr): Text {
  return level === 'none' ? { de: 'keine Deutschkenntnisse', en: 'no German' } : { de: `Deutsch ${level}`, en: `German ${level}` };
}

export function englishLevel(level: Cefr): Text {
  return level === 'none' ? { de: 'keine Englischkenntnisse', en: 'no English' } : { de: `Englisch ${level}`, en: `English ${level}` };
}
