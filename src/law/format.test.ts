import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { eurDe, eurEn, numberDe, numberEn, pctDe, pctEn } from './format.ts';

// The shared formatters against toLocaleString, which builds a formatter on every call.
const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((c) => c / 100),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
);

test('eurDe and eurEn read as toLocaleString with two decimals when there are cents', () => {
  for (const n of [47_000, 45_934.2, 0, 0.005, 0.004, 1_027, 48_180.005, -3_700, 1e6 + 0.01]) {
    const cents = Math.round(n * 100) % 100 !== 0;
    const o = { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 };
    assert.equal(eurDe(n), `${n.toLocaleString('de-DE', o)} €`);
    assert.equal(eurEn(n), `€${n.toLocaleString('en-GB', o)}`);
  }
  assert.equal(eurDe(45_934.2), '45.934,20 €');
  assert.equal(eurEn(47_000), '€47,000');
  fc.assert(
    fc.property(amountArb, (n) => {
      const o = { minimumFractionDigits: Math.round(n * 100) % 100 !== 0 ? 2 : 0, maximumFractionDigits: 2 };
      assert.equal(eurDe(n), `${n.toLocaleString('de-DE', o)} €`);
      assert.equal(eurEn(n), `€${n.toLocaleString('en-GB', o)}`);
    }),
    { numRuns: 2_000 },
  );
});

test('eurDe and eurEn round half-cents as Intl does (on the shortest decimal form, half away from zero)', () => {
  const o = (cents: boolean) => ({ minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 });
  const check = (n: number) => {
    const cents = Math.round(n * 100) % 100 !== 0;
    assert.equal(eurDe(n), `${n.toLocaleString('de-DE', o(cents))} €`, String(n));
    assert.equal(eurEn(n), `€${n.toLocaleString('en-GB', o(cents))}`, String(n));
  };
  for (const n of [1.005, 1.015, 2.675, 8.345, 1.255, 0.125, 45_934.205, 999.995, 999_999.995, 0.994999, 9_999_999_999_999.99, 1e13, 1e-7, 0.001, 1_000, 100_000, 1_000_000]) check(n);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 9 }), (tenths, last) => check((tenths * 10 + last) / 1000)),
    { numRuns: 20_000 },
  );
  fc.assert(fc.property(fc.double({ min: 0, max: 2e13, noNaN: true }), (n) => check(n)), { numRuns: 20_000 });
});

test('pctDe, pctEn, numberDe and numberEn read as toLocaleString', () => {
  assert.equal(pctDe(0.453), '45,3 %');
  assert.equal(pctEn(0.453), '45.3%');
  assert.equal(numberDe(25_000), '25.000');
  assert.equal(numberEn(50_000), '50,000');
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1, noNaN: true }), amountArb, (p, n) => {
      assert.equal(pctDe(p), `${(p * 100).toLocaleString('de-DE', { maximumFractionDigits: 1 })} %`);
      assert.equal(pctEn(p), `${(p * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`);
      assert.equal(numberDe(n), n.toLocaleString('de-DE'));
      assert.equal(numberEn(n), n.toLocaleString('en-GB'));
    }),
    { numRuns: 2_000 },
  );
});
