// The year boundaries of the published salary figures, derived from the data, so that tests of "not yet published"
// move along by themselves when next year's BBG is added (docs/law/updating.md: one data change plus one test line).
// A year may sit between the two: its BBG exists only as a draft (status 'draft'), which is not in force either.

import { bbg } from '../parameters/bbg.ts';

const year = (v: { validFrom: string }): number => Number(v.validFrom.slice(0, 4));

/** The last calendar year whose BBG, and so every salary threshold, is in force in the data. */
export const LAST_PUBLISHED_YEAR = Math.max(...bbg.values.filter((v) => v.status !== 'draft').map(year));

/** The last calendar year with any BBG value in the data, draft or in force. */
const LAST_KNOWN_YEAR = Math.max(...bbg.values.map(year));

/** The first year after the last in-force one, as a string for dates: no figure in force (maybe a draft). */
export const NOT_IN_FORCE = String(LAST_PUBLISHED_YEAR + 1);

/** The first year with no figure at all, not even a draft, as a string for dates: `${UNPUBLISHED}-01-01`. */
export const UNPUBLISHED = String(LAST_KNOWN_YEAR + 1);

/** The last published year, as a string for dates. */
export const PUBLISHED = String(LAST_PUBLISHED_YEAR);
