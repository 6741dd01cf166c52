// Use case: evaluate a check. The saved CheckInput is re-validated (a stored row is never trusted blindly) and the
// law decides (src/law/check.ts, pure).

import { evaluate, evaluateIn } from '../../law/check.ts';
import type { Lang, ResultIn } from '../../law/decision.ts';
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

/** The check's result worded in one language only, for a page in that language (the law words nothing else). */
export function evaluateCheckIn(input: CheckInput, lang: Lang): ResultIn {
  return evaluateIn(input, lang);
}
