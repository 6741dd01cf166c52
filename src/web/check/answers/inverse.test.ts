// The inverse of buildCheckInput (src/app/checks/answersFromInput.ts): a CheckInput → the questionnaire's answers →
// stored and read back as the pages read them (readStoredAnswers re-parses each page) → buildCheckInput gives the
// same input, except for the facts the inverse says the questionnaire cannot hold (`dropped`); and an input the
// questionnaire can hold comes back exactly, with nothing dropped.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckInput } from '../../../law/types.ts';
import { buildInput } from '../../../law/testing/fixtures.ts';
import { PERSONAS } from '../../../law/testing/personas.ts';
import { answersFromInput } from '../../../app/checks/answersFromInput.ts';
import { buildCheckInput } from './build.ts';
import { readStoredAnswers } from './stored.ts';

/** The dotted paths where a and b differ (a key absent on one side counts). */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = Array.isArray(a) || Array.isArray(b)
      ? Array.from({ length: Math.max((a as unknown[]).length ?? 0, (b as unknown[]).length ?? 0) }, (_, i) => String(i))
      : [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`));
  }
  return Object.is(a, b) ? [] : [path];
}

function roundTrip(input: CheckInput): { built: ReturnType<typeof buildCheckInput>; dropped: string[] } {
  const { answers, dropped } = answersFromInput(input, { federalState: 'DE-RP' });
  // as saved in saved_checks.answers (JSON) and read back by the questionnaire on the day of the check
  const stored = readStoredAnswers(JSON.parse(JSON.stringify(answers)), input.decisionDate);
  return { built: buildCheckInput(stored), dropped };
}

const covered = (path: string, dropped: string[]) => dropped.some((d) => path === d || path.startsWith(`${d}.`));

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

const EXAMPLES = fileURLToPath(new URL('../../../../../shared/contract/examples/', import.meta.url));
if (existsSync(EXAMPLES)) {
  for (const f of readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'))) {
    PROFILES[`contract ${f}`] = (JSON.parse(readFileSync(EXAMPLES + f, 'utf8')) as { input: CheckInput }).input;
  }
}

for (const [name, input] of Object.entries(PROFILES)) {
  test(`${name}: input → answers → buildCheckInput differs only where the inverse says it drops a fact`, () => {
    const { built, dropped } = roundTrip(input);
    if (!built.ok) {
      // the one page that may stay unanswered is the occupation: when the job's ISCO group has no occupation in the
      // catalogue (said: job.isco dropped), or without a job offer and without work the page could be answered from
      assert.deepEqual(built.missing, ['occupation'], JSON.stringify(built));
      assert.ok(input.job === undefined ? dropped.includes('experience.0') || input.experience.length === 0 : dropped.includes('job.isco'));
      return;
    }
    const diff = differences(built.input, input);
    assert.deepEqual(diff.filter((p) => !covered(p, dropped)), [], `dropped: ${dropped.join(', ')}`);
  });

  test(`${name}: what the questionnaire can hold comes back exactly, with nothing dropped`, () => {
    const first = roundTrip(input);
    if (!first.built.ok) return;
    const again = roundTrip(first.built.input);
    assert.deepEqual(again.dropped, []);
    assert.ok(again.built.ok);
    assert.deepEqual(again.built.input, first.built.input);
  });
}

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
