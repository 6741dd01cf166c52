// The inverse of buildCheckInput (src/app/checks/answersFromInput.ts): a CheckInput → the questionnaire's answers →
// stored and read back as the pages read them (readStoredAnswers re-parses each page) → buildCheckInput gives the
// same input, except for the facts the inverse says the questionnaire cannot hold (`dropped`); and an input the
// questionnaire can hold comes back exactly, with nothing dropped.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckInput } from '../../../law/types.ts';
import { buildInput } from '../../../law/testing/fixtures.ts';
import { PERSONAS } from '../../../law/testing/personas.ts';
import { answersFromInput } from '../../../app/checks/answersFromInput.ts';
import { roundTripTests } from './inverseTesting.ts';

const PROFILES: Record<string, CheckInput> = {
  ...Object.fromEntries(Object.entries(PERSONAS).map(([k, f]) => [k, f()])),
  fixture: buildInput(),
  fixedTermCollective: buildInput({ job: { contractMonths: 24, collectiveAgreement: true } }),
  vocationalTertiary: buildInput({ qualification: { level: 'vocational', tertiaryEquivalent: true, trainingYears: 3.5, germanAssessment: 'equivalent' } }),
  noQualification: buildInput({ qualification: { level: 'none', germanAssessment: 'none', awardedOn: undefined, obtainedIn: undefined, stateRecognisedAbroad: undefined, trainingYears: undefined, licence: undefined } }),
  pastJobsAndApplication: buildInput({
    applicationDate: '2026-03-01',
    experience: [
      { isco: '2512', from: '2016-01-01', to: '2018-12-31', relatedToQualification: true },
      { isco: '2511', from: '2019-01-01', to: '2026-04-01', relatedToQualification: false },
    ],
  }),
};


roundTripTests(PROFILES);

test('the facts the questionnaire does not ask are named, not lost silently', () => {
  const { dropped } = answersFromInput(buildInput(), { federalState: 'DE-RP' });
  assert.deepEqual(dropped.sort(), [
    'job.appropriateToQualification',
    'job.qualifiedEmployment',
    'job.regulated',
    'person.adequatePensionProvision',
    'person.asylblgBenefitsLast24Months',
    'person.lawfulStayMonthsLast5Years',
    'qualification.licence',
  ]);
  const developer = answersFromInput(PERSONAS.developer(), { federalState: 'DE-BY' });
  assert.deepEqual(developer.dropped.sort(), ['experience.0.relatedToQualification', 'job.collectiveAgreement', 'job.contractMonths', 'person.firstTitleInGermany']);
});

test('without a job offer, the job page takes the given Land and the latest work as occupation', () => {
  const { answers } = answersFromInput(PERSONAS.engineer(), { federalState: 'DE-BY' });
  assert.equal(answers.job?.hasOffer, false);
  assert.equal(answers.job?.federalState, 'DE-BY');
  assert.ok(answers.occupation?.occupationId);
});
