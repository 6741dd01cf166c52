// Text that cannot be stored: the NUL character (PostgreSQL refuses it in text) and unpaired UTF-16 surrogates (not
// characters at all; PostgreSQL refuses them in jsonb, and UTF-8 cannot encode them). Every input checker (the use
// cases, the questionnaire, the check contract) refuses such text with an error naming the field, and the web layer
// refuses it in any part of any request before a handler runs (src/web/textGuard.ts). Pure: no I/O.
// docs/decisions/012-malformed-text.md explains the choice.

/** NUL, or a surrogate that is not half of a pair (with the `u` flag a pair is one code point, not matched). */
const MALFORMED = /[\u0000\p{Cs}]/u;
const MALFORMED_ALL = /[\u0000\p{Cs}]/gu;

/** What the checkers say, in English (the API and the CLI); the pages translate the code `characters`. */
export const MALFORMED_TEXT_MESSAGE = 'contains a character that is not allowed (a NUL character or an unpaired surrogate)';

/** Whether a string holds a NUL character or an unpaired surrogate. */
export function isMalformedText(value: string): boolean {
  return MALFORMED.test(value);
}

/** The text with every NUL and unpaired surrogate replaced by U+FFFD, for showing back what was typed. */
export function displayableText(value: string): string {
  return value.replace(MALFORMED_ALL, '\uFFFD');
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The JSON pointer (RFC 6901) of the first string, or object key, in `value` that holds malformed text; undefined
 * when there is none. Walks arrays and plain objects (a parsed JSON or form body, a query string, route params).
 */
export function findMalformedText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isMalformedText(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findMalformedText(value[i], `${path}/${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const here = `${path}/${escapePointer(key)}`;
    if (isMalformedText(key)) return here;
    const found = findMalformedText(item, here);
    if (found !== undefined) return found;
  }
  return undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g;

/** Whether the percent-escapes of a URL-encoded string decode to valid UTF-8 (`%C3%A4` yes; `%FF`, `%C3%28`,
 * `%ED%A0%80` no). A `%` not followed by two hex digits is left alone: it stays a literal `%`, as before. */
export function hasValidPercentEncoding(raw: string): boolean {
  for (const run of raw.match(ESCAPES) ?? []) {
    const bytes = Uint8Array.from(run.slice(1).split('%'), (h) => parseInt(h, 16));
    try {
      UTF8.decode(bytes);
    } catch {
      return false;
    }
  }
  return true;
}

function decodeKey(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** The name of the first field of a query string (`a=1&b=%FF`) whose name or value is percent-encoded invalid UTF-8. */
export function findInvalidPercentEncoding(query: string): string | undefined {
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    if (!hasValidPercentEncoding(pair)) {
      const eq = pair.indexOf('=');
      return decodeKey(eq < 0 ? pair : pair.slice(0, eq));
    }
  }
  return undefined;
}
