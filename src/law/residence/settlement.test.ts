// The settlement moves as law tables: § 18c Abs. 1, § 18c Abs. 2, § 9 and § 9a AufenthG, both sides of every boundary.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Cefr } from '../types.ts';
import { addDays, addMonths } from '../dates.ts';
import { blueCardHolder, met, move, skilledWorker, vary } from './testing.ts';

// Blue Card employment with contributions since 2025-01-15: months on the decision date, with German at a level
const BLUE_CARD_TABLE: Array<{ german: Cefr; months: number; outcome: string; earliest: string | null }> = [
  { german: 'B1', months: 20, outcome: 'not_yet', earliest: '2026-10-15' },
  { german: 'B1', months: 21, outcome: 'open', earliest: null },
  { german: 'C1', months: 21, outcome: 'open', earliest: null },
  { german: 'A1', months: 26, outcome: 'not_yet', earliest: '2027-04-15' },
  { german: 'A1', months: 27, outcome: 'open', earliest: null },
  { german: 'A2', months: 26, outcome: 'not_yet', earliest: '2027-04-15' },
  { german: 'A2', months: 27, outcome: 'open', earliest: null },
  { german: 'none', months: 40, outcome: 'closed', earliest: null },
];

for (const row of BLUE_CARD_TABLE) {
  test(`§ 18c (2): German ${row.german}, ${row.months} months of Blue Card employment: ${row.outcome}`, () => {
    // the decision date on which the employment from 2025-01-15 has lasted exactly `months` months
    const date = addMonths('2025-01-15', row.months);
    const input = vary(blueCardHolder(date), (x) => {
      x.person.german = row.german;
    });
    const m = move(input, 'settlement-18c2');
    assert.equal(m.outcome, row.outcome);
    assert.equal(m.earliestDate, row.earliest);
    assert.equal(met(m, 'german'), row.german !== 'none');
    if (row.german !== 'none') {
      const c = m.conditions.find((x) => x.id === 'blue_card_months')!;
      assert.match(c.text.en, new RegExp(`^${row.months} of ${row.german === 'A1' || row.german === 'A2' ? 27 : 21} months`));
      assert.equal(c.ref, row.german === 'A1' || row.german === 'A2' ? '§ 18c Abs. 2 S. 1 AufenthG' : '§ 18c Abs. 2 S. 2 AufenthG');
    }
  });
}

test('§ 18c (2): the day before 21 months is not yet; the § 9 list under (2) is carried as unconfirmed', () => {
  const m = move(blueCardHolder(addDays('2026-10-15', -1)), 'settlement-18c2');
  assert.equal(m.outcome, 'not_yet');
  assert.equal(m.earliestDate, '2026-10-15');
  for (const id of ['means', 'basic_knowledge', 'living_space']) {
    const c = m.conditions.find((x) => x.id === id)!;
    assert.equal(c.unconfirmed, true, id);
    assert.match(c.text.de, /prüfen/);
  }
  assert.ok(m.hints.some((h) => /öffentlichen Sicherheit/.test(h.de)), 'public-safety hint');
});

test('§ 18c (2): only Blue Card employment counts; a § 18b period before it does not', () => {
  const input = vary(blueCardHolder('2026-11-16'), (x) => {
    x.residenceHistory = [
      { titleId: '18b', from: '2023-01-01', to: '2025-01-09' },
      { titleId: '18g-standard', from: '2025-01-10', to: null },
    ];
    x.employment = [
      { titleId: '18b', from: '2023-01-02', to: '2025-01-14', pensionInsured: true },
      { titleId: '18g-standard', from: '2025-01-15', to: null, pensionInsured: true },
    ];
    x.person.german = 'A1';
  });
  const m = move(input, 'settlement-18c2');
  assert.equal(m.outcome, 'not_yet');
  assert.match(m.conditions.find((c) => c.id === 'blue_card_months')!.text.en, /^22 of 27/);
  // § 18c (1) counts the § 18b and the Blue Card titles as one chain since 2023-01-01: 46 months
  const s1 = move(input, 'settlement-18c1');
  assert.equal(met(s1, 'title_months'), true);
  assert.equal(met(s1, 'german'), false);
  assert.equal(s1.outcome, 'closed');
});

test('§ 18c (2) with A1: a hint names the shorter period with B1', () => {
  const m = move(vary(blueCardHolder('2026-11-16'), (x) => void (x.person.german = 'A2')), 'settlement-18c2');
  assert.equal(m.outcome, 'not_yet');
  assert.ok(m.hints.some((h) => /With German at B1, 21 months suffice, already reached/.test(h.en)));
});

