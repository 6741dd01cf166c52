import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { MatchKind, OccupationMatch, SearchLang } from './search.ts';
import { MAX_PROMINENCE, MAX_QUERY_LENGTH, boundedDamerauLevenshtein, getOccupation, occupationsForIsco, searchOccupations } from './search.ts';
import { OCCUPATIONS } from './occupations.ts';
import { PROMINENCE } from './data/occupations.ts';

interface Case {
  name: string;
  query: string;
  lang?: SearchLang;
  /** id of the entry that must come first */
  first?: string;
  /** id of an entry that must be among the first three */
  top3?: string;
  /** how the first result matched */
  matched?: MatchKind;
  /** ISCO codes that must all appear in the first six results */
  iscoInTop6?: readonly string[];
  /** the search must return nothing */
  none?: true;
}

const ids = (results: readonly OccupationMatch[]): string[] => results.map((r) => r.entry.id);

const CASES: readonly Case[] = [
  // Softwareentwickler
  { name: 'A personnel manager typing "Softwareentwickler" finds Softwareentwickler/in first', query: 'Softwareentwickler', first: 'softwareentwickler', matched: 'title' },
  { name: 'Lower case "softwareentwickler" finds Softwareentwickler/in first', query: 'softwareentwickler', first: 'softwareentwickler' },
  { name: 'Capitals "SOFTWAREENTWICKLER" find Softwareentwickler/in first', query: 'SOFTWAREENTWICKLER', first: 'softwareentwickler' },
  { name: 'The feminine form "Softwareentwicklerin" finds Softwareentwickler/in first', query: 'Softwareentwicklerin', first: 'softwareentwickler' },
  { name: 'The gender colon "Software-Entwickler:in" finds Softwareentwickler/in first', query: 'Software-Entwickler:in', first: 'softwareentwickler' },
  { name: 'The Binnen-I "SoftwareentwicklerIn" finds Softwareentwickler/in first', query: 'SoftwareentwicklerIn', first: 'softwareentwickler' },
  { name: 'The half-typed "Softwareent" already puts Softwareentwickler/in first', query: 'Softwareent', first: 'softwareentwickler' },
  { name: 'The typo "Softwarentwickler" (one e missing) still finds Softwareentwickler/in in the top 3', query: 'Softwarentwickler', top3: 'softwareentwickler' },
  { name: 'The typo "Sofwtareentwickler" (two letters swapped) still finds Softwareentwickler/in in the top 3', query: 'Sofwtareentwickler', top3: 'softwareentwickler' },

  // Elektroniker
  { name: '"Elektroniker" finds the 7411, 7412 and 7421 entries in the first six', query: 'Elektroniker', first: 'elektroniker-energie-gebaeudetechnik', iscoInTop6: ['7411', '7412', '7421'] },
  { name: '"Elektroniker für Betriebstechnik" finds exactly that training occupation first', query: 'Elektroniker für Betriebstechnik', first: 'elektroniker-betriebstechnik', matched: 'title' },
  { name: '"Elektroniker fur Betriebstechnik" without the umlaut finds it first', query: 'Elektroniker fur Betriebstechnik', first: 'elektroniker-betriebstechnik' },
  { name: '"Elektroniker fuer Betriebstechnik" with ue finds it first', query: 'Elektroniker fuer Betriebstechnik', first: 'elektroniker-betriebstechnik' },
  { name: '"Elektronikerin für Betriebstechnik" (feminine) finds it first', query: 'Elektronikerin für Betriebstechnik', first: 'elektroniker-betriebstechnik' },
  { name: '"Elektroniker Betriebstechnik" without "für" finds it first', query: 'Elektroniker Betriebstechnik', first: 'elektroniker-betriebstechnik' },
  { name: '"Elektroniker für die Betriebstechnik" with an extra filler word finds it first', query: 'Elektroniker für die Betriebstechnik', first: 'elektroniker-betriebstechnik' },
  { name: 'The typo "Elektronicker" finds an Elektroniker/in entry first', query: 'Elektronicker', first: 'elektroniker-energie-gebaeudetechnik' },
  { name: '"Elektroniker*in für Energie- und Gebäudetechnik" finds that occupation first', query: 'Elektroniker*in für Energie- und Gebäudetechnik', first: 'elektroniker-energie-gebaeudetechnik' },
  { name: '"Elektroniker fur Energie und Gebaudetechnik" without umlauts finds it first', query: 'Elektroniker fur Energie und Gebaudetechnik', first: 'elektroniker-energie-gebaeudetechnik' },
  { name: 'The everyday word "Elektriker" finds Elektroniker/in für Energie- und Gebäudetechnik first, by synonym', query: 'Elektriker', first: 'elektroniker-energie-gebaeudetechnik', matched: 'synonym' },

  // Bauingenieur
  { name: '"Bauingenieur" finds Bauingenieur/in first', query: 'Bauingenieur', first: 'bauingenieur', matched: 'title' },
  { name: 'The feminine "Bauingenieurin" finds Bauingenieur/in first', query: 'Bauingenieurin', first: 'bauingenieur' },
  { name: 'The gender gap "Bauingenieur_in" finds Bauingenieur/in first', query: 'Bauingenieur_in', first: 'bauingenieur' },
  { name: 'The typo "Bauingeneur" finds Bauingenieur/in in the top 3', query: 'Bauingeneur', top3: 'bauingenieur' },
  { name: '"Ingenieurin" alone finds engineers, Bauingenieur/in among the first three', query: 'Ingenieurin', top3: 'bauingenieur' },

  // Mechatroniker
  { name: '"Mechatroniker" finds Mechatroniker/in (ISCO 7412) first', query: 'Mechatroniker', first: 'mechatroniker', matched: 'title' },
  { name: 'A job-ad title "Mechatroniker (m/w/d)" finds Mechatroniker/in first', query: 'Mechatroniker (m/w/d)', first: 'mechatroniker' },
  { name: 'The feminine "Mechatronikerin" finds Mechatroniker/in first', query: 'Mechatronikerin', first: 'mechatroniker' },
  { name: 'The typo "Mechatronikker" finds Mechatroniker/in in the top 3', query: 'Mechatronikker', top3: 'mechatroniker' },
  { name: '"Kfz Mechatroniker" with a space finds Kfz-Mechatroniker/in first', query: 'Kfz Mechatroniker', first: 'kfz-mechatroniker' },

  // Data Scientist
  { name: '"Data Scientist" finds Data Scientist first', query: 'Data Scientist', first: 'data-scientist', matched: 'title' },
  { name: '"data-scientist" in lower case with a hyphen finds Data Scientist first', query: 'data-scientist', first: 'data-scientist' },
  { name: 'The typo "Data Scientst" finds Data Scientist in the top 3', query: 'Data Scientst', top3: 'data-scientist' },
  { name: 'The German "Datenwissenschaftlerin" finds Data Scientist first', query: 'Datenwissenschaftlerin', first: 'data-scientist' },

  // umlauts and ß both ways; synonyms the issue names
  { name: '"Fliesenleger" finds Fliesen-, Platten- und Mosaikleger/in first', query: 'Fliesenleger', first: 'fliesenleger' },
  { name: '"Schweisser" with ss finds Schweißer/in first', query: 'Schweisser', first: 'schweisser' },
  { name: '"Schweißer" with ß finds Schweißer/in first', query: 'Schweißer', first: 'schweisser' },
  { name: '"Schweißerin" finds Schweißer/in first', query: 'Schweißerin', first: 'schweisser' },
  { name: '"Gebaudereiniger" without umlaut finds Gebäudereiniger/in first', query: 'Gebaudereiniger', first: 'gebaeudereiniger' },
  { name: '"Anlagenmechaniker SHK" finds the SHK occupation (ISCO 7126) first', query: 'Anlagenmechaniker SHK', first: 'anlagenmechaniker-shk' },
  { name: '"Heizungsbauer" finds the SHK occupation first', query: 'Heizungsbauer', first: 'anlagenmechaniker-shk' },
  { name: '"SAP-Berater" finds SAP-Berater/in first', query: 'SAP-Berater', first: 'sap-berater' },
  { name: '"SAP Berater" without hyphen finds SAP-Berater/in first', query: 'SAP Berater', first: 'sap-berater' },
  { name: '"DevOps" finds DevOps-Engineer first', query: 'DevOps', first: 'devops-engineer' },
  { name: '"Fachinformatiker Anwendungsentwicklung" finds that apprenticeship first', query: 'Fachinformatiker Anwendungsentwicklung', first: 'fachinformatiker-anwendungsentwicklung' },
  { name: 'The abbreviation "FISI" finds Fachinformatiker/in für Systemintegration first', query: 'FISI', first: 'fachinformatiker-systemintegration' },
  { name: '"Krankenschwester" finds Pflegefachfrau/Pflegefachmann first, by synonym', query: 'Krankenschwester', first: 'pflegefachkraft', matched: 'synonym' },
  { name: '"Ärztin" finds the physician entry first', query: 'Ärztin', first: 'allgemeinarzt' },
  { name: '"Bauleiter" finds Bauleiter/in (ISCO 1323) first', query: 'Bauleiter', first: 'bauleitung' },
  { name: '"Polier" finds Polier/in (ISCO 3123) first', query: 'Polier', first: 'polier' },

  // English
  { name: 'An English user typing "software developer" finds Softwareentwickler/in first, by its English title', query: 'software developer', lang: 'en', first: 'softwareentwickler', matched: 'title' },
  { name: 'English "civil engineer" finds Bauingenieur/in first', query: 'civil engineer', lang: 'en', first: 'bauingenieur' },
  { name: 'English "electrician" finds the building electrician first', query: 'electrician', lang: 'en', first: 'elektroniker-energie-gebaeudetechnik' },
  { name: 'English "welder" finds Schweißer/in first', query: 'welder', lang: 'en', first: 'schweisser' },
  { name: 'English "nurse" finds Pflegefachfrau/Pflegefachmann first', query: 'nurse', lang: 'en', first: 'pflegefachkraft' },
  { name: 'English "mechatronics technician" finds a mechatronics entry first', query: 'mechatronics technician', lang: 'en', top3: 'mechatroniker' },
  { name: 'English typo "softwre developer" finds Softwareentwickler/in in the top 3', query: 'softwre developer', lang: 'en', top3: 'softwareentwickler' },
  { name: 'An English title also works in the German interface', query: 'Software Developer', lang: 'de', first: 'softwareentwickler' },
  { name: 'A German title also works in the English interface', query: 'Elektroniker für Betriebstechnik', lang: 'en', first: 'elektroniker-betriebstechnik' },

  // ISCO codes
  { name: 'The ISCO code "2512" finds Softwareentwickler/in first, by code', query: '2512', first: 'softwareentwickler', matched: 'isco' },
  { name: 'The ISCO code "7126" finds the SHK occupation first', query: '7126', first: 'anlagenmechaniker-shk', matched: 'isco' },
  { name: 'An ISCO code with spaces around it still works', query: '  7412 ', first: 'mechatroniker', matched: 'isco' },

  // empty and odd input
  { name: 'An empty query returns nothing', query: '', none: true },
  { name: 'A query of spaces returns nothing', query: '     ', none: true },
  { name: 'A query of tabs and newlines returns nothing', query: '\t\n\r ', none: true },
  { name: 'A single letter returns nothing', query: 'e', none: true },
  { name: 'Punctuation only returns nothing', query: '/-:*_()', none: true },
  { name: 'A 10,000-character query returns nothing', query: 'x'.repeat(10_000), none: true },
  { name: 'A 10,000-character query of real words returns nothing', query: 'Softwareentwickler '.repeat(527).slice(0, 10_000), none: true },
  { name: 'An unknown ISCO code "9999" returns nothing', query: '9999', none: true },
  { name: 'A word that matches nothing returns nothing', query: 'Qxzvbn', none: true },

  // regex metacharacters are plain characters
  { name: 'The regex ".*" is not a wildcard: nothing', query: '.*', none: true },
  { name: 'The regex "[a-z]+" is not a character class: nothing', query: '[a-z]+', none: true },
  { name: 'An unbalanced "(" does not throw: nothing', query: '(', none: true },
  { name: '"C++ Entwickler" finds Softwareentwickler/in first', query: 'C++ Entwickler', first: 'softwareentwickler' },
  { name: '"^Mechatroniker$" finds Mechatroniker/in first', query: '^Mechatroniker$', first: 'mechatroniker' },
  { name: '"Elektroniker.*" is searched like "Elektroniker"', query: 'Elektroniker.*', first: 'elektroniker-energie-gebaeudetechnik' },
  { name: '"Bau\\\\ingenieur|(?<x>a)$&" does not throw', query: 'Bau\\ingenieur|(?<x>a)$&' },
];

