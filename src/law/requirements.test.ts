import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFacts } from './testing/fixtures.ts';
import { age45Condition, cefrAtLeast, germanCondition, jobOfferCondition, licenceCondition } from './requirements.ts';
import { refEn } from './citation.ts';

test('A German citation reads as an English one in English texts', () => {
  assert.equal(refEn('§ 18g Abs. 1 S. 2 Nr. 1 AufenthG'), 'section 18g (1) sentence 2 no. 1 AufenthG');
  assert.equal(refEn('§ 19c Abs. 2 AufenthG i. V. m. § 6 BeschV'), 'section 19c (2) AufenthG in conjunction with section 6 BeschV');
});

test('The job-offer condition is met with the job named, and unknown without a job', () => {
  const f = buildFacts();
  assert.equal(jobOfferCondition(f.job).met, true);
  assert.match(jobOfferCondition(f.job).say('de'), /ISCO-08 2512, 52\.000 €/);
  assert.equal(jobOfferCondition(undefined).met, null);
});

const licenceCases: Array<[string, boolean | undefined, 'not_needed' | 'granted' | 'promised' | 'missing' | undefined, boolean | null | 'absent']> = [
  ['A job that is not regulated needs no licence condition', false, 'missing', 'absent'],
  ['A regulated job with the licence granted meets § 18 (2) Nr. 3', true, 'granted', true],
  ['A regulated job with the licence promised meets § 18 (2) Nr. 3', true, 'promised', true],
  ['A regulated job with the licence missing fails § 18 (2) Nr. 3', true, 'missing', false],
  ['A regulated job without a statement on the licence is unknown', true, undefined, null],
  ['A regulated job marked "no licence needed" is unknown: the facts contradict each other', true, 'not_needed', null],
];
for (const [name, regulated, licence, expected] of licenceCases) {
  test(name, () => {
    const c = licenceCondition(buildFacts({ job: { regulated }, qualification: { licence } }));
    if (expected === 'absent') assert.equal(c, undefined);
    else assert.equal(c?.met, expected);
  });
}

test('CEFR levels compare in order, and "none" is below A1', () => {
  assert.equal(cefrAtLeast('B1', 'B1'), true);
  assert.equal(cefrAtLeast('A2', 'B1'), false);
  assert.equal(cefrAtLeast('C2', 'A1'), true);
  assert.equal(cefrAtLeast('none', 'A1'), false);
});

test('A missing German level yields a language hint naming the level', () => {
  const r = germanCondition('A2', 'B1', '§ 6 BeschV a. F.');
  assert.equal(r.condition.met, false);
  assert.equal(r.hint?.target, 'B1');
  assert.equal(germanCondition('B2', 'B1', '§ 6 BeschV a. F.').hint, undefined);
});

test('The 45+ rule states the age and the 45th birthday for someone younger', () => {
  const r = age45Condition(buildFacts({ person: { birthDate: '1990-07-15' } }), '2026-04-01');
  assert.equal(r.condition.met, true);
  assert.equal(r.threshold, undefined);
  assert.match(r.condition.say('de'), /35 Jahre alt.*15\.07\.2035/);
});

test('The 45+ rule flagged unconfirmed carries the verify note only where it applies', () => {
  const young = age45Condition(buildFacts(), '2026-04-01', '§ 1 Abs. 2 BeschV', { unconfirmed: true });
  assert.equal(young.condition.unconfirmed, undefined);
  const old = age45Condition(buildFacts({ person: { birthDate: '1970-01-01' }, job: { annualGrossSalaryEur: 60_000 } }), '2026-04-01', '§ 1 Abs. 2 BeschV', {
    unconfirmed: true,
  });
  assert.equal(old.condition.met, true);
  assert.equal(old.condition.unconfirmed, true);
  assert.equal(old.threshold?.status, 'published');
});
