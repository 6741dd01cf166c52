// The 2027 BBG is only a draft (BMAS Referentenentwurf of 21.09.2026): no threshold is in force, the conditions stay
// unknown and say what is expected; turning the draft into law is deleting one line (status: 'draft').

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Parameter } from './parameters/parameter.ts';
import { draftAt, valueAt } from './parameters/parameter.ts';
import { bbg } from './parameters/bbg.ts';
import type { SalaryKind } from './salary.ts';
import { lookUpThreshold, salaryCondition, salaryHint, salaryThreshold, thresholdEur } from './salary.ts';
import { NOT_IN_FORCE, PUBLISHED, UNPUBLISHED } from './testing/years.ts';

const DRAFT_YEAR = NOT_IN_FORCE;
const draftValue = bbg.values.find((v) => v.status === 'draft');

// The draft's figures (updates-2026-12.md §1: "if adopted unchanged: Blue Card 53,100 / 48,108.60 €, § 6 BeschV
// 47,790 €, 45+ rule 58,410 €"), an independent check of BBG × share.
const EXPECTED: Array<{ kind: SalaryKind; eur: number; de: string; en: string }> = [
  { kind: 'blueCardStandard', eur: 53_100, de: '53.100', en: '53,100' },
  { kind: 'blueCardReduced', eur: 48_108.6, de: '48.108,60', en: '48,108.60' },
  { kind: 'experience', eur: 47_790, de: '47.790', en: '47,790' },
  { kind: 'age45', eur: 58_410, de: '58.410', en: '58,410' },
];

test('The data carries the 2027 BBG as a draft of the BMAS of 21.09.2026, in the year after the last one in force', () => {
  assert.ok(draftValue, 'no draft BBG value');
  assert.equal(draftValue.validFrom, `${DRAFT_YEAR}-01-01`);
  assert.equal(draftValue.value, 106_200);
  assert.match(draftValue.draftOf?.de ?? '', /BMAS vom 21\.09\.2026/);
});

test('valueAt never returns a draft; draftAt returns it only inside its window', () => {
  assert.equal(valueAt(bbg, `${DRAFT_YEAR}-01-01`), undefined);
  assert.equal(valueAt(bbg, `${DRAFT_YEAR}-12-31`), undefined);
  assert.equal(draftAt(bbg, `${DRAFT_YEAR}-01-01`)?.value, 106_200);
  assert.equal(draftAt(bbg, `${DRAFT_YEAR}-12-31`)?.value, 106_200);
  // both sides of the window: the last day in force has a value and no draft, the first day after has neither
  assert.equal(valueAt(bbg, `${PUBLISHED}-12-31`)?.value, 101_400);
  assert.equal(draftAt(bbg, `${PUBLISHED}-12-31`), undefined);
  assert.equal(draftAt(bbg, `${UNPUBLISHED}-01-01`), undefined);
  assert.equal(valueAt(bbg, `${UNPUBLISHED}-01-01`), undefined);
});

for (const row of EXPECTED) {
  test(`${row.kind}: on 31.12.${PUBLISHED} a threshold is in force; from 01.01.${DRAFT_YEAR} only the draft's ${row.en} € is expected, and the condition stays unknown`, () => {
    assert.equal(salaryThreshold(row.kind, `${PUBLISHED}-12-31`).status, 'published');
    const t = salaryThreshold(row.kind, `${DRAFT_YEAR}-01-01`);
    assert.equal(t.status, 'draft');
    assert.equal(thresholdEur(t), null);
    if (t.status !== 'draft') return;
    assert.equal(t.expectedEur, row.eur);
    for (const salary of [1, row.eur, 1_000_000]) {
      const c = salaryCondition({ salaryEur: salary, threshold: t, ref: '§ X' });
      assert.equal(c.met, null, `salary ${salary}`);
      assert.equal(c.missing, undefined);
      assert.ok(c.say('de').includes(`Erwartet ab 01.01.${DRAFT_YEAR}: ${row.de} € (Entwurf des BMAS vom 21.09.2026, noch nicht in Kraft)`), c.say('de'));
      assert.ok(c.say('en').includes(`(BMAS draft of 21 September 2026, not yet in force)`), c.say('en'));
      assert.ok(c.say('en').includes(`€${row.en}`), c.say('en'));
    }
    // a draft never yields a "raise the salary" hint
    assert.equal(salaryHint(1, t), undefined);
  });
}

test(`In ${UNPUBLISHED}, a year without even a draft, the thresholds are still simply not published`, () => {
  for (const row of EXPECTED) assert.equal(salaryThreshold(row.kind, `${UNPUBLISHED}-06-01`).status, 'not_published');
});

test('Turning the draft into law is a one-line data change: the copy without `status` decides the condition', () => {
  assert.ok(draftValue);
  // the one line: delete `status: 'draft'` from the value
  const { status: _dropped, ...inForce } = draftValue;
  const enacted: Parameter<number> = { ...bbg, values: bbg.values.map((v) => (v === draftValue ? inForce : v)) };
  const date = `${DRAFT_YEAR}-03-01`;
  for (const row of EXPECTED) {
    const t = lookUpThreshold(row.kind, date, enacted);
    assert.equal(t.status, 'published', row.kind);
    assert.equal(thresholdEur(t), row.eur, row.kind);
    assert.equal(salaryCondition({ salaryEur: row.eur, threshold: t, ref: '§ X' }).met, true, row.kind);
    assert.equal(salaryCondition({ salaryEur: row.eur - 0.01, threshold: t, ref: '§ X' }).met, false, row.kind);
  }
  // the registered data is untouched: still a draft
  assert.equal(salaryThreshold('blueCardStandard', date).status, 'draft');
});
