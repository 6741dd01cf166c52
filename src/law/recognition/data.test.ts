// Integrity of the recognition data: references, dates, catalogue ids, body ids, districts, fee parameters.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIsoDate } from '../dates.ts';
import { allParameters } from '../parameters/parameter.ts';
import '../parameters/plan/fees.ts';
import { getOccupation } from '../../catalogue/occupations.ts';
import { RLP_PLACES } from '../../catalogue/places.ts';
import { BUILTIN_RECOGNITION_DATA, findRecognition, isValidOn } from './finder.ts';
import { DOCUMENT_LABELS } from './data/documents.ts';
import { BODY_ASK, BODY_HWK_DISTRICT, BODY_IHK_DISTRICT, DOCUMENT_CODES, LAENDER, LEGAL_BASIS_CODES, RECOGNITION_KINDS } from './types.ts';

const { occupations, bodies, districts } = BUILTIN_RECOGNITION_DATA;
const TODAY = '2026-12-05';
const URL = /^https?:\/\/\S+$/;

test('Every reference occupation has a dated primary reference, lastVerified, and a note when unconfirmed', () => {
  assert.ok(occupations.length >= 30);
  for (const o of occupations) {
    assert.match(o.reference.url, URL, o.id);
    assert.ok(o.reference.title.length > 10, o.id);
    for (const r of o.alsoSee ?? []) assert.match(r.url, URL, o.id);
    assert.ok(isIsoDate(o.validFrom) && isIsoDate(o.lastVerified), o.id);
    if (o.validUntil !== undefined) assert.ok(isIsoDate(o.validUntil) && o.validUntil >= o.validFrom, o.id);
    assert.ok(o.lastVerified <= TODAY, o.id);
    if (o.unconfirmed) assert.ok(o.unconfirmedNote && o.unconfirmedNote.de && o.unconfirmedNote.en, `${o.id}: unconfirmed needs a note`);
  }
});

test('Ids are slugs; no two versions of one id overlap in time', () => {
  const byId = new Map<string, typeof occupations[number][]>();
  for (const o of occupations) {
    assert.match(o.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, o.id);
    byId.set(o.id, [...(byId.get(o.id) ?? []), o]);
  }
  for (const [id, versions] of byId) {
    const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i - 1]!.validUntil !== undefined && sorted[i - 1]!.validUntil! < sorted[i]!.validFrom, id);
  }
});

test('Every entry: codes are known, texts in both languages, ISCO 4 digits, KldB 5 digits where given', () => {
  for (const o of occupations) {
    assert.ok((RECOGNITION_KINDS as readonly string[]).includes(o.kind), o.id);
    assert.match(o.isco, /^\d{4}$/, o.id);
    if (o.kldb !== undefined) assert.match(o.kldb, /^\d{5}$/, o.id);
    for (const t of [o.title, o.regulationNote, ...o.legalBasis.map((l) => l.text)]) assert.ok(t.de && t.en, o.id);
    assert.ok(o.legalBasis.length > 0, o.id);
    for (const l of o.legalBasis) assert.ok((LEGAL_BASIS_CODES as readonly string[]).includes(l.code), `${o.id}: ${l.code}`);
    for (const d of o.documents) assert.ok((DOCUMENT_CODES as readonly string[]).includes(d), `${o.id}: ${d}`);
    assert.ok(o.searchTerm.length > 2, o.id);
  }
  for (const code of DOCUMENT_CODES) assert.ok(DOCUMENT_LABELS[code].de && DOCUMENT_LABELS[code].en, code);
});

test('Every catalogueId exists in the occupation catalogue', () => {
  for (const o of occupations) for (const c of o.catalogueIds) assert.ok(getOccupation(c), `${o.id}: catalogue id ${c}`);
});

test('Every body id named by a rule, a district or the engine resolves; every rule names a Land or "*"', () => {
  const ids = new Set(bodies.map((b) => b.id));
  assert.equal(ids.size, bodies.length, 'body ids are unique');
  for (const o of occupations) {
    for (const r of o.competentBodies) {
      assert.ok(r.land === '*' || (LAENDER as readonly string[]).includes(r.land), `${o.id}: ${r.land}`);
      if (r.bodyId === BODY_ASK || r.bodyId === BODY_HWK_DISTRICT || r.bodyId === BODY_IHK_DISTRICT) continue;
      assert.ok(ids.has(r.bodyId), `${o.id}: body ${r.bodyId}`);
    }
    for (const rel of o.relatedIds ?? []) assert.ok(occupations.some((x) => x.id === rel), `${o.id}: related ${rel}`);
  }
  for (const d of districts) assert.ok(ids.has(d.bodyId), `district ${d.placeKey}: ${d.bodyId}`);
  assert.ok(ids.has('kmk-zab'));
});

test('Every body has a name in both languages, a reference, lastVerified; a web address or a note on why not', () => {
  for (const b of bodies) {
    assert.ok(b.name.de && b.name.en, b.id);
    assert.match(b.reference.url, URL, b.id);
    assert.ok(isIsoDate(b.lastVerified), b.id);
    if (b.url !== undefined) assert.match(b.url, URL, b.id);
    if (b.street === undefined) assert.ok(b.addressUnconfirmed === true || b.city === undefined, `${b.id}: no street, so the address is marked`);
    if (b.postcode !== undefined) assert.match(b.postcode, /^\d{5}$/, b.id);
  }
});

