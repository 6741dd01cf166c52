// The codes of the case area (issue 14), shared by the use cases, the pages, the API and the database's CHECKs
// (src/db/schema/cases.ts repeats them).

/** The pipeline of a case, in order; a case skips the steps its route does not need. */
export const CASE_STATUSES = ['advice', 'recognition', 'ba_approval', 'visa', 'entry', 'residence_permit', 'integration', 'closed'] as const;
/** A case may be cancelled from any open status, with a reason. */
export const CANCELLED = 'cancelled';
export type PipelineStatus = (typeof CASE_STATUSES)[number];
export type CaseStatus = PipelineStatus | typeof CANCELLED;
export const ALL_CASE_STATUSES: readonly CaseStatus[] = [...CASE_STATUSES, CANCELLED];

/** The official steps whose reference number and decision date a case records. */
export const REFERENCE_KINDS = ['recognition', 'ba_approval', 'visa', 'immigration_office'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const TASK_OWNERS = ['adviser', 'company', 'candidate'] as const;
export type TaskOwner = (typeof TASK_OWNERS)[number];

export const DOCUMENT_STATUSES = ['missing', 'uploaded', 'checked', 'rejected'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const CONSENT_PURPOSES = ['advice', 'authorities', 'funder_reporting'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const RECOGNITION_STATUSES = ['unknown', 'not_needed', 'not_started', 'in_progress', 'partial', 'full', 'refused'] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

export const PROCEDURES = ['regular', 'accelerated'] as const;
