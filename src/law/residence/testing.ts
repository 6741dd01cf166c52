// Inputs for the residence tests: a Blue Card holder and a § 18b holder in the shape of the contract's examples, and
// a way to vary them. Only test files import this module.

import type { ResidenceInput } from './types.ts';
import type { MoveAssessment } from './types.ts';
import { checkResidence } from './check.ts';

/** A Blue Card holder with B1, in Germany since 2025-01-10, employed with contributions since 2025-01-15 (example 01). */
export function blueCardHolder(decisionDate = '2026-11-16'): ResidenceInput {
  return {
    decisionDate,
    person: { birthDate: '1992-04-12', citizenship: 'IN', german: 'B1', english: 'B2', orientationTestPassed: true },
    currentTitle: { id: '18g-standard', issuedOn: '2025-03-01', validUntil: '2029-01-09', employerRestriction: false, jobMeetsTitleConditions: true },
    residenceHistory: [{ titleId: '18g-standard', from: '2025-01-10', to: null }],
    employment: [{ titleId: '18g-standard', from: '2025-01-15', to: null, pensionInsured: true }],
    additionalPensionMonths: 0,
    household: { meansSecured: true, livingSpaceSufficient: true },
    family: [],
    qualification: { level: 'academic', awardedOn: '2016-06-30', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 4, germanAssessment: 'comparable', licence: 'not_needed' },
  };
}

/** A § 18b holder with B1 and a foreign degree, in Germany and employed since 2024-05-02 (example 02). */
export function skilledWorker(decisionDate = '2026-11-02'): ResidenceInput {
  return {
    decisionDate,
    person: { birthDate: '1990-08-01', citizenship: 'EG', german: 'B1', english: 'B2', orientationTestPassed: true },
    currentTitle: { id: '18b', issuedOn: '2024-06-20', validUntil: '2028-05-01', employerRestriction: true, jobMeetsTitleConditions: true },
    residenceHistory: [{ titleId: '18b', from: '2024-05-02', to: null }],
    employment: [{ titleId: '18b', from: '2024-05-02', to: null, pensionInsured: true }],
    additionalPensionMonths: 0,
    household: { meansSecured: true, livingSpaceSufficient: true },
    family: [],
    qualification: { level: 'academic', awardedOn: '2016-06-30', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 4, germanAssessment: 'comparable', licence: 'not_needed' },
  };
}

/** The input with `change` applied to a deep copy. */
export function vary(input: ResidenceInput, change: (x: ResidenceInput) => void): ResidenceInput {
  const copy = structuredClone(input);
  change(copy);
  return copy;
}

/** The move `id` (and family member `ref`) of the check of `input`. */
export function move(input: ResidenceInput, id: MoveAssessment['id'], ref?: string): MoveAssessment {
  const m = checkResidence(input).moves.find((x) => x.id === id && x.memberRef === ref);
  if (m === undefined) throw new Error(`move ${id}${ref ? `:${ref}` : ''} missing`);
  return m;
}

/** `met` of condition `id` of the move. */
export function met(m: MoveAssessment, id: string): boolean | null | undefined {
  return m.conditions.find((c) => c.id === id)?.met;
}
