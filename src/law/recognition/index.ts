// The recognition finder's public API (issue 16): pure functions and data; the date is always an argument.

export type * from './types.ts';
export { BODY_ASK, BODY_HWK_DISTRICT, BODY_IHK_DISTRICT, BODY_KINDS, DEADLINE_RULES, DOCUMENT_CODES, LAENDER, LEGAL_BASIS_CODES, RECOGNITION_KINDS, RECOGNITION_OUTCOMES } from './types.ts';
export {
  ANERKENNUNGS_FINDER_URL,
  ASK_SERVICE_OFFICE,
  BERUFENET_URL,
  BUILTIN_RECOGNITION_DATA,
  catalogueIdsWithReference,
  findRecognition,
  getReferenceOccupation,
  isValidOn,
  referenceOccupationsFor,
} from './finder.ts';
export { ANABIN_URL, ZAB_URL, assessAcademicDegree, zabDuration, zabFee } from './academic.ts';
export { outcomesFor } from './outcomes.ts';
export { asPlanAuthority } from './planAuthority.ts';
export { DOCUMENT_LABELS } from './data/documents.ts';
export { REFERENCE_OCCUPATIONS } from './data/occupations.ts';
export { BODIES } from './data/bodies.ts';
export { DISTRICTS, RLP_REGION } from './data/districts.ts';
