// Tables of the further-qualification catalogue and proposals (issue 16; recognition-integration-facts.md § 2).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFICIT_TAGS, DEFICIT_TAG_LABELS, MEASURES, MEASURE_KINDS, proposeMeasures } from './measures.ts';
import type { ProposalInput } from './measures.ts';
import { FUNDING_PROGRAMMES, fundingFor } from './funding.ts';

const D = '2026-12-05';

test('the measure kinds are exactly the shared codes, each with a catalogue entry', () => {
  assert.deepEqual(
    [...MEASURE_KINDS],
    [
      'anpassungsqualifizierung_betrieb',
      'anpassungsqualifizierung_kurs',
      'ausgleichsmassnahme_anpassungslehrgang',
      'eignungspruefung_vorbereitung',
      'kenntnispruefung_vorbereitung',
      'qualifikationsanalyse',
      'berufssprachkurs',
      'fachsprachkurs',
      'integrationskurs',
    ],
  );
  for (const k of MEASURE_KINDS) {
    const m = MEASURES[k];
    assert.equal(m.kind, k);
    assert.ok(m.title.de && m.title.en && m.purpose.de && m.purpose.en, k);
    assert.ok(m.legalBasis.length > 0, k);
    assert.match(m.reference.url, /^https?:\/\//);
  }
  for (const t of DEFICIT_TAGS) assert.ok(DEFICIT_TAG_LABELS[t].de && DEFICIT_TAG_LABELS[t].en);
});

test('costs: integration course 2.29 €/UE (1,603 € for 700 UE), professional language course 2.32 €/UE above 20,000 €, Qualifikationsanalyse 1,184 € example', () => {
  const ik = MEASURES.integrationskurs.cost(D);
  assert.equal(ik.perUeEur, 2.29);
  assert.match(ik.text.de, /1\.603 €/);
  const bsk = MEASURES.berufssprachkurs.cost(D);
  assert.equal(bsk.perUeEur, 2.32);
  assert.match(bsk.text.de, /20\.000 €/);
  assert.match(bsk.text.de, /40\.000 € \(zu prüfen\)/);
  assert.equal(MEASURES.qualifikationsanalyse.cost(D).exampleEur, 1_184);
  assert.equal(MEASURES.integrationskurs.duration(D).ue, 700);
  assert.match(MEASURES.integrationskurs.duration(D).text.de, /600 Sprachkurs \+ 100 Orientierungskurs\); Spezialkurse bis 1\.000 UE/);
  assert.equal(MEASURES.berufssprachkurs.duration(D).ue, 400);
  assert.match(MEASURES.berufssprachkurs.duration(D).text.de, /500 UE/);
  assert.equal(MEASURES.ausgleichsmassnahme_anpassungslehrgang.duration(D).maxMonths, 36);
  assert.match(MEASURES.qualifikationsanalyse.cost(D).text.de, /IHK Hannover: 1\.184 €/);
});

