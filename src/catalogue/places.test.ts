import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlace, LAENDER_PLACES, PLACES, RLP_PLACES } from './places.ts';

test('RLP has its 24 Landkreise and 12 kreisfreie Städte with unique 5-digit Kreisschlüssel starting 07', () => {
  assert.equal(RLP_PLACES.filter((p) => p.kind === 'landkreis').length, 24);
  assert.equal(RLP_PLACES.filter((p) => p.kind === 'kreisfreie-stadt').length, 12);
  const ags = RLP_PLACES.map((p) => p.ags);
  assert.equal(new Set(ags).size, ags.length);
  for (const a of ags) assert.match(a, /^07\d{3}$/);
  assert.equal(LAENDER_PLACES.length, 16);
  const keys = PLACES.map((p) => p.key);
  assert.equal(new Set(keys).size, keys.length);
});

const LOOKUPS: Array<[string, string | undefined, string | undefined]> = [
  ['Kaiserslautern', 'DE-RP', 'kaiserslautern-stadt'],
  ['Landkreis Kaiserslautern', 'DE-RP', 'kaiserslautern-kreis'],
  ['Stadt Mainz', undefined, 'mainz'],
  ['mainz-bingen', 'DE-RP', 'mainz-bingen'],
  ['Ingelheim am Rhein', 'DE-RP', 'mainz-bingen'],
  ['Neustadt an der Weinstrasse', 'DE-RP', 'neustadt-weinstrasse'],
  ['Zweibrücken', 'DE-RP', 'zweibruecken'],
  ['07340', 'DE-RP', 'suedwestpfalz'],
  ['Montabaur', 'DE-RP', 'westerwald'],
  ['Mainz', 'DE-BY', undefined],
  ['Atlantis', 'DE-RP', undefined],
  ['', 'DE-RP', undefined],
];

for (const [query, land, key] of LOOKUPS) {
  test(`findPlace(${JSON.stringify(query)}, ${land ?? '-'}) → ${key ?? 'none'}`, () => {
    assert.equal(findPlace(query, land)?.key, key);
  });
}
