// Use case: evaluate a check. The saved CheckInput is re-validated (a stored row is never trusted blindly) and the
// law decides (src/law/check.ts, pure).

import { evaluate } from '../../law/check.ts';
import { validateCheckInput } from '../../law/validate.ts';
import type { CheckInput, CheckResult } from '../../law/types.ts';
import type { StoredCheck } from './checkKeys.ts';

/** The check's saved CheckInput when it is still valid; undefined when the questionnaire is not complete. */
export function savedCheckInput(check: StoredCheck): CheckInput | undefined {
  if (check.input !== null && check.input !== undefined) {
    const v = validateCheckInput(check.input);
    if (v.ok) return v.value;
  }
  return undefined;
}

export function evaluateCheck(input: CheckInput): CheckResult {
  return evaluate(input);
}