// § 18c (1): a § 18b holder with title and contributions since 2024-05-02
const SKILLED_TABLE: Array<{ obtainedIn: 'DE' | 'abroad' | undefined; months: number; title: boolean | null; outcome: string; earliest: string | null }> = [
  { obtainedIn: 'abroad', months: 35, title: false, outcome: 'not_yet', earliest: '2027-05-02' },
  { obtainedIn: 'abroad', months: 36, title: true, outcome: 'open', earliest: null },
  { obtainedIn: 'DE', months: 23, title: false, outcome: 'not_yet', earliest: '2026-05-02' },
  { obtainedIn: 'DE', months: 24, title: true, outcome: 'open', earliest: null },
  // where the degree was obtained is not given: between 24 and 36 months unknown, below 24 not yet (until 36)
  { obtainedIn: undefined, months: 23, title: false, outcome: 'not_yet', earliest: '2027-05-02' },
  { obtainedIn: undefined, months: 24, title: null, outcome: 'unknown', earliest: null },
  { obtainedIn: undefined, months: 36, title: true, outcome: 'open', earliest: null },
];

for (const row of SKILLED_TABLE) {
  test(`§ 18c (1): degree obtained ${row.obtainedIn ?? 'where not given'}, ${row.months} months: ${row.outcome}`, () => {
    const input = vary(skilledWorker(addMonths('2024-05-02', row.months)), (x) => {
      if (row.obtainedIn === undefined) delete x.qualification!.obtainedIn;
      else x.qualification!.obtainedIn = row.obtainedIn;
    });
    const m = move(input, 'settlement-18c1');
    assert.equal(met(m, 'title_months'), row.title);
    assert.equal(met(m, 'pension_months'), row.title);
    assert.equal(m.outcome, row.outcome);
    assert.equal(m.earliestDate, row.earliest);
  });
}

test('§ 18c (1): German B1 required (A2 closes), the job must still fit, a Chancenkarte is no qualifying title', () => {
  const base = skilledWorker('2027-06-01');
  assert.equal(move(base, 'settlement-18c1').outcome, 'open');
  assert.equal(move(vary(base, (x) => void (x.person.german = 'A2')), 'settlement-18c1').outcome, 'closed');
  const noJob = move(vary(base, (x) => void (x.currentTitle.jobMeetsTitleConditions = false)), 'settlement-18c1');
  assert.equal(noJob.outcome, 'closed');
  const unknownJob = move(vary(base, (x) => delete x.currentTitle.jobMeetsTitleConditions), 'settlement-18c1');
  assert.equal(unknownJob.outcome, 'unknown');
  assert.equal(met(unknownJob, 'job'), null);
});

test('§ 18c (1): a chain with a gap restarts; the § 85 hint names the gap', () => {
  const input = vary(skilledWorker('2026-11-02'), (x) => {
    x.residenceHistory = [
      { titleId: '18b', from: '2021-01-01', to: '2023-12-31' },
      { titleId: '18b', from: '2024-05-02', to: null },
    ];
  });
  const m = move(input, 'settlement-18c1');
  assert.equal(met(m, 'title_months'), false);
  assert.match(m.conditions.find((c) => c.id === 'title_months')!.text.en, /^30 of 36 months .*since 2 May 2024/);
  const hint = m.hints.find((h) => h.ref === '§ 85 AufenthG')!;
  assert.match(hint.en, /restarts on 2 May 2024 after a gap \(up to 31 December 2023\)/);
  // without the gap the chain runs from 2021: 70 months
  const joined = move(vary(input, (x) => void (x.residenceHistory[0]!.to = '2024-05-01')), 'settlement-18c1');
  assert.equal(met(joined, 'title_months'), true);
});

test('§ 18c (1): a month-end start (from 2024-01-31) reaches 36 months on 2027-01-31, not before', () => {
  const at = (date: string) =>
    vary(skilledWorker(date), (x) => {
      x.residenceHistory = [{ titleId: '18b', from: '2024-01-31', to: null }];
      x.employment = [{ titleId: '18b', from: '2024-01-31', to: null, pensionInsured: true }];
    });
  const before = move(at('2027-01-30'), 'settlement-18c1');
  assert.equal(before.outcome, 'not_yet');
  assert.equal(before.earliestDate, '2027-01-31');
  assert.equal(move(at('2027-01-31'), 'settlement-18c1').outcome, 'open');
  // 13 months from 31 January end with February: 13 on 1 March 2025, 12 on 28 February
  assert.match(move(at('2025-03-01'), 'settlement-18c1').conditions.find((c) => c.id === 'title_months')!.text.en, /^13 of 36/);
  assert.match(move(at('2025-02-28'), 'settlement-18c1').conditions.find((c) => c.id === 'title_months')!.text.en, /^12 of 36/);
});

