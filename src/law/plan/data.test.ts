import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Parameter } from '../parameters/parameter.ts';
import { allParameters, valueAt } from '../parameters/parameter.ts';
import { isIsoDate } from '../dates.ts';
import * as F from '../parameters/plan/fees.ts';
import * as D from '../parameters/plan/durations.ts';
import { DOCUMENTS } from './data/documents.ts';
import {
  allKnownAuthorities,
  acceleratedProcedureOffice,
  engineerTitleBody,
  handwerkskammer,
  localImmigrationOffice,
  normaliseMunicipality,
} from './data/authorities.ts';
import type { DurationValue, FeeValue, PlanDocument } from './types.ts';

const isParameter = (x: unknown): x is Parameter<unknown> =>
  typeof x === 'object' && x !== null && 'id' in x && 'values' in x && Array.isArray((x as Parameter<unknown>).values);

const feeParams = Object.values(F).filter(isParameter) as Parameter<FeeValue>[];
const durationParams = Object.values(D).filter(isParameter) as Parameter<DurationValue>[];

test('The plan registers its fee and duration parameters with unique ids', () => {
  assert.ok(feeParams.length >= 9 && durationParams.length >= 20);
  const ids = [...feeParams, ...durationParams].map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length);
  const registered = new Set(allParameters().map((p) => p.id));
  for (const id of ids) assert.ok(registered.has(id), id);
});

test('Every plan parameter value has a dated reference; every UNCONFIRMED one says why', () => {
  for (const p of [...feeParams, ...durationParams]) {
    assert.ok(p.description.de && p.description.en, p.id);
    for (const v of p.values) {
      assert.ok(isIsoDate(v.validFrom) && isIsoDate(v.lastVerified), p.id);
      assert.match(v.reference.url, /^https?:\/\/\S+$/, p.id);
      assert.ok(v.reference.title.length > 10, p.id);
      for (const r of v.alsoSee ?? []) assert.match(r.url, /^https?:\/\/\S+$/, p.id);
      if (v.unconfirmed) assert.ok(v.note && v.note.length > 10, `${p.id}: an unconfirmed value needs a note`);
    }
  }
});

test('Durations are ordered min ≤ typical ≤ max; statutory ones carry norm and period, and their maximum is the period', () => {
  for (const p of durationParams) {
    for (const { value: d } of p.values) {
      assert.ok(d.minDays >= 0 && d.minDays <= d.typicalDays && d.typicalDays <= d.maxDays, p.id);
      assert.notEqual(d.statutory, d.estimate, `${p.id}: either statutory or an estimate`);
      if (d.statutory) {
        assert.ok(d.norm && /^§ \d+/.test(d.norm) && d.period, p.id);
        assert.equal(d.maxDays, D.periodDays(d.period), p.id);
      } else {
        assert.equal(d.norm, undefined, p.id);
      }
    }
  }
});

const on = '2026-11-25';
const fee = (p: Parameter<FeeValue>) => valueAt(p, on)?.value;
const dur = (p: Parameter<DurationValue>) => valueAt(p, on)?.value;

const figures: Array<[string, () => void]> = [
  ['The national visa costs 75 € (§ 46 Abs. 2 Nr. 1 AufenthV)', () => assert.deepEqual(fee(F.feeNationalVisa), { minEur: 75, maxEur: 75 })],
  [
    'The accelerated procedure costs 411 € (§ 47 Abs. 1 Nr. 15 AufenthV), and its payer is noted as UNCONFIRMED',
    () => {
      assert.deepEqual(fee(F.feeAccelerated), { minEur: 411, maxEur: 411 });
      assert.match(valueAt(F.feeAccelerated, on)?.note ?? '', /UNCONFIRMED/);
    },
  ],
  ['A first Blue Card or ICT card costs 100 € (§ 45 Nr. 1 AufenthV)', () => assert.deepEqual(fee(F.feeResidencePermitBlueCardIct), { minEur: 100, maxEur: 100 })],
  ['100 € for other first residence permits is marked UNCONFIRMED', () => assert.equal(valueAt(F.feeResidencePermitOther, on)?.unconfirmed, true)],
  ['A ZAB statement costs 200 €', () => assert.deepEqual(fee(F.feeZabStatement), { minEur: 200, maxEur: 200 })],
  ['IHK FOSA charges 100–600 €, about 550 € on average', () => assert.deepEqual(fee(F.feeIhkFosa), { minEur: 100, maxEur: 600, typicalEur: 550 })],
  ['The Handwerkskammern charge 100–600 €', () => assert.deepEqual(fee(F.feeHwk), { minEur: 100, maxEur: 600 })],
  ['The Ingenieurkammer RLP fee is unknown and UNCONFIRMED', () => assert.deepEqual([fee(F.feeEngineerTitleRlp), valueAt(F.feeEngineerTitleRlp, on)?.unconfirmed], [null, true])],
  ['The BA decides within 2 weeks, within 1 week through § 81a (§ 36 Abs. 2 BeschV)', () => assert.deepEqual([dur(D.durBaApproval)?.period, dur(D.durBaApprovalAccelerated)?.period], [{ n: 2, unit: 'weeks' }, { n: 1, unit: 'weeks' }])],
  [
    'Recognition: receipt within 1 month and decision within 3 months (§ 6 Abs. 3 BQFG); 2 weeks and 2 months through § 81a (§ 14a BQFG)',
    () => {
      assert.deepEqual(dur(D.durRecognitionReceipt)?.period, { n: 1, unit: 'months' });
      assert.deepEqual(dur(D.durRecognitionDecision)?.period, { n: 3, unit: 'months' });
      assert.deepEqual([dur(D.durRecognitionReceiptAccelerated)?.period, dur(D.durRecognitionReceiptAccelerated)?.norm], [{ n: 2, unit: 'weeks' }, '§ 14a Abs. 2 BQFG']);
      assert.deepEqual([dur(D.durRecognitionDecisionAccelerated)?.period, dur(D.durRecognitionDecisionAccelerated)?.norm], [{ n: 2, unit: 'months' }, '§ 14a Abs. 3 BQFG']);
    },
  ],
  ['Through § 81a the mission gives an appointment within 3 weeks and decides within 3 weeks (§ 31a AufenthV)', () => assert.deepEqual([dur(D.durVisaAppointmentAccelerated)?.period, dur(D.durVisaDecisionAccelerated)?.period], [{ n: 3, unit: 'weeks' }, { n: 3, unit: 'weeks' }])],
  ['The immigration office invites the employer within 3 working days (§ 81a Abs. 3 Nr. 3 AufenthG)', () => assert.deepEqual(dur(D.durPreApproval)?.period, { n: 3, unit: 'workingDays' })],
  ['The Anmeldung is due within 2 weeks (§ 17 Abs. 1 BMG)', () => assert.deepEqual([dur(D.durAnmeldung)?.period, dur(D.durAnmeldung)?.norm], [{ n: 2, unit: 'weeks' }, '§ 17 Abs. 1 BMG'])],
  ['The ZAB processing time is an UNCONFIRMED estimate', () => assert.deepEqual([dur(D.durZabStatement)?.estimate, valueAt(D.durZabStatement, on)?.unconfirmed], [true, true])],
];