for (const c of CASES) {
  test(c.name, () => {
    const results = searchOccupations(c.query, c.lang ?? 'de');
    if (c.none === true) {
      assert.deepEqual(ids(results), []);
      return;
    }
    if (c.first !== undefined || c.top3 !== undefined || c.matched !== undefined || c.iscoInTop6 !== undefined) {
      assert.ok(results.length > 0, `no results for ${JSON.stringify(c.query)}`);
    }
    if (c.first !== undefined) assert.equal(results[0]?.entry.id, c.first, `got ${ids(results).slice(0, 5).join(', ')}`);
    if (c.top3 !== undefined) assert.ok(ids(results).slice(0, 3).includes(c.top3), `got ${ids(results).slice(0, 5).join(', ')}`);
    if (c.matched !== undefined) assert.equal(results[0]?.matched, c.matched);
    if (c.iscoInTop6 !== undefined) {
      const codes = new Set(results.slice(0, 6).map((r) => r.entry.isco));
      for (const code of c.iscoInTop6) assert.ok(codes.has(code), `${code} not in top 6: ${ids(results).slice(0, 6).join(', ')}`);
    }
  });
}

// The order of the first suggestions (issue 12): among entries that all fit what was typed, the occupations met most
// in skilled immigration come first (data/occupations.ts PROMINENCE), an exact title stays first, an umbrella entry
// ("Elektroniker/in") comes after the common specialisations; the rest is relevance, ties alphabetical.
const ORDER: readonly { query: string; lang?: SearchLang; first: readonly string[]; anyOrder?: true }[] = [
  { query: 'Elektroniker', first: ['elektroniker-energie-gebaeudetechnik', 'elektroniker-betriebstechnik', 'elektroniker'] },
  { query: 'elektroniker', first: ['elektroniker-energie-gebaeudetechnik', 'elektroniker-betriebstechnik', 'elektroniker'] },
  { query: 'Elektroniker   ', first: ['elektroniker-energie-gebaeudetechnik', 'elektroniker-betriebstechnik', 'elektroniker'] },
  { query: '  ELEKTRONIKERIN ', first: ['elektroniker-energie-gebaeudetechnik', 'elektroniker-betriebstechnik', 'elektroniker'] },
  { query: 'Elektroniker für', first: ['elektroniker-energie-gebaeudetechnik', 'elektroniker-betriebstechnik'] },
  { query: 'Elektroniker fur', first: ['elektroniker-energie-gebaeudetechnik', 'elektroniker-betriebstechnik'] },
  { query: 'elektroniker fuer ', first: ['elektroniker-energie-gebaeudetechnik', 'elektroniker-betriebstechnik'] },
  { query: 'Elektronicker', first: ['elektroniker-energie-gebaeudetechnik', 'elektroniker-betriebstechnik'] },
  { query: 'Elektroniker für Betriebstechnik', first: ['elektroniker-betriebstechnik'] },
  { query: 'Elektriker', first: ['elektroniker-energie-gebaeudetechnik'] },
  { query: 'electrician', lang: 'en', first: ['elektroniker-energie-gebaeudetechnik'] },
  { query: 'Softwareentwickler', first: ['softwareentwickler'] },
  { query: 'softwareentwickler  ', first: ['softwareentwickler'] },
  { query: 'Software Entwickler', first: ['softwareentwickler'] },
  { query: 'Ingenieur', first: ['bauingenieur', 'elektroingenieur', 'maschinenbauingenieur'], anyOrder: true },
  { query: 'ingenieurin ', first: ['bauingenieur', 'elektroingenieur', 'maschinenbauingenieur'], anyOrder: true },
  { query: 'Mechatroniker', first: ['mechatroniker', 'kfz-mechatroniker'] },
  { query: 'mechatroniker  ', first: ['mechatroniker', 'kfz-mechatroniker'] },
  { query: 'Pflege', first: ['pflegefachkraft'] },
  { query: 'Anlagenmechaniker', first: ['anlagenmechaniker', 'anlagenmechaniker-shk'] },
];

