// Local URLs the web shell builds from request data.

import type { Lang } from '../i18n/index.ts';

const BASE = 'http://lotse.invalid';
const MAX_BACK_LENGTH = 2048;
// Control characters, whitespace and backslashes: browsers strip or reinterpret
// them (`/\evil.example`, `/\t/evil.example`), so a path containing one is refused.
const UNSAFE_CHARS = /[\u0000-\u0020\u007f\\]/;

/**
 * A path on this site to send the browser back to, derived from untrusted input.
 * Anything that is not plainly a local path (absolute URLs, scheme-relative `//host`,
 * `/\host`, `javascript:`, control characters, …) becomes `/`. The `lang` query
 * parameter is dropped, so that it cannot override the language just chosen, and
 * paths under `/lang/` are refused, so that the switch cannot loop.
 */
export function safeLocalPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_BACK_LENGTH) return '/';
  if (value[0] !== '/' || value[1] === '/' || UNSAFE_CHARS.test(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  if (url.pathname === '/lang' || url.pathname.startsWith('/lang/')) return '/';
  if (url.searchParams.has('lang')) url.searchParams.delete('lang');
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The language switch's link: choose `lang`, then come back to the current page. */
export function languageSwitchHref(lang: Lang, currentUrl: string): string {
  return `/lang/${lang}?back=${encodeURIComponent(safeLocalPath(currentUrl))}`;
}

/** The path of a local URL (`/check?x=1` → `/check`). */
export function pathOf(currentUrl: string): string {
  const end = currentUrl.search(/[?#]/);
  return end < 0 ? currentUrl : currentUrl.slice(0, end);
}
