// The candidate form ↔ the use case's input: a stored candidate's values come back as the same facts; empty groups are
// not sent; a group begun is sent as typed; what the form does not show stays; an experience error names its row.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitCheckInput } from '../../app/candidates/checkFacts.ts';
import { wfe } from '../../app/common/errors.ts';
import { buildInput } from '../../law/testing/fixtures.ts';
import { PERSONAS } from '../../law/testing/personas.ts';
import { formErrors, formFromCandidate, inputFromForm } from './form.ts';

const row = (facts: unknown) => ({
  name: 'N',
  birthDate: '1992-03-14',
  citizenship: 'PH',
  email: null,
  phone: null,
  preferredLanguage: 'de',
  otherLanguages: null,
  recognitionStatus: 'partial',
  notes: null,
  facts,
});

test('the form of a stored candidate gives its facts back', () => {
  for (const input of [...Object.values(PERSONAS).map((f) => f()), buildInput({ qualification: { level: 'vocational', licence: 'granted', tertiaryEquivalent: true } })]) {
    const { facts } = splitCheckInput(input).candidate;
    // the form's facts only (the person's extra facts and the rest are kept from the stored candidate)
    const back = inputFromForm(formFromCandidate(row(facts)), facts).input;
    assert.deepEqual(JSON.parse(JSON.stringify(back.facts)), JSON.parse(JSON.stringify(facts)));
    assert.equal(back.citizenship, 'PH');
    assert.equal(back.recognitionStatus, 'partial');
  }
});

test('empty groups are not facts; a begun group is sent as typed, to be named', () => {
  assert.deepEqual(inputFromForm({ name: 'N' }).input.facts, {});
  const begun = inputFromForm({ name: 'N', english: 'B2', qualificationTrainingYears: '3,5', qualificationAwardedOn: '31.03.2014' }).input.facts as Record<string, Record<string, unknown>>;
  assert.deepEqual(begun.person, { german: '', english: 'B2' });
  assert.deepEqual(begun.qualification, { level: '', germanAssessment: '', awardedOn: '2014-03-31', trainingYears: 3.5 });
});

test('an experience error names the form row it came from; a current job has no end', () => {
  const { input, experienceRows } = inputFromForm({ name: 'N', experience2Isco: '2512', experience2From: '2020-01-01', experience4Isco: '25', experience4From: '2021-01-01', experience4To: '2022-01-01' });
  assert.deepEqual((input.facts as { experience: unknown[] }).experience, [
    { isco: '2512', from: '2020-01-01' },
    { isco: '25', from: '2021-01-01', to: '2022-01-01' },
  ]);
  assert.deepEqual(experienceRows, [2, 4]);
  assert.deepEqual(formErrors([wfe('experience1Isco', 'invalid'), wfe('german', 'invalid')], experienceRows).map((e) => e.field), ['experience4Isco', 'german']);
});
