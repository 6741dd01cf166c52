// Occupation search over the catalogue: what a person types ("Softwareentwickler",
// "Elektroniker fur Betriebstechnik", "Bauingeneur", "2512") to ranked catalogue entries.
//
// Matching is case-insensitive and folds German spellings (ä/ae/a, ö/oe/o, ü/ue/u, ß/ss) and other
// diacritics; it ignores gender markers (/in, :in, *in, _in, Binnen-I, (m/w/d)) and accepts the
// feminine form of a word ("Ingenieurin"); it finds prefixes and parts of compounds
// ("entwickler" in "Softwareentwickler") and tolerates typos (Damerau-Levenshtein distance 1 for
// words of 4-7 letters, 2 for longer words). A query of 2-4 digits matches ISCO-08 codes.
//
// Order: every result has a relevance score: the whole title or synonym (1000) > its start (880-940)
// > the start of a later word in it (800-840) > inside a compound (650-690) > word and typo matches
// (up to 400); a title in the interface language counts a little more than a synonym, the ISCO
// group title less. The entry's editorial prominence (data/occupations.ts: the occupations met most
// in skilled immigration 3, umbrella entries -1) then multiplies the score by 1 + PROMINENCE_FACTOR
// per level, so that among entries that fit what was typed equally well the common ones come first
// ("Elektroniker" → Elektroniker/in für Energie- und Gebäudetechnik, then für Betriebstechnik, then the
// umbrella Elektroniker/in). At most +12 %: enough to pass the small gap between a whole title and
// the start of a longer one, not the gap from a match inside a compound or a typo to a start match.
// One exception keeps typing a full title predictable: a query that is exactly the title of an entry
// (in either language, gender forms and spelling folded) lifts that entry above anything prominence
// can give another match (EXACT_TITLE_LIFT) – except an umbrella entry (prominence < 0), which by
// definition is only the shared start of more precise titles.
// Equal scores: alphabetical by title in the interface language.
//
// The normalised index is built once when the module loads; a query never builds a RegExp from
// its input and is cut off at MAX_QUERY_LENGTH characters (longer input returns []).

import type { Occupation } from './occupations.ts';
import { OCCUPATIONS, getOccupation, occupationsForIsco } from './occupations.ts';

export { getOccupation, occupationsForIsco };
export type { Occupation };

export type SearchLang = 'de' | 'en';
export type MatchKind = 'title' | 'synonym' | 'isco';

export interface OccupationMatch {
  entry: Occupation;
  /** higher is better; only comparable within one result list */
  score: number;
  /** what matched: the job title, a synonym, or the ISCO code or unit-group title */
  matched: MatchKind;
}

/** Longer queries return no results (the longest catalogue text is far shorter). */
export const MAX_QUERY_LENGTH = 120;
/** Results scoring below this share of the best result are noise (stray typo matches). */
const RELATIVE_CUTOFF = 0.4;
const MAX_QUERY_TOKENS = 8;
const DEFAULT_LIMIT = 10;
/** Share added to (or, for negative prominence, taken from) the score per prominence level. */
export const PROMINENCE_FACTOR = 0.04;
/** The highest prominence in the data (tested); an exact title scores as if one level above it. */
export const MAX_PROMINENCE = 3;
const EXACT_TITLE_LIFT = 1 + PROMINENCE_FACTOR * (MAX_PROMINENCE + 1);
/** phraseScore from here up: the whole title as typed (1000) or with the spaces removed (960), × 0.99 for a feminine form */
const EXACT_PHRASE = 950;

// ------------------------------------------------------------------ normalisation

const GENDER_MARKERS: readonly RegExp[] = [
  // (m/w/d), m/w/d, (w/m/d), (m/f/d), (d/m/w) ...
  /\(?\b[mwfdx](?:\s*\/\s*[mwfdx]){1,3}\b\)?/gi,
  // /in, /-in, /innen, :in, *in, _in, ·in, /r (e.g. "Technische/r")
  /\s*[/:*_·]\s*-?\s*(?:innen|in|r)(?![\p{L}\p{N}])/giu,
  // (in), (innen)
  /\(\s*(?:innen|in)\s*\)/giu,
];
/** Binnen-I ("EntwicklerIn", "IngenieurInnen"); case-sensitive, so applied before lower-casing. */
const BINNEN_I = /(\p{Ll})In(?:nen)?(?![\p{L}\p{N}])/gu;

function stripGenderMarkers(text: string): string {
  let s = text.replace(BINNEN_I, '$1');
  for (const re of GENDER_MARKERS) s = s.replace(re, ' ');
  return s;
}

