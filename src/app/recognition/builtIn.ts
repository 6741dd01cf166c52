// The built-in recognition data (src/law/recognition): what every office starts from, and what an office's own rows
// are laid over (rows.ts mergeData).

import { BUILTIN_RECOGNITION_DATA } from '../../law/recognition/finder.ts';
import type { RecognitionData } from '../../law/recognition/types.ts';

export const BUILT_IN_RECOGNITION_DATA: RecognitionData = BUILTIN_RECOGNITION_DATA;
