// Choosing the language of a response. Order of precedence:
//   1. an explicit `?lang=` query parameter (e.g. a shared link),
//   2. the `lang` cookie (set by the language switch),
//   3. the `Accept-Language` request header (q-values honoured),
//   4. German.
// Only the primary subtag counts: `de-AT` and `de-CH` are German, `en-GB` is English.

import { DEFAULT_LANG, isLang } from './index.ts';
import type { Lang } from './index.ts';

/** Headers longer than this are cut; no browser sends anything near it. */
const MAX_HEADER_LENGTH = 1024;
/** Entries after this many are ignored. */
const MAX_ENTRIES = 32;

const TAG = /^([a-z]{1,8})(?:[-_][a-z0-9]{1,8})*$/i;
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * The supported language named by a language tag (`de`, `de-AT`, `EN`, `en_GB`),
 * or null if the value is not a tag of a supported language. A list (a repeated
 * query parameter) counts by its first element.
 */
export function langFromTag(value: unknown): Lang | null {
  const v = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof v !== 'string') return null;
  const m = TAG.exec(v.trim());
  if (!m) return null;
  const primary = m[1]!.toLowerCase();
  return isLang(primary) ? primary : null;
}

/**
 * The best supported language of an `Accept-Language` header, or null when it
 * names none (absent, empty, malformed, only other languages, or all with q=0).
 * A `*` entry stands for any language and so selects the default, German.
 */
export function langFromAcceptLanguage(header: unknown): Lang | null {
  const raw = Array.isArray(header) ? (header as unknown[]).filter((h) => typeof h === 'string').join(',') : header;
  if (typeof raw !== 'string' || raw.trim() === '') return null;

  const candidates: { lang: Lang; q: number; index: number }[] = [];
  const entries = raw.slice(0, MAX_HEADER_LENGTH).split(',', MAX_ENTRIES);
  entries.forEach((entry, index) => {
    const [tagPart, ...params] = entry.split(';');
    const tag = (tagPart ?? '').trim();
    if (tag === '') return;

    let q = 1;
    for (const param of params) {
      const eq = param.indexOf('=');
      if (eq < 0) continue;
      const name = param.slice(0, eq).trim().toLowerCase();
      if (name !== 'q') continue;
      const value = param.slice(eq + 1).trim();
      if (!QVALUE.test(value)) return; // malformed weight: ignore the entry
      q = Number(value);
    }
    if (q <= 0) return; // q=0 means "not acceptable"

    const lang = tag === '*' ? DEFAULT_LANG : langFromTag(tag);
    if (lang) candidates.push({ lang, q, index });
  });

  // Highest weight first; equal weights keep the order of the header.
  candidates.sort((a, b) => b.q - a.q || a.index - b.index);
  return candidates[0]?.lang ?? null;
}

export interface LangSources {
  /** the value of the `lang` query parameter, as parsed (string, list or absent) */
  query?: unknown;
  /** the value of the `lang` cookie */
  cookie?: unknown;
  /** the `Accept-Language` request header */
  acceptLanguage?: unknown;
}

/** The language of a response, from the request's explicit and implicit choices. */
export function negotiateLang(sources: LangSources): Lang {
  return (
    langFromTag(sources.query) ??
    langFromTag(sources.cookie) ??
    langFromAcceptLanguage(sources.acceptLanguage) ??
    DEFAULT_LANG
  );
}
