// The one schema of a referral's input (issue 16), read by the use cases' checker.

import { LONG_TEXT_MAX, MEASURE_KINDS, REFERRAL_STATUSES, TEXT_MAX } from '../common/codes.ts';
import type { Fields } from '../common/fields.ts';

export const REFERRAL_SCHEMA = {
  partnerId: { kind: 'id' },
  purpose: { kind: 'text', max: TEXT_MAX * 5, description: 'what the referral is for' },
  measureKind: { kind: 'oneOf', values: MEASURE_KINDS, description: 'the further-qualification measure it is for' },
  sentOn: { kind: 'date' },
  followUpDate: { kind: 'date' },
} as const satisfies Fields;

export const REFERRAL_STATUS_SCHEMA = {
  status: { kind: 'oneOf', values: REFERRAL_STATUSES, required: true },
  /** the day of the step (accepted, done or declined); default: today */
  on: { kind: 'date' },
  outcome: { kind: 'text', max: LONG_TEXT_MAX, description: 'what came back from the partner' },
  followUpDate: { kind: 'date' },
} as const satisfies Fields;
