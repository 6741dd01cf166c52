// Language levels in condition texts. Comparison of CEFR levels: cefrAtLeast in ./requirements.ts.

import type { Cefr, Text } from './types.ts';

/** "Deutsch B1" / "German B1"; "keine Deutschkenntnisse" / "no German" for "none" */
export function germanLevel(level: Cefr): Text {
  return level === 'none' ? { de: 'keine Deutschkenntnisse', en: 'no German' } : { de: `Deutsch ${level}`, en: `German ${level}` };
}

export function englishLevel(level: Cefr): Text {
  return level === 'none' ? { de: 'keine Englischkenntnisse', en: 'no English' } : { de: `Englisch ${level}`, en: `English ${level}` };
}
