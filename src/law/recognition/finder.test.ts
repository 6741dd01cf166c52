// The finder's table (issue 16): occupation × place → competent body, regulation, choices, "ask".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRecognition, BUILTIN_RECOGNITION_DATA } from './finder.ts';
import type { RecognitionData, RecognitionInput, RecognitionResult, ReferenceOccupation } from './types.ts';

const DATE = '2026-12-05';

interface Expect {
  status: RecognitionResult['status'];
  /** the reference occupation found */
  occupation?: string;
  /** the body id, or 'ask' for "ask the service office" */
  body?: string;
  employmentRegulated?: boolean;
  titleProtected?: boolean;
  selfEmployment?: boolean;
  /** the body is marked unconfirmed (competence, name or district assignment) */
  bodyUnconfirmed?: boolean;
  /** candidate ids (status 'choose'), in any order */
  candidates?: string[];
  /** further bodies (alsoRelevant) */
  also?: string[];
  steps?: string[];
  /** the fee parameter used */
  feeParameter?: string;
  regularDeadlineRefs?: string[];
  acceleratedDeadlineRefs?: string[];
  online?: 'yes' | 'no' | 'unknown';
  reason?: 'no_occupation' | 'not_valid_on_date';
}

const TABLE: Array<{ name: string; input: RecognitionInput; date?: string; expect: Expect }> = [
  {
    name: 'Elektroniker/in für Betriebstechnik, Kaiserslautern: IHK FOSA decides; the IHK Pfalz advises; work is free',
    input: { catalogueId: 'elektroniker-betriebstechnik', land: 'DE-RP', place: 'Kaiserslautern' },
    expect: {
      status: 'found',
      occupation: 'elektroniker-betriebstechnik',
      body: 'ihk-fosa',
      employmentRegulated: false,
      titleProtected: false,
      selfEmployment: false,
      bodyUnconfirmed: false,
      also: ['ihk-pfalz'],
      steps: ['advice', 'application', 'documents', 'receipt-confirmation', 'decision'],
      feeParameter: 'ihkfosa.fee',
      regularDeadlineRefs: ['§ 6 Abs. 3 BQFG', '§ 6 Abs. 3 BQFG'],
      acceleratedDeadlineRefs: ['§ 14a Abs. 2 BQFG', '§ 14a Abs. 3 BQFG'],
      online: 'yes',
    },
  },
  {
    name: 'Bauingenieur/in, Mainz (Land from the place): the work is free, the title needs the Ingenieurkammer Rheinland-Pfalz (unconfirmed)',
    input: { catalogueId: 'bauingenieur', place: 'Mainz' },
    expect: {
      status: 'found',
      occupation: 'bauingenieur',
      body: 'ingkammer-rlp',
      employmentRegulated: false,
      titleProtected: true,
      selfEmployment: false,
      bodyUnconfirmed: true,
      also: ['kmk-zab'],
      steps: ['advice', 'anabin', 'zab-statement', 'application', 'documents', 'receipt-confirmation', 'decision'],
      feeParameter: 'ingkag.rlp.fee',
      regularDeadlineRefs: ['§ 4 IngKaG'],
      online: 'unknown',
    },
  },
  {
    name: 'Elektroniker/in für Energie- und Gebäudetechnik, Kaiserslautern: the Handwerkskammer der Pfalz (seat: confirmed)',
    input: { catalogueId: 'elektroniker-energie-gebaeudetechnik', land: 'DE-RP', place: 'Kaiserslautern' },
    expect: {
      status: 'found',
      occupation: 'elektroniker-energie-gebaeudetechnik',
      body: 'hwk-pfalz',
      employmentRegulated: false,
      selfEmployment: true,
      bodyUnconfirmed: false,
      feeParameter: 'hwk.recognition.fee',
      regularDeadlineRefs: ['§ 6 Abs. 3 BQFG', '§ 6 Abs. 3 BQFG'],
    },
  },
  {
    name: 'Anlagenmechaniker/in SHK, Landkreis Südwestpfalz: HWK der Pfalz, assigned by region (unconfirmed)',
    input: { catalogueId: 'anlagenmechaniker-shk', land: 'DE-RP', place: 'suedwestpfalz' },
    expect: { status: 'found', body: 'hwk-pfalz', bodyUnconfirmed: true },
  },
  {
    name: 'Zimmerer/Zimmerin, Worms: HWK Rheinhessen',
    input: { catalogueId: 'zimmerer', land: 'DE-RP', place: 'Worms' },
    expect: { status: 'found', body: 'hwk-rheinhessen', bodyUnconfirmed: true },
  },
  {
    name: 'Kfz-Mechatroniker/in, Trier: HWK Trier',
    input: { catalogueId: 'kfz-mechatroniker', land: 'DE-RP', place: 'Trier' },
    expect: { status: 'found', body: 'hwk-trier', bodyUnconfirmed: false },
  },
  {
    name: 'Maurer/in, Montabaur (seat of the Westerwaldkreis): HWK Koblenz',
    input: { catalogueId: 'maurer', land: 'DE-RP', place: 'Montabaur' },
    expect: { status: 'found', body: 'hwk-koblenz', bodyUnconfirmed: true },
  },
  {
    name: 'A craft occupation in RLP without a place: ask (the chamber depends on the district)',
    input: { catalogueId: 'maurer', land: 'DE-RP' },
    expect: { status: 'found', body: 'ask' },
  },
  {
    name: 'A craft occupation in Bavaria: ask (Lotse holds no chambers there)',
    input: { catalogueId: 'maurer', land: 'DE-BY' },
    expect: { status: 'found', body: 'ask' },
  },
  {
    name: 'A craft occupation in RLP with an unknown place: ask',
    input: { catalogueId: 'maurer', land: 'DE-RP', place: 'Atlantis' },
    expect: { status: 'found', body: 'ask' },
  },
  {
    name: 'Pflegefachfrau/-mann in RLP: regulated; the Land authority LSJV',
    input: { catalogueId: 'pflegefachkraft', land: 'DE-RP', place: 'Koblenz' },
    expect: { status: 'found', occupation: 'pflegefachfrau', body: 'lsjv-rlp', employmentRegulated: true, titleProtected: true, bodyUnconfirmed: false },
  },
  {
    name: 'Pflegefachfrau/-mann in Saxony: regulated, body not held: ask',
    input: { referenceId: 'pflegefachfrau', land: 'DE-SN' },
    expect: { status: 'found', body: 'ask', employmentRegulated: true },
  },
  {
    name: 'Ärztin/Arzt in RLP: Approbation by the LSJV',
    input: { catalogueId: 'chirurg', land: 'DE-RP' },
    expect: { status: 'found', occupation: 'arzt', body: 'lsjv-rlp', employmentRegulated: true },
  },
  {
    name: 'Lebensmittelchemiker/in (Land-law title) in Saxony: ask, never a guess',
    input: { referenceId: 'lebensmittelchemiker', land: 'DE-SN' },
    expect: { status: 'found', body: 'ask', employmentRegulated: true },
  },
  {
    name: 'Lebensmittelchemiker/in in RLP: the body is unconfirmed, so ask',
    input: { referenceId: 'lebensmittelchemiker', land: 'DE-RP' },
    expect: { status: 'found', body: 'ask' },
  },
  {
    name: 'Ingenieur/in (other disciplines) in Saxony: ask',
    input: { catalogueId: 'maschinenbauingenieur', land: 'DE-SN' },
    expect: { status: 'found', occupation: 'ingenieur', body: 'ask', titleProtected: true, feeParameter: 'ingenieur.title.fee.other', regularDeadlineRefs: [] },
  },
  {
    name: 'Maschinenbauingenieur/in in Bavaria: Regierung von Schwaben',
    input: { catalogueId: 'maschinenbauingenieur', land: 'DE-BY' },
    expect: { status: 'found', body: 'regierung-schwaben' },
  },
  {
    name: 'Bauingenieur/in in Bavaria: Bayerische Ingenieurekammer-Bau',
    input: { catalogueId: 'bauingenieur', land: 'DE-BY' },
    expect: { status: 'found', body: 'engineer-by-kammer' },
  },
  {
    name: 'Elektroingenieur/in in NRW: the Bezirksregierung',
    input: { catalogueId: 'elektroingenieur', land: 'DE-NW' },
    expect: { status: 'found', body: 'bezirksregierung-nrw' },
  },
  {
    name: 'Ingenieur/in in Hesse: ask (the body is unconfirmed)',
    input: { catalogueId: 'elektroingenieur', land: 'DE-HE' },
    expect: { status: 'found', body: 'ask' },
  },
  {
    name: 'Any occupation without a Land: ask',
    input: { catalogueId: 'bauingenieur' },
    expect: { status: 'found', body: 'ask' },
  },
  {
    name: 'Informatiker/in (academic, not regulated): the ZAB, anabin then ZAB statement, no statutory deadline',
    input: { catalogueId: 'informatiker', land: 'DE-RP' },
    expect: {
      status: 'found',
      occupation: 'informatiker',
      body: 'kmk-zab',
      employmentRegulated: false,
      titleProtected: false,
      steps: ['advice', 'anabin', 'zab-statement'],
      feeParameter: 'zab.zeugnisbewertung.fee',
      regularDeadlineRefs: [],
    },
  },
  {
    name: 'Fachinformatiker/in für Systemintegration in NRW: IHK FOSA (with the NRW exception noted)',
    input: { catalogueId: 'fachinformatiker-systemintegration', land: 'DE-NW' },
    expect: { status: 'found', body: 'ihk-fosa' },
  },
  {
    name: 'Umbrella Elektroniker/in: the IHK and craft variants to choose from',
    input: { catalogueId: 'elektroniker', land: 'DE-RP', place: 'Kaiserslautern' },
    expect: {
      status: 'choose',
      candidates: [
        'elektroniker-betriebstechnik',
        'elektroniker-automatisierungstechnik',
        'elektroniker-geraete-systeme',
        'elektroniker-informations-systemtechnik',
        'elektroniker-energie-gebaeudetechnik',
        'elektroniker-automatisierungs-systemtechnik',
      ],
    },
  },
  {
    name: 'Softwareentwickler/in: academic (Informatiker/in) or vocational (Fachinformatiker/in) to choose from',
    input: { catalogueId: 'softwareentwickler', land: 'DE-RP' },
    expect: { status: 'choose', candidates: ['informatiker', 'fachinformatiker-anwendungsentwicklung'] },
  },
  {
    name: 'Chemiker/in: the academic chemist or the state-certified food chemist to choose from',
    input: { catalogueId: 'chemiker', land: 'DE-RP' },
    expect: { status: 'choose', candidates: ['chemiker', 'lebensmittelchemiker'] },
  },
  {
    name: 'A chosen variant is found by its reference id',
    input: { referenceId: 'elektroniker-automatisierungs-systemtechnik', land: 'DE-RP', place: 'Mainz' },
    expect: { status: 'found', body: 'hwk-rheinhessen', bodyUnconfirmed: false },
  },
  {
    name: 'A catalogue occupation without a reference occupation: not found',
    input: { catalogueId: 'grafikdesigner', land: 'DE-RP' },
    expect: { status: 'not_found', reason: 'no_occupation' },
  },
  {
    name: 'Before the entries’ validity: not found, not valid on the date',
    input: { catalogueId: 'elektroniker-betriebstechnik', land: 'DE-RP' },
    date: '2020-01-01',
    expect: { status: 'not_found', reason: 'not_valid_on_date' },
  },
];

