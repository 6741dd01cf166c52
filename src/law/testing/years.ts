// The year boundary of the published salary figures, derived from the data, so that tests of "not yet published"
// move along by themselves when next year's BBG is added (docs/law/updating.md: one data change plus one test line).

import { bbg } from '../parameters/bbg.ts';

/** The last calendar year whose BBG, and so every salary threshold, is in the data. */
export const LAST_PUBLISHED_YEAR = Math.max(...bbg.values.map((v) => Number(v.validFrom.slice(0, 4))));

/** The first year without published figures, as a string for dates: `${UNPUBLISHED}-01-01`. */
export const UNPUBLISHED = String(LAST_PUBLISHED_YEAR + 1);

/** The last published year, as a string for dates. */
export const PUBLISHED = String(LAST_PUBLISHED_YEAR);
