import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from './dates.ts';
import { REF_81_4, REF_82_1_6, monthsBefore, reminderHorizon, titleDates, titleStateOn } from './residenceTitle.ts';

// The reminder is the same date three months earlier, or that month's last day when it has none.
const REMINDERS: [validUntil: string, reminderOn: string][] = [
  ['2027-05-15', '2027-02-15'],
  ['2027-05-31', '2027-02-28'],
  ['2028-05-31', '2028-02-29'],
  ['2027-05-28', '2027-02-28'],
  ['2027-03-31', '2026-12-31'],
  ['2027-01-01', '2026-10-01'],
  ['2026-12-31', '2026-09-30'],
];
for (const [validUntil, reminderOn] of REMINDERS) {
  test(`A title valid until ${validUntil} is reminded of on ${reminderOn}; the application is due by ${validUntil} (${REF_81_4})`, () => {
    const d = titleDates({ titleRouteId: '18b', issuedOn: '2025-01-01', validUntil });
    assert.equal(d.reminderOn, reminderOn);
    assert.deepEqual(d.applyBy, { date: validUntil, ref: REF_81_4 });
    assert.equal(d.expiredFrom, addDays(validUntil, 1));
    assert.deepEqual(d.blueCardNotice, { status: 'not_applicable' });
  });
}

test('monthsBefore also crosses years backwards', () => {
  assert.equal(monthsBefore('2027-02-10', 3), '2026-11-10');
  assert.equal(monthsBefore('2027-02-10', 0), '2027-02-10');
  assert.equal(monthsBefore('2027-02-10', 14), '2025-12-10');
});

// The state on a date, both sides of each boundary.
const STATES: [validUntil: string, date: string, state: string][] = [
  ['2027-05-31', '2027-02-27', 'valid'],
  ['2027-05-31', '2027-02-28', 'reminder'],
  ['2027-05-31', '2027-05-31', 'reminder'],
  ['2027-05-31', '2027-06-01', 'expired'],
  ['2027-05-15', '2027-02-14', 'valid'],
  ['2027-05-15', '2027-02-15', 'reminder'],
];
for (const [validUntil, date, state] of STATES) {
  test(`A title valid until ${validUntil} is ${state} on ${date}`, () => {
    assert.equal(titleStateOn({ validUntil }, date), state);
  });
}

test('The reminder horizon of a day is the last validUntil whose reminder is due that day: one day later it is not', () => {
  for (const date of ['2027-02-28', '2028-02-29', '2027-02-27', '2026-11-30', '2026-12-01', '2027-01-31', '2026-12-15', '2027-06-30']) {
    const h = reminderHorizon(date);
    assert.equal(titleStateOn({ validUntil: h }, date), 'reminder', `${date}: ${h} is due`);
    assert.equal(titleStateOn({ validUntil: addDays(h, 1) }, date), 'valid', `${date}: the day after ${h} is not`);
  }
  // on 28 February (common year) the titles up to 31 May are due; on the 27th those up to 27 May
  assert.equal(reminderHorizon('2027-02-28'), '2027-05-31');
  assert.equal(reminderHorizon('2027-02-27'), '2027-05-27');
});

// The Blue Card's 12 months run from the start of employment; the last day of the duty is the day before the same date
// a year later (§ 188 Abs. 2 BGB), or the month's last day when that date does not exist.
const NOTICES: [from: string, until: string][] = [
  ['2025-01-15', '2026-01-14'],
  ['2024-02-29', '2025-02-28'],
  ['2025-03-01', '2026-02-28'],
  ['2023-11-18', '2024-11-17'],
];
for (const [from, until] of NOTICES) {
  test(`Blue Card employment from ${from}: changes of employer are notified until ${until} (${REF_82_1_6})`, () => {
    for (const route of ['18g-standard', '18g-shortage', '18g-new-entrant', '18g-it'] as const) {
      const d = titleDates({ titleRouteId: route, issuedOn: from, validUntil: '2029-01-01', employmentFrom: from });
      assert.deepEqual(d.blueCardNotice, { status: 'known', from, until, months: 12, ref: REF_82_1_6 });
    }
  });
}

test('A Blue Card without the start of employment, or with one before 18 November 2023, leaves the notice period to be verified', () => {
  const base = { titleRouteId: '18g-standard' as const, issuedOn: '2023-06-01', validUntil: '2027-06-01' };
  assert.deepEqual(titleDates(base).blueCardNotice, { status: 'unknown', reason: 'employment_start_missing', ref: REF_82_1_6 });
  assert.deepEqual(titleDates({ ...base, employmentFrom: null }).blueCardNotice.status, 'unknown');
  assert.deepEqual(titleDates({ ...base, employmentFrom: '2023-11-17' }).blueCardNotice, { status: 'unknown', reason: 'before_rule', ref: REF_82_1_6 });
  assert.equal(titleDates({ ...base, employmentFrom: '2023-11-18' }).blueCardNotice.status, 'known');
});

test('Titles other than the Blue Card have no notice period', () => {
  for (const route of ['18a', '18b', '19c2-experience', '20a-skilled', 'other'] as const) {
    assert.deepEqual(titleDates({ titleRouteId: route, issuedOn: null, validUntil: '2028-01-01', employmentFrom: '2025-01-01' }).blueCardNotice, { status: 'not_applicable' });
  }
});