/** Lower case, umlauts and ß folded, other diacritics removed, ae/oe/ue folded like ä/ö/ü. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}

function tokenize(text: string): string[] {
  return fold(stripGenderMarkers(text))
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** The masculine stem of a feminine form ("ingenieurin" → "ingenieur"), or undefined. */
function masculineStem(token: string): string | undefined {
  if (token.length >= 8 && token.endsWith('innen')) return token.slice(0, -5);
  if (token.length >= 6 && token.endsWith('in')) return token.slice(0, -2);
  return undefined;
}

/** Tokens that need not match (folded: "für" → "fur"). */
const STOPWORDS: ReadonlySet<string> = new Set(['und', 'fur', 'for', 'and', 'of', 'the', 'im', 'in', 'der', 'die', 'das', 'des', 'den', 'dem', 'von', 'mit', 'a', 'an', 'bei']);

// ------------------------------------------------------------------ edit distance

let rowPrev2 = new Int32Array(64);
let rowPrev = new Int32Array(64);
let rowCur = new Int32Array(64);

/**
 * Damerau-Levenshtein distance (optimal string alignment) between a and b, or max + 1 as soon as
 * it is certain to exceed max. With prefix = true: the distance between a and the closest prefix
 * of b (for a word still being typed).
 */
export function boundedDamerauLevenshtein(a: string, b: string, max: number, prefix = false): number {
  const n = a.length;
  if (prefix && b.length > n + max) b = b.slice(0, n + max);
  const m = b.length;
  if (prefix ? m < n - max : Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (m + 1 > rowCur.length) {
    rowPrev2 = new Int32Array(m + 1);
    rowPrev = new Int32Array(m + 1);
    rowCur = new Int32Array(m + 1);
  }
  for (let j = 0; j <= m; j++) rowPrev[j] = j;
  for (let i = 1; i <= n; i++) {
    rowCur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(rowPrev[j]! + 1, rowCur[j - 1]! + 1, rowPrev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, rowPrev2[j - 2]! + 1);
      }
      rowCur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = rowPrev2;
    rowPrev2 = rowPrev;
    rowPrev = rowCur;
    rowCur = t;
  }
  let d = rowPrev[m]!;
  if (prefix) for (let j = Math.max(1, n - max); j < m; j++) d = Math.min(d, rowPrev[j]!);
  return d > max ? max + 1 : d;
}

/** Typos tolerated in a query word: none below 4 letters, 1 for 4-7 letters, 2 for longer. */
function allowedTypos(length: number): number {
  if (length < 4) return 0;
  return length <= 7 ? 1 : 2;
}

// ------------------------------------------------------------------ index

interface Field {
  entry: number;
  kind: MatchKind;
  /** 'de' or 'en' for titles, undefined for language-neutral fields */
  lang: SearchLang | undefined;
  /** folded tokens joined by single spaces */
  text: string;
  /** folded tokens joined without separator */
  joined: string;
  tokenIds: Int32Array;
}

const vocabulary: string[] = [];
const vocabularyIds = new Map<string, number>();

function tokenId(token: string): number {
  let id = vocabularyIds.get(token);
  if (id === undefined) {
    id = vocabulary.length;
    vocabulary.push(token);
    vocabularyIds.set(token, id);
  }
  return id;
}

const fields: Field[] = [];

function addField(entry: number, kind: MatchKind, lang: SearchLang | undefined, raw: string): void {
  const tokens = tokenize(raw);
  if (tokens.length === 0) return;
  fields.push({ entry, kind, lang, text: tokens.join(' '), joined: tokens.join(''), tokenIds: Int32Array.from(tokens.map(tokenId)) });
}

OCCUPATIONS.forEach((o, i) => {
  addField(i, 'title', 'de', o.title.de);
  addField(i, 'title', 'en', o.title.en);
  for (const s of o.synonyms) addField(i, 'synonym', undefined, s);
  addField(i, 'isco', 'de', o.iscoTitle.de);
  addField(i, 'isco', 'en', o.iscoTitle.en);
});

// Letter counts of every vocabulary word. One edit changes the counts by at most 2 in total, so
// half the difference of two words' counts is a lower bound of their edit distance: a cheap test
// that spares most edit-distance computations.
const LETTERS = 27;
function letterSlot(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : 26;
}
const vocabularyLetters = new Uint8Array(vocabulary.length * LETTERS);
vocabulary.forEach((word, id) => {
  for (let k = 0; k < word.length; k++) {
    const slot = id * LETTERS + letterSlot(word.charCodeAt(k));
    vocabularyLetters[slot] = Math.min(255, vocabularyLetters[slot]! + 1);
  }
});

