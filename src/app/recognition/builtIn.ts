// The built-in recognition data (src/law/recognition/data): what every office starts from, and what an office's own
// rows are laid over (rows.ts mergeData).

import { BODIES, DISTRICTS, REFERENCE_OCCUPATIONS } from '../../law/recognition/data/occupations.ts';
import type { RecognitionData } from '../../law/recognition/types.ts';

export const BUILT_IN_RECOGNITION_DATA: RecognitionData = { occupations: REFERENCE_OCCUPATIONS, bodies: BODIES, districts: DISTRICTS };