function bodyId(r: RecognitionResult): string | undefined {
  if (r.status !== 'found') return undefined;
  return r.body.known ? r.body.id : 'ask';
}

for (const row of TABLE) {
  test(row.name, () => {
    const r = findRecognition(row.input, row.date ?? DATE);
    const e = row.expect;
    assert.equal(r.status, e.status);
    if (r.status === 'choose') {
      if (e.candidates) assert.deepEqual(new Set(r.candidates.map((c) => c.id)), new Set(e.candidates));
      return;
    }
    if (r.status === 'not_found') {
      if (e.reason) assert.equal(r.reason, e.reason);
      assert.ok(r.links.some((l) => l.kind === 'anerkennungs-finder'));
      return;
    }
    if (e.occupation) assert.equal(r.occupation.id, e.occupation);
    if (e.body) assert.equal(bodyId(r), e.body);
    if (e.body === 'ask' && !r.body.known) assert.ok(r.body.note.de.length > 0 && r.body.note.en.length > 0);
    if (e.employmentRegulated !== undefined) assert.equal(r.regulation.employmentRegulated, e.employmentRegulated);
    if (e.titleProtected !== undefined) assert.equal(r.regulation.titleProtected, e.titleProtected);
    if (e.selfEmployment !== undefined) assert.equal(r.regulation.selfEmploymentOrReservedRegulated, e.selfEmployment);
    if (e.bodyUnconfirmed !== undefined) {
      assert.ok(r.body.known);
      assert.equal(r.body.unconfirmed, e.bodyUnconfirmed);
    }
    if (e.also) assert.deepEqual(r.alsoRelevant.map((a) => (a.body.known ? a.body.id : 'ask')), e.also);
    if (e.steps) assert.deepEqual(r.steps.map((s) => s.id), e.steps);
    if (e.feeParameter) assert.equal(r.fee.parameterId, e.feeParameter);
    if (e.regularDeadlineRefs) assert.deepEqual(r.deadlines.regular.map((d) => d.ref), e.regularDeadlineRefs);
    if (e.acceleratedDeadlineRefs) assert.deepEqual(r.deadlines.accelerated.map((d) => d.ref), e.acceleratedDeadlineRefs);
    if (e.online) assert.equal(r.onlineApplication, e.online);
    // every found result: texts in both languages, a dated source, outcomes with statutes
    for (const t of [...r.regulation.texts, r.fee.text, r.onlineText, r.deadlines.text, ...r.steps.flatMap((s) => [s.title, s.text])]) {
      assert.ok(t.de.length > 0 && t.en.length > 0);
    }
    assert.ok(r.source.reference.url.startsWith('http') && r.source.lastVerified <= DATE);
    assert.ok(r.outcomes.length >= 2);
    for (const o of r.outcomes) for (const c of o.consequences) assert.match(c.ref, /^§ \d+[a-z]? /);
  });
}

