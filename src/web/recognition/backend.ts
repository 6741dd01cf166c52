// The finder's backend as the application registers it: the built-in recognition data (src/law/recognition) for
// everyone. (Issue 16, part r2 merges an office's own data in src/app/recognition; the pages then call that.)

import { findRecognition } from '../../law/recognition/finder.ts';
import type { FinderBackend } from './routes.ts';
import { FINDER_PLACES } from './places.ts';

export const BUILT_IN_FINDER: FinderBackend = {
  places: FINDER_PLACES,
  find: async (_request, input, date) => findRecognition(input, date),
};