type Row = { name: string; input: Omit<ProposalInput, 'date'> & { date?: string }; kinds: string[] };
const ROWS: Row[] = [
  {
    name: 'partial, non-regulated, practice and safety missing: in-company first (closes more), then the course',
    input: { outcome: 'partial', deficitTags: ['fachpraxis', 'arbeitssicherheit', 'berufserfahrung'], regulated: false },
    kinds: ['anpassungsqualifizierung_betrieb', 'anpassungsqualifizierung_kurs'],
  },
  {
    name: 'partial, non-regulated, only theory: the course, then in-company (which does not close theory is left out)',
    input: { outcome: 'partial', deficitTags: ['fachtheorie'], regulated: false },
    kinds: ['anpassungsqualifizierung_kurs'],
  },
  {
    name: 'partial, regulated: the compensation measures, never the voluntary adaptation qualification',
    input: { outcome: 'partial', deficitTags: ['fachpraxis', 'rechtsvorschriften_de'], regulated: true },
    kinds: ['ausgleichsmassnahme_anpassungslehrgang', 'kenntnispruefung_vorbereitung', 'eignungspruefung_vorbereitung'],
  },
  {
    name: 'partial without tags: the adaptation measures are still offered',
    input: { outcome: 'partial', deficitTags: [], regulated: false },
    kinds: ['anpassungsqualifizierung_betrieb', 'anpassungsqualifizierung_kurs'],
  },
  {
    name: 'documents missing, non-regulated, pending: Qualifikationsanalyse',
    input: { outcome: 'pending', deficitTags: ['dokumente_fehlen'], regulated: false },
    kinds: ['qualifikationsanalyse'],
  },
  {
    name: 'documents missing, regulated: no Qualifikationsanalyse (§ 14 BQFG only for BBiG/HwO)',
    input: { outcome: 'none', deficitTags: ['dokumente_fehlen'], regulated: true },
    kinds: [],
  },
  {
    name: 'full equivalence: no adaptation; German A2 gives the integration course',
    input: { outcome: 'full', deficitTags: ['fachpraxis'], regulated: false, germanLevel: 'A2' },
    kinds: ['integrationskurs'],
  },
  {
    name: 'German B1 with the deficit "deutsch": professional language course; technical language: specialist course',
    input: { outcome: 'partial', deficitTags: ['deutsch', 'fachsprache', 'normen_vde'], regulated: false, germanLevel: 'B1' },
    kinds: ['anpassungsqualifizierung_betrieb', 'anpassungsqualifizierung_kurs', 'berufssprachkurs', 'fachsprachkurs'],
  },
  {
    name: 'German level unknown with the deficit "deutsch": both courses, with a note',
    input: { outcome: 'not_required', deficitTags: ['deutsch'] },
    kinds: ['berufssprachkurs', 'integrationskurs'],
  },
  {
    name: 'German C2: no language course',
    input: { outcome: 'full', deficitTags: ['deutsch'], germanLevel: 'C2' },
    kinds: [],
  },
];

for (const row of ROWS) {
  test(`proposals: ${row.name}`, () => {
    const got = proposeMeasures({ date: D, ...row.input });
    assert.deepEqual(
      got.map((p) => p.kind),
      row.kinds,
    );
  });
}

test('each proposal says which deficit tag it closes', () => {
  const [first] = proposeMeasures({ date: D, outcome: 'partial', deficitTags: ['fachpraxis', 'normen_vde'], regulated: false });
  assert.deepEqual(first!.closes, ['fachpraxis', 'normen_vde']);
  assert.match(first!.why.de, /Fachpraxis/);
  assert.match(first!.why.en, /practical skills/);
});

test('regulated unknown: both kinds of adaptation, each with a note to check the notice', () => {
  const got = proposeMeasures({ date: D, outcome: 'partial', deficitTags: ['fachtheorie'] });
  assert.deepEqual(got.map((p) => p.kind).sort(), ['anpassungsqualifizierung_kurs', 'ausgleichsmassnahme_anpassungslehrgang', 'eignungspruefung_vorbereitung', 'kenntnispruefung_vorbereitung'].sort());
  for (const p of got) assert.ok(p.notes.some((n) => /reglementiert/.test(n.de)));
});

test('adaptation measures link the residence route § 16d (1) / (3); the in-company one names the BA approval; below A2 a note', () => {
  const [p] = proposeMeasures({ date: D, outcome: 'partial', deficitTags: ['fachpraxis'], regulated: false, germanLevel: 'A1' });
  assert.equal(p!.kind, 'anpassungsqualifizierung_betrieb');
  assert.deepEqual(p!.residence?.sections, ['16d1', '16d3']);
  assert.match(p!.residence!.text.de, /24 Monate/);
  assert.match(p!.residence!.text.de, /§ 39/);
  assert.ok(p!.notes.some((n) => /A2/.test(n.de)));
  const [lang] = proposeMeasures({ date: D, outcome: 'full', deficitTags: [], germanLevel: 'A1' });
  assert.equal(lang!.residence, null);
});

const zuschuss = (date: string, residesInGermany?: boolean) =>
  proposeMeasures({ date, outcome: 'partial', deficitTags: ['fachtheorie'], regulated: false, residesInGermany })[0]!.funding.find((f) => f.id === 'anerkennungszuschuss');

