import { test } from 'node:test';
import assert from 'node:assert/strict';
import { salaryCondition, salaryHint, salaryThreshold, thresholdEur } from './salary.ts';
import { UNPUBLISHED } from './testing/years.ts';

test('In 2026 the standard Blue Card threshold is 50 % of the BBG of 101,400 €, i.e. 50,700 €', () => {
  const t = salaryThreshold('blueCardStandard', '2026-04-01');
  assert.equal(t.status, 'published');
  assert.equal(thresholdEur(t), 50_700);
});

test(`On 31 December 2026 the 2026 figure applies; on 1 January after the last published year (${UNPUBLISHED}) no figure is published`, () => {
  assert.equal(thresholdEur(salaryThreshold('blueCardReduced', '2026-12-31')), 45_934.2);
  const t = salaryThreshold('blueCardReduced', `${UNPUBLISHED}-01-01`);
  assert.equal(t.status, 'not_published');
  assert.equal(thresholdEur(t), null);
});

test('The § 6 BeschV threshold is 60 % on 29 February 2024 and 45 % on 1 March 2024', () => {
  assert.equal(thresholdEur(salaryThreshold('experience', '2024-02-29')), 54_360);
  assert.equal(thresholdEur(salaryThreshold('experience', '2024-03-01')), 40_770);
});

test('Before 18 November 2023 no threshold of the reformed law is in force', () => {
  assert.equal(salaryThreshold('blueCardStandard', '2023-11-17').status, 'not_in_force');
});

test('A salary 3,700 € short of 50,700 € fails with a text naming both figures and the norm', () => {
  const c = salaryCondition({ salaryEur: 47_000, threshold: salaryThreshold('blueCardStandard', '2026-04-01'), ref: '§ 18g Abs. 1 S. 1 AufenthG' });
  assert.equal(c.met, false);
  assert.equal(c.id, 'salary');
  assert.equal(c.say('de'), 'Das Gehalt von 47.000 € liegt 3.700 € unter der Mindestgrenze von 50.700 € für 2026 (§ 18g Abs. 1 S. 1 AufenthG).');
  assert.equal(c.say('en'), 'The salary of €47,000 is €3,700 below the minimum of €50,700 for 2026 (section 18g (1) sentence 1 AufenthG).');
});

test('50,699.99 € misses 50,700 € by one cent; 50,700 € reaches it', () => {
  const t = salaryThreshold('blueCardStandard', '2026-04-01');
  const below = salaryCondition({ salaryEur: 50_699.99, threshold: t, ref: '§ 18g Abs. 1 S. 1 AufenthG' });
  assert.equal(below.met, false);
  assert.match(below.say('de'), /0,01 € unter/);
  assert.equal(salaryCondition({ salaryEur: 50_700, threshold: t, ref: '§ 18g Abs. 1 S. 1 AufenthG' }).met, true);
});

test(`In ${UNPUBLISHED} the salary condition is unknown and says the figure is not yet published`, () => {
  const c = salaryCondition({ salaryEur: 60_000, threshold: salaryThreshold('blueCardStandard', `${UNPUBLISHED}-03-01`), ref: '§ 18g Abs. 1 S. 1 AufenthG' });
  assert.equal(c.met, null);
  assert.match(c.say('de'), new RegExp(`${UNPUBLISHED}.*noch nicht veröffentlicht`));
  assert.match(c.say('en'), new RegExp(`${UNPUBLISHED}.*not been published yet`));
});

test('An exemption makes the condition met with its own text', () => {
  const c = salaryCondition({
    salaryEur: 40_000,
    threshold: salaryThreshold('experience', '2026-09-01'),
    ref: '§ 6 Abs. 1 S. 2 BeschV',
    exemption: { de: 'tarifgebunden', en: 'collective agreement' },
  });
  assert.equal(c.met, true);
  assert.equal(c.say('en'), 'collective agreement');
});

test('The salary hint names the target and the difference, and is absent when the salary suffices', () => {
  const t = salaryThreshold('blueCardStandard', '2026-04-01');
  const h = salaryHint(47_000, t);
  assert.ok(h);
  assert.equal(h.target, 50_700);
  assert.match(h.say('de'), /50\.700 € \(3\.700 € mehr\)/);
  assert.equal(salaryHint(50_700, t), undefined);
  assert.equal(salaryHint(1, salaryThreshold('blueCardStandard', `${UNPUBLISHED}-01-01`)), undefined);
});
