// Issue 16: the recognition record of a case (notice outcome, deficits) and the further qualification proposed on it.
// The office records it; a company user reads their own company's cases' record and proposals (without the office's
// partner directory, which stays partner.list).

import type { EntityPolicy } from './core.ts';

export const CASE_RECOGNITION_ACTIONS = ['case.recognition.read', 'case.recognition.update'] as const;

export const caseRecognitionPolicy: EntityPolicy<(typeof CASE_RECOGNITION_ACTIONS)[number]> = {
  'case.recognition.read': { grants: { adviser: true, company: 'ownCompany' } },
  'case.recognition.update': { grants: { adviser: true } },
};