test('RLP is complete: each of the 36 places has one HWK and one IHK district from the four chambers each', () => {
  assert.equal(RLP_PLACES.length, 36);
  const hwk = new Set(['hwk-pfalz', 'hwk-rheinhessen', 'hwk-koblenz', 'hwk-trier']);
  const ihk = new Set(['ihk-pfalz', 'ihk-rheinhessen', 'ihk-koblenz', 'ihk-trier']);
  for (const p of RLP_PLACES) {
    const h = districts.filter((d) => d.placeKey === p.key && d.chamber === 'hwk');
    const i = districts.filter((d) => d.placeKey === p.key && d.chamber === 'ihk');
    assert.equal(h.length, 1, p.key);
    assert.equal(i.length, 1, p.key);
    assert.ok(hwk.has(h[0]!.bodyId) && ihk.has(i[0]!.bodyId), p.key);
    for (const d of [...h, ...i]) assert.match(d.reference.url, URL, p.key);
  }
  // only the chambers' seats are confirmed; everything else is assigned by region and marked
  const confirmed = districts.filter((d) => !d.unconfirmed).map((d) => `${d.chamber}:${d.placeKey}`).sort();
  assert.deepEqual(confirmed, ['hwk:kaiserslautern-stadt', 'hwk:koblenz', 'hwk:mainz', 'hwk:trier', 'ihk:koblenz', 'ihk:ludwigshafen', 'ihk:mainz', 'ihk:trier']);
});

test('Fee parameter ids named by entries and rules exist among the plan parameters', () => {
  const ids = new Set(allParameters('plan').map((p) => p.id));
  for (const o of occupations) {
    if (o.fee?.parameterId) assert.ok(ids.has(o.fee.parameterId), `${o.id}: ${o.fee.parameterId}`);
    for (const r of o.competentBodies) if (r.feeParameterId) assert.ok(ids.has(r.feeParameterId), `${o.id}: ${r.feeParameterId}`);
  }
});

test('Flags follow the kind: training occupations free for employees; health professions regulated; crafts regulate self-employment', () => {
  for (const o of occupations) {
    if (o.kind === 'ihk_training' || o.kind === 'hwk_training' || o.kind === 'academic_non_regulated' || o.kind === 'land_law_title') {
      assert.equal(o.employmentRegulated, false, o.id);
    }
    if (o.kind === 'hwk_training') assert.equal(o.selfEmploymentOrReservedRegulated, true, o.id);
    if (o.kind === 'regulated_health') assert.ok(o.employmentRegulated && o.titleProtected, o.id);
    if (o.kind === 'land_law_title') assert.equal(o.titleProtected, true, o.id);
  }
});

test('The fact sheet’s STEM and trade reference occupations are all there', () => {
  const ids = new Set(occupations.map((o) => o.id));
  for (const id of [
    'ingenieur', 'bauingenieur', 'beratender-ingenieur', 'architekt', 'vermessungsingenieur', 'oebvi', 'pruefingenieur-baustatik',
    'techniker-staatlich-geprueft', 'informatiker', 'fachinformatiker-anwendungsentwicklung', 'fachinformatiker-systemintegration',
    'elektroniker-betriebstechnik', 'elektroniker-automatisierungstechnik', 'elektroniker-geraete-systeme',
    'elektroniker-informations-systemtechnik', 'elektroniker-energie-gebaeudetechnik', 'elektroniker-automatisierungs-systemtechnik',
    'mechatroniker', 'industriemechaniker', 'anlagenmechaniker-shk', 'kfz-mechatroniker', 'maurer', 'zimmerer', 'chemielaborant',
    'physiker', 'chemiker', 'mathematiker', 'lebensmittelchemiker', 'pflegefachfrau', 'arzt',
  ]) {
    assert.ok(ids.has(id), id);
  }
});

test('Every catalogue id that leads to several reference occupations returns them as choices', () => {
  const counts = new Map<string, number>();
  for (const o of occupations.filter((x) => isValidOn(x, TODAY))) for (const c of o.catalogueIds) counts.set(c, (counts.get(c) ?? 0) + 1);
  const umbrellas = [...counts].filter(([, n]) => n > 1).map(([c]) => c);
  assert.ok(umbrellas.includes('elektroniker'));
  for (const c of umbrellas) {
    const r = findRecognition({ catalogueId: c, land: 'DE-RP' }, TODAY);
    assert.equal(r.status, 'choose', c);
    if (r.status === 'choose') assert.equal(r.candidates.length, counts.get(c), c);
  }
  for (const [c, n] of counts) if (n === 1) assert.equal(findRecognition({ catalogueId: c, land: 'DE-RP' }, TODAY).status, 'found', c);
});

test('No result ever names a body for a Land the data does not hold: every Land × entry gives a known body or "ask"', () => {
  for (const land of LAENDER) {
    for (const o of occupations) {
      const r = findRecognition({ referenceId: o.id, land }, TODAY);
      assert.equal(r.status, 'found', `${o.id} ${land}`);
      if (r.status !== 'found') continue;
      const found = r.body;
      if (!found.known) continue;
      const rule = o.competentBodies.find((x) => x.land === land) ?? o.competentBodies.find((x) => x.land === '*');
      assert.ok(rule, `${o.id} ${land}: a known body needs a rule`);
      const body = bodies.find((b) => b.id === found.id)!;
      assert.ok(body.land === undefined || body.land === land, `${o.id} ${land}: ${body.id} belongs to ${body.land}`);
    }
  }
});
