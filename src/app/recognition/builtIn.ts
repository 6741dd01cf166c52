// The built-in recognition data (src/law/recognition/data): what every office starts from, and what an office's own
// rows are laid over (rows.ts mergeData).

import type { RecognitionData } from '../../law/recognition/types.ts';

// TODO(r2): r1's data module (merge h-r1 again)
export const BUILT_IN_RECOGNITION_DATA: RecognitionData = { occupations: [], bodies: [], districts: [] };
