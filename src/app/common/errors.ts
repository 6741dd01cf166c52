// Field errors of the use cases' input (issue 6), the input error that carries them, and id checks.

import { NotFoundError } from '../../policies/index.ts';
import { MALFORMED_TEXT_MESSAGE } from '../../text.ts';

export type WorkspaceErrorCode =
  | 'required'
  | 'tooLong'
  | 'characters'
  | 'email'
  | 'url'
  | 'postcode'
  | 'integer'
  | 'date'
  | 'oneOf'
  | 'topicsRequired'
  | 'isco'
  | 'unknown'
  | 'followUpBeforeDate'
  | 'noFollowUp'
  | 'occupationUnknown'
  | 'occupationAmbiguous'
  // issue 14: uploads of a case's documents (the field is 'file'), and their review
  | 'fileEmpty'
  | 'fileTooLarge'
  | 'fileType'
  | 'fileImageTooLarge'
  | 'fileName'
  | 'candidateErased'
  | 'noFile'
  | 'invalid'
  | 'confirm'
  // issue 14, cases
  | 'dateInFuture'
  | 'beforePreviousChange'
  | 'notInPipeline'
  | 'checkIncomplete'
  | 'sameStatus'
  // issue 15, the residence title
  | 'beforeIssue'
  | 'cardNumber'
  // issue 16, referrals
  | 'transition'
  | 'beforeSent'
  | 'alreadyReferred'
  | 'referralInProgress'
  // issue 16, a case's recognition record
  | 'beforeApplied'
  // issue 17, the arrival facts
  | 'beforeArrival';

export interface WorkspaceFieldError {
  field: string;
  code: WorkspaceErrorCode;
  message: string;
  /** what was typed, for an error about one item of a list (an occupation by name) */
  term?: string;
  /** ISCO-08 codes that the term could mean */
  suggestions?: string[];
}

const ENGLISH: Record<WorkspaceErrorCode, string> = {
  required: 'is required',
  tooLong: 'is too long',
  characters: MALFORMED_TEXT_MESSAGE,
  email: 'is not an e-mail address',
  url: 'is not a web address (http or https)',
  postcode: 'is not a German postcode (five digits)',
  integer: 'is not a whole number in the allowed range',
  date: 'is not a date (YYYY-MM-DD)',
  oneOf: 'is not one of the allowed values',
  topicsRequired: 'needs at least one topic',
  isco: 'is not an ISCO-08 code (one to four digits)',
  unknown: 'is not known in this service office',
  followUpBeforeDate: 'is before the date of the consultation',
  noFollowUp: 'is not set: this consultation has no follow-up',
  occupationUnknown: 'names an occupation that is not in the catalogue; give its ISCO-08 code',
  occupationAmbiguous: 'names an occupation that fits several ISCO-08 unit groups; give the code',
  fileEmpty: 'is empty',
  fileTooLarge: 'is larger than the upload limit',
  fileType: 'is not a PDF, JPEG or PNG file (decided by its content, not its name)',
  fileImageTooLarge: 'declares an image too large to open safely (more than 100 megapixels), or is a damaged PNG',
  fileName: 'has a name that is not a plain file name (no path, no "..", no control characters)',
  candidateErased: 'cannot be added: the candidate of this case was erased (right to erasure); the case is kept anonymised only for the statistics',
  noFile: 'cannot be decided: no file has been uploaded',
  invalid: 'is invalid',
  confirm: 'must be confirmed',
  dateInFuture: 'is in the future',
  beforePreviousChange: 'is before the previous status change',
  notInPipeline: 'is not a status of this case’s pipeline',
  checkIncomplete: 'names a check whose questionnaire is not complete',
  sameStatus: 'is the case’s current status',
  beforeIssue: 'is before the day the title was issued',
  beforeApplied: 'is before the day the application was made',
  cardNumber: 'is not a card number (5 to 20 letters and digits)',
  transition: 'is not a step this referral can take from its current status (sent → accepted → done; sent or accepted → declined)',
  beforeSent: 'is before the day the referral was sent',
  alreadyReferred: 'names a partner this consultation already refers to',
  referralInProgress: 'would remove a referral that the partner has already accepted, completed or declined',
  beforeArrival: 'is before the arrival date',
};

export function wfe(field: string, code: WorkspaceErrorCode, detail?: string): WorkspaceFieldError {
  return { field, code, message: detail ? `${ENGLISH[code]}: ${detail}` : ENGLISH[code] };
}

/** Bad input to a workspace use case: nothing was written. HTTP 400. */
export class WorkspaceInputError extends Error {
  readonly statusCode = 400;
  constructor(readonly errors: WorkspaceFieldError[]) {
    super(errors.map((e) => `${e.field} ${e.message}`).join('; '));
    this.name = 'WorkspaceInputError';
  }
}

export function assertNoErrors(errors: WorkspaceFieldError[]): void {
  if (errors.length > 0) throw new WorkspaceInputError(errors);
}

/** A company with the same name and postcode exists: the caller may confirm and create it anyway. HTTP 409. */
export class DuplicateCompanyError extends Error {
  readonly statusCode = 409;
  constructor(readonly duplicates: { id: string; name: string; postcode: string | null; city: string | null }[]) {
    super(`A company with this name and postcode exists already (${duplicates.length}); confirm to create it anyway.`);
    this.name = 'DuplicateCompanyError';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
/** Ids come from URLs: anything not shaped like one is simply not found. */
export function assertId(value: unknown): asserts value is string {
  if (!isUuid(value)) throw new NotFoundError();
}
