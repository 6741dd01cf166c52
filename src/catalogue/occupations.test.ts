import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ISCO08_UNIT_GROUPS, REQUIRED_ISCO_CODES, iscoUnitGroup } from './isco08.ts';
import { OCCUPATIONS, getOccupation, occupationsForIsco } from './occupations.ts';

/** Every unit group the issue names, written out so that shortening isco08.ts cannot hide a gap. */
const ISSUE_UNIT_GROUPS: readonly string[] = [
  ...['1311', '1312', '1321', '1322', '1323', '1324', '1330', '1341', '1342', '1343', '1344', '1345', '1346', '1349'],
  ...['2111', '2112', '2113', '2114', '2120', '2131', '2132', '2133'],
  ...['2141', '2142', '2143', '2144', '2145', '2146', '2149', '2151', '2152', '2153'],
  ...['2161', '2162', '2163', '2164', '2165', '2166'],
  ...['2211', '2212', '2221', '2222', '2230', '2240', '2250', '2261', '2262', '2263', '2264', '2265', '2266', '2267', '2269'],
  ...['2310', '2320', '2330', '2341', '2342', '2351', '2352', '2353', '2354', '2355', '2356', '2359'],
  ...['2511', '2512', '2513', '2514', '2519', '2521', '2522', '2523', '2529'],
  ...['3111', '3112', '3113', '3114', '3115', '3116', '3117', '3118', '3119', '3121', '3122', '3123'],
  ...['3131', '3132', '3133', '3134', '3135', '3139', '3141', '3142', '3143', '3151', '3152', '3153', '3154', '3155'],
  ...['3511', '3512', '3513', '3514', '3521', '3522'],
  ...['7111', '7112', '7113', '7114', '7115', '7119', '7121', '7122', '7123', '7124', '7125', '7126', '7127', '7131', '7132', '7133'],
  ...['7211', '7212', '7213', '7214', '7215', '7221', '7222', '7223', '7224', '7231', '7232', '7233'],
  ...['7411', '7412', '7413', '7421', '7422'],
];

test('The shipped ISCO-08 list has unique 4-digit codes, each with a German and an English title', () => {
  const codes = ISCO08_UNIT_GROUPS.map((g) => g.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const g of ISCO08_UNIT_GROUPS) {
    assert.match(g.code, /^\d{4}$/, g.code);
    assert.ok(g.title.de.trim().length > 0 && g.title.en.trim().length > 0, g.code);
  }
});

test('Every unit group named in the issue is in the shipped ISCO-08 list and required', () => {
  for (const code of ISSUE_UNIT_GROUPS) {
    assert.ok(iscoUnitGroup(code) !== undefined, `${code} missing from isco08.ts`);
    assert.ok(REQUIRED_ISCO_CODES.includes(code), `${code} not required`);
  }
});

test('Official English ISCO-08 titles are used, e.g. 2512 Software developers, 7412 Electrical mechanics and fitters', () => {
  assert.equal(iscoUnitGroup('2512')?.title.en, 'Software developers');
  assert.equal(iscoUnitGroup('7412')?.title.en, 'Electrical mechanics and fitters');
  assert.equal(iscoUnitGroup('1330')?.title.en, 'Information and communications technology service managers');
  assert.equal(iscoUnitGroup('3155')?.title.en, 'Air traffic safety electronics technicians');
  assert.equal(iscoUnitGroup('9999'), undefined);
});

test('Every occupation has a 4-digit ISCO code from the shipped list and carries that unit group title', () => {
  for (const o of OCCUPATIONS) {
    assert.match(o.isco, /^\d{4}$/, o.id);
    const group = iscoUnitGroup(o.isco);
    assert.ok(group !== undefined, `${o.id}: ${o.isco} not in isco08.ts`);
    assert.deepEqual(o.iscoTitle, group.title, o.id);
  }
});

test('Every required ISCO unit group has at least one occupation', () => {
  const missing = REQUIRED_ISCO_CODES.filter((code) => occupationsForIsco(code).length === 0);
  assert.deepEqual(missing, []);
});

test('Occupation ids are unique lower-case slugs and getOccupation finds each', () => {
  const ids = OCCUPATIONS.map((o) => o.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const o of OCCUPATIONS) {
    assert.match(o.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, o.id);
    assert.equal(getOccupation(o.id), o);
  }
  assert.equal(getOccupation('no-such-occupation'), undefined);
});

test('Every occupation has non-empty German and English titles and non-empty, trimmed synonyms', () => {
  for (const o of OCCUPATIONS) {
    assert.ok(o.title.de.trim().length > 0, o.id);
    assert.ok(o.title.en.trim().length > 0, o.id);
    for (const s of o.synonyms) assert.ok(s.length > 0 && s === s.trim(), `${o.id}: synonym "${s}"`);
    assert.equal(new Set(o.synonyms).size, o.synonyms.length, `${o.id}: duplicate synonym`);
  }
});

