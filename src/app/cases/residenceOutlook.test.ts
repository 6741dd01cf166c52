// The residence check on a case's facts: what it assumes, what it lacks, and the Blue Card settlement dates with B1
// and with A1 on both sides of their boundaries (§ 18c Abs. 2 S. 1, 2 AufenthG: 21 months with B1, 27 with A1;
// a period of N months from day F is complete at the end of the day before the same day N months later).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { residenceOutlookOfCase } from './residenceOutlook.ts';
import type { CaseResidenceFacts } from './residenceOutlook.ts';

function facts(over: { today?: string; routeId?: string | null; issuedOn?: string | null; employmentFrom?: string | null; german?: 'A1' | 'B1' | 'none'; enteredOn?: string | null; plannedStart?: string | null; birthDate?: string | null } = {}): CaseResidenceFacts {
  return {
    today: over.today ?? '2026-12-04',
    candidate: {
      birthDate: over.birthDate === undefined ? '1992-04-12' : over.birthDate,
      citizenship: 'IN',
      facts: { person: { german: over.german ?? 'B1', english: 'B2' } },
    },
    title: {
      routeId: over.routeId === undefined ? '18g-standard' : over.routeId,
      issuedOn: over.issuedOn === undefined ? '2025-04-04' : over.issuedOn,
      validUntil: '2029-04-03',
      employmentFrom: over.employmentFrom ?? null,
    },
    enteredOn: over.enteredOn ?? null,
    plannedStart: over.plannedStart ?? null,
  };
}

test('a Blue Card issued 20 months ago: the settlement permit with B1 and with A1, dated; both sides of each boundary', () => {
  // once the months are reached the move is not "open" but unknown: the case does not record means, living space or
  // the orientation test, and the engine does not guess them
  const UNKNOWN = ['means', 'basic_knowledge', 'living_space'];
  const rows: Array<[string, string, 'unknown' | 'not_yet', string | null, 'unknown' | 'not_yet', string | null]> = [
    // today, employment from, B1 outcome, B1 date, A1 outcome, A1 date
    ['2026-12-04', '2025-04-04', 'not_yet', '2027-01-04', 'not_yet', '2027-07-04'],
    ['2027-01-03', '2025-04-04', 'not_yet', '2027-01-04', 'not_yet', '2027-07-04'],
    ['2027-01-04', '2025-04-04', 'unknown', null, 'not_yet', '2027-07-04'],
    ['2027-07-03', '2025-04-04', 'unknown', null, 'not_yet', '2027-07-04'],
    ['2027-07-04', '2025-04-04', 'unknown', null, 'unknown', null],
    ['2026-12-04', '2025-03-04', 'unknown', null, 'not_yet', '2027-06-04'],
  ];
  for (const [today, from, b1, b1Date, a1, a1Date] of rows) {
    const o = residenceOutlookOfCase(facts({ today, employmentFrom: from }));
    assert.equal(o.status, 'assessed', today);
    assert.deepEqual(o.blueCardSettlement, { b1: { outcome: b1, earliestDate: b1Date, unknown: UNKNOWN }, a1: { outcome: a1, earliestDate: a1Date, unknown: UNKNOWN } }, `${today} from ${from}`);
  }
});

test('the outlook says what it assumed: employment from the recorded start, else the planned start, else the title; residence from the entry', () => {
  assert.deepEqual(residenceOutlookOfCase(facts({ employmentFrom: '2025-05-01', enteredOn: '2025-03-20' })).assumed, {
    residenceFrom: '2025-03-20',
    employmentFrom: '2025-05-01',
    employmentFromSource: 'recorded',
  });
  assert.deepEqual(residenceOutlookOfCase(facts({ plannedStart: '2025-04-15' })).assumed?.employmentFromSource, 'plannedStart');
  assert.deepEqual(residenceOutlookOfCase(facts({ plannedStart: '2027-04-15' })).assumed?.employmentFromSource, 'titleIssued', 'a start still ahead is not assumed');
  assert.equal(residenceOutlookOfCase(facts({ enteredOn: '2025-06-01' })).assumed?.residenceFrom, '2025-04-04', 'an entry after the issue date does not shorten the period');
});

test('the candidate\'s own level decides the move; the engine\'s result lists every move', () => {
  const o = residenceOutlookOfCase(facts({ today: '2027-01-04', german: 'A1' }));
  const m = o.result!.moves.find((x) => x.id === 'settlement-18c2')!;
  assert.equal(m.outcome, 'not_yet');
  assert.equal(m.earliestDate, '2027-07-04');
  assert.ok(o.result!.moves.some((x) => x.id === 'employer-change'));
});

test('what the case lacks is named; the Blue Card dates still come when only the German level is missing', () => {
  assert.deepEqual(residenceOutlookOfCase(facts({ routeId: null, issuedOn: null })).gaps, ['title']);
  assert.deepEqual(residenceOutlookOfCase(facts({ routeId: 'other' })).gaps, ['titleRoute']);
  assert.deepEqual(residenceOutlookOfCase(facts({ birthDate: null })).gaps, ['birthDate']);
  const noGerman = facts();
  noGerman.candidate.facts = { person: { english: 'B2' } as never };
  const o = residenceOutlookOfCase(noGerman);
  assert.equal(o.status, 'incomplete');
  assert.deepEqual(o.gaps, ['german']);
  assert.equal(o.blueCardSettlement?.b1.earliestDate, '2027-01-04');
  assert.equal(o.blueCardSettlement?.a1.earliestDate, '2027-07-04');
});

test('not a Blue Card: no Blue Card dates; a title issued after today is reported as invalid, not guessed', () => {
  assert.equal(residenceOutlookOfCase(facts({ routeId: '18b' })).blueCardSettlement, null);
  const o = residenceOutlookOfCase(facts({ issuedOn: '2027-01-01' }));
  assert.equal(o.status, 'invalid');
  assert.ok(o.errors.length > 0);
});
