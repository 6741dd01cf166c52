// Issue 12: the questionnaire's application date and degree-equivalent tertiary programme, from the form to the
// CheckInput and back (both sides of each boundary; a wrong answer names its field and keeps the others).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJob, parseQualification } from './parse.ts';
import { formValuesOf, readStoredAnswers } from './stored.ts';
import { buildCheckInput } from './build.ts';
import type { Answers } from './model.ts';

const TODAY = '2026-01-15';
const job = { hasOffer: 'yes', salary: '52.000', collectiveAgreement: 'no', contract: 'open', federalState: 'DE-RP', decisionDate: '2026-04-01' };
const vocational = { level: 'vocational', obtainedIn: 'abroad', stateRecognised: 'yes', awardedOn: '2024-07-01', trainingYears: '3', assessment: 'none' };

test('the application date is optional, may equal the reference date, and not fall after it or before 18.11.2023', () => {
  const none = parseJob(job, TODAY);
  assert.ok(none.ok && none.value.applicationDate === undefined);
  for (const [applicationDate, expected] of [
    ['2026-04-01', '2026-04-01'],
    ['31.03.2026', '2026-03-31'],
    ['2023-11-18', '2023-11-18'],
  ] as const) {
    const r = parseJob({ ...job, applicationDate }, TODAY);
    assert.ok(r.ok, `${applicationDate}: ${JSON.stringify(r)}`);
    assert.equal(r.value.applicationDate, expected);
  }
  for (const applicationDate of ['2026-04-02', '2023-11-17', 'bald', '2026-02-30']) {
    const r = parseJob({ ...job, applicationDate, municipality: 'Kaiserslautern' }, TODAY);
    assert.ok(!r.ok, applicationDate);
    assert.deepEqual(r.errors.map((e) => e.field), ['applicationDate'], applicationDate);
    assert.equal(r.values.municipality, 'Kaiserslautern', 'the other answers are kept');
  }
});

test('without a reference date the application date may not be after today, the default reference date', () => {
  const r = parseJob({ ...job, decisionDate: '', applicationDate: '2026-01-16' }, TODAY);
  assert.ok(!r.ok);
  assert.deepEqual(r.errors.map((e) => e.field), ['applicationDate']);
});

test('the tertiary answer is read for a vocational qualification only; "do not know" leaves it open', () => {
  const yes = parseQualification({ ...vocational, tertiaryEquivalent: 'yes' }, TODAY);
  assert.ok(yes.ok && yes.value.tertiaryEquivalent === true);
  const no = parseQualification({ ...vocational, tertiaryEquivalent: 'no' }, TODAY);
  assert.ok(no.ok && no.value.tertiaryEquivalent === false);
  const unknown = parseQualification({ ...vocational, tertiaryEquivalent: 'unknown' }, TODAY);
  assert.ok(unknown.ok && unknown.value.tertiaryEquivalent === undefined);
  const academic = parseQualification({ ...vocational, level: 'academic', tertiaryEquivalent: 'yes' }, TODAY);
  assert.ok(academic.ok && academic.value.tertiaryEquivalent === undefined, 'hidden for a degree, and ignored');
  const bad = parseQualification({ ...vocational, tertiaryEquivalent: 'maybe' }, TODAY);
  assert.ok(!bad.ok);
  assert.deepEqual(bad.errors.map((e) => e.field), ['tertiaryEquivalent']);
  assert.equal(bad.values.awardedOn, '2024-07-01');
});

function answers(jobForm: Record<string, string>, qForm: Record<string, string>): Answers {
  const j = parseJob(jobForm, TODAY);
  const q = parseQualification(qForm, TODAY);
  assert.ok(j.ok && q.ok);
  return {
    occupation: { occupationId: 'softwareentwickler' },
    job: j.value,
    person: { citizenship: 'IN', birthDate: '1996-02-10', german: 'none', english: 'B2', firstTitle: true },
    qualification: q.value,
    experience: { entries: [] },
  };
}

test('both answers reach the CheckInput, and only when given', () => {
  const given = buildCheckInput(answers({ ...job, applicationDate: '2026-03-02' }, { ...vocational, tertiaryEquivalent: 'yes' }));
  assert.ok(given.ok, JSON.stringify(given));
  assert.equal(given.input.applicationDate, '2026-03-02');
  assert.equal(given.input.qualification.tertiaryEquivalent, true);
  assert.equal(given.input.qualification.trainingYears, 3);
  const absent = buildCheckInput(answers(job, vocational));
  assert.ok(absent.ok);
  assert.equal('applicationDate' in absent.input, false);
  assert.equal('tertiaryEquivalent' in absent.input.qualification, false);
});

test('saved answers are shown again and read back unchanged', () => {
  const a = answers({ ...job, applicationDate: '2026-03-02' }, { ...vocational, tertiaryEquivalent: 'no' });
  assert.equal(formValuesOf('job', a).applicationDate, '2026-03-02');
  assert.equal(formValuesOf('qualification', a).tertiaryEquivalent, 'no');
  const back = readStoredAnswers(JSON.parse(JSON.stringify(a)), TODAY);
  assert.equal(back.job?.applicationDate, '2026-03-02');
  assert.equal(back.qualification?.tertiaryEquivalent, false);
});
