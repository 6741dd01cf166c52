// A finder backend on the built-in recognition data alone (src/law/recognition), for page tests without a database;
// the application uses findRecognitionFor (routes.ts).

import { findRecognition } from '../../law/recognition/finder.ts';
import type { FinderBackend } from './routes.ts';
import { FINDER_PLACES } from './places.ts';

export const BUILT_IN_FINDER: FinderBackend = {
  places: FINDER_PLACES,
  find: async (_request, input, date) => findRecognition(input, date),
};
