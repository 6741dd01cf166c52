// Use case (issue 16): the recognition finder with the data that applies to the principal (recognitionDataFor.ts,
// decision 023): a signed-in user's office's data, or for a visitor of the public finder the deployment's office
// (named, or the only one) or else the built-in data. The finder needs no account, so there is no action to
// authorize: the data is the public finder's. The date is the office's day, given by the caller.

import type { Db } from '../../db/index.ts';
import { findRecognition } from '../../law/recognition/finder.ts';
import type { RecognitionInput, RecognitionResult } from '../../law/recognition/types.ts';
import type { Principal } from '../../policies/index.ts';
import { recognitionDataFor } from './recognitionDataFor.ts';
import type { DataOptions } from './recognitionDataFor.ts';

export async function findRecognitionFor(db: Db, principal: Principal, input: RecognitionInput, date: string, options: DataOptions = {}): Promise<RecognitionResult> {
  return findRecognition(input, date, await recognitionDataFor(db, principal, options));
}
