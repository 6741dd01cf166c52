// The facts every move reads, derived once from a valid ResidenceInput: the periods as spans, the chains and the
// contribution periods of the counting rules.

import type { Span } from './counting.ts';
import type { PastTitle, ResidenceInput } from './types.ts';
import { isBlueCard } from './move.ts';

export interface TitledSpan extends Span {
  titleId: PastTitle;
}

export interface ResidenceFacts {
  input: ResidenceInput;
  date: string;
  /** validUntil lies before decisionDate */
  expired: boolean;
  history: TitledSpan[];
  /** employment with compulsory pension contributions */
  insured: TitledSpan[];
  /** the same, under a Blue Card only */
  insuredBlueCard: TitledSpan[];
  /** additionalPensionMonths, 0 when absent */
  extraPensionMonths: number;
}

export function residenceFacts(input: ResidenceInput): ResidenceFacts {
  const history = input.residenceHistory.map((p) => ({ titleId: p.titleId, from: p.from, to: p.to ?? null }));
  const insured = input.employment.filter((e) => e.pensionInsured).map((e) => ({ titleId: e.titleId, from: e.from, to: e.to ?? null }));
  return {
    input,
    date: input.decisionDate,
    expired: input.currentTitle.validUntil < input.decisionDate,
    history,
    insured,
    insuredBlueCard: insured.filter((e) => isBlueCard(e.titleId)),
    extraPensionMonths: input.additionalPensionMonths ?? 0,
  };
}

/** The history periods whose title satisfies `qualifies`. */
export function spansOf(f: ResidenceFacts, qualifies: (t: PastTitle) => boolean): TitledSpan[] {
  return f.history.filter((p) => qualifies(p.titleId));
}