// § 9: 60 months with a title and 60 months of contributions
for (const [months, outcome] of [
  [59, 'not_yet'],
  [60, 'open'],
] as const) {
  test(`§ 9: ${months} months of residence and contributions: ${outcome}`, () => {
    const m = move(skilledWorker(addMonths('2024-05-02', months)), 'settlement-9');
    assert.equal(m.outcome, outcome);
    assert.equal(m.earliestDate, outcome === 'open' ? null : '2029-05-02');
    assert.equal(met(m, 'residence_months'), months >= 60);
    assert.equal(met(m, 'pension_months'), months >= 60);
  });
}

test('§ 9: study periods count in full (with a hint), any title joins the chain; contributions are missing: not yet', () => {
  const input = vary(skilledWorker('2026-11-02'), (x) => {
    x.residenceHistory = [
      { titleId: 'study', from: '2019-10-01', to: '2023-09-30' },
      { titleId: 'other', from: '2023-10-01', to: '2024-05-01' },
      { titleId: '18b', from: '2024-05-02', to: null },
    ];
  });
  const m = move(input, 'settlement-9');
  assert.equal(met(m, 'residence_months'), true);
  assert.equal(met(m, 'pension_months'), false);
  assert.equal(m.earliestDate, '2029-05-02');
  assert.ok(m.hints.some((h) => h.ref === '§ 9 Abs. 4 AufenthG'));
  // voluntary contributions fill the gap: 30 + 30 = 60
  assert.equal(move(vary(input, (x) => void (x.additionalPensionMonths = 30)), 'settlement-9').outcome, 'open');
  assert.equal(move(vary(input, (x) => void (x.additionalPensionMonths = 29)), 'settlement-9').outcome, 'not_yet');
});

test('§ 9a: 60 months of contributions suffice; below 60 the number is unconfirmed (unknown), not closed', () => {
  const input = vary(skilledWorker('2029-05-02'), (x) => {
    x.residenceHistory = [
      { titleId: 'study', from: '2019-10-01', to: '2024-05-01' },
      { titleId: '18b', from: '2024-05-02', to: null },
    ];
  });
  const open = move(input, 'eu-long-term-9a');
  assert.equal(open.outcome, 'open');
  const below = move(vary(input, (x) => void (x.decisionDate = '2029-05-01')), 'eu-long-term-9a');
  assert.equal(met(below, 'residence_months'), true);
  assert.equal(met(below, 'pension_months'), null);
  assert.equal(below.conditions.find((c) => c.id === 'pension_months')!.unconfirmed, true);
  assert.equal(below.outcome, 'unknown');
  assert.equal(below.earliestDate, null);
});

test('§ 9a: a Chancenkarte as current title is unconfirmed (unknown); § 9a then waits for 60 months', () => {
  const input = vary(skilledWorker('2026-05-04'), (x) => {
    x.currentTitle = { id: '20a-skilled', issuedOn: '2025-11-01', validUntil: '2026-10-31' };
    x.residenceHistory = [{ titleId: '20a-skilled', from: '2025-11-01', to: null }];
    x.employment = [];
  });
  const m = move(input, 'eu-long-term-9a');
  assert.equal(met(m, 'title_type'), null);
  assert.equal(m.conditions.find((c) => c.id === 'title_type')!.unconfirmed, true);
  assert.equal(m.outcome, 'not_yet');
  // no contributions and no ongoing employment: waiting alone never reaches 60 months
  assert.equal(m.earliestDate, null);
});

test('Absent household facts and an absent orientation test make those conditions unknown, never guessed', () => {
  const input = vary(skilledWorker('2027-06-01'), (x) => {
    delete x.household;
    delete x.person.orientationTestPassed;
  });
  for (const id of ['settlement-18c1', 'settlement-9'] as const) {
    const m = move(input, id);
    assert.equal(met(m, 'means'), null);
    assert.equal(met(m, 'living_space'), null);
    assert.equal(met(m, 'basic_knowledge'), null);
  }
  assert.equal(move(input, 'settlement-18c1').outcome, 'unknown');
});