test('The accelerated procedure puts the § 14a BQFG periods on the receipt and decision steps', () => {
  const r = findRecognition({ catalogueId: 'industriemechaniker', land: 'DE-RP', accelerated: true }, DATE);
  assert.equal(r.status, 'found');
  if (r.status !== 'found') return;
  const refs = r.steps.filter((s) => s.deadline).map((s) => [s.id, s.deadline!.ref, s.deadline!.period.unit, s.deadline!.period.n]);
  assert.deepEqual(refs, [
    ['receipt-confirmation', '§ 14a Abs. 2 BQFG', 'weeks', 2],
    ['decision', '§ 14a Abs. 3 BQFG', 'months', 2],
  ]);
  const regular = findRecognition({ catalogueId: 'industriemechaniker', land: 'DE-RP' }, DATE);
  assert.equal(regular.status, 'found');
  if (regular.status !== 'found') return;
  assert.deepEqual(
    regular.steps.filter((s) => s.deadline).map((s) => [s.deadline!.period.unit, s.deadline!.period.n]),
    [['months', 1], ['months', 3]],
  );
});

test('The IHK FOSA fee is the dated plan parameter (100–600, about 550 on average)', () => {
  const r = findRecognition({ catalogueId: 'mechatroniker', land: 'DE-RP' }, DATE);
  assert.equal(r.status, 'found');
  if (r.status !== 'found') return;
  assert.deepEqual(r.fee.eur, { min: 100, max: 600, typical: 550 });
  assert.equal(r.fee.unconfirmed, false);
});