function lettersOf(word: string): Int16Array {
  const counts = new Int16Array(LETTERS);
  for (let k = 0; k < word.length; k++) counts[letterSlot(word.charCodeAt(k))]!++;
  return counts;
}

function letterDifference(counts: Int16Array, id: number): number {
  let diff = 0;
  const base = id * LETTERS;
  for (let k = 0; k < LETTERS; k++) diff += Math.abs(counts[k]! - vocabularyLetters[base + k]!);
  return diff;
}

function fieldWeight(field: Field, lang: SearchLang): number {
  switch (field.kind) {
    case 'title':
      return field.lang === lang ? 1 : 0.97;
    case 'synonym':
      return 0.93;
    case 'isco':
      return field.lang === lang ? 0.75 : 0.73;
  }
}

// ------------------------------------------------------------------ scoring

/** How well one query word (with its letter counts) matches vocabulary word `id`, 0-100. */
function wordScore(q: string, qLetters: Int16Array, id: number, isLast: boolean): number {
  const v = vocabulary[id]!;
  if (q === v) return 100;
  let best = 0;
  if (v.startsWith(q)) best = 80 + (10 * q.length) / v.length;
  else if (q.length >= 3 && v.includes(q)) best = 55 + (10 * q.length) / v.length;
  const typos = allowedTypos(q.length);
  if (typos > 0 && best < 70) {
    if (Math.abs(v.length - q.length) <= typos && letterDifference(qLetters, id) <= 2 * typos) {
      const d = boundedDamerauLevenshtein(q, v, typos);
      if (d <= typos) best = Math.max(best, 70 - 12 * d);
    }
    // a word still being typed, with a typo: compare with the start of the catalogue word
    // (same first letter, which also keeps this cheap)
    if (isLast && best < 50 && q.length >= 7 && v.length > q.length + 1 && v.charCodeAt(0) === q.charCodeAt(0)) {
      const dp = boundedDamerauLevenshtein(q, v, typos, true);
      if (dp <= typos) best = Math.max(best, 50 - 10 * dp);
    }
  }
  return best;
}

interface Phrase {
  text: string;
  /** text with a leading space, to find it at the start of a later word */
  spaced: string;
  joined: string;
  factor: number;
}

interface PreparedQuery {
  /** variants of the whole query (as typed, and with feminine words reduced), with a factor */
  phrases: Phrase[];
  /** per required query word, the score against every vocabulary word */
  wordScores: Float32Array[];
}

function prepare(tokens: string[]): PreparedQuery {
  const phrase = (words: string[], factor: number): Phrase => {
    const text = words.join(' ');
    return { text, spaced: ' ' + text, joined: words.join(''), factor };
  };
  const phrases = [phrase(tokens, 1)];
  const stems = tokens.map((t) => masculineStem(t) ?? t);
  if (stems.some((s, i) => s !== tokens[i])) phrases.push(phrase(stems, 0.99));

  const content = tokens.filter((t) => !STOPWORDS.has(t));
  const required = content.length > 0 ? content : tokens;
  const lastToken = tokens[tokens.length - 1];
  const wordScores = required.map((t) => {
    const variants = [t];
    const stem = masculineStem(t);
    if (stem !== undefined) variants.push(stem);
    const letters = variants.map(lettersOf);
    const isLast = t === lastToken;
    const scores = new Float32Array(vocabulary.length);
    for (let id = 0; id < vocabulary.length; id++) {
      let best = 0;
      for (let k = 0; k < variants.length; k++) best = Math.max(best, wordScore(variants[k]!, letters[k]!, id, isLast));
      scores[id] = best;
    }
    return scores;
  });
  return { phrases, wordScores };
}

function phraseScore(field: Field, phrases: readonly Phrase[]): number {
  let best = 0;
  for (const { text, spaced, joined, factor } of phrases) {
    // every case below implies this, and most fields fail it
    if (!field.joined.includes(joined)) continue;
    let s = 0;
    if (field.text === text) s = 1000;
    else if (field.joined === joined) s = 960;
    else if (field.text.startsWith(text)) s = 900 + (40 * text.length) / field.text.length;
    else if (field.joined.startsWith(joined)) s = 880 + (40 * joined.length) / field.joined.length;
    else if (field.text.includes(spaced)) s = 800 + (40 * text.length) / field.text.length;
    else if (joined.length >= 3) s = 650 + (40 * joined.length) / field.joined.length;
    best = Math.max(best, s * factor);
  }
  return best;
}

