import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allKnownAuthorities } from '../plan/data/authorities.ts';
import { BODIES } from './data/bodies.ts';
import { findRecognition } from './finder.ts';
import { asPlanAuthority } from './planAuthority.ts';

test('Bodies sharing an id with the plan’s authorities agree on seat and web address', () => {
  const plan = new Map(allKnownAuthorities().map((a) => [a.id, a]));
  let shared = 0;
  for (const b of BODIES) {
    const a = plan.get(b.id);
    if (a === undefined) continue;
    shared++;
    if (a.url !== undefined && b.url !== undefined) assert.equal(b.url, a.url, b.id);
    if (a.seat !== undefined && b.city !== undefined) assert.equal(b.city, a.seat, b.id);
  }
  assert.ok(shared >= 6, `shared ids: ${shared}`);
});

test('A resolved body becomes the plan’s Authority; "ask" stays unknown', () => {
  const found = findRecognition({ catalogueId: 'zimmerer', land: 'DE-RP', place: 'Trier' }, '2026-12-05');
  assert.equal(found.status, 'found');
  if (found.status !== 'found') return;
  const a = asPlanAuthority(found.body);
  assert.ok(a.known && a.id === 'hwk-trier' && a.kind === 'recognition-hwk' && a.seat === 'Trier');
  const ask = findRecognition({ catalogueId: 'zimmerer', land: 'DE-SN' }, '2026-12-05');
  assert.equal(ask.status, 'found');
  if (ask.status !== 'found') return;
  const u = asPlanAuthority(ask.body, 'recognition-hwk');
  assert.ok(!u.known && u.kind === 'recognition-hwk');
});

test('The public index exports the finder, the academic assessment and the data', async () => {
  const api = await import('./index.ts');
  assert.equal(typeof api.findRecognition, 'function');
  assert.equal(typeof api.assessAcademicDegree, 'function');
  assert.ok(api.catalogueIdsWithReference('2026-12-05').includes('elektroniker'));
  assert.ok(api.BUILTIN_RECOGNITION_DATA.occupations.length > 0);
});
