import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckInput } from './types.ts';
import { hasStateRecognisedQualification, isAcademicFachkraft, isFachkraft, isVocationalFachkraft } from './qualification.ts';

type Q = CheckInput['qualification'];
const q = (o: Partial<Q>): Q => ({ level: 'academic', germanAssessment: 'none', ...o });

const fachkraftCases: Array<[string, Q, boolean | null, boolean | null]> = [
  // name, qualification, academic Fachkraft, vocational Fachkraft
  ['A foreign degree rated comparable makes an academic Fachkraft', q({ obtainedIn: 'abroad', germanAssessment: 'comparable' }), true, false],
  ['A foreign degree recognised as equivalent makes an academic Fachkraft', q({ obtainedIn: 'abroad', germanAssessment: 'equivalent' }), true, false],
  ['A German degree makes an academic Fachkraft without any assessment', q({ obtainedIn: 'DE' }), true, false],
  ['A foreign degree without assessment does not', q({ obtainedIn: 'abroad' }), false, false],
  ['A degree of unknown origin without assessment is unknown', q({}), null, false],
  ['A foreign vocational qualification with full equivalence makes a vocational Fachkraft', q({ level: 'vocational', obtainedIn: 'abroad', germanAssessment: 'equivalent' }), false, true],
  ['A partial recognition notice is not equivalence', q({ level: 'vocational', obtainedIn: 'abroad', germanAssessment: 'partial' }), false, false],
  ['A 3-year German vocational training makes a vocational Fachkraft', q({ level: 'vocational', obtainedIn: 'DE', trainingYears: 3 }), false, true],
  ['A 1-year German training is not a qualified vocational training', q({ level: 'vocational', obtainedIn: 'DE', trainingYears: 1 }), false, false],
  ['No qualification is no Fachkraft', q({ level: 'none' }), false, false],
];

for (const [name, qual, academic, vocational] of fachkraftCases) {
  test(name, () => {
    assert.equal(isAcademicFachkraft(qual), academic);
    assert.equal(isVocationalFachkraft(qual), vocational);
    const either = academic === true || vocational === true ? true : academic === null || vocational === null ? null : false;
    assert.equal(isFachkraft(qual), either);
  });
}

const stateRecognisedCases: Array<[string, Q, boolean | null]> = [
  ['A 3-year vocational training state-recognised abroad counts', q({ level: 'vocational', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 3 }), true],
  ['A 2-year vocational training state-recognised abroad counts (boundary)', q({ level: 'vocational', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 2 }), true],
  ['A 1.5-year vocational training does not count', q({ level: 'vocational', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 1.5 }), false],
  ['A vocational training without known length is unknown', q({ level: 'vocational', obtainedIn: 'abroad', stateRecognisedAbroad: true }), null],
  ['A training not state-recognised abroad does not count', q({ level: 'vocational', obtainedIn: 'abroad', stateRecognisedAbroad: false, trainingYears: 3 }), false],
  ['A degree state-recognised abroad counts', q({ obtainedIn: 'abroad', stateRecognisedAbroad: true }), true],
  ['A degree whose state recognition is not stated is unknown', q({ obtainedIn: 'abroad' }), null],
  ['An AHK qualification counts', q({ level: 'vocational', ahk: true }), true],
  ['No qualification does not count', q({ level: 'none' }), false],
];

for (const [name, qual, expected] of stateRecognisedCases) {
  test(name, () => assert.equal(hasStateRecognisedQualification(qual), expected));
}