for (const c of ORDER) {
  test(`Suggestion order: ${JSON.stringify(c.query)}${c.lang === 'en' ? ' (English)' : ''} starts with ${c.first.join(', ')}`, () => {
    const got = ids(searchOccupations(c.query, c.lang ?? 'de')).slice(0, c.first.length);
    if (c.anyOrder === true) assert.deepEqual([...got].sort(), [...c.first].sort(), got.join(', '));
    else assert.deepEqual(got, c.first);
  });
}

test('Prominence keys are catalogue ids, within -1..MAX_PROMINENCE, and an umbrella entry explains its specialisations in a note', () => {
  for (const [id, p] of Object.entries(PROMINENCE)) {
    const o = getOccupation(id);
    assert.ok(o !== undefined, id);
    assert.equal(o.prominence, p, id);
    assert.ok(Number.isInteger(p) && p >= -1 && p <= MAX_PROMINENCE, id);
    if (p < 0) assert.ok(o.note !== undefined, `${id}: an umbrella entry needs a note naming its specialisations`);
  }
  assert.equal(Math.max(...OCCUPATIONS.map((o) => o.prominence)), MAX_PROMINENCE);
  for (const o of OCCUPATIONS) if (!(o.id in PROMINENCE)) assert.equal(o.prominence, 0, o.id);
});

