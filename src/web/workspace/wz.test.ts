// WZ 2008 sections are shown with their titles (German: Destatis; English: NACE Rev. 2), not as a bare letter.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WZ_SECTIONS } from '../../app/common/codes.ts';
import { wm, wzSectionLabel } from '../shell/domain/messages/index.ts';

test('every WZ 2008 section has a German and an English title; the label is "letter – title"', () => {
  for (const lang of ['de', 'en'] as const) {
    assert.deepEqual(Object.keys(wm(lang).wzSections), [...WZ_SECTIONS]);
    for (const s of WZ_SECTIONS) assert.match(wzSectionLabel(lang, s), new RegExp(`^${s} – \\S`));
  }
  assert.equal(wzSectionLabel('de', 'C'), 'C – Verarbeitendes Gewerbe');
  assert.equal(wzSectionLabel('de', 'F'), 'F – Baugewerbe');
  assert.equal(wzSectionLabel('de', 'J'), 'J – Information und Kommunikation');
  assert.equal(wzSectionLabel('en', 'C'), 'C – Manufacturing');
  assert.equal(wzSectionLabel('en', 'F'), 'F – Construction');
  // a code outside the table (older data) as it is
  assert.equal(wzSectionLabel('de', 'Z'), 'Z');
});
