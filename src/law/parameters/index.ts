// Every parameter file of the engine, imported for its registration (defineParameter), and the law version.
// Keep this file a plain list of imports plus lawVersionAt: new parameter files add one import line here.

import './bbg.ts';
import './salaryPercentages.ts';
import './occupations.ts';
import './reform2023.ts';
import './chancenkarte.ts';
import './westbalkan.ts';
import './age45.ts';
import './recognition.ts';
import './ict.ts';
import './qualificationFunding.ts';
import { allParameters, valueAt } from './parameter.ts';

/**
 * The law version used on `date`: the latest validFrom of any parameter value in force on that date
 * (e.g. "2026-01-01" for a date in 2026 once the 2026 BBG is registered).
 */
export function lawVersionAt(date: string): string {
  let latest = '';
  for (const p of allParameters('check')) {
    const v = valueAt(p, date);
    if (v !== undefined && v.validFrom > latest) latest = v.validFrom;
  }
  return latest;
}