test('Anerkennungszuschuss: 3,000 € for qualification measures, ends 30.06.2027 (claims 30.09.2028), not proposed after that', () => {
  const f = zuschuss('2026-12-05', true)!;
  assert.equal(f.maxAmountEur, 3_000);
  assert.equal(f.applyUntil, '2027-06-30');
  assert.equal(f.claimsUntil, '2028-09-30');
  assert.equal(f.fits, 'yes');
  assert.ok(f.conditions.some((c) => /32\.000 €/.test(c.text.de) && /50\.000 €/.test(c.text.de)));
  assert.ok(f.conditions.some((c) => /vor Entstehen der Kosten/.test(c.text.de)));
  assert.ok(zuschuss('2027-06-30'));
  assert.equal(zuschuss('2027-07-01'), undefined);
});

test('Anerkennungszuschuss: 1,200 € for the Qualifikationsanalyse; not for language courses; not for someone abroad', () => {
  const qa = fundingFor('qualifikationsanalyse', { date: D }).find((f) => f.id === 'anerkennungszuschuss')!;
  assert.equal(qa.maxAmountEur, 1_200);
  assert.equal(qa.fits, 'unknown');
  assert.equal(fundingFor('berufssprachkurs', { date: D }).length, 0);
  assert.equal(fundingFor('integrationskurs', { date: D }).length, 0);
  const abroad = zuschuss(D, false)!;
  assert.equal(abroad.fits, 'no');
  assert.match(abroad.fitNote!.de, /Ausland/);
});

test('before 2025 the old income limits (26,000 / 40,000 €) apply', () => {
  const f = fundingFor('anpassungsqualifizierung_kurs', { date: '2024-06-01' }).find((o) => o.id === 'anerkennungszuschuss')!;
  assert.ok(f.conditions.some((c) => /26\.000 €/.test(c.text.de)));
  assert.equal(f.applyUntil, null);
});

test('BA further-training funding needs AZAV; its § 82 percentages are to be verified; Aufstiegs-BAföG is never proposed for adaptation', () => {
  const ba = fundingFor('anpassungsqualifizierung_kurs', { date: D }).find((f) => f.id === 'ba_weiterbildung')!;
  assert.match(ba.legalBasis.de, /§§ 81 ff\. SGB III/);
  assert.ok(ba.conditions.some((c) => /AZAV/.test(c.text.de)));
  assert.equal(ba.unconfirmed, true);
  for (const k of MEASURE_KINDS) assert.ok(!fundingFor(k, { date: D }).some((f) => f.id === 'aufstiegs_bafoeg'), k);
  assert.match(FUNDING_PROGRAMMES.aufstiegs_bafoeg.notFor!.de, /nicht für Anpassungsqualifizierungen/);
  assert.ok(FUNDING_PROGRAMMES.aufstiegs_bafoeg.conditions.some((c) => c.unconfirmed && /§ 8 AFBG/.test(c.text.de)));
  assert.ok(FUNDING_PROGRAMMES.aufstiegs_bafoeg.conditions.some((c) => /400 Stunden/.test(c.text.de)));
});

test('IQ qualifications: offered in the 2026–2028 round, free of charge marked to be verified', () => {
  const iq = fundingFor('anpassungsqualifizierung_betrieb', { date: D }).find((f) => f.id === 'iq_programm')!;
  assert.equal(iq.unconfirmed, true);
  assert.ok(iq.conditions.some((c) => /31\.12\.2028/.test(c.text.de)));
  assert.equal(fundingFor('anpassungsqualifizierung_betrieb', { date: '2029-01-01' }).find((f) => f.id === 'iq_programm'), undefined);
});

test('the catalogue and funding rules carry no money or big-number literal: figures are dated parameters', async () => {
  const { readFileSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const { literalFindings } = await import('../plan/noLiterals.test.ts');
  for (const name of ['measures.ts', 'funding.ts']) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    assert.deepEqual(literalFindings(path, readFileSync(path, 'utf8')), [], name);
  }
});
