// Issue 16: the office's own recognition data (reference occupations, competent bodies per Land) beside the built-in
// data of src/law/recognition. Reading it (the list page, the CSV export) is the office staff's; changing it (the CSV
// import, resetting an entry to the built-in one) is the admin's. The finder itself needs no account (a visitor may
// ask it): findRecognitionFor reads the data without an action of its own (decision 023).

import type { EntityPolicy } from './core.ts';

export const RECOGNITION_ACTIONS = ['recognition.data.read', 'recognition.data.manage'] as const;

export const recognitionPolicy: EntityPolicy<(typeof RECOGNITION_ACTIONS)[number]> = {
  'recognition.data.read': { grants: { adviser: true } },
  'recognition.data.manage': { grants: {} },
};