test('KldB codes, where given, have 5 digits; chambers are IHK or HWK; notes have both languages', () => {
  for (const o of OCCUPATIONS) {
    if (o.kldb !== undefined) assert.match(o.kldb, /^\d{5}$/, o.id);
    if (o.chamber !== undefined) assert.ok(o.chamber === 'IHK' || o.chamber === 'HWK', o.id);
    if (o.note !== undefined) assert.ok(o.note.de.length > 0 && o.note.en.length > 0, o.id);
    assert.ok(['academic', 'vocational', 'manager', 'technician'].includes(o.level), o.id);
  }
});

test('occupationsForIsco lists the entries of a unit group in catalogue order, [] for an unknown code', () => {
  const ids = occupationsForIsco('7412').map((o) => o.id);
  assert.ok(ids.includes('mechatroniker') && ids.includes('elektroniker-betriebstechnik'));
  assert.equal(occupationsForIsco('2512')[0]?.id, 'softwareentwickler');
  assert.deepEqual(occupationsForIsco('0000'), []);
  assert.deepEqual(occupationsForIsco(''), []);
});

test('The issue’s examples map to the intended unit groups', () => {
  assert.equal(getOccupation('softwareentwickler')?.isco, '2512');
  assert.equal(getOccupation('anlagenmechaniker-shk')?.isco, '7126');
  assert.equal(getOccupation('mechatroniker')?.isco, '7412');
  assert.equal(getOccupation('elektroniker-energie-gebaeudetechnik')?.isco, '7411');
  assert.equal(getOccupation('elektroniker-betriebstechnik')?.isco, '7412');
  assert.equal(getOccupation('elektroniker')?.isco, '7421');
  assert.equal(getOccupation('data-scientist')?.isco, '2511');
  assert.equal(getOccupation('bauingenieur')?.isco, '2142');
  assert.equal(getOccupation('bauleitung')?.isco, '1323');
  assert.equal(getOccupation('polier')?.isco, '3123');
});

test('Engineers carry the note that their title is protected; doctors are regulated', () => {
  const engineer = getOccupation('bauingenieur');
  assert.equal(engineer?.regulatedInDe, true);
  assert.match(engineer?.note?.de ?? '', /Ingenieur\/in“ ist .* geschützt/);
  assert.equal(getOccupation('allgemeinarzt')?.regulatedInDe, true);
  assert.equal(getOccupation('softwareentwickler')?.regulatedInDe, false);
});

test('Every entry says whether it is regulated, with a source unless unknown; regulatedInDe agrees', () => {
  const counts = { regulated: 0, title: 0, free: 0, unknown: 0 };
  for (const o of OCCUPATIONS) {
    counts[o.regulation]++;
    if (o.regulation === 'unknown') {
      assert.equal(o.regulationSource, undefined, o.id);
      assert.equal(o.regulatedInDe, undefined, o.id);
    } else {
      assert.ok(o.regulationSource !== undefined && /^https:\/\//.test(o.regulationSource.url), o.id);
      assert.ok(o.regulationSource.text.de.length > 0 && o.regulationSource.text.en.length > 0, o.id);
      assert.equal(o.regulatedInDe, o.regulation !== 'free', o.id);
    }
  }
  // every category is used: the table below cannot pass on a catalogue where everything is unknown
  for (const [k, n] of Object.entries(counts)) assert.ok(n > 0, k);
});

test('Regulation examples: licences, protected titles, dual training and IT are told apart; unverified stays unknown', () => {
  const table: readonly [string, string][] = [
    ['allgemeinarzt', 'regulated'],
    ['pflegefachkraft', 'regulated'],
    ['pilot', 'regulated'],
    ['bauingenieur', 'title'],
    ['architekt', 'title'],
    ['elektroniker-energie-gebaeudetechnik', 'free'],
    ['elektroniker-betriebstechnik', 'free'],
    ['mechatroniker', 'free'],
    ['fachinformatiker-anwendungsentwicklung', 'free'],
    ['softwareentwickler', 'free'],
    ['it-leitung', 'unknown'], // a manager in ISCO 1330, not 25xx
    ['schweisser', 'unknown'], // no German training occupation of that name
    ['hufschmied', 'unknown'],
    ['elektrotechnikermeister', 'unknown'], // a master title, not a dual training occupation
  ];
  for (const [id, regulation] of table) assert.equal(getOccupation(id)?.regulation, regulation, id);
});

test('The catalogue cannot be changed at run time', () => {
  assert.ok(Object.isFrozen(OCCUPATIONS));
  for (const o of OCCUPATIONS) {
    assert.ok(Object.isFrozen(o) && Object.isFrozen(o.title) && Object.isFrozen(o.synonyms) && Object.isFrozen(o.iscoTitle), o.id);
  }
});