for (const [name, fn] of figures) test(name, fn);

test('Documents have stable ids equal to their keys and bilingual labels', () => {
  for (const [key, d] of Object.entries(DOCUMENTS) as Array<[string, PlanDocument]>) {
    assert.equal(d.id, key);
    assert.ok(d.label.de.length > 3 && d.label.en.length > 3 && d.label.de !== d.label.en, key);
  }
  for (const id of ['passport', 'degree-certificate', 'translations', 'anabin-printout', 'zab-statement', 'employment-contract', 'declaration-employment', 'power-of-attorney', 'agreement-abh', 'health-insurance', 'biometric-photo', 'wohnungsgeberbestaetigung'] as const) {
    assert.ok(DOCUMENTS[id], id);
  }
  assert.equal(DOCUMENTS.wohnungsgeberbestaetigung.providedBy, 'landlord');
});

test('Known authorities have unique ids, a reference and a bilingual name; the two ZABs are distinct', () => {
  const all = allKnownAuthorities();
  const ids = all.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, ids.join(', '));
  for (const a of all) {
    assert.match(a.reference.url, /^https?:\/\//, a.id);
    assert.ok(a.name.de && a.name.en && isIsoDate(a.lastVerified), a.id);
  }
  assert.ok(ids.includes('zab-kl') && ids.includes('kmk-zab'));
  for (const id of ['hwk-pfalz', 'hwk-rheinhessen', 'hwk-koblenz', 'hwk-trier', 'ingkammer-rlp', 'abh-kaiserslautern', 'abh-mainz', 'ba-zav', 'ihk-fosa']) {
    assert.ok(ids.includes(id), id);
  }
});

const places: Array<[string, string | undefined, string | false]> = [
  // federal state, municipality, expected local immigration office id (false: unknown)
  ['DE-RP', 'Kaiserslautern', 'abh-kaiserslautern'],
  ['DE-RP', 'Stadt Mainz', 'abh-mainz'],
  ['DE-RP', 'Landkreis Mainz-Bingen', 'abh-mainz-bingen'],
  ['DE-RP', 'Ludwigshafen am Rhein', 'abh-ludwigshafen'],
  ['DE-RP', 'Neustadt an der Weinstraße', 'abh-neustadt-weinstrasse'],
  ['DE-RP', 'Neustadt', false],
  ['DE-RP', 'Trier', 'abh-trier'],
  ['DE-RP', undefined, false],
  ['DE-HE', 'Mainz', false],
];

for (const [state, municipality, expected] of places) {
  test(`The local immigration office for ${municipality ?? '(no town)'} in ${state} is ${expected || 'unknown'}`, () => {
    const a = localImmigrationOffice(state, municipality);
    assert.equal(a.known ? a.id : false, expected);
  });
}

test('Municipality names are normalised for case, umlauts, ß and a leading "Stadt"', () => {
  assert.equal(normaliseMunicipality('  Stadt KAISERSLAUTERN '), 'kaiserslautern');
  assert.equal(normaliseMunicipality('Neustadt an der Weinstraße'), 'neustadt an der weinstrasse');
  assert.equal(normaliseMunicipality('Landkreis Kaiserslautern'), 'landkreis kaiserslautern');
});

test('Only Rhineland-Palatinate has a known § 81a office; Handwerkskammern are known in RLP only; the engineer body is known for RLP, BY, BW, NW', () => {
  assert.equal(acceleratedProcedureOffice('DE-RP').known, true);
  for (const s of ['DE-HE', 'DE-BY', 'DE-SL']) assert.equal(acceleratedProcedureOffice(s).known, false, s);
  assert.equal(handwerkskammer('DE-RP', 'Trier').known, true);
  assert.equal(handwerkskammer('DE-RP', 'Pirmasens').known, false);
  assert.equal(handwerkskammer('DE-SL', 'Saarbrücken').known, false);
  for (const s of ['DE-RP', 'DE-BY', 'DE-BW', 'DE-NW']) assert.equal(engineerTitleBody(s).known, true, s);
  for (const s of ['DE-HE', 'DE-SN']) assert.equal(engineerTitleBody(s).known, false, s);
});