function wordsScore(field: Field, wordScores: Float32Array[]): number {
  if (wordScores.length === 0) return 0;
  let sum = 0;
  // positions of the field's words that matched; fields have far fewer than 32 words, and a
  // longer one only loses the small penalty for words it did not match
  let used = 0;
  let usedCount = 0;
  for (const scores of wordScores) {
    let best = 0;
    let bestAt = -1;
    for (let k = 0; k < field.tokenIds.length; k++) {
      const s = scores[field.tokenIds[k]!]!;
      if (s > best) {
        best = s;
        bestAt = k;
      }
    }
    if (best === 0) return 0;
    sum += best;
    if (bestAt < 31 && (used & (1 << bestAt)) === 0) {
      used |= 1 << bestAt;
      usedCount++;
    }
  }
  const unmatched = Math.max(0, field.tokenIds.length - usedCount);
  return Math.max(0, (4 * sum) / wordScores.length - 3 * unmatched);
}

const collator = new Intl.Collator('de', { sensitivity: 'base' });

/**
 * Best first; equal scores: alphabetical by title, or, for ISCO code queries, catalogue order
 * (each unit group lists its main entry first).
 */
function rank(best: Map<number, { score: number; matched: MatchKind }>, lang: SearchLang, limit: number, tieBreak: 'title' | 'catalogue'): OccupationMatch[] {
  let top = 0;
  for (const m of best.values()) top = Math.max(top, m.score);
  return [...best.entries()]
    .filter(([, m]) => m.score >= top * RELATIVE_CUTOFF)
    .map(([i, m]) => ({ i, entry: OCCUPATIONS[i]!, score: Math.round(m.score * 10) / 10, matched: m.matched }))
    .sort((a, b) => b.score - a.score || (tieBreak === 'title' ? collator.compare(a.entry.title[lang], b.entry.title[lang]) : 0) || a.i - b.i)
    .slice(0, limit)
    .map(({ entry, score, matched }) => ({ entry, score, matched }));
}

function searchIsco(digits: string, lang: SearchLang, limit: number): OccupationMatch[] {
  const best = new Map<number, { score: number; matched: MatchKind }>();
  OCCUPATIONS.forEach((o, i) => {
    if (o.isco === digits) best.set(i, { score: 1000, matched: 'isco' });
    else if (o.isco.startsWith(digits)) best.set(i, { score: 600 + 50 * digits.length, matched: 'isco' });
  });
  return rank(best, lang, limit, 'catalogue');
}

/**
 * Ranked catalogue entries for what a person typed. Never throws; returns [] for empty,
 * whitespace-only or punctuation-only input, input without a word of two or more characters,
 * and input longer than MAX_QUERY_LENGTH.
 */
export function searchOccupations(query: string, lang: SearchLang = 'de', limit = DEFAULT_LIMIT): OccupationMatch[] {
  if (typeof query !== 'string') return [];
  const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_LIMIT;
  const l: SearchLang = lang === 'en' ? 'en' : 'de';
  const trimmed = query.trim();
  if (max === 0 || trimmed.length === 0 || trimmed.length > MAX_QUERY_LENGTH) return [];

  const compact = trimmed.replace(/\s+/g, '');
  if (/^\d{2,4}$/.test(compact)) return searchIsco(compact, l, max);

  const tokens = tokenize(trimmed).slice(0, MAX_QUERY_TOKENS);
  // at least one word of two characters: "[a-z]+" or "c" alone would match everything
  if (!tokens.some((t) => t.length >= 2)) return [];

  const prepared = prepare(tokens);
  const best = new Map<number, { score: number; matched: MatchKind }>();
  for (const field of fields) {
    const phrase = phraseScore(field, prepared.phrases);
    const raw = Math.max(phrase, wordsScore(field, prepared.wordScores));
    if (raw <= 0) continue;
    const prominence = OCCUPATIONS[field.entry]!.prominence;
    const lift = field.kind === 'title' && phrase >= EXACT_PHRASE && prominence >= 0 ? EXACT_TITLE_LIFT : 1 + PROMINENCE_FACTOR * prominence;
    const score = raw * fieldWeight(field, l) * lift;
    const current = best.get(field.entry);
    if (current === undefined || score > current.score) best.set(field.entry, { score, matched: field.kind });
  }
  return rank(best, l, max, 'title');
}
