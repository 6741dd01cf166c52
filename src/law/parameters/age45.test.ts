// The reach of § 1 Abs. 2 BeschV as dated data: both sides of each boundary.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { age45Reaches } from './age45.ts';

const table: Array<[provision: string, date: string, reached: boolean]> = [
  ['26.2', '2023-12-31', false], // before the notice of 7 Dec 2023 (BAnz AT 04.01.2024 B2): not known here
  ['26.2', '2024-01-01', true],
  ['24a', '2024-01-01', true],
  ['6', '2024-02-29', false], // § 1 Abs. 2 S. 5 BeschV (extension to §§ 6 and 22a) applies from 01.03.2024
  ['6', '2024-03-01', true],
  ['22a', '2024-02-29', false],
  ['22a', '2024-03-01', true],
  ['26.2', '2026-12-04', true],
  ['6', '2027-06-01', true],
  ['19c', '2026-01-01', false], // not a BeschV provision the rule names
];

for (const [provision, date, reached] of table) {
  test(`§ 1 Abs. 2 BeschV reaches ${provision} on ${date}: ${reached}`, () => {
    assert.equal(age45Reaches(provision, date), reached);
  });
}