test('Spellings with umlaut, with ae/oe/ue and without the dots, and ß or ss, give identical results', () => {
  const groups = [
    ['Elektroniker für Betriebstechnik', 'Elektroniker fuer Betriebstechnik', 'Elektroniker fur Betriebstechnik', 'ELEKTRONIKER FÜR BETRIEBSTECHNIK'],
    ['Gebäudereiniger', 'Gebaeudereiniger', 'Gebaudereiniger'],
    ['Schweißer', 'Schweisser'],
    ['Ärztin', 'Aerztin', 'Arztin'],
    ['Kältetechnik', 'Kaeltetechnik', 'Kaltetechnik'],
    ['Röntgen Hörakustik', 'Roentgen Hoerakustik', 'Rontgen Horakustik'],
  ];
  for (const [reference, ...variants] of groups) {
    const expected = searchOccupations(reference!, 'de');
    for (const v of variants) assert.deepEqual(searchOccupations(v, 'de'), expected, `${v} vs ${reference}`);
  }
});

test('Stray typo matches are dropped: "Maler" finds only painters, "Schreiner" only joiners', () => {
  for (const [query, isco] of [['Maler', '7131'], ['Schreiner', '7115'], ['Tischler', '7115']] as const) {
    const results = searchOccupations(query, 'de');
    assert.ok(results.length > 0, query);
    for (const r of results) assert.equal(r.entry.isco, isco, `${query}: ${r.entry.id}`);
  }
});

