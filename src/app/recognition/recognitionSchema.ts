// The input of a case's recognition record (issue 16), declared once for the use case's checker and a JSON API.

import { CEFR_LEVELS } from '../../law/types.ts';
import { DEFICIT_TAGS, NOTICE_OUTCOMES } from '../../law/recognition/measures.ts';
import type { Fields } from '../common/fields.ts';

export const YES_NO = ['yes', 'no'] as const;

export const RECOGNITION_SCHEMA = {
  outcome: { kind: 'oneOf', values: NOTICE_OUTCOMES, required: true, description: 'the notice’s outcome, or pending' },
  referenceOccupationId: { kind: 'text', max: 100, description: 'an id of the recognition catalogue’s reference occupations' },
  competentBody: { kind: 'text', max: 200 },
  appliedOn: { kind: 'date' },
  decidedOn: { kind: 'date' },
  regulated: { kind: 'oneOf', values: YES_NO, description: 'the reference occupation is regulated (absent: not known)' },
  germanLevel: { kind: 'oneOf', values: CEFR_LEVELS, description: 'the candidate’s German (CEFR)' },
  residesInGermany: { kind: 'oneOf', values: YES_NO, description: 'main residence in Germany (absent: not known)' },
  deficits: { kind: 'text', max: 4000, description: 'the substantial differences as the notice states them' },
  deficitTags: { kind: 'list', values: DEFICIT_TAGS, minItems: 0 },
} as const satisfies Fields;

export type RecognitionKey = keyof typeof RECOGNITION_SCHEMA;
export const RECOGNITION_KEYS = Object.keys(RECOGNITION_SCHEMA) as RecognitionKey[];
