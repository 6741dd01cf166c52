import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, addMonths, daysInMonth, fromDay, isIsoDate, toDay } from './dates.ts';

// The calendar arithmetic against Date, which it replaced for speed.
const MS_PER_DAY = 86_400_000;
const viaDate = {
  toDay: (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY,
  fromDay: (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10),
  daysInMonth: (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate(),
};

/** 0001-01-01 … 9999-12-31 */
const dayArb = fc.integer({ min: viaDate.toDay('0001-01-01'), max: viaDate.toDay('9999-12-31') });
const pad = (n: number, width: number) => String(n).padStart(width, '0');

test('toDay and fromDay agree with Date on every day from year 1 to 9999, including leap days and century years', () => {
  fc.assert(
    fc.property(dayArb, (day) => {
      const iso = viaDate.fromDay(day);
      assert.equal(fromDay(day), iso);
      assert.equal(toDay(iso), day);
    }),
    { numRuns: 20_000 },
  );
  for (const iso of ['1899-12-31', '1900-01-01', '2099-12-31', '2100-01-01', '1900-02-28', '1900-03-01', '2000-02-29', '2000-03-01', '2100-02-28', '2100-03-01', '1970-01-01', '1969-12-31', '0100-01-01', '0099-12-31']) {
    assert.equal(toDay(iso), viaDate.toDay(iso), iso);
    assert.equal(fromDay(viaDate.toDay(iso)), viaDate.fromDay(viaDate.toDay(iso)), iso);
  }
});

test('toDay runs days and months past their end on as Date.UTC does, and reads years 0 to 99 as Date.UTC does', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
      const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      assert.equal(toDay(iso), viaDate.toDay(iso));
    }),
    { numRuns: 20_000 },
  );
});

test('daysInMonth and isIsoDate agree with Date', () => {
  for (let y = 0; y <= 2500; y++) {
    for (let m = 1; m <= 12; m++) assert.equal(daysInMonth(y, m), viaDate.daysInMonth(y, m), `${y}-${m}`);
  }
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2023-02-29'), false);
  assert.equal(isIsoDate('1900-02-29'), false);
  assert.equal(isIsoDate('2000-02-29'), true);
});

test('dates that are not of the form YYYY-MM-DD are refused', () => {
  for (const s of ['2024-1-01', '2024-01-1', '2024/01/01', '２０２４-01-01', '2024-01-01 ', ' 2024-01-01', '2024-0a-01', '+02024-01-01', '']) {
    assert.throws(() => toDay(s), RangeError, s);
  }
});

/** addMonths as it was written on Date */
function addMonthsViaDate(iso: string, n: number): string {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const total = y * 12 + (m - 1) + n;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const dim = viaDate.daysInMonth(ty, tm);
  if (d <= dim) return `${pad(ty, 4)}-${pad(tm, 2)}-${pad(d, 2)}`;
  return viaDate.fromDay(viaDate.toDay(`${pad(ty, 4)}-${pad(tm, 2)}-${pad(dim, 2)}`) + 1);
}

test('addDays and addMonths agree with Date', () => {
  fc.assert(
    fc.property(fc.integer({ min: viaDate.toDay('1800-01-01'), max: viaDate.toDay('2200-12-31') }), fc.integer({ min: -2000, max: 2000 }), (day, n) => {
      const iso = viaDate.fromDay(day);
      assert.equal(addDays(iso, n), viaDate.fromDay(day + n));
      assert.equal(addMonths(iso, n), addMonthsViaDate(iso, n));
    }),
    { numRuns: 20_000 },
  );
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  assert.equal(addMonths('2024-01-31', 1), '2024-03-01');
  assert.equal(addMonths('2023-12-31', -1), '2023-12-01');
  assert.equal(addMonths('2024-02-29', 12), '2025-03-01');
  assert.equal(addMonths('2024-02-29', -48), '2020-02-29');
});