test('An exact title scores higher than any title that merely starts with the query', () => {
  const [first, second] = searchOccupations('Mechatroniker', 'de');
  assert.equal(first?.entry.id, 'mechatroniker');
  assert.ok(first!.score > second!.score);
});

test('Every German and English title finds its own entry first (an umbrella entry: in the top 3, after more prominent entries), and every synonym finds its entry in the top 3', () => {
  const problems: string[] = [];
  for (const o of OCCUPATIONS) {
    for (const lang of ['de', 'en'] as const) {
      const results = searchOccupations(o.title[lang], lang, 3);
      if (o.prominence < 0) {
        const at = ids(results).indexOf(o.id);
        if (at < 0 || results.slice(0, at).some((r) => r.entry.prominence <= o.prominence)) problems.push(`${o.id}: umbrella title ${o.title[lang]}`);
      } else if (results[0]?.entry.id !== o.id) problems.push(`${o.id}: title ${o.title[lang]}`);
    }
    for (const s of o.synonyms) {
      if (!ids(searchOccupations(s, 'de', 3)).includes(o.id)) problems.push(`${o.id}: synonym ${s}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('"Ingenieurin" returns only entries whose title names an engineer (Ingenieur)', () => {
  const results = searchOccupations('Ingenieurin', 'de');
  assert.ok(results.length >= 3);
  for (const r of results) assert.match(r.entry.title.de, /ingenieur/i);
});

test('The ISCO code "2512" finds every entry of that unit group and no other', () => {
  const results = searchOccupations('2512', 'de', 100);
  assert.deepEqual(ids(results).sort(), occupationsForIsco('2512').map((o) => o.id).sort());
});

test('The ISCO minor group "251" finds only entries whose code starts with 251', () => {
  const results = searchOccupations('251', 'de', 100);
  assert.ok(results.length >= 5);
  for (const r of results) assert.ok(r.entry.isco.startsWith('251'), r.entry.id);
});

test('A 10,000-character query returns in well under 10 ms', () => {
  const query = 'Elektroniker '.repeat(800);
  const start = process.hrtime.bigint();
  searchOccupations(query, 'de');
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  assert.ok(ms < 10, `${ms} ms`);
});

test(`A query of exactly ${MAX_QUERY_LENGTH} characters is still searched; one more returns nothing`, () => {
  const base = 'Mechatroniker';
  const exact = base + ' '.repeat(MAX_QUERY_LENGTH - base.length - 1) + 'x';
  assert.equal(exact.length, MAX_QUERY_LENGTH);
  assert.equal(searchOccupations(exact, 'de').length, 0); // "x" is a word that matches nothing…
  const padded = base.padEnd(MAX_QUERY_LENGTH, '-');
  assert.equal(searchOccupations(padded, 'de')[0]?.entry.id, 'mechatroniker'); // …punctuation is ignored
  assert.deepEqual(searchOccupations(padded + '-', 'de'), []);
});

test('The limit caps the number of results; 0, negative and fractional limits are handled', () => {
  assert.equal(searchOccupations('Elektroniker', 'de', 3).length, 3);
  assert.equal(searchOccupations('Elektroniker', 'de', 1)[0]?.entry.id, 'elektroniker-energie-gebaeudetechnik');
  assert.deepEqual(searchOccupations('Elektroniker', 'de', 0), []);
  assert.deepEqual(searchOccupations('Elektroniker', 'de', -5), []);
  assert.equal(searchOccupations('Elektroniker', 'de', 2.7).length, 2);
  assert.ok(searchOccupations('Elektroniker', 'de').length <= 10);
  assert.ok(searchOccupations('Elektroniker', 'de', Number.NaN).length <= 10);
});

test('Input that is not a string (from untyped callers) returns nothing instead of throwing', () => {
  for (const bad of [undefined, null, 42, {}, ['Elektroniker']]) {
    assert.deepEqual(searchOccupations(bad as unknown as string, 'de'), []);
  }
});

test('Results are sorted by score, best first, each entry once, and entries are the catalogue objects', () => {
  for (const q of ['Elektroniker', 'Mechatroniker', 'Ingenieur', 'Pflege', 'Techniker', 'engineer']) {
    const results = searchOccupations(q, 'de', 50);
    assert.ok(results.length > 1, q);
    for (let i = 1; i < results.length; i++) assert.ok(results[i - 1]!.score >= results[i]!.score, q);
    assert.equal(new Set(ids(results)).size, results.length, q);
    for (const r of results) assert.equal(getOccupation(r.entry.id), r.entry);
  }
});

test('The interface language decides which title wins a tie between languages', () => {
  // "Physicist" is the English title and a synonym; in English it counts as the title match
  assert.equal(searchOccupations('Physicist', 'en')[0]?.matched, 'title');
  assert.ok(searchOccupations('Physicist', 'en')[0]!.score >= searchOccupations('Physicist', 'de')[0]!.score);
});

test('The same query gives the same results every time', () => {
  assert.deepEqual(searchOccupations('Bauingeneur', 'de'), searchOccupations('Bauingeneur', 'de'));
});

test('Any input of up to 200 characters returns a sorted list of at most 10 distinct entries without throwing', () => {
  const words = fc.constantFrom('Elektroniker', 'für', 'Bau', 'ingenieur', '2512', 'ß', 'ä', '/in', ':in', '*', '(', ')', '[', ']', '\\', '$', '.', ' ', '-', 'ae', 'ue');
  const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200, unit: 'binary' }), fc.array(words, { maxLength: 30 }).map((w) => w.join('')));
  fc.assert(
    fc.property(text, fc.constantFrom<SearchLang>('de', 'en'), (query, lang) => {
      const results = searchOccupations(query, lang);
      assert.ok(results.length <= 10);
      assert.equal(new Set(ids(results)).size, results.length);
      for (let i = 1; i < results.length; i++) assert.ok(results[i - 1]!.score >= results[i]!.score);
    }),
    { numRuns: 400 },
  );
});

test('The bounded Damerau-Levenshtein distance counts a swap of neighbours as one edit and stops past the bound', () => {
  assert.equal(boundedDamerauLevenshtein('elektroniker', 'elektroniker', 2), 0);
  assert.equal(boundedDamerauLevenshtein('elektronicker', 'elektroniker', 2), 1);
  assert.equal(boundedDamerauLevenshtein('sofwtare', 'software', 2), 1);
  assert.equal(boundedDamerauLevenshtein('bauingeneur', 'bauingenieur', 2), 1);
  assert.equal(boundedDamerauLevenshtein('abc', 'xyz', 1), 2); // past the bound: bound + 1
  assert.equal(boundedDamerauLevenshtein('kurz', 'sehrlangeswort', 2), 3);
  assert.equal(boundedDamerauLevenshtein('elektronik', 'elektroniker', 1, true), 0); // prefix mode
  assert.equal(boundedDamerauLevenshtein('elektrnoik', 'elektroniker', 1, true), 1);
});
