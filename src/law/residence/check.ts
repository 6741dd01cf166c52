// checkResidence(input) -> ResidenceResult, contract residence-v1: which next steps ("moves") are open on the decision
// date for a person already in Germany on a title for employment, which open later and when, which are closed, and
// why. Pure: the decision date comes from the input. The input must already be valid (validate.ts).
//
// Layers: facts.ts derives the periods once; counting.ts counts months (§§ 187, 188, 191 BGB); each move is a pure
// function of the facts (settlement.ts, employment.ts, family.ts) that returns its conditions, and move.ts derives the
// outcome and earliestDate by the contract's rule. The purpose change asks the pathway check (../check.ts) itself.

import { lawVersionAt } from '../parameters/index.ts';
import { valueAt } from '../parameters/parameter.ts';
import { residenceFacts } from './facts.ts';
import { RESIDENCE_PARAMETERS } from './parameters.ts';
import { euLongTerm9a, settlement18c1, settlement18c2, settlement9 } from './settlement.ts';
import { employerChange, extension, purposeChange } from './employment.ts';
import { familyMove, naturalisationTime } from './family.ts';
import type { MoveAssessment, ResidenceInput, ResidenceResult } from './types.ts';

export type { MoveAssessment, MoveCondition, MoveHint, MoveId, MoveOutcome, ResidenceInput, ResidenceResult, TitleId, PastTitle } from './types.ts';
export { validateResidenceInput, RESIDENCE_MODELLED_FROM } from './validate.ts';

/** The parameter set used on `date`: the latest validFrom in force among the residence and the pathway-check values. */
export function residenceLawVersion(date: string): string {
  let latest = lawVersionAt(date);
  for (const p of RESIDENCE_PARAMETERS) {
    const v = valueAt(p, date);
    if (v !== undefined && v.validFrom > latest) latest = v.validFrom;
  }
  return latest;
}

/** Every move of contract residence-v1 for the facts on input.decisionDate, in the contract's order. */
export function checkResidence(input: ResidenceInput): ResidenceResult {
  const f = residenceFacts(input);
  const moves: MoveAssessment[] = [
    settlement18c1(f),
    settlement18c2(f),
    settlement9(f),
    euLongTerm9a(f),
    employerChange(f),
    extension(f),
    purposeChange(f),
    naturalisationTime(f),
    ...input.family.map((m) => familyMove(f, m)),
  ];
  return { decisionDate: input.decisionDate, lawVersion: residenceLawVersion(input.decisionDate), moves };
}