test('Outcomes: full equivalence of a training occupation opens § 18a; partial opens § 16d (1), § 16d (3) and the Chancenkarte points', () => {
  const r = findRecognition({ catalogueId: 'mechatroniker', land: 'DE-RP' }, DATE);
  assert.equal(r.status, 'found');
  if (r.status !== 'found') return;
  const by = Object.fromEntries(r.outcomes.map((o) => [o.outcome, o]));
  assert.equal(by.full!.germanAssessment, 'equivalent');
  assert.deepEqual(by.full!.consequences.map((c) => c.route), ['18a', '20a-skilled']);
  assert.equal(by.partial!.germanAssessment, 'partial');
  assert.deepEqual(by.partial!.consequences.map((c) => c.route), ['16d1-qualification', '16d3-partnership', '20a-points']);
  assert.deepEqual(by.partial!.consequences.map((c) => c.ref), ['§ 16d Abs. 1 AufenthG', '§ 16d Abs. 3 AufenthG', '§ 20b Abs. 1 S. 1 Nr. 1 AufenthG']);
  assert.equal(by.none!.germanAssessment, 'none');
});

test('Outcomes: an academic occupation leads to §§ 18b and 18g when comparable; a doctor’s full recognition too, with the licence', () => {
  const it = findRecognition({ catalogueId: 'informatiker', land: 'DE-RP' }, DATE);
  assert.equal(it.status, 'found');
  if (it.status !== 'found') return;
  const comparable = it.outcomes.find((o) => o.outcome === 'academic_comparable')!;
  assert.equal(comparable.germanAssessment, 'comparable');
  assert.deepEqual(comparable.consequences.map((c) => c.route), ['18b', '18g-standard', '20a-skilled']);
  const doc = findRecognition({ catalogueId: 'facharzt', land: 'DE-RP' }, DATE);
  assert.equal(doc.status, 'found');
  if (doc.status !== 'found') return;
  const full = doc.outcomes.find((o) => o.outcome === 'full')!;
  assert.deepEqual(full.consequences.map((c) => c.ref), ['§ 18b AufenthG', '§ 18g Abs. 1 S. 1 AufenthG', '§ 18 Abs. 2 Nr. 3 AufenthG', '§ 20a Abs. 3 Nr. 1 AufenthG']);
});

