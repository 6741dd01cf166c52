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
 * `/\host`, `javascript:`, control characters, …) becomes `/`, checked both on the input and on the normalised
 * result (`/..//host` normalises to `//host`). The `lang` query
 * parameter is dropped, so that it cannot override the language just chosen, and
 * paths under `/lang/` are refused, so that the switch cannot loop.
 */
export function safeLocalPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_BACK_LENGTH) return '/';
  if (!isPlainLocalPath(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  if (url.pathname === '/lang' || url.pathname.startsWith('/lang/')) return '/';
  if (url.searchParams.has('lang')) url.searchParams.delete('lang');
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Checked again after normalisation: dot segments turn `/..//evil.example` or `/%2e//evil.example` into
  // `//evil.example`, which a browser reads as another host.
  return isPlainLocalPath(path) ? path : '/';
}

/** A path that starts with exactly one `/` (not `//` or `/\`) and holds no control characters, spaces or backslashes. */
export function isPlainLocalPath(path: string): boolean {
  return path[0] === '/' && path[1] !== '/' && path[1] !== '\\' && !UNSAFE_CHARS.test(path);
}

/**
 * Whether a Location header keeps the browser on this site: a plain local path, before and after the browser
 * normalises it. The last line of defence for every redirect (app.ts); the routes build their targets with
 * safeLocalPath or from their own ids.
 */
export function isSameSiteLocation(location: string): boolean {
  if (!isPlainLocalPath(location)) return false;
  try {
    const url = new URL(location, BASE);
    return url.origin === BASE && isPlainLocalPath(url.pathname);
  } catch {
    return false;
  }
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