test('Data passed in replaces the built-in data (an office override changes the body)', () => {
  const base = BUILTIN_RECOGNITION_DATA;
  const override: ReferenceOccupation = {
    ...base.occupations.find((o) => o.id === 'maurer')!,
    competentBodies: [{ land: 'DE-BY', bodyId: 'hwk-pfalz', note: { de: 'Testnotiz', en: 'test note' } }],
  };
  const data: RecognitionData = { ...base, occupations: base.occupations.map((o) => (o.id === 'maurer' ? override : o)) };
  const r = findRecognition({ catalogueId: 'maurer', land: 'DE-BY' }, DATE, data);
  assert.equal(bodyId(r), 'hwk-pfalz');
});

test('An entry valid until a date is not used after it', () => {
  const base = BUILTIN_RECOGNITION_DATA;
  const data: RecognitionData = {
    ...base,
    occupations: base.occupations.map((o) => (o.id === 'zimmerer' ? { ...o, validUntil: '2026-06-30' } : o)),
  };
  assert.equal(findRecognition({ catalogueId: 'zimmerer', land: 'DE-RP', place: 'Trier' }, '2026-06-30', data).status, 'found');
  const after = findRecognition({ catalogueId: 'zimmerer', land: 'DE-RP', place: 'Trier' }, '2026-07-01', data);
  assert.equal(after.status, 'not_found');
  if (after.status === 'not_found') assert.equal(after.reason, 'not_valid_on_date');
});

test('Of two dated versions of an entry, the one valid on the date is used', () => {
  const base = BUILTIN_RECOGNITION_DATA;
  const old = base.occupations.find((o) => o.id === 'zimmerer')!;
  const data: RecognitionData = {
    ...base,
    occupations: [
      ...base.occupations.filter((o) => o.id !== 'zimmerer'),
      { ...old, validUntil: '2026-06-30' },
      { ...old, validFrom: '2026-07-01', competentBodies: [{ land: 'DE-RP', bodyId: 'hwk-koblenz' }] },
    ],
  };
  assert.equal(bodyId(findRecognition({ catalogueId: 'zimmerer', land: 'DE-RP', place: 'Trier' }, '2026-06-30', data)), 'hwk-trier');
  assert.equal(bodyId(findRecognition({ catalogueId: 'zimmerer', land: 'DE-RP', place: 'Trier' }, '2026-07-01', data)), 'hwk-koblenz');
});
